// SPDX-License-Identifier: MIT
// `kaplan score --explain KPI`: one KPI's figures as the arithmetic that produced them, in
// the order of kaplan-score(1), so a planner can redo each step on paper.
#include "kaplan/document/wording.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/score.hpp"
#include "kaplan/util/text.hpp"
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
  return fmt::format("{}:{}:{}", text::one_line(sources->files[loc.file].path), loc.line,
                     sources->char_column(loc));
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
  return say(
      k.phasing ? "score.explain.phasing" : "score.explain.phasing-even", lang,
      {arg("quarters", list), arg("month", months), arg("terms", terms), arg("share", n(k.share))});
}

// A rollup by a weighted mean: each child's actual times its counterpart's actual.
std::string weighted_step(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  const Performance& p = *r.performance;
  std::string children, products, weights;
  double total = 0;
  for (std::size_t j = 0; j < k.children.size(); ++j) {
    const KpiPerformance* ck = p.find(k.children[j]);
    const std::string v = n(ck->actual), w = n(k.weights[j]);
    children += fmt::format("{}{} {} × {} {}", children.empty() ? "" : ", ",
                            plan.kpis[k.children[j]].id, v, plan.kpis[k.weight_kpis[j]].id, w);
    products += (products.empty() ? "" : " + ") + v + " × " + w;
    weights += (weights.empty() ? "" : " + ") + w;
    total += k.weights[j];
  }
  std::string terms = fmt::format("({}) / ({})", products, weights);
  if (total <= 0) { // weights that sum to nothing: the plain mean
    std::string sum;
    for (std::size_t c : k.children)
      sum += (sum.empty() ? "" : " + ") + n(p.find(c)->actual);
    terms = fmt::format("({}) / {}", sum, k.children.size());
  }
  return say("score.explain.actual-weighted", lang,
             {arg("weighting", plan.kpis[k.weighted_by].id), arg("children", children),
              arg("terms", terms), arg("actual", n(k.actual))});
}

// Whether the KPI counts in its unit's score, for an execution-level KPI.
std::string unit_step(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  if (!k.carried_by_children)
    return say("score.explain.unit-counted", lang,
               {arg("unit", k.unit), arg("weight", n(k.weight))});
  std::string children;
  for (const auto& c : r.performance->kpis)
    if (c.parent == k.kpi && c.execution_level && c.unit == k.unit)
      children += (children.empty() ? "" : ", ") + plan.kpis[c.kpi].id;
  return say("score.explain.unit-carried", lang, {arg("unit", k.unit), arg("children", children)});
}

std::string actual_step(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  const Performance& p = *r.performance;
  if (k.source == ActualSource::own)
    return say("score.explain.actual-own", lang,
               {arg("actual", n(k.actual)), arg("place", place(r.sources, k.own->value.loc))});
  if (k.source == ActualSource::none) return say("score.explain.actual-none", lang);
  if (k.weighted_by != SIZE_MAX) return weighted_step(r, k, lang);
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
  return say("score.explain.actual-rollup", lang,
             {arg("rollup", source_label(k, lang)), arg("children", children), arg("terms", joined),
              arg("actual", n(k.actual))});
}

} // namespace

