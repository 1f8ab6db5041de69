// SPDX-License-Identifier: MIT
// `kaplan score --explain KPI`: one KPI's figures as the arithmetic that produced them, in
// the order of kaplan-score(1), so a planner can redo each step on paper.
#include "kaplan/enum_names.hpp"
#include "kaplan/score.hpp"
#include "kaplan/text.hpp"
#include "kaplan/validate.hpp"
#include "render/score_common.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan {
namespace {

using namespace render::score_detail;

// Figures in the arithmetic: full precision up to 6 decimals, as kaplan computes them.
std::string n(double v) {
  return text::format_number(v);
}

std::string place(const SourceSet* sources, Location loc) {
  if (!sources || loc.file >= sources->files.size()) return {};
  return fmt::format("{}:{}:{}", text::terminal_sanitize(sources->files[loc.file].path), loc.line,
                     loc.column);
}

void step(std::string& out, int& i, const std::string& s) {
  out += fmt::format("  {}. {}\n", ++i, s);
}

std::string phasing_terms(const KpiPerformance& k, int months, Lang lang) {
  static const std::vector<double> even{0.25, 0.25, 0.25, 0.25};
  const std::vector<double>& q = k.phasing && k.phasing->size() == 4 ? *k.phasing : even;
  std::string list, terms;
  for (int i = 0; i < 4; ++i) {
    list += (i ? ", " : "") + n(q[static_cast<std::size_t>(i)]);
    int in = std::clamp(months - 3 * i, 0, 3);
    if (in == 0) continue;
    if (!terms.empty()) terms += " + ";
    terms += in == 3 ? n(q[static_cast<std::size_t>(i)])
                     : fmt::format("{} × {}/3", n(q[static_cast<std::size_t>(i)]), in);
  }
  return fmt::format(
      fmt::runtime(tr(lang, "phasing [{}]{}; share due by the end of month {} = {} = {}",
                      "分季进度 [{}]{}；截至第 {} 月末应完成比例 = {} = {}")),
      list, k.phasing ? "" : std::string(tr(lang, " (even)", "（平均）")), months, terms,
      n(k.share));
}

std::string actual_step(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  const Performance& p = *r.performance;
  if (k.source == ActualSource::own)
    return fmt::format(
        fmt::runtime(tr(lang, "actual = {} (reported at {})", "实际 = {}（填报于 {}）")),
        n(k.actual), place(r.sources, k.own->value.loc));
  if (k.source == ActualSource::none)
    return std::string(tr(lang, "actual: none (no entry, and not every child has an actual)",
                          "实际：无（没有填报，下级指标也未全部有实际值）"));
  std::vector<std::string> parts, values;
  for (std::size_t c : k.children) {
    const KpiPerformance* ck = p.find(c);
    parts.push_back(fmt::format("{} {}", plan.kpis[c].id, n(ck->actual)));
    values.push_back(n(ck->actual));
  }
  std::string joined;
  switch (k.rollup) {
  case Rollup::sum:
    for (const auto& v : values)
      joined += (joined.empty() ? "" : " + ") + v;
    break;
  case Rollup::mean: {
    std::string sum;
    for (const auto& v : values)
      sum += (sum.empty() ? "" : " + ") + v;
    joined = fmt::format("({}) / {}", sum, values.size());
    break;
  }
  case Rollup::min:
  case Rollup::max: {
    std::string list;
    for (const auto& v : values)
      list += (list.empty() ? "" : ", ") + v;
    joined = fmt::format("{}({})", name(k.rollup), list);
    break;
  }
  }
  std::string children;
  for (const auto& s : parts)
    children += (children.empty() ? "" : ", ") + s;
  return fmt::format(fmt::runtime(tr(lang, "actual = {} of the children's actuals [{}] = {} = {}",
                                     "实际 = 下级指标实际值的{}：[{}] = {} = {}")),
                     tr(lang, name(k.rollup), source_label(k, lang)), children, joined,
                     n(k.actual));
}

} // namespace

