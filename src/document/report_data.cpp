// SPDX-License-Identifier: MIT
// `kaplan report`: the report's data, built once from a validated plan (and actuals),
// then rendered by every format. Plan text stays raw here; renderers escape it.
#include "kaplan/analysis/budget.hpp"
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/document/report.hpp"
#include "kaplan/document/wording.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <type_traits>
#include <unordered_map>

namespace kaplan {
namespace {

using text::format_number;

// The indentation of a tree level in a table cell; deep cascades show the depth as a
// number, so a chain thousands of levels deep does not make cells thousands wide.
std::string indent(std::size_t depth) {
  if (depth > 8) return fmt::format("·{} ", depth);
  std::string out;
  for (std::size_t d = 0; d < depth; ++d)
    out += "· ";
  return out;
}

// Builds one section after another with the shared inputs at hand.
struct Builder {
  const ReportInput& in;
  const Plan& plan;
  Lang lang;
  std::optional<Performance> perf;

  std::string L(std::string_view key) const { return report_label(key, lang); }
  std::string say(std::string_view key, const std::vector<Arg>& args) const {
    return render_message(key, args, lang);
  }

  // A table of at most kMaxTableRows rows: a longer one keeps its first rows, and its
  // caption says how many of how many.
  ReportBlock table_block(ReportTable t) const {
    if (t.rows.size() > kMaxTableRows) {
      t.caption =
          say("report.cap.first-rows", {arg("caption", t.caption), arg("shown", kMaxTableRows),
                                        arg("total", t.rows.size())});
      t.rows.resize(kMaxTableRows);
      if (t.marks.size() > kMaxTableRows) t.marks.resize(kMaxTableRows);
    }
    ReportBlock b;
    b.kind = ReportBlock::Kind::table;
    b.table = std::move(t);
    return b;
  }
  ReportTable table(std::string_view caption, std::initializer_list<std::string_view> keys) const {
    ReportTable t;
    if (!caption.empty()) t.caption = L(caption);
    // The columns whose cells are ids (a person's and a unit's may be followed by a name),
    // or dates.
    static constexpr std::string_view kIdColumns[] = {
        "report.col.id", "report.col.kpi", "report.col.strategy", "report.col.action",
        "report.col.unit", "report.col.owner", "report.col.person", "report.col.chair",
        "report.col.by", "report.col.participants", "report.col.kpis",
        // Segment shares ("SEG-gov: 30%, …") and dates do not break either.
        "report.col.share", "report.col.start", "report.col.due", "report.col.date",
        "report.col.review-by"};
    for (auto k : keys) {
      t.header.push_back(L(k));
      t.numeric.push_back(false);
      t.ids.push_back(std::find(std::begin(kIdColumns), std::end(kIdColumns), k) !=
                      std::end(kIdColumns));
    }
    return t;
  }
  // A column of money: its label with the plan's money unit ("budget (CNY 10k)").
  std::string money(std::string_view key) const {
    return say("report.col.money", {arg("label", L(key)), arg("unit", plan.header.money.value)});
  }
  // A ratio of the plan (growth, a share) as the reader sees it, a percentage ("6%"); JSON
  // keeps the plan's number ("0.06").
  std::string ratio(double v) const {
    return in.raw_values ? format_number(v) : format_number(v * 100) + "%";
  }
  ReportBlock note(std::string_view key) const {
    ReportBlock b;
    b.note = L(key);
    return b;
  }
  // An enumeration value as the reader sees it (its written name in JSON).
  std::string word(std::string_view kind, std::string_view value) const {
    return in.raw_values ? std::string(value) : value_word(kind, value, lang);
  }
  std::string perspective(Perspective p) const {
    return L(fmt::format("report.perspective.{}", name(p)));
  }

  ReportSection section(std::string_view id) const {
    ReportSection s;
    s.id = std::string(id);
    s.heading = L(fmt::format("report.section.{}", id));
    return s;
  }

  std::vector<const Finding*> all_findings() const {
    std::vector<const Finding*> out;
    for (const auto& f : in.run->findings)
      if (!f.suppressed) out.push_back(&f);
    for (const auto& f : in.actual_findings)
      if (!f.suppressed) out.push_back(&f);
    return out;
  }