std::string render_score_explain(const ScoreReport& r, const KpiPerformance& k, Lang lang) {
  const Plan& plan = *r.plan;
  const Performance& p = *r.performance;
  const Kpi& kpi = plan.kpis[k.kpi];
  std::string out;
  out += say("score.explain.title", lang,
             {arg("kpi", kpi.id), arg("name", text::one_line(kpi.name.value)),
              arg("period", period_words(p.period, lang)), arg("date", format_date(p.as_of))}) +
         "\n";
  out += "  " +
         say(k.own_thresholds ? "score.explain.thresholds-own" : "score.explain.thresholds-config",
             lang,
             {arg("type", value_word("kpi-type", name(k.type), lang)),
              arg("direction", value_word("direction", name(k.direction), lang)),
              arg("green", n(k.thresholds.green)), arg("amber", n(k.thresholds.amber))}) +
         "\n";
  int i = 0;
  const int year = p.period.year;
  if (!k.has_target) {
    step(out, i, say("score.explain.no-target", lang, {arg("year", year)}));
    step(out, i, actual_step(r, k, lang));
    return out;
  }
  step(
      out, i,
      say("score.explain.year-target", lang, {arg("year", year), arg("target", n(k.year_target))}));
  if (k.type == KpiType::cumulative) {
    step(out, i, phasing_terms(k, months_elapsed(p.period), lang));
    step(out, i,
         say("score.explain.phased-target", lang,
             {arg("year_target", n(k.year_target)), arg("share", n(k.share)),
              arg("target", n(k.target))}));
  } else if (k.path == PathStart::none) {
    step(out, i, say("score.explain.level-target", lang, {arg("target", n(k.target))}));
  } else {
    step(out, i,
         k.path == PathStart::baseline
             ? say("score.explain.path-baseline", lang,
                   {arg("start", n(k.path_start)), arg("target", n(k.year_target))})
             : say("score.explain.path-previous", lang,
                   {arg("year", year - 1), arg("start", n(k.path_start)),
                    arg("target", n(k.year_target))}));
    const int months = months_elapsed(p.period);
    step(out, i,
         k.phasing ? phasing_terms(k, months, lang)
                   : say("score.explain.path-linear", lang,
                         {arg("month", months), arg("share", n(k.share))}));
    step(out, i,
         say("score.explain.path-target", lang,
             {arg("start", n(k.path_start)), arg("year_target", n(k.year_target)),
              arg("share", n(k.share)), arg("target", n(k.target))}));
  }
  step(out, i, actual_step(r, k, lang));
  if (k.source == ActualSource::none) return out;
  if (!k.attainment) {
    step(out, i, say("score.explain.attainment-undefined", lang));
  } else {
    step(out, i,
         say(k.direction == Direction::up ? "score.explain.attainment-up"
                                          : "score.explain.attainment-down",
             lang,
             {arg("actual", n(k.actual)), arg("target", n(k.target)),
              arg("ratio", n(*k.attainment)), arg("percent", percent(*k.attainment))}));
    std::vector<Arg> limits{arg("green", n(k.thresholds.green)),
                            arg("amber", n(k.thresholds.amber))};
    std::string rule = say(k.colour == Colour::green   ? "score.explain.rule-green"
                           : k.colour == Colour::amber ? "score.explain.rule-amber"
                                                       : "score.explain.rule-red",
                           lang, limits);
    step(out, i,
         say("score.explain.colour", lang,
             {arg("ratio", n(*k.attainment)), arg("rule", rule),
              arg("colour", value_word("colour", colour_name(k.colour), lang))}));
  }
  std::vector<Arg> deviation{arg("actual", n(k.actual)), arg("target", n(k.target)),
                             arg("deviation", n(k.deviation))};
  if (k.relative_deviation) {
    deviation.push_back(arg("ratio", n(*k.relative_deviation)));
    deviation.push_back(arg("percent", signed_percent(*k.relative_deviation)));
  }
  step(out, i,
       say(k.relative_deviation ? "score.explain.deviation-relative" : "score.explain.deviation",
           lang, deviation));
  if (k.attainment)
    step(out, i,
         say(k.depth == 0 ? "score.explain.weighted-own" : "score.explain.weighted-top", lang,
             {arg("ratio", n(*k.attainment)), arg("cap", n(kAttainmentCap)),
              arg("capped", n(capped(*k.attainment))), arg("weight", n(k.weight)),
              arg("points", n(k.weight * capped(*k.attainment)))}));
  if (k.execution_level && !k.unit.empty()) step(out, i, unit_step(r, k, lang));
  return out;
}

std::string render_score(const ScoreReport& report, ScoreFormat format, Lang lang, bool color,
                         WorkPool* pool) {
  switch (format) {
  case ScoreFormat::text:
    return render::score_text(report, lang, color, pool);
  case ScoreFormat::markdown:
    return render::score_markdown(report, lang);
  case ScoreFormat::json:
    return render::score_json(report, pool);
  }
  return {};
}

} // namespace kaplan