std::string render_score_explain(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  const Performance& p = *r.performance;
  const Kpi& kpi = plan.kpis[k.kpi];
  std::string out;
  out += fmt::format(
      fmt::runtime(tr(lang, "{} {} — period {} (as of {})\n", "{} {} — 期间 {}（截至 {}）\n")),
      kpi.id, text::terminal_sanitize(kpi.name.value), format_period(p.period),
      format_date(p.as_of));
  out += fmt::format(
      fmt::runtime(tr(lang, "  {}, direction {}, thresholds green {} and amber {} ({})\n",
                      "  {}，方向 {}，阈值 green {}、amber {}（{}）\n")),
      name(k.type), name(k.direction), n(k.thresholds.green), n(k.thresholds.amber),
      k.own_thresholds ? tr(lang, "the KPI's", "指标自设") : tr(lang, "configuration", "配置"));
  int i = 0;
  const int year = p.period.year;
  if (!k.has_target) {
    step(out, i,
         fmt::format(fmt::runtime(
                         tr(lang, "no target for {}: nothing to score", "{} 年没有目标：无法计分")),
                     year));
    step(out, i, actual_step(r, k, lang));
    return out;
  }
  step(out, i,
       fmt::format(fmt::runtime(tr(lang, "year target {} = {}", "{} 年目标 = {}")), year,
                   n(k.year_target)));
  if (k.type == KpiType::cumulative) {
    step(out, i, phasing_terms(k, months_elapsed(p.period), lang));
    step(out, i,
         fmt::format(
             fmt::runtime(tr(lang, "phased target = {} × {} = {}", "分期目标 = {} × {} = {}")),
             n(k.year_target), n(k.share), n(k.target)));
  } else {
    step(out, i,
         fmt::format(
             fmt::runtime(tr(lang, "level KPI: the target at the period end is the year target, {}",
                             "水平型指标：期末目标即年度目标 {}")),
             n(k.target)));
  }
  step(out, i, actual_step(r, k, lang));
  if (k.source == ActualSource::none) return out;
  if (!k.attainment) {
    step(out, i,
         std::string(tr(lang, "attainment: undefined (a zero or negative divisor)",
                        "完成率：无法计算（除数为零或负数）")));
  } else {
    if (k.direction == Direction::up)
      step(out, i,
           fmt::format(fmt::runtime(tr(lang, "attainment = actual / target = {} / {} = {} ({})",
                                       "完成率 = 实际 / 目标 = {} / {} = {}（{}）")),
                       n(k.actual), n(k.target), n(*k.attainment), percent(*k.attainment)));
    else
      step(out, i,
           fmt::format(
               fmt::runtime(tr(lang,
                               "attainment = target / actual (direction down) = {} / {} = {} ({})",
                               "完成率 = 目标 / 实际（越低越好）= {} / {} = {}（{}）")),
               n(k.target), n(k.actual), n(*k.attainment), percent(*k.attainment)));
    std::string rule =
        k.colour == Colour::green ? fmt::format("≥ green {}", n(k.thresholds.green))
        : k.colour == Colour::amber
            ? fmt::format("< green {}, ≥ amber {}", n(k.thresholds.green), n(k.thresholds.amber))
            : fmt::format("< amber {}", n(k.thresholds.amber));
    step(out, i,
         fmt::format(fmt::runtime(tr(lang, "colour: {} {} → {}", "颜色：{} {} → {}")),
                     n(*k.attainment), rule, colour_name(k.colour)));
  }
  std::string rel =
      k.relative_deviation
          ? fmt::format(fmt::runtime(tr(lang, "; {} / {} = {} ({})", "；{} / {} = {}（{}）")),
                        n(k.deviation), n(k.target), n(*k.relative_deviation),
                        signed_percent(*k.relative_deviation))
          : std::string();
  step(out, i,
       fmt::format(fmt::runtime(tr(lang, "deviation = actual − target = {} − {} = {}{}",
                                   "偏差 = 实际 − 目标 = {} − {} = {}{}")),
                   n(k.actual), n(k.target), n(k.deviation), rel));
  if (!k.attainment) return out;
  std::string weight_of = k.depth == 0
                              ? std::string(tr(lang, "its weight", "其权重"))
                              : fmt::format(fmt::runtime(tr(lang, "the weight of its top-level KPI",
                                                            "其顶层指标的权重")));
  step(out, i,
       fmt::format(fmt::runtime(tr(lang, "weighted: min(max({}, 0), {}) = {}; × {} {} = {}",
                                   "加权：min(max({}, 0), {}) = {}；× {} {} = {}")),
                   n(*k.attainment), n(kAttainmentCap), n(capped(*k.attainment)), weight_of,
                   n(k.weight), n(k.weight * capped(*k.attainment))));
  return out;
}

std::string render_score(const ScoreReport& report, ScoreFormat format, Lang lang, bool color) {
  switch (format) {
  case ScoreFormat::text:
    return render::score_text(report, lang, color);
  case ScoreFormat::markdown:
    return render::score_markdown(report, lang);
  case ScoreFormat::json:
    return render::score_json(report);
  }
  return {};
}

} // namespace kaplan