  // 1. Summary.
  ReportSection summary() const {
    ReportSection s = section("summary");
    ReportBlock b;
    b.kind = ReportBlock::Kind::facts;
    const auto& h = plan.header;
    b.facts.emplace_back(L("report.fact.plan"), h.id);
    b.facts.emplace_back(L("report.fact.title"), h.title.value);
    b.facts.emplace_back(L("report.fact.organization"), h.organization.value);
    b.facts.emplace_back(L("report.fact.cycle"),
                         say("report.fact.cycle-value",
                             {arg("first", plan.first_year()), arg("last", plan.last_year()),
                              arg("horizon", h.horizon.value)}));
    b.facts.emplace_back(L("report.fact.status"), word("status", name(h.status.value)));
    QualityScore q = score_quality(plan, in.run->config, in.run->findings);
    b.facts.emplace_back(L("report.fact.quality"),
                         q.scored ? text::format_fixed(q.overall, 1) : L("report.not-scored"));
    Summary counts;
    for (const auto* f : all_findings()) {
      if (f->severity == Severity::error)
        ++counts.error;
      else if (f->severity == Severity::warning)
        ++counts.warning;
      else
        ++counts.info;
    }
    for (const auto& f : in.run->findings)
      if (f.suppressed) ++counts.suppressed;
    b.facts.emplace_back(L("report.fact.findings"),
                         say("report.fact.findings-value",
                             {arg("error", counts.error), arg("warning", counts.warning),
                              arg("info", counts.info), arg("suppressed", counts.suppressed)}));
    if (perf) {
      b.facts.emplace_back(L("report.fact.period"),
                           in.raw_values
                               ? format_period(perf->period) + " (" + format_date(perf->as_of) + ")"
                               : period_as_of(perf->period, perf->as_of, lang));
      // The score never stands alone: a high average can hide red KPIs, so the same
      // line says how many of the coloured KPIs are red.
      std::string red;
      std::size_t reds = 0, coloured = 0;
      for (const auto& k : perf->kpis) {
        if (k.colour != Colour::none) ++coloured;
        if (k.colour == Colour::red) {
          ++reds;
          red += (red.empty() ? "" : ", ") + plan.kpis[k.kpi].id;
        }
      }
      b.facts.emplace_back(L("report.fact.performance"),
                           perf->overall ? say("report.fact.performance-value",
                                               {arg("score", text::format_fixed(*perf->overall, 1)),
                                                arg("red", reds), arg("coloured", coloured)})
                                         : L("report.not-scored"));
      b.facts.emplace_back(L("report.fact.red"), red.empty() ? L("report.none") : red);
    }
    s.blocks.push_back(std::move(b));
    return s;
  }

  // 2. Assumptions, environment, segments, competitors.
  ReportSection context() const {
    ReportSection s = section("context");
    ReportTable a = table("report.cap.assumptions", {"report.col.id", "report.col.statement",
                                                     "report.col.signal", "report.col.review-by"});
    for (const auto& x : plan.assumptions)
      a.rows.push_back({x.id, x.statement.value, x.signal.value,
                        x.review_by ? format_date(x.review_by.value) : ""});
    s.blocks.push_back(table_block(std::move(a)));
    for (Effect e : {Effect::opportunity, Effect::threat}) {
      ReportTable t = table(
          e == Effect::opportunity ? "report.cap.opportunities" : "report.cap.threats",
          {"report.col.id", "report.col.impact", "report.col.category", "report.col.finding"});
      std::vector<const Factor*> fs;
      for (const auto& f : plan.factors)
        if (f.effect.value == e) fs.push_back(&f);
      std::stable_sort(fs.begin(), fs.end(), [](const Factor* x, const Factor* y) {
        return x->impact.value < y->impact.value; // high first
      });
      for (const auto* f : fs)
        t.rows.push_back({f->id, word("impact", name(f->impact.value)),
                          word("category", name(f->category.value)), f->finding.value});
      s.blocks.push_back(table_block(std::move(t)));
    }
    ReportTable g = table("report.cap.segments",
                          {"report.col.id", "report.col.name", "report.col.accounts",
                           "report.col.revenue", "report.col.growth", "report.col.priority"});
    g.header[3] = money("report.col.revenue");
    g.numeric[2] = g.numeric[4] = true;
    for (const auto& x : plan.segments) {
      std::string rev;
      for (const auto& yv : x.revenue)
        rev += fmt::format("{}{}: {}", rev.empty() ? "" : "; ", yv.year, format_number(yv.value));
      g.rows.push_back({x.id, x.name.value, x.accounts ? format_number(x.accounts.value) : "", rev,
                        x.growth ? ratio(x.growth.value) : "",
                        x.priority ? word("segment-priority", name(x.priority.value)) : ""});
    }
    s.blocks.push_back(table_block(std::move(g)));
    ReportTable c =
        table("report.cap.competitors", {"report.col.id", "report.col.name", "report.col.strengths",
                                         "report.col.weaknesses", "report.col.share"});
    auto join = [](const std::vector<Field<std::string>>& v) {
      std::string out;
      for (const auto& x : v)
        out += (out.empty() ? "" : "; ") + x.value;
      return out;
    };
    for (const auto& x : plan.competitors) {
      std::string share;
      for (const auto& nv : x.share)
        share += (share.empty() ? "" : ", ") + nv.name + ": " + ratio(nv.value);
      c.rows.push_back({x.id, x.name.value, join(x.strengths), join(x.weaknesses), share});
    }
    s.blocks.push_back(table_block(std::move(c)));
    return s;
  }

