// SPDX-License-Identifier: MIT
// `kaplan score --format markdown`: the same report as tables, for pull-request comments.
#include "kaplan/rule_catalogue.hpp"
#include "kaplan/score.hpp"
#include "kaplan/text.hpp"
#include "kaplan/validate.hpp"
#include "render/score_common.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

using namespace score_detail;

std::string md(std::string_view s) {
  return text::markdown_escape(s);
}

std::string code(std::string_view id) {
  return "`" + std::string(id) + "`";
}

void row(std::string& out, std::initializer_list<std::string> cells) {
  out += "|";
  for (const auto& c : cells)
    out += " " + c + " |";
  out += "\n";
}

void quality(std::string& out, const ScoreReport& r, Lang lang) {
  const QualityScore& q = r.quality;
  out += fmt::format(fmt::runtime(tr(lang, "## Plan quality of {}\n\n", "## {} 规划质量\n\n")),
                     code(r.plan->header.id));
  row(out, {std::string(tr(lang, "dimension", "维度")), std::string(tr(lang, "score", "得分"))});
  out += "|---|---:|\n";
  row(out, {std::string(tr(lang, "**overall**", "**总分**")),
            q.scored ? "**" + score(q.overall) + "**" : "—"});
  for (const auto& d : q.dimensions)
    row(out, {std::string(dimension_label(d.dimension, lang)), d.scored ? score(d.score) : "—"});
  out += "\n";
  bool any = false;
  for (const auto& rq : q.rules) {
    if (rq.failed == 0) continue;
    if (!any) {
      out += tr(lang, "### What costs the most points\n\n", "### 扣分最多的问题\n\n");
      row(out, {std::string(tr(lang, "points", "扣分")), std::string(tr(lang, "rule", "规则")),
                std::string(tr(lang, "dimension", "维度")),
                std::string(tr(lang, "failed", "未通过")), std::string(tr(lang, "title", "名称"))});
      out += "|---:|---|---|---|---|\n";
      any = true;
    }
    const RuleInfo* info = find_rule(rq.rule);
    row(out,
        {"-" + score(rq.overall_points), code(rq.rule),
         std::string(dimension_label(rq.dimension, lang)),
         fmt::format("{}/{} {}", rq.failed, rq.applicable, md(tr(lang, rq.scope_en, rq.scope_zh))),
         info ? md(lang == Lang::zh ? info->zh.title : info->en.title) : std::string()});
  }
  if (!any)
    out += tr(lang, "Nothing costs points: every applicable check passes.\n",
              "没有扣分：所有适用的检查都已通过。\n");
  else
    out += "\n";
  if (q.structure_findings)
    out += fmt::format(
        fmt::runtime(
            tr(lang,
               "Not scored: {} structure finding(s); run `kaplan validate` and fix them first.\n",
               "未计分：{} 个结构问题；请先运行 `kaplan validate` 并修正。\n")),
        q.structure_findings);
}

