// SPDX-License-Identifier: MIT
// `kaplan score` for the terminal: the quality score with what costs the most points,
// then, with actuals, the scorecard of KPIs, actions, perspectives and units.
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

std::string paint(std::string_view s, Colour c, bool color) {
  if (!color || c == Colour::none) return std::string(s);
  const char* code = c == Colour::green ? "32" : c == Colour::amber ? "33" : "31";
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

void text_quality(std::string& out, const ScoreReport& r, Lang lang) {
  const QualityScore& q = r.quality;
  out += say("score.quality-line", lang,
             {arg("plan", r.plan->header.id),
              arg("score", q.scored ? score(q.overall) + " / 100" : std::string("—"))}) +
         "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& d : q.dimensions)
    rows.push_back({dimension_label(d.dimension, lang), d.scored ? score(d.score) : "—"});
  out += columns(rows, {false, true}, "  ");
  out += '\n';
  rows.clear();
  rows.push_back({say("score.col.points", lang), say("score.col.rule", lang),
                  say("score.col.dimension", lang), say("score.col.failed", lang),
                  say("score.col.title", lang)});
  for (const auto& rq : q.rules) {
    if (rq.failed == 0) continue;
    const RuleInfo* info = find_rule(rq.rule);
    rows.push_back(
        {"-" + score(rq.overall_points), std::string(rq.rule), dimension_label(rq.dimension, lang),
         fmt::format("{}/{} {}", rq.failed, rq.applicable,
                     lang == Lang::zh ? rq.scope_zh : rq.scope_en),
         info ? std::string(lang == Lang::zh ? info->zh.title : info->en.title) : std::string()});
  }
  if (rows.size() == 1) {
    out += say("score.nothing-costs", lang) + "\n";
  } else {
    out += say("score.costs-most", lang) + "\n";
    out += columns(rows, {true, false, false, false, false}, "  ");
  }
  if (q.structure_findings)
    out += say("score.not-scored", lang, {arg("count", q.structure_findings)}) + "\n";
}

void kpis(std::string& out, const Plan& plan, const Performance& p, Lang lang, bool color) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({say("score.col.kpi", lang), say("score.col.target", lang),
                  say("score.col.actual", lang), say("score.col.from", lang),
                  say("score.col.attainment", lang), say("score.col.colour", lang),
                  say("score.col.deviation", lang)});
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
                    k.source != ActualSource::none ? figure(k.actual) : "—", source_label(k, lang),
                    k.attainment ? percent(*k.attainment) : "—", colour_label(k.colour, lang),
                    deviation});
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
    std::string word = colour_label(colours[line], lang);
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
  rows.push_back({say("score.col.action", lang), say("score.col.status", lang),
                  say("score.col.time-deviation", lang), say("score.col.progress", lang),
                  say("score.col.spent", lang)});
  for (const auto& a : p.actions) {
    if (!a.listed) continue;
    std::string progress = "—";
    if (a.state == TimeState::slipping || a.state == TimeState::ahead ||
        a.state == TimeState::on_time)
      if (a.status != "done") progress = percent(a.progress) + "/" + percent(a.expected_progress);
    std::string money = figure(a.spent) + "/" + figure(a.cost);
    if (a.cost > 0) money += " (" + percent(a.spent / a.cost) + ")";
    rows.push_back({plan.actions[a.action].id, status_label(a.status, lang),
                    time_deviation_label(a, lang), progress, money});
  }
  out += columns(rows, {false, false, false, false, false}, "  ");
}

void units(std::string& out, const Plan& plan, const Performance& p, Lang lang) {
  std::size_t rank = 0;
  for (const auto& u : p.units) {
    ++rank;
    out +=
        "  " +
        say("score.unit-line", lang,
            {arg("rank", rank), arg("unit", u.unit), arg("score", u.score ? score(*u.score) : "—"),
             arg("green", u.green), arg("amber", u.amber), arg("red", u.red)}) +
        "\n";
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i : u.kpis) {
      const auto& k = p.kpis[i];
      rows.push_back({plan.kpis[k.kpi].id, k.attainment ? percent(*k.attainment) : "—",
                      colour_label(k.colour, lang)});
    }
    out += columns(rows, {false, true, false}, "       ");
    if (!u.carried.empty()) {
      std::string list;
      for (std::size_t i : u.carried)
        list += (list.empty() ? "" : ", ") + plan.kpis[p.kpis[i].kpi].id;
      out += "       " + say("score.unit-carried", lang, {arg("kpis", list)}) + "\n";
    }
  }
}

void text_performance(std::string& out, const ScoreReport& r, Lang lang, bool color,
                      WorkPool* pool) {
  const Performance& p = *r.performance;
  const Plan& plan = *r.plan;
  out +=
      "\n" +
      say("score.performance-line", lang,
          {arg("plan", plan.header.id), arg("period", period_words(p.period, lang)),
           arg("date", format_date(p.as_of)), arg("score", p.overall ? score(*p.overall) : "—")}) +
      "\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& pp : p.perspectives)
    rows.push_back({perspective_label(pp.perspective, lang), pp.score ? score(*pp.score) : "—"});
  out += columns(rows, {false, true}, "  ");
  out += "  " + say("score.weighted", lang, {arg("cap", percent(kAttainmentCap))}) + "\n";
  // The three tables, laid out at once when there are threads to spare, joined in order.
  std::string tables[3];
  auto table = [&](std::size_t i) {
    if (i == 0) kpis(tables[0], plan, p, lang, color);
    if (i == 1) actions(tables[1], plan, p, lang);
    if (i == 2) units(tables[2], plan, p, lang);
  };
  for_each_index(pool, 3, table);
  out += "\n" + say("score.section.kpis", lang) + "\n";
  out += tables[0];
  out += "\n" + say("score.section.actions", lang) + "\n";
  out += tables[1];
  out += "\n" + say("score.section.units-ranked", lang) + "\n";
  if (p.units.empty()) out += "  " + say("score.none", lang) + "\n";
  out += tables[2];
}

} // namespace

std::string score_text(const ScoreReport& report, Lang lang, bool color, WorkPool* pool) {
  std::string out;
  text_quality(out, report, lang);
  if (report.performance) text_performance(out, report, lang, color, pool);
  return out;
}

} // namespace kaplan::render