  // 3. Capabilities, largest gap first.
  ReportSection capabilities() const {
    ReportSection s = section("capabilities");
    ReportTable t = table("", {"report.col.id", "report.col.area", "report.col.rating",
                               "report.col.benchmark", "report.col.gap", "report.col.note"});
    t.numeric[2] = t.numeric[3] = t.numeric[4] = true;
    std::vector<const Capability*> cs;
    for (const auto& c : plan.capabilities)
      cs.push_back(&c);
    auto gap = [](const Capability* c) { return c->benchmark.value - c->rating.value; };
    std::stable_sort(cs.begin(), cs.end(),
                     [&](const Capability* x, const Capability* y) { return gap(x) > gap(y); });
    for (const auto* c : cs) {
      t.rows.push_back({c->id, c->area.value, format_number(c->rating.value),
                        c->benchmark ? format_number(c->benchmark.value) : "",
                        c->benchmark ? format_number(gap(c)) : "", c->note.value});
      t.marks.push_back(std::vector<Mark>(6, Mark::none));
      if (c->benchmark && gap(c) > 0) t.marks.back()[4] = Mark::warn;
    }
    s.blocks.push_back(table_block(std::move(t)));
    return s;
  }

  // 4. Traceability tree, flowchart and the strategy map.
  ReportSection traceability() const {
    ReportSection s = section("traceability");
    std::unordered_map<std::string, std::vector<std::size_t>> obj_of_issue, strat_of_obj,
        act_of_strat;
    for (std::size_t i = 0; i < plan.objectives.size(); ++i)
      for (const auto& r : plan.objectives[i].addresses)
        obj_of_issue[r.id].push_back(i);
    for (std::size_t i = 0; i < plan.strategies.size(); ++i)
      for (const auto& r : plan.strategies[i].objectives)
        strat_of_obj[r.id].push_back(i);
    for (std::size_t i = 0; i < plan.actions.size(); ++i)
      act_of_strat[plan.actions[i].strategy.value.id].push_back(i);
    auto at = [](const auto& map, const std::string& id) -> const std::vector<std::size_t>& {
      static const std::vector<std::size_t> none;
      auto it = map.find(id);
      return it == map.end() ? none : it->second;
    };

    ReportBlock tree;
    tree.kind = ReportBlock::Kind::tree;
    std::string k_issue = L("report.kind.issue"), k_obj = L("report.kind.objective"),
                k_strat = L("report.kind.strategy"), k_act = L("report.kind.action");
    // An objective under several issues, or a strategy serving several objectives, shows
    // its subtree the first time only; later it is one line that points back to it.
    std::string above = L("report.tree.above");
    std::vector<bool> obj_shown(plan.objectives.size()), strat_shown(plan.strategies.size());
    auto objective_down = [&](std::size_t oi, std::size_t depth) {
      const auto& o = plan.objectives[oi];
      if (obj_shown[oi]) {
        tree.tree.push_back({depth, k_obj, o.id, "", above});
        return;
      }
      obj_shown[oi] = true;
      tree.tree.push_back({depth, k_obj, o.id, o.statement.value, ""});
      for (auto si : at(strat_of_obj, o.id)) {
        const auto& st = plan.strategies[si];
        if (strat_shown[si]) {
          tree.tree.push_back({depth + 1, k_strat, st.id, "", above});
          continue;
        }
        strat_shown[si] = true;
        tree.tree.push_back({depth + 1, k_strat, st.id, st.statement.value, ""});
        for (auto ai : at(act_of_strat, st.id))
          tree.tree.push_back(
              {depth + 2, k_act, plan.actions[ai].id, plan.actions[ai].title.value, ""});
      }
    };
    for (const auto& is : plan.issues) {
      tree.tree.push_back({0, k_issue, is.id, is.statement.value, ""});
      for (auto oi : at(obj_of_issue, is.id))
        objective_down(oi, 1);
    }
    for (std::size_t oi = 0; oi < plan.objectives.size(); ++oi) {
      bool addressed = false;
      for (const auto& r : plan.objectives[oi].addresses)
        addressed = addressed || plan.find(r.id);
      if (!addressed) objective_down(oi, 0);
    }
    ReportBlock flow;
    flow.kind = ReportBlock::Kind::flow;
    flow.note = L("report.cap.map");
    for (const auto& x : plan.issues)
      flow.nodes.push_back({x.id, x.statement.value, "issues", word("group", "issues")});
    for (const auto& x : plan.objectives) {
      flow.nodes.push_back({x.id, x.statement.value, "objectives", word("group", "objectives")});
      for (const auto& r : x.addresses)
        if (plan.find(r.id)) flow.edges.push_back({r.id, x.id});
    }
    for (const auto& x : plan.strategies) {
      flow.nodes.push_back({x.id, x.statement.value, "strategies", word("group", "strategies")});
      for (const auto& r : x.objectives)
        if (plan.objective(r.id)) flow.edges.push_back({r.id, x.id});
    }
    for (const auto& x : plan.actions) {
      flow.nodes.push_back({x.id, x.title.value, "actions", word("group", "actions")});
      if (plan.strategy(x.strategy.value.id)) flow.edges.push_back({x.strategy.value.id, x.id});
    }
    s.blocks.push_back(std::move(flow));
    s.blocks.push_back(std::move(tree));

    ReportTable map =
        table("report.cap.strategy-map", {"report.col.perspective", "report.col.objectives"});
    for (Perspective p : {Perspective::financial, Perspective::customer, Perspective::internal,
                          Perspective::learning}) {
      std::string objs;
      for (const auto& o : plan.objectives)
        if (o.perspective.value == p)
          objs += (objs.empty() ? "" : "\n") + o.id + ": " + o.statement.value;
      map.rows.push_back({perspective(p), objs});
    }
    s.blocks.push_back(table_block(std::move(map)));
    return s;
  }