void performance(std::string& out, const ScoreReport& r, Lang lang) {
  const Performance& p = *r.performance;
  const Plan& plan = *r.plan;
  out += fmt::format(fmt::runtime(tr(lang, "\n## Performance for {} (as of {})\n\n",
                                     "\n## 执行情况：{}（截至 {}）\n\n")),
                     format_period(p.period), format_date(p.as_of));
  row(out, {std::string(tr(lang, "perspective", "维度")), std::string(tr(lang, "score", "得分"))});
  out += "|---|---:|\n";
  row(out, {std::string(tr(lang, "**overall**", "**总分**")),
            p.overall ? "**" + score(*p.overall) + "**" : "—"});
  for (const auto& pp : p.perspectives)
    row(out,
        {std::string(perspective_label(pp.perspective, lang)), pp.score ? score(*pp.score) : "—"});
  out += fmt::format(
      fmt::runtime(tr(lang,
                      "\nWeighted by top-level weights; attainment counts up to {} at most.\n",
                      "\n按顶层指标权重加权；完成率最多按 {} 计。\n")),
      percent(kAttainmentCap));

  out += tr(lang, "\n### KPIs\n\n", "\n### 指标\n\n");
  row(out, {std::string(tr(lang, "KPI", "指标")), std::string(tr(lang, "target", "目标")),
            std::string(tr(lang, "actual", "实际")), std::string(tr(lang, "from", "来源")),
            std::string(tr(lang, "attainment", "完成率")), std::string(tr(lang, "colour", "颜色")),
            std::string(tr(lang, "deviation", "偏差"))});
  out += "|---|---:|---:|---|---:|---|---:|\n";
  for (const auto& k : p.kpis) {
    // Non-breaking spaces show the depth: Markdown trims ordinary ones in a cell.
    std::string indent;
    for (std::size_t i = 0; i < std::min<std::size_t>(k.depth, 20); ++i)
      indent += "&nbsp;&nbsp;";
    std::string deviation = "—";
    if (k.has_target && k.source != ActualSource::none) {
      deviation = signed_figure(k.deviation);
      if (k.relative_deviation) deviation += " (" + signed_percent(*k.relative_deviation) + ")";
    }
    row(out, {indent + code(plan.kpis[k.kpi].id), k.has_target ? figure(k.target) : "—",
              k.source != ActualSource::none ? figure(k.actual) : "—",
              std::string(source_label(k, lang)), k.attainment ? percent(*k.attainment) : "—",
              std::string(colour_label(k.colour, lang)), deviation});
  }

  out += tr(lang, "\n### Actions\n\n", "\n### 行动计划\n\n");
  row(out, {std::string(tr(lang, "action", "行动计划")), std::string(tr(lang, "status", "状态")),
            std::string(tr(lang, "time deviation", "时间偏差")),
            std::string(tr(lang, "progress/expected", "进度/应达")),
            std::string(tr(lang, "spent/cost", "已支出/预算"))});
  out += "|---|---|---|---:|---:|\n";
  for (const auto& a : p.actions) {
    if (!a.listed) continue;
    std::string progress = "—";
    if ((a.state == TimeState::slipping || a.state == TimeState::ahead ||
         a.state == TimeState::on_time) &&
        a.status != "done")
      progress = percent(a.progress) + "/" + percent(a.expected_progress);
    std::string money = figure(a.spent) + "/" + figure(a.cost);
    if (a.cost > 0) money += " (" + percent(a.spent / a.cost) + ")";
    row(out, {code(plan.actions[a.action].id), std::string(status_label(a.status, lang)),
              time_deviation_label(a, lang), progress, money});
  }

  out += tr(lang, "\n### Units\n\n", "\n### 单位\n\n");
  row(out,
      {std::string(tr(lang, "rank", "排名")), std::string(tr(lang, "unit", "单位")),
       std::string(tr(lang, "score", "得分")), std::string(tr(lang, "green/amber/red", "绿/黄/红")),
       std::string(tr(lang, "KPIs, best first", "指标（由高到低）"))});
  out += "|---:|---|---:|---|---|\n";
  std::size_t rank = 0;
  for (const auto& u : p.units) {
    std::string list;
    for (std::size_t i : u.kpis) {
      const auto& k = p.kpis[i];
      if (!list.empty()) list += ", ";
      list += code(plan.kpis[k.kpi].id) + " " + (k.attainment ? percent(*k.attainment) : "—");
    }
    row(out, {std::to_string(++rank), code(u.unit), u.score ? score(*u.score) : "—",
              fmt::format("{}/{}/{}", u.green, u.amber, u.red), list});
  }
}

} // namespace

std::string score_markdown(const ScoreReport& report, Lang lang) {
  std::string out;
  quality(out, report, lang);
  if (report.performance) performance(out, report, lang);
  return out;
}

} // namespace kaplan::render
