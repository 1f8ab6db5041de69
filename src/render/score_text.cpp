// SPDX-License-Identifier: MIT
// `kaplan score` for the terminal: the quality score with what costs the most points,
// then, with actuals, the scorecard of KPIs, actions, perspectives and units.
#include "kaplan/rule_catalogue.hpp"
#include "kaplan/score.hpp"
#include "kaplan/text.hpp"
#include "kaplan/validate.hpp"
#include "render/score_common.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

using namespace score_detail;

std::string paint(std::string_view s, Colour c, bool color) {
  if (!color || c == Colour::none) return std::string(s);
  const char* code = c == Colour::green ? "32" : c == Colour::amber ? "33" : "31";
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

void quality(std::string& out, const ScoreReport& r, Lang lang) {
  const QualityScore& q = r.quality;
  out += fmt::format(fmt::runtime(tr(lang, "Plan quality of {}: {}\n", "{} 规划质量：{}\n")),
                     r.plan->header.id, q.scored ? score(q.overall) + " / 100" : std::string("—"));
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : q.dimensions)
    rows.push_back(
        {std::string(dimension_label(d.dimension, lang)), d.scored ? score(d.score) : "—"});
  out += columns(rows, {false, true}, "  ");
  out += '\n';
  rows.clear();
  rows.push_back({std::string(tr(lang, "points", "扣分")), std::string(tr(lang, "rule", "规则")),
                  std::string(tr(lang, "dimension", "维度")),
                  std::string(tr(lang, "failed", "未通过")),
                  std::string(tr(lang, "title", "名称"))});
  for (const auto& rq : q.rules) {
    if (rq.failed == 0) continue;
    const RuleInfo* info = find_rule(rq.rule);
    rows.push_back(
        {"-" + score(rq.overall_points), std::string(rq.rule),
         std::string(dimension_label(rq.dimension, lang)),
         fmt::format("{}/{} {}", rq.failed, rq.applicable, tr(lang, rq.scope_en, rq.scope_zh)),
         info ? std::string(lang == Lang::zh ? info->zh.title : info->en.title) : std::string()});
  }
  if (rows.size() == 1) {
    out += tr(lang, "Nothing costs points: every applicable check passes.\n",
              "没有扣分：所有适用的检查都已通过。\n");
  } else {
    out += tr(lang, "What costs the most points:\n", "扣分最多的问题：\n");
    out += columns(rows, {true, false, false, false, false}, "  ");
  }
  if (q.structure_findings)
    out += fmt::format(
        fmt::runtime(
            tr(lang,
               "Not scored: {} structure finding(s); run `kaplan validate` and fix them first.\n",
               "未计分：{} 个结构问题；请先运行 `kaplan validate` 并修正。\n")),
        q.structure_findings);
}

void kpis(std::string& out, const Plan& plan, const Performance& p, Lang lang, bool color) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({std::string(tr(lang, "KPI", "指标")), std::string(tr(lang, "target", "目标")),
                  std::string(tr(lang, "actual", "实际")), std::string(tr(lang, "from", "来源")),
                  std::string(tr(lang, "attainment", "完成率")),
                  std::string(tr(lang, "colour", "颜色")),
                  std::string(tr(lang, "deviation", "偏差"))});
  std::vector<Colour> colours{Colour::none};
  for (const auto& k : p.kpis) {
    std::string id = std::string(2 * std::min<std::size_t>(k.depth, 20), ' ') + plan.kpis[k.kpi].id;
    bool figures = k.has_target && k.source != ActualSource::none;
    std::string deviation = "—";
    if (figures) {
      deviation = signed_figure(k.deviation);
      if (k.relative_deviation) deviation += " (" + signed_percent(*k.relative_deviation) + ")";
    }
    rows.push_back({id, k.has_target ? figure(k.target) : "—",
                    k.source != ActualSource::none ? figure(k.actual) : "—",
                    std::string(source_label(k, lang)), k.attainment ? percent(*k.attainment) : "—",
                    std::string(colour_label(k.colour, lang)), deviation});
    colours.push_back(k.colour);
  }
  std::string table = columns(rows, {false, true, true, false, true, false, false}, "  ");
  if (!color) {
    out += table;
    return;
  }
  // Colour only the colour word, after alignment, so escape codes never count as width.
  std::size_t line = 0, start = 0;
  while (start < table.size()) {
    std::size_t end = table.find('\n', start);
    std::string l = table.substr(start, end - start);
    std::string_view word = colour_label(colours[line], lang);
    if (colours[line] != Colour::none)
      if (auto at = l.rfind(fmt::format("  {}", word)); at != std::string::npos)
        l = l.substr(0, at + 2) + paint(word, colours[line], true) + l.substr(at + 2 + word.size());
    out += l + "\n";
    start = end + 1;
    ++line;
  }
}