  // 5. The KPI cascade.
  ReportSection cascade() const {
    ReportSection s = section("cascade");
    Cascade c = build_cascade(plan, in.run->config.cascade_tolerance);
    ReportTable t =
        table("", {"report.col.kpi", "report.col.name", "report.col.unit", "report.col.measure"});
    std::vector<int> years;
    for (int y = plan.first_year(); plan.header.cycle && y <= plan.last_year(); ++y)
      years.push_back(y);
    for (int y : years) {
      t.header.push_back(std::to_string(y));
      t.numeric.push_back(true);
    }
    t.header.push_back(L("report.col.status"));
    t.numeric.push_back(false);
    for (auto n : c.order) {
      const Kpi& k = plan.kpis[n];
      std::vector<std::string> row{indent(c.nodes[n].depth) + k.id, k.name.value, k.unit.value.id,
                                   std::string(c.nodes[n].measure)};
      for (int y : years) {
        const YearValue* tv = target_for(k, y);
        row.push_back(tv ? format_number(tv->value) : "");
      }
      row.push_back(status_text(c, n, lang));
      std::vector<Mark> marks(row.size(), Mark::none);
      NodeStatus st = node_status(c, n);
      marks.back() = st == NodeStatus::covered ? Mark::good
                     : st == NodeStatus::gap   ? Mark::bad
                                               : Mark::warn;
      t.rows.push_back(std::move(row));
      t.marks.push_back(std::move(marks));
    }
    s.blocks.push_back(table_block(std::move(t)));
    return s;
  }

