// SPDX-License-Identifier: MIT
// `kaplan score --format markdown`: the same report as tables, for pull-request comments.
#include "kaplan/document/wording.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/score.hpp"
#include "kaplan/util/text.hpp"
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

void markdown_quality(std::string& out, const ScoreReport& r, Lang lang) {
  const QualityScore& q = r.quality;
  out +=
      "## " + say("score.quality-heading", lang, {arg("plan", code(r.plan->header.id))}) + "\n\n";
  row(out, {say("score.col.dimension", lang), say("score.col.score", lang)});
  out += "|---|---:|\n";
  row(out, {"**" + say("score.col.overall", lang) + "**",
            q.scored ? "**" + score(q.overall) + "**" : "—"});
  for (const auto& d : q.dimensions)
    row(out, {dimension_label(d.dimension, lang), d.scored ? score(d.score) : "—"});
  out += "\n";
  bool any = false;
  for (const auto& rq : q.rules) {
    if (rq.failed == 0) continue;
    if (!any) {
      out += "### " + say("score.costs-most-heading", lang) + "\n\n";
      row(out, {say("score.col.points", lang), say("score.col.rule", lang),
                say("score.col.dimension", lang), say("score.col.failed", lang),
                say("score.col.title", lang)});
      out += "|---:|---|---|---|---|\n";
      any = true;
    }
    const RuleInfo* info = find_rule(rq.rule);
    row(out, {"-" + score(rq.overall_points), code(rq.rule), dimension_label(rq.dimension, lang),
              fmt::format("{}/{} {}", rq.failed, rq.applicable,
                          md(lang == Lang::zh ? rq.scope_zh : rq.scope_en)),
              info ? md(lang == Lang::zh ? info->zh.title : info->en.title) : std::string()});
  }
  if (!any)
    out += say("score.nothing-costs", lang) + "\n";
  else
    out += "\n";
  if (q.structure_findings)
    out += say("score.not-scored", lang, {arg("count", q.structure_findings)}) + "\n";
}

void markdown_performance(std::string& out, const ScoreReport& r, Lang lang) {
  const Performance& p = *r.performance;
  const Plan& plan = *r.plan;
  out += "\n## " +
         say("score.performance-heading", lang,
             {arg("period", period_words(p.period, lang)), arg("date", format_date(p.as_of))}) +
         "\n\n";
  row(out, {say("score.col.perspective", lang), say("score.col.score", lang)});
  out += "|---|---:|\n";
  row(out, {"**" + say("score.col.overall", lang) + "**",
            p.overall ? "**" + score(*p.overall) + "**" : "—"});
  for (const auto& pp : p.perspectives)
    row(out, {perspective_label(pp.perspective, lang), pp.score ? score(*pp.score) : "—"});
  out += "\n" + say("score.weighted", lang, {arg("cap", percent(kAttainmentCap))}) + "\n";

  out += "\n### " + say("score.section.kpis", lang) + "\n\n";
  row(out,
      {say("score.col.kpi", lang), say("score.col.target", lang), say("score.col.actual", lang),
       say("score.col.from", lang), say("score.col.attainment", lang),
       say("score.col.colour", lang), say("score.col.deviation", lang)});
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
    row(out,
        {indent + code(plan.kpis[k.kpi].id), k.has_target ? figure(k.target) : "—",
         k.source != ActualSource::none ? figure(k.actual) : "—", source_label(k, lang),
         k.attainment ? percent(*k.attainment) : "—", colour_label(k.colour, lang), deviation});
  }

  out += "\n### " + say("score.section.actions", lang) + "\n\n";
  row(out, {say("score.col.action", lang), say("score.col.status", lang),
            say("score.col.time-deviation", lang), say("score.col.progress", lang),
            say("score.col.spent", lang)});
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
    row(out, {code(plan.actions[a.action].id), status_label(a.status, lang),
              time_deviation_label(a, lang), progress, money});
  }

  out += "\n### " + say("score.section.units", lang) + "\n\n";
  row(out, {say("score.col.rank", lang), say("score.col.unit", lang), say("score.col.score", lang),
            say("score.col.colours", lang), say("score.col.kpis-best-first", lang)});
  out += "|---:|---|---:|---|---|\n";
  std::size_t rank = 0;
  for (const auto& u : p.units) {
    std::string list;
    for (std::size_t i : u.kpis) {
      const auto& k = p.kpis[i];
      if (!list.empty()) list += ", ";
      list += code(plan.kpis[k.kpi].id) + " " + (k.attainment ? percent(*k.attainment) : "—");
    }
    if (!u.carried.empty()) {
      std::string carried;
      for (std::size_t i : u.carried)
        carried += (carried.empty() ? "" : ", ") + code(plan.kpis[p.kpis[i].kpi].id);
      list += "; " + say("score.unit-carried", lang, {arg("kpis", carried)});
    }
    row(out, {std::to_string(++rank), code(u.unit), u.score ? score(*u.score) : "—",
              fmt::format("{}/{}/{}", u.green, u.amber, u.red), list});
  }
}

} // namespace

std::string score_markdown(const ScoreReport& report, Lang lang) {
  std::string out;
  markdown_quality(out, report, lang);
  if (report.performance) markdown_performance(out, report, lang);
  return out;
}

} // namespace kaplan::render