void actions(std::string& out, const Plan& plan, const Performance& p, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({std::string(tr(lang, "action", "行动计划")),
                  std::string(tr(lang, "status", "状态")),
                  std::string(tr(lang, "time deviation", "时间偏差")),
                  std::string(tr(lang, "progress/expected", "进度/应达")),
                  std::string(tr(lang, "spent/cost", "已支出/预算"))});
  for (const auto& a : p.actions) {
    if (!a.listed) continue;
    std::string progress = "—";
    if (a.state == TimeState::slipping || a.state == TimeState::ahead ||
        a.state == TimeState::on_time)
      if (a.status != "done") progress = percent(a.progress) + "/" + percent(a.expected_progress);
    std::string money = figure(a.spent) + "/" + figure(a.cost);
    if (a.cost > 0) money += " (" + percent(a.spent / a.cost) + ")";
    rows.push_back({plan.actions[a.action].id, std::string(status_label(a.status, lang)),
                    time_deviation_label(a, lang), progress, money});
  }
  out += columns(rows, {false, false, false, false, false}, "  ");
}

void units(std::string& out, const Plan& plan, const Performance& p, Lang lang) {
  std::size_t rank = 0;
  for (const auto& u : p.units) {
    ++rank;
    out += fmt::format(fmt::runtime(tr(lang, "  {}. {}  score {}  ({} green, {} amber, {} red)\n",
                                       "  {}. {}  得分 {}（绿 {}，黄 {}，红 {}）\n")),
                       rank, u.unit, u.score ? score(*u.score) : "—", u.green, u.amber, u.red);
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i : u.kpis) {
      const auto& k = p.kpis[i];
      rows.push_back({plan.kpis[k.kpi].id, k.attainment ? percent(*k.attainment) : "—",
                      std::string(colour_label(k.colour, lang))});
    }
    out += columns(rows, {false, true, false}, "       ");
  }
}

void performance(std::string& out, const ScoreReport& r, Lang lang, bool color) {
  const Performance& p = *r.performance;
  const Plan& plan = *r.plan;
  out += fmt::format(fmt::runtime(tr(lang, "\nPerformance of {} for {} (as of {}): {}\n",
                                     "\n{} 的执行情况，{}（截至 {}）：{}\n")),
                     plan.header.id, format_period(p.period), format_date(p.as_of),
                     p.overall ? score(*p.overall) : "—");
  std::vector<std::vector<std::string>> rows;
  for (const auto& pp : p.perspectives)
    rows.push_back(
        {std::string(perspective_label(pp.perspective, lang)), pp.score ? score(*pp.score) : "—"});
  out += columns(rows, {false, true}, "  ");
  out += fmt::format(
      fmt::runtime(tr(lang,
                      "  Weighted by top-level weights; attainment counts up to {} at most.\n",
                      "  按顶层指标权重加权；完成率最多按 {} 计。\n")),
      percent(kAttainmentCap));
  out += tr(lang, "\nKPIs\n", "\n指标\n");
  kpis(out, plan, p, lang, color);
  out += tr(lang, "\nActions\n", "\n行动计划\n");
  actions(out, plan, p, lang);
  out += tr(lang, "\nUnits (execution-level KPIs, ranked)\n", "\n单位（执行层指标，按得分排名）\n");
  if (p.units.empty()) out += tr(lang, "  none\n", "  无\n");
  units(out, plan, p, lang);
}

} // namespace

std::string score_text(const ScoreReport& report, Lang lang, bool color) {
  std::string out;
  quality(out, report, lang);
  if (report.performance) performance(out, report, lang, color);
  return out;
}

} // namespace kaplan::render