  // 6. Budget and load.
  ReportSection resources() const {
    ReportSection s = section("resources");
    BudgetSpending b = build_budget_spending(plan);
    ReportTable t =
        table("report.cap.budget", {"report.col.year", "report.col.category", "report.col.budget",
                                    "report.col.cost", "report.col.balance"});
    t.header[2] = money("report.col.budget");
    t.header[3] = money("report.col.cost");
    t.header[4] = money("report.col.balance");
    t.numeric[2] = t.numeric[3] = t.numeric[4] = true;
    for (const auto& cell : b.cells) {
      double balance = cell.amount - cell.charged;
      t.rows.push_back({std::to_string(cell.year), cell.category,
                        text::format_fixed(cell.amount, 1), text::format_fixed(cell.charged, 1),
                        text::format_fixed(balance, 1)});
      t.marks.push_back(std::vector<Mark>(5, Mark::none));
      if (balance < -1e-9) t.marks.back()[4] = Mark::bad;
    }
    s.blocks.push_back(table_block(std::move(t)));

    LoadCalendar cal = build_load_calendar(plan);
    if (cal.people.empty()) return s;
    ReportTable h = table("report.cap.load", {"report.col.person", "report.col.capacity",
                                              "report.col.committed", "report.col.actions"});
    h.numeric[1] = h.numeric[2] = h.numeric[3] = true;
    ReportBlock heat;
    heat.kind = ReportBlock::Kind::heat;
    heat.note = L("report.cap.load");
    int first = cal::month_index(cal.horizon_first), last = cal::month_index(cal.horizon_last);
    for (int m = first; m <= last; ++m) {
      h.header.push_back(cal::format_month(cal::month_at(m)));
      h.numeric.push_back(true);
      heat.heat.columns.push_back(h.header.back());
    }
    // The most loaded people only (peak load against capacity; ties in plan order), in
    // plan order: a report summarises, it does not list twenty thousand people.
    std::vector<std::size_t> shown(cal.people.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
      shown[i] = i;
    if (shown.size() > kMaxLoadPeople) {
      std::vector<double> peak(cal.people.size(), 0);
      for (std::size_t i = 0; i < cal.people.size(); ++i) {
        double capacity = plan.people[cal.people[i].person].capacity.value;
        for (const auto& lm : cal.people[i].months)
          peak[i] = std::max(peak[i], capacity > 0 ? lm.load / capacity : lm.load * 1e9);
      }
      std::partial_sort(shown.begin(), shown.begin() + kMaxLoadPeople, shown.end(),
                        [&](std::size_t x, std::size_t y) {
                          return peak[x] != peak[y] ? peak[x] > peak[y] : x < y;
                        });
      shown.resize(kMaxLoadPeople);
      std::sort(shown.begin(), shown.end());
      std::string caption = say("report.cap.load-most",
                                {arg("shown", kMaxLoadPeople), arg("total", cal.people.size())});
      h.caption = caption;
      heat.note = caption;
    }
    for (std::size_t index : shown) {
      const PersonLoad& pl = cal.people[index];
      const Person& p = plan.people[pl.person];
      std::set<std::uint32_t> actions;
      for (const auto& part : pl.parts)
        actions.insert(part.action);
      std::vector<std::string> row{
          p.id + (p.name ? " " + p.name.value : ""), format_number(p.capacity.value),
          format_number(p.committed.value), std::to_string(actions.size())};
      std::vector<Mark> marks(row.size(), Mark::none);
      std::vector<double> loads;
      for (int m = first; m <= last; ++m) {
        const LoadMonth* lm = pl.at(cal::month_at(m));
        double v = lm ? lm->load : 0;
        bool over = lm && pl.overloaded(*lm);
        row.push_back(text::format_fixed(v, 2) + (over ? "!" : ""));
        marks.push_back(over ? Mark::bad : Mark::none);
        loads.push_back(v);
      }
      heat.heat.rows.push_back(row[0]);
      heat.heat.capacity.push_back(p.capacity.value);
      heat.heat.load.push_back(std::move(loads));
      h.rows.push_back(std::move(row));
      h.marks.push_back(std::move(marks));
    }
    s.blocks.push_back(std::move(heat));
    // One table per year of the horizon: thirty-six months side by side neither print nor
    // fit a screen; twelve do.
    constexpr std::size_t fixed = 4; // person, capacity, committed, actions
    for (std::size_t from = fixed; from < h.header.size();) {
      std::string year = h.header[from].substr(0, 4);
      std::size_t to = from;
      while (to < h.header.size() && h.header[to].starts_with(year))
        ++to;
      auto part = [&](const auto& v) {
        std::remove_cvref_t<decltype(v)> out(v.begin(), v.begin() + fixed);
        out.insert(out.end(), v.begin() + static_cast<std::ptrdiff_t>(from),
                   v.begin() + static_cast<std::ptrdiff_t>(std::min(to, v.size())));
        return out;
      };
      ReportTable y;
      y.caption = say("report.cap.load-year", {arg("caption", h.caption), arg("year", year)});
      y.header = part(h.header);
      y.numeric = part(h.numeric);
      y.ids = h.ids;
      for (const auto& row : h.rows)
        y.rows.push_back(part(row));
      for (const auto& marks : h.marks)
        y.marks.push_back(part(marks));
      s.blocks.push_back(table_block(std::move(y)));
      from = to;
    }
    return s;
  }

  // 7. Action plan grouped by strategy.
  ReportSection actions() const {
    ReportSection s = section("actions");
    ReportTable t = table("", {"report.col.strategy", "report.col.action", "report.col.statement",
                               "report.col.unit", "report.col.owner", "report.col.start",
                               "report.col.due", "report.col.effort", "report.col.priority"});
    t.numeric[7] = true;
    if (perf) {
      for (auto k : {"report.col.status", "report.col.progress", "report.col.deviation-days"}) {
        t.header.push_back(L(k));
        t.numeric.push_back(std::string_view(k) != "report.col.status");
      }
    }
    ReportBlock gantt;
    gantt.kind = ReportBlock::Kind::gantt;
    gantt.note = L("report.cap.gantt");
    gantt.today = in.today;
    if (perf)
      for (auto k : {"done", "active", "crit", "none"})
        gantt.legend.emplace_back(k, L(fmt::format("report.gantt.{}", k)));
    std::vector<std::size_t> order(plan.actions.size());
    std::unordered_map<std::string, std::size_t> rank;
    for (std::size_t i = 0; i < plan.strategies.size(); ++i)
      rank.emplace(plan.strategies[i].id, i);
    for (std::size_t i = 0; i < order.size(); ++i)
      order[i] = i;
    auto rank_of = [&](std::size_t a) {
      auto it = rank.find(plan.actions[a].strategy.value.id);
      return it == rank.end() ? plan.strategies.size() : it->second;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return rank_of(x) < rank_of(y); });
    for (auto ai : order) {
      const Action& a = plan.actions[ai];
      std::vector<std::string> row{a.strategy.value.id,
                                   a.id,
                                   a.title.value,
                                   a.unit.value.id,
                                   a.owner.value.id,
                                   a.start ? format_date(a.start.value) : "",
                                   a.due ? format_date(a.due.value) : "",
                                   a.effort ? format_number(a.effort.value) : "",
                                   word("priority", name(a.priority.value))};
      std::vector<Mark> marks(row.size(), Mark::none);
      Mark mark = Mark::none;
      TaskState task = TaskState::none;
      if (perf && ai < perf->actions.size()) {
        const ActionPerformance& ap = perf->actions[ai];
        std::string status = word("action-status", ap.status);
        if (ap.state != TimeState::none)
          status = in.raw_values
                       ? status + " (" + std::string(time_state_name(ap.state)) + ")"
                       : say("value.action-state",
                             {arg("status", status),
                              arg("state", word("time-state", time_state_name(ap.state)))});
        row.push_back(status);
        row.push_back(ap.actual ? text::format_percent(ap.progress, 0) : "");
        row.push_back(ap.time_deviation_days ? std::to_string(*ap.time_deviation_days) : "");
        bool late = ap.state == TimeState::late || ap.state == TimeState::overdue ||
                    ap.state == TimeState::slipping;
        bool good = ap.state == TimeState::on_time || ap.state == TimeState::early ||
                    ap.state == TimeState::ahead;
        mark = late ? Mark::bad : good ? Mark::good : Mark::none;
        task = late                         ? TaskState::crit
               : ap.status == "done"        ? TaskState::done
               : ap.status == "in-progress" ? TaskState::active
                                            : TaskState::none;
        marks.push_back(mark);
        marks.push_back(Mark::none);
        marks.push_back(mark);
      }
      t.rows.push_back(std::move(row));
      t.marks.push_back(std::move(marks));
      if (a.start && a.due && a.start.value <= a.due.value)
        gantt.tasks.push_back(
            {a.strategy.value.id, a.id, a.title.value, a.start.value, a.due.value, mark, task});
    }
    s.blocks.push_back(table_block(std::move(t)));
    if (gantt.tasks.size() > kMaxGanttTasks) {
      gantt.note =
          say("report.cap.first-rows", {arg("caption", gantt.note), arg("shown", kMaxGanttTasks),
                                        arg("total", gantt.tasks.size())});
      gantt.tasks.resize(kMaxGanttTasks);
    }
    s.blocks.push_back(std::move(gantt));
    return s;
  }

  // 8. Governance.
  ReportSection governance() const {
    ReportSection s = section("governance");
    ReportTable d = table("report.cap.decisions",
                          {"report.col.id", "report.col.stage", "report.col.date",
                           "report.col.chair", "report.col.participants", "report.col.outcome"});
    for (const auto& x : plan.decisions) {
      std::string parts;
      for (const auto& r : x.participants)
        parts += (parts.empty() ? "" : ", ") + r.id;
      d.rows.push_back({x.id, word("stage", name(x.stage.value)),
                        x.date ? format_date(x.date.value) : "", x.chair.value.id, parts,
                        x.outcome.value});
    }
    s.blocks.push_back(table_block(std::move(d)));
    ReportTable m = table("report.cap.participation", {"report.col.unit"});
    for (auto st : kStageNames) {
      m.header.push_back(word("stage", st));
      m.numeric.push_back(false);
    }
    std::unordered_map<std::string, std::array<bool, 5>> took_part;
    for (const auto& x : plan.decisions) {
      auto stage = static_cast<std::size_t>(x.stage.value);
      for (const auto& r : x.participants)
        took_part[r.id][stage] = true;
      if (const Person* chair = plan.person(x.chair.value.id))
        took_part[chair->unit.value.id][stage] = true;
    }
    for (const auto& u : plan.units) {
      std::vector<std::string> row{u.id + (u.name ? " " + u.name.value : "")};
      auto it = took_part.find(u.id);
      for (std::size_t i = 0; i < kStageNames.size(); ++i)
        row.push_back(it != took_part.end() && it->second[i] ? "✓" : "");
      m.rows.push_back(std::move(row));
    }
    s.blocks.push_back(table_block(std::move(m)));
    ReportTable so =
        table("report.cap.signoffs", {"report.col.unit", "report.col.by", "report.col.date"});
    for (const auto& x : plan.signoffs)
      so.rows.push_back({x.unit.value.id, x.by.value.id, x.date ? format_date(x.date.value) : ""});
    s.blocks.push_back(table_block(std::move(so)));
    ReportTable r = table("report.cap.reviews", {"report.col.id", "report.col.cadence",
                                                 "report.col.owner", "report.col.kpis"});
    for (const auto& x : plan.reviews) {
      std::string kpis;
      for (const auto& k : x.kpis)
        kpis += (kpis.empty() ? "" : ", ") + k.id;
      r.rows.push_back({x.id, word("cadence", name(x.cadence.value)), x.owner.value.id, kpis});
    }
    s.blocks.push_back(table_block(std::move(r)));
    return s;
  }

  static Mark mark_of(Colour c) {
    return c == Colour::green   ? Mark::good
           : c == Colour::amber ? Mark::warn
           : c == Colour::red   ? Mark::bad
                                : Mark::none;
  }

  // 9. Performance scorecard.
  ReportSection performance() const {
    ReportSection s = section("performance");
    ReportTable p = table("report.cap.perspectives",
                          {"report.col.perspective", "report.col.score", "report.col.scored"});
    p.numeric[1] = p.numeric[2] = true;
    for (const auto& pp : perf->perspectives)
      p.rows.push_back({perspective(pp.perspective),
                        pp.score ? text::format_fixed(*pp.score, 1) : "",
                        fmt::format("{}/{}", pp.scored, pp.kpis)});
    s.blocks.push_back(table_block(std::move(p)));
    ReportTable u =
        table("report.cap.units", {"report.col.unit", "report.col.score", "report.col.green",
                                   "report.col.amber", "report.col.red"});
    u.numeric[1] = u.numeric[2] = u.numeric[3] = u.numeric[4] = true;
    for (const auto& up : perf->units)
      u.rows.push_back({up.unit, up.score ? text::format_fixed(*up.score, 1) : "",
                        std::to_string(up.green), std::to_string(up.amber),
                        std::to_string(up.red)});
    s.blocks.push_back(table_block(std::move(u)));
    ReportTable d =
        table("report.cap.deviations",
              {"report.col.kpi", "report.col.unit", "report.col.target", "report.col.actual",
               "report.col.deviation", "report.col.attainment", "report.col.colour"});
    for (std::size_t i = 2; i <= 5; ++i)
      d.numeric[i] = true;
    ReportBlock bars;
    bars.kind = ReportBlock::Kind::bars;
    bars.note = L("report.cap.attainment");
    for (const auto& k : perf->kpis) {
      if (!k.has_target || k.source == ActualSource::none) continue;
      const std::string& id = plan.kpis[k.kpi].id;
      d.rows.push_back({indent(k.depth) + id, k.unit, format_number(k.target),
                        format_number(k.actual), format_number(k.deviation),
                        k.attainment ? text::format_percent(*k.attainment, 1) : "",
                        word("colour", colour_name(k.colour))});
      std::vector<Mark> marks(7, Mark::none);
      marks[6] = mark_of(k.colour);
      d.marks.push_back(std::move(marks));
      if (k.attainment) bars.bars.push_back({id, *k.attainment, mark_of(k.colour)});
    }
    s.blocks.push_back(std::move(bars));
    s.blocks.push_back(table_block(std::move(d)));
    return s;
  }

  // 10. Findings grouped by rule family.
  ReportSection findings() const {
    ReportSection s = section("findings");
    auto fs = all_findings();
    if (fs.empty()) {
      s.blocks.push_back(note("report.none"));
      return s;
    }
    std::string families;
    for (const auto* f : fs) {
      char fam = f->rule.size() > 4 ? f->rule[4] : '?';
      if (families.find(fam) == std::string::npos) families += fam;
    }
    std::string order = "SCKRGTP";
    std::stable_sort(families.begin(), families.end(),
                     [&](char x, char y) { return order.find(x) < order.find(y); });
    for (char fam : families) {
      ReportTable t;
      t.caption = say("report.cap.family", {arg("family", std::string(1, fam))});
      for (auto k :
           {"report.col.rule", "report.col.severity", "report.col.where", "report.col.message"}) {
        t.header.push_back(L(k));
        t.numeric.push_back(false);
        t.ids.push_back(std::string_view(k) == "report.col.rule");
      }
      for (const auto* f : fs) {
        if ((f->rule.size() > 4 ? f->rule[4] : '?') != fam) continue;
        std::string where;
        if (f->loc.file < in.sources->files.size())
          where = in.sources->files[f->loc.file].path +
                  (f->loc.line ? fmt::format(":{}:{}", f->loc.line, in.sources->char_column(f->loc))
                               : "");
        t.rows.push_back(
            {f->rule, severity_label(f->severity, lang), where, finding_message(*f, lang)});
        std::vector<Mark> marks(4, Mark::none);
        marks[1] = f->severity == Severity::error     ? Mark::bad
                   : f->severity == Severity::warning ? Mark::warn
                                                      : Mark::none;
        t.marks.push_back(std::move(marks));
      }
      s.blocks.push_back(table_block(std::move(t)));
    }
    return s;
  }
};

// Replaces empty tables by a note that the plan has nothing there.
void fill_empty(ReportSection& s, Lang lang) {
  for (auto& b : s.blocks)
    if (b.kind == ReportBlock::Kind::table && b.table.rows.empty()) {
      std::string caption = b.table.caption;
      b = ReportBlock{};
      b.note = caption.empty() ? report_label("report.empty", lang)
                               : render_message("report.empty-caption",
                                                std::vector<Arg>{arg("caption", caption)}, lang);
    }
}

} // namespace

ReportData build_report(const ReportInput& input) {
  Builder b{input, input.run->plan, input.lang, std::nullopt};
  if (input.actuals && input.actuals->has_period)
    b.perf = score_performance(b.plan, *input.actuals, input.run->config);
  ReportData data;
  data.lang = input.lang;
  data.plan_id = b.plan.header.id;
  data.title = b.say("report.title", {arg("plan", b.plan.header.id)});
  auto wanted = [&](std::string_view id) {
    return input.sections.empty() ||
           std::find(input.sections.begin(), input.sections.end(), id) != input.sections.end();
  };
  for (auto id : kReportSections) {
    if (!wanted(id)) continue;
    ReportSection s;
    if (id == "summary")
      s = b.summary();
    else if (id == "context")
      s = b.context();
    else if (id == "capabilities")
      s = b.capabilities();
    else if (id == "traceability")
      s = b.traceability();
    else if (id == "cascade")
      s = b.cascade();
    else if (id == "resources")
      s = b.resources();
    else if (id == "actions")
      s = b.actions();
    else if (id == "governance")
      s = b.governance();
    else if (id == "performance") {
      if (!b.perf) continue;
      s = b.performance();
    } else
      s = b.findings();
    fill_empty(s, input.lang);
    data.sections.push_back(std::move(s));
  }
  return data;
}

std::string report_label(std::string_view key, Lang lang) {
  return render_message(key, {}, lang);
}

} // namespace kaplan
