// SPDX-License-Identifier: MIT
#include "load/sections.hpp"

#include "kaplan/load/format_doc.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kaplan::load {
namespace {

using VT = ValueType;

// Reads an entity's `id`: syntax checked here, uniqueness checked once all files are read.
template <class E>
void read_id(Reader& r, E& e, NodeId n) {
  Field<Ref> id;
  r.read(n, id);
  if (!id.set) return;
  e.id = id.value.id;
  e.loc = id.loc;
}

template <class E>
void read_ignore(Reader& r, E& e, NodeId n) {
  r.read(n, e.ignore);
}

// One table row: key, required, type, description, reader of the member.
#define KAPLAN_FIELD(key, req, type, member, doc)                                                  \
  Spec {                                                                                           \
    key, req, VT::type, doc, [](Reader& r, E& e, NodeId n) { r.read(n, e.member); }                \
  }
#define KAPLAN_ENUM(key, req, member, names, doc)                                                  \
  Spec {                                                                                           \
    key, req, VT::enumeration, doc, [](Reader& r, E& e, NodeId n) { r.read(n, e.member, names); }, \
        names                                                                                      \
  }
#define KAPLAN_YEAR(key, req, member, doc)                                                         \
  Spec {                                                                                           \
    key, req, VT::year, doc, [](Reader& r, E& e, NodeId n) { r.read_year(n, e.member); }           \
  }
// A KPI field whose absence the index reports (KAP-S004 depends on the KPI's kind): a
// value written but rejected keeps its location with `set` false, so that it is not
// reported a second time as missing.
#define KAPLAN_KEEP(key, type, member, doc)                                                        \
  Spec {                                                                                           \
    key, false, VT::type, doc, [](Reader& r, E& e, NodeId n) {                                     \
      r.read(n, e.member);                                                                         \
      if (!e.member.set && !r.tree().is_null(n)) e.member.loc = r.loc(n);                          \
    }                                                                                              \
  }
#define KAPLAN_ID(doc)                                                                             \
  Spec {                                                                                           \
    "id", true, VT::id, doc, [](Reader& r, E& e, NodeId n) { read_id(r, e, n); }                   \
  }
#define KAPLAN_IGNORE                                                                              \
  Spec {                                                                                           \
    "ignore", false, VT::mapping, "suppressions: {RULE-ID: reason}",                               \
        [](Reader& r, E& e, NodeId n) { read_ignore(r, e, n); }                                    \
  }

namespace header_spec {
using E = PlanHeader;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("the plan's id"),
    KAPLAN_FIELD("title", true, text, title, "the plan's title"),
    KAPLAN_FIELD("organization", false, text, organization, "the organisation the plan is for"),
    KAPLAN_YEAR("cycle", true, cycle, "first year of the horizon: the year committed"),
    KAPLAN_FIELD("horizon", false, integer, horizon, "years covered, 1..10 (default 3)"),
    KAPLAN_FIELD("money", false, text, money, "label for every money amount (default CNY)"),
    KAPLAN_ENUM("status", false, status, kPlanStatusNames, "draft, review or approved"),
    KAPLAN_FIELD("owner", false, ref, owner, "the unit that owns the plan"),
    KAPLAN_FIELD("derives_from", false, text, derives_from, "id of the higher plan it implements"),
    KAPLAN_FIELD("previous", false, text, previous, "the plan this one was rolled forward from"),
    KAPLAN_FIELD("unit", false, text, unit,
                 "unit id, in the higher plan, this plan is for (default: owner)"),
    KAPLAN_IGNORE,
};
} // namespace header_spec

namespace unit_spec {
using E = Unit;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("name", true, text, name, "the unit's name"),
    KAPLAN_ENUM("kind", true, kind, kUnitKindNames, "company, department, region, branch or team"),
    KAPLAN_FIELD("parent", false, ref, parent, "parent unit: units form a tree"),
    KAPLAN_FIELD("head", false, ref, head, "person id of the unit's head"),
    KAPLAN_FIELD("deputies", false, ref_list, deputies,
                 "person ids of the deputies who may sign off for the head"),
    KAPLAN_IGNORE,
};
} // namespace unit_spec

namespace person_spec {
using E = Person;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("name", true, text, name, "the person's name"),
    KAPLAN_FIELD("unit", true, ref, unit, "the unit the person belongs to"),
    KAPLAN_FIELD("role", false, text, role, "role or title"),
    KAPLAN_FIELD("capacity", false, fte, capacity,
                 "share of full time available, 0 < x <= 1.5 (default 1)"),
    KAPLAN_FIELD("committed", false, fte, committed,
                 "FTE already tied up in existing work (default 0)"),
    KAPLAN_FIELD("committed_until", false, month, committed_until,
                 "last month `committed` applies"),
    KAPLAN_FIELD("skills", false, number_map, skills, "{skill: level 1-5}"),
    KAPLAN_IGNORE,
};
} // namespace person_spec

namespace assumption_spec {
using E = Assumption;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("statement", true, text, statement, "the assumption about the environment"),
    KAPLAN_FIELD("signal", false, text, signal, "what would show it wrong"),
    KAPLAN_FIELD("review_by", false, date, review_by, "date by which to check it again"),
    KAPLAN_IGNORE,
};
} // namespace assumption_spec

namespace factor_spec {
using E = Factor;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("category", true, category, kFactorCategoryNames,
                "policy, economy, society, technology, industry, customer or competition"),
    KAPLAN_FIELD("finding", true, text, finding, "what the analysis found"),
    KAPLAN_ENUM("impact", true, impact, kImpactNames, "high, medium or low"),
    KAPLAN_ENUM("effect", true, effect, kEffectNames, "opportunity or threat"),
    KAPLAN_FIELD("sources", false, ref_list, sources, "ids of the sources behind the finding"),
    KAPLAN_IGNORE,
};
} // namespace factor_spec

namespace segment_spec {
using E = Segment;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("name", true, text, name, "the customer group's name"),
    KAPLAN_FIELD("accounts", false, integer, accounts, "number of key accounts"),
    KAPLAN_FIELD("revenue", false, year_map, revenue, "revenue history {year: amount}"),
    KAPLAN_FIELD("potential", false, number, potential, "wallet size"),
    KAPLAN_FIELD("growth", false, ratio, growth, "expected growth ratio"),
    KAPLAN_ENUM("priority", true, priority, kSegmentPriorityNames, "core, grow, maintain or exit"),
    KAPLAN_FIELD("needs", false, text_list, needs, "what the customers need"),
    KAPLAN_FIELD("sources", false, ref_list, sources, "ids of the sources behind the analysis"),
    KAPLAN_IGNORE,
};
} // namespace segment_spec

namespace competitor_spec {
using E = Competitor;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("name", true, text, name, "the competitor's name"),
    KAPLAN_FIELD("strengths", false, text_list, strengths, "its strengths"),
    KAPLAN_FIELD("weaknesses", false, text_list, weaknesses, "its weaknesses"),
    KAPLAN_FIELD("share", false, number_map, share, "{segment id: market share ratio}"),
    KAPLAN_FIELD("sources", false, ref_list, sources, "ids of the sources behind the analysis"),
    KAPLAN_IGNORE,
};
} // namespace competitor_spec

namespace source_spec {
using E = Source;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("kind", true, kind, kSourceKindNames,
                "survey, interview, report, data or workshop"),
    KAPLAN_FIELD("title", true, text, title, "what the source is"),
    KAPLAN_FIELD("date", false, date, date, "when it was made"),
    KAPLAN_IGNORE,
};
} // namespace source_spec

namespace capability_spec {
using E = Capability;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("area", true, text, area, "the capability evaluated"),
    KAPLAN_FIELD("rating", true, level, rating, "own rating 1-5"),
    KAPLAN_FIELD("benchmark", false, level, benchmark, "the comparison standard's rating 1-5"),
    KAPLAN_FIELD("benchmark_source", false, ref, benchmark_source,
                 "competitor or source id of the benchmark"),
    KAPLAN_FIELD("note", false, text, note, "remarks"),
    KAPLAN_IGNORE,
};
} // namespace capability_spec

namespace issue_spec {
using E = Issue;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("statement", true, text, statement, "the strategic issue or bottleneck"),
    KAPLAN_FIELD("evidence", false, ref_list, evidence,
                 "ids of factors, segments, competitors, capabilities or sources"),
    KAPLAN_IGNORE,
};
} // namespace issue_spec

namespace objective_spec {
using E = Objective;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("perspective", true, perspective, kPerspectiveNames,
                "balanced-scorecard perspective: financial, customer, internal or learning"),
    KAPLAN_FIELD("statement", true, text, statement, "the objective"),
    KAPLAN_FIELD("addresses", false, ref_list, addresses, "ids of the issues it addresses"),
    KAPLAN_FIELD("aligns_to", false, text, aligns_to, "the group's evaluation indicator code"),
    KAPLAN_IGNORE,
};
} // namespace objective_spec

namespace kpi_spec {
using E = Kpi;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("name", true, text, name, "the indicator's name"),
    KAPLAN_FIELD("objective", false, ref, objective, "objective id (top-level KPIs)"),
    KAPLAN_FIELD("parent", false, ref, parent, "parent KPI id (cascaded KPIs)"),
    KAPLAN_KEEP("unit", ref, unit, "the accountable unit (required for cascaded KPIs)"),
    KAPLAN_FIELD("owner", false, ref, owner, "the accountable person"),
    KAPLAN_KEEP("measure", text, measure, "unit of measure (required for top-level KPIs)"),
    KAPLAN_ENUM("direction", false, direction, kDirectionNames,
                "up or down: whether higher is better"),
    KAPLAN_ENUM("rollup", false, rollup, kRollupNames,
                "sum, mean, min or max: how children combine"),
    KAPLAN_FIELD("weighted_by", false, ref, weighted_by,
                 "KPI id: weights a mean by its children in the same units"),
    KAPLAN_ENUM("type", false, type, kKpiTypeNames, "cumulative or level"),
    KAPLAN_FIELD("baseline", false, number, baseline, "value in the year before the cycle"),
    Spec{"targets", false, VT::year_map, "{year: target}",
         [](Reader& r, E& e, NodeId n) {
           e.targets_loc = r.loc(n);
           r.read(n, e.targets);
         }},
    KAPLAN_KEEP("weight", number, weight, "weight in the scorecard (top-level KPIs)"),
    KAPLAN_FIELD("phasing", false, list, phasing, "[q1, q2, q3, q4] shares summing to 1"),
    KAPLAN_FIELD("thresholds", false, mapping, thresholds, "{green: ratio, amber: ratio}"),
    KAPLAN_FIELD("segments", false, ref_list, segments, "ids of the segments it is earned in"),
    KAPLAN_FIELD("derives", false, text, derives,
                 "KPI id, in the higher plan, this top-level KPI carries out"),
    KAPLAN_IGNORE,
};
} // namespace kpi_spec

namespace strategy_spec {
using E = Strategy;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("statement", true, text, statement, "the strategy"),
    KAPLAN_ENUM("kind", true, kind, kStrategyKindNames,
                "market, or internal (management improvement)"),
    Spec{"objectives", true, VT::ref_list, "ids of the objectives it serves",
         [](Reader& r, E& e, NodeId n) {
           r.read(n, e.objectives);
           // Only a list written empty (`[]`) is left for the index's KAP-S004: a null,
           // a scalar or a list of invalid ids has been reported already.
           const auto& node = r.tree().at(n);
           if (node.kind == NodeKind::sequence && (node.child_count == 0 || !e.objectives.empty()))
             e.objectives_loc = r.loc(n);
         }},
    KAPLAN_FIELD("basis", false, ref_list, basis,
                 "ids of factors, segments, competitors, capabilities or issues it rests on"),
    KAPLAN_IGNORE,
};
} // namespace strategy_spec

namespace budget_spec {
using E = BudgetLine;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_YEAR("year", true, year, "the budget year"),
    KAPLAN_FIELD("category", true, text, category, "capex, opex, marketing, training, …"),
    KAPLAN_FIELD("amount", true, number, amount, "amount in the plan's money unit"),
    KAPLAN_IGNORE,
};
} // namespace budget_spec

namespace asset_spec {
using E = Asset;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("kind", true, kind, kAssetKindNames,
                "talent, information, external, group, partner, fixed-asset or other"),
    KAPLAN_FIELD("name", true, text, name, "the resource"),
    KAPLAN_FIELD("note", false, text, note, "remarks"),
    KAPLAN_IGNORE,
};
} // namespace asset_spec

namespace team_spec {
using E = TeamMember;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_FIELD("person", true, ref, person, "person id"),
    KAPLAN_FIELD("effort", false, fte, effort, "FTE in every month the action touches"),
};
} // namespace team_spec

void read_team(Reader& r, Action& a, NodeId n) {
  if (!r.expect_sequence(n, "team")) return;
  for_each_item(r.tree(), n, [&](NodeId item) {
    if (!r.expect_mapping(item, "team")) return;
    TeamMember m;
    m.entry = r.loc(item);
    read_entry<TeamMember>(r, item, m, team_spec::specs, "actions.team");
    r.check_range(m.effort, 0, 1.5, false, "effort");
    a.team.push_back(std::move(m));
  });
}

// `contributes: {KPI id: {year: amount}}`: each KPI's years are read like `targets`.
void read_contributes(Reader& r, Action& a, NodeId n) {
  if (!r.expect_mapping(n, "contributes")) return;
  for_each_pair(r.tree(), n, [&](NodeId k, NodeId v) {
    Field<Ref> kpi;
    r.read(k, kpi);
    if (!kpi.set) return;
    Contribution c{kpi.value, {}};
    const std::size_t before = r.finding_count();
    r.read(v, c.years);
    c.unknown = r.finding_count() != before;
    a.contributes.push_back(std::move(c));
  });
}

namespace action_spec {
using E = Action;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_FIELD("title", true, text, title, "what is to be done"),
    KAPLAN_FIELD("strategy", true, ref, strategy, "the strategy it implements"),
    KAPLAN_FIELD("kpis", false, ref_list, kpis, "ids of the KPIs it moves"),
    KAPLAN_FIELD("unit", false, ref, unit, "the unit carrying it out"),
    KAPLAN_FIELD("owner", true, ref, owner, "the accountable person"),
    KAPLAN_FIELD("start", true, date, start, "first day"),
    KAPLAN_FIELD("due", true, date, due, "last day"),
    KAPLAN_FIELD("effort", false, fte, effort,
                 "the owner's FTE in every month it touches (default 0)"),
    Spec{"team", false, VT::list, "[{person, effort}]: more people loaded the same way",
         [](Reader& r, E& e, NodeId n) { read_team(r, e, n); }},
    KAPLAN_FIELD("cost", false, number_map, cost, "{budget category: amount}"),
    KAPLAN_FIELD("needs", false, number_map, needs, "{skill: minimum level 1-5} of the owner"),
    KAPLAN_FIELD("uses", false, ref_list, uses, "ids of the assets it uses"),
    KAPLAN_FIELD("depends_on", false, ref_list, depends_on, "ids of actions due before it starts"),
    KAPLAN_ENUM("priority", false, priority, kPriorityNames, "critical, high, normal or low"),
    Spec{"contributes", false, VT::mapping,
         "{KPI id: {year: amount}}: what it is expected to add to each KPI",
         [](Reader& r, E& e, NodeId n) { read_contributes(r, e, n); }},
    KAPLAN_IGNORE,
};
} // namespace action_spec

namespace decision_spec {
using E = Decision;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("stage", true, stage, kStageNames,
                "issues, objectives, strategies, resources or approval"),
    KAPLAN_FIELD("date", true, date, date, "when it was (or will be) held"),
    KAPLAN_FIELD("chair", false, ref, chair, "person id of the leader who chairs it"),
    KAPLAN_FIELD("participants", false, ref_list, participants, "ids of the units taking part"),
    KAPLAN_FIELD("outcome", false, text, outcome, "what was decided"),
    KAPLAN_IGNORE,
};
} // namespace decision_spec

namespace review_spec {
using E = ReviewCadence;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ID("unique id"),
    KAPLAN_ENUM("cadence", true, cadence, kCadenceNames,
                "monthly, quarterly, half-yearly or yearly"),
    KAPLAN_FIELD("owner", false, ref, owner, "the unit that runs the review"),
    KAPLAN_FIELD("kpis", false, ref_list, kpis, "ids of the KPIs reviewed"),
    KAPLAN_IGNORE,
};
} // namespace review_spec

namespace signoff_spec {
using E = Signoff;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_FIELD("unit", true, ref, unit, "the unit signing off"),
    KAPLAN_FIELD("by", false, ref, by, "person id of the signatory"),
    KAPLAN_FIELD("date", false, date, date, "date of the sign-off"),
};
} // namespace signoff_spec

// Range checks the field tables cannot express (KAP-S007).
void check_ranges(Reader& r, Person& p) {
  r.check_range(p.capacity, 0, 1.5, true, "capacity");
  if (!p.capacity.set) p.capacity.value = 1.0;
  r.check_range(p.committed, 0, 1.5, false, "committed");
  for (auto it = p.skills.begin(); it != p.skills.end();) {
    Field<double> level{it->value, it->loc, true};
    r.check_range(level, 1, 5, false, "skills");
    it = level.set ? it + 1 : p.skills.erase(it);
  }
}
void check_ranges(Reader& r, Capability& c) {
  r.check_range(c.rating, 1, 5, false, "rating");
  r.check_range(c.benchmark, 1, 5, false, "benchmark");
}
void check_ranges(Reader& r, Segment& s) {
  r.check_range(s.accounts, 0, 1e12, false, "accounts");
  // `accounts` is a count: the model keeps it as a number, the format wants an integer.
  if (s.accounts.set && s.accounts.value != std::floor(s.accounts.value)) {
    const std::size_t before = r.finding_count();
    r.report("KAP-S003", s.accounts.loc, "KAP-S003.integer",
             {arg("field", "accounts"),
              arg("found", "`" + text::format_number(s.accounts.value) + "`")});
    r.leave_unknown_since(before, key_path(r.what, "accounts"));
    s.accounts.set = false;
  }
  r.check_range(s.growth, -1, 100, false, "growth");
}
void check_ranges(Reader& r, Competitor& c) {
  for (auto& sh : c.share) {
    Field<double> v{sh.value, sh.loc, true};
    r.check_range(v, 0, 1, false, "share");
  }
}
void check_ranges(Reader& r, Kpi& k) {
  r.check_range(k.weight, 0, std::numeric_limits<double>::infinity(), true, "weight");
}
void check_ranges(Reader& r, Action& a) {
  r.check_range(a.effort, 0, 1.5, false, "effort");
  for (auto it = a.needs.begin(); it != a.needs.end();) {
    Field<double> level{it->value, it->loc, true};
    r.check_range(level, 1, 5, false, "needs");
    it = level.set ? it + 1 : a.needs.erase(it);
  }
  for (auto& c : a.cost) {
    Field<double> v{c.value, c.loc, true};
    r.check_range(v, 0, 1e15, false, "cost");
  }
  for (auto& c : a.contributes)
    for (auto it = c.years.begin(); it != c.years.end();) {
      Field<double> v{it->value, it->loc, true};
      r.check_range(v, 0, 1e15, false, "contributes");
      c.unknown = c.unknown || !v.set;
      it = v.set ? it + 1 : c.years.erase(it);
    }
}
template <class E>
void check_ranges(Reader&, E&) {}

// Reads a list section of entries of one kind and appends them to `out`.
template <class E, std::size_t N>
void read_list(Reader& r, NodeId n, std::vector<E>& out, const FieldSpec<E> (&specs)[N],
               std::string_view what) {
  const std::size_t first = r.finding_count();
  if (!r.expect_sequence(n, what)) {
    r.leave_unknown_since(first, std::string(what)); // the whole section (issue #18)
    return;
  }
  for_each_item(r.tree(), n, [&](NodeId item) {
    if (!r.expect_mapping(item, what)) return;
    E e;
    if constexpr (requires { e.entry; }) e.entry = r.loc(item);
    if constexpr (requires { e.id; }) e.loc = r.loc(item);
    std::size_t before = r.finding_count();
    read_entry<E>(r, item, e, std::span<const FieldSpec<E>>(specs, N), what);
    // Range checks name the field in the entry's section (Finding::unknown).
    auto saved_what = r.what;
    r.what = what;
    check_ranges(r, e);
    r.what = saved_what;
    // Structure findings inside an entry are about that entity: `ignore:` can match them.
    if constexpr (requires { e.id; }) r.set_entity_since(before, e.id);
    out.push_back(std::move(e));
  });
}

// The `review` section (written by `rollforward`). Its ids name entities of the plan
// rolled forward, which may be gone: they are text, not references.
namespace review_kpi_spec {
using E = ReviewKpi;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_FIELD("kpi", true, text, kpi, "id of the KPI in the plan rolled forward"),
    KAPLAN_FIELD("target", false, number, target, "its phased target at the period end"),
    KAPLAN_FIELD("actual", false, number, actual, "its actual (own, or its children's rollup)"),
    KAPLAN_FIELD("deviation", false, number, deviation, "actual - target"),
    KAPLAN_FIELD("relative_deviation", false, number, relative_deviation, "deviation / target"),
    KAPLAN_FIELD("attainment", false, number, attainment,
                 "actual / target (target / actual when lower is better)"),
    KAPLAN_FIELD("status", false, text, status, "the colour: green, amber, red or none"),
    KAPLAN_FIELD("baseline", false, number, baseline, "the new plan's baseline"),
    KAPLAN_ENUM("baseline_from", false, baseline_from, kBaselineSourceNames,
                "where the baseline came from: actual, forecast, target or none"),
    KAPLAN_FIELD("forecast_share", false, number, forecast_share,
                 "a forecast baseline: the phased share of the year its actual was divided by"),
    KAPLAN_FIELD("new_target", false, year_map, new_target,
                 "{year: n}: the target set for the new last year of the horizon"),
    KAPLAN_ENUM("method", false, method, kTargetMethodNames,
                "how it was set: trend, parent-share, given or none"),
};
} // namespace review_kpi_spec

namespace review_action_spec {
using E = ReviewAction;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_FIELD("action", true, text, action, "id of the action in the plan rolled forward"),
    KAPLAN_FIELD("status", false, text, status,
                 "not-started, in-progress, done, dropped or unreported"),
    KAPLAN_ENUM("outcome", false, outcome, kRollOutcomeNames,
                "left-out (done or dropped), carried or kept"),
    KAPLAN_ENUM("category", false, category, kRollCategoryNames,
                "extends, forecast-slip, overdue, finished, dropped, within-year or later"),
    KAPLAN_FIELD("progress", false, number, progress, "share done at the period end"),
    KAPLAN_FIELD("expected_progress", false, number, expected_progress,
                 "share of its time elapsed at the period end"),
    KAPLAN_FIELD("days_late", false, number, days_late,
                 "days finished after due (negative: early), or overdue"),
    KAPLAN_FIELD("cost", false, number, cost, "its planned cost, all categories"),
    KAPLAN_FIELD("spent", false, number, spent, "spent by the period end"),
    KAPLAN_FIELD("start", false, date, start, "its start in the plan rolled forward"),
    KAPLAN_FIELD("due", false, date, due, "its due date in the plan rolled forward"),
    KAPLAN_FIELD("forecast_finish", false, date, forecast_finish,
                 "its due date moved by its time deviation"),
};
} // namespace review_action_spec

namespace review_category_spec {
using E = ReviewCategory;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_ENUM("category", true, category, kRollCategoryNames,
                "extends, forecast-slip, overdue, finished, dropped, within-year or later"),
    KAPLAN_FIELD("count", false, number, count, "how many actions fell in it"),
    KAPLAN_FIELD("actions", false, text_list, actions, "their ids in the plan rolled forward"),
};
} // namespace review_category_spec

namespace review_section_spec {
using E = ReviewSection;
using Spec = FieldSpec<E>;
const Spec specs[] = {
    KAPLAN_FIELD("plan", true, text, plan, "id of the plan rolled forward"),
    KAPLAN_YEAR("cycle", true, cycle, "its cycle"),
    Spec{"period", true, VT::text,
         "the closing period of its actuals: YYYY, YYYY-Hn, YYYY-Qn or "
         "YYYY-MM",
         [](Reader& r, E& e, NodeId n) {
           r.read(n, e.period);
           Period p;
           if (e.period.set && !Reader::parse_period(e.period.value, p)) {
             r.report("KAP-S008", e.period.loc, "KAP-S008.period",
                      {arg("field", r.field), arg("found", r.found(n))});
             e.period.set = false;
           }
         }},
    KAPLAN_FIELD("as_of", false, date, as_of, "when its actuals were taken"),
    Spec{"kpis", false, VT::list, "every KPI's figures in the closing period",
         [](Reader& r, E& e, NodeId n) {
           read_list(r, n, e.kpis, review_kpi_spec::specs, "review.kpis");
         }},
    Spec{"actions", false, VT::list, "every action's state and what rollforward did with it",
         [](Reader& r, E& e, NodeId n) {
           read_list(r, n, e.actions, review_action_spec::specs, "review.actions");
         }},
    Spec{"categories", false, VT::list, "the actions by category, with counts and ids",
         [](Reader& r, E& e, NodeId n) {
           read_list(r, n, e.categories, review_category_spec::specs, "review.categories");
         }},
};
} // namespace review_section_spec

#undef KAPLAN_FIELD
#undef KAPLAN_ENUM
#undef KAPLAN_YEAR
#undef KAPLAN_KEEP
#undef KAPLAN_ID
#undef KAPLAN_IGNORE

void note_section(Plan& plan, std::string_view name, bool non_empty) {
  if (!non_empty) return;
  if (std::find(plan.sections_present.begin(), plan.sections_present.end(), name) ==
      plan.sections_present.end())
    plan.sections_present.emplace_back(name);
}

bool has_items(const YamlTree& t, NodeId n) {
  return n != kNoNode &&
         (t.at(n).kind == NodeKind::sequence || t.at(n).kind == NodeKind::mapping) &&
         t.at(n).child_count > 0;
}

void read_environment(Reader& r, NodeId n, Plan& plan) {
  if (!r.expect_mapping(n, "environment")) return;
  static constexpr std::string_view keys[] = {"factors", "segments", "competitors", "sources"};
  bool any = false;
  for_each_pair(r.tree(), n, [&](NodeId k, NodeId v) {
    switch (find_key(r, k, keys, "environment")) {
    case 0:
      read_list(r, v, plan.factors, factor_spec::specs, "environment.factors");
      break;
    case 1:
      read_list(r, v, plan.segments, segment_spec::specs, "environment.segments");
      break;
    case 2:
      read_list(r, v, plan.competitors, competitor_spec::specs, "environment.competitors");
      break;
    case 3:
      read_list(r, v, plan.sources, source_spec::specs, "environment.sources");
      break;
    default:
      return;
    }
    any = any || has_items(r.tree(), v);
  });
  note_section(plan, "environment", any);
}

void read_resources(Reader& r, NodeId n, Plan& plan) {
  if (!r.expect_mapping(n, "resources")) return;
  static constexpr std::string_view keys[] = {"budget", "assets", "people"};
  for_each_pair(r.tree(), n, [&](NodeId k, NodeId v) {
    switch (find_key(r, k, keys, "resources")) {
    case 0:
      read_list(r, v, plan.budget, budget_spec::specs, "resources.budget");
      break;
    case 1:
      read_list(r, v, plan.assets, asset_spec::specs, "resources.assets");
      break;
    case 2:
      read_list(r, v, plan.people, person_spec::specs, "people");
      note_section(plan, "people", has_items(r.tree(), v));
      break;
    default:
      return;
    }
    note_section(plan, "resources", has_items(r.tree(), v));
  });
}

void read_governance(Reader& r, NodeId n, Plan& plan) {
  if (!r.expect_mapping(n, "governance")) return;
  static constexpr std::string_view keys[] = {"decisions", "reviews", "signoffs"};
  for_each_pair(r.tree(), n, [&](NodeId k, NodeId v) {
    switch (find_key(r, k, keys, "governance")) {
    case 0:
      read_list(r, v, plan.decisions, decision_spec::specs, "governance.decisions");
      break;
    case 1:
      read_list(r, v, plan.reviews, review_spec::specs, "governance.reviews");
      break;
    case 2:
      read_list(r, v, plan.signoffs, signoff_spec::specs, "governance.signoffs");
      break;
    default:
      return;
    }
    note_section(plan, "governance", has_items(r.tree(), v));
  });
}

void read_includes(Reader& r, NodeId n, std::vector<IncludeEntry>& out) {
  if (r.tree().is_scalar(n)) { // a single pattern is accepted as a one-item list
    out.push_back({std::string(r.tree().text(n)), r.loc(n)});
    return;
  }
  if (!r.expect_sequence(n, "include")) return;
  for_each_item(r.tree(), n, [&](NodeId item) {
    r.field = "include";
    if (!r.expect_scalar(item, "include")) return;
    out.push_back({std::string(r.tree().text(item)), r.loc(item)});
  });
}

constexpr std::string_view kTopKeys[] = {"kaplan",    "plan",        "include",     "units",
                                         "people",    "assumptions", "environment", "capabilities",
                                         "issues",    "objectives",  "kpis",        "strategies",
                                         "resources", "actions",     "governance",  "review"};

} // namespace

void read_plan_document(Reader& r, Plan& plan, bool is_root, std::vector<IncludeEntry>& includes) {
  const auto& t = r.tree();
  NodeId root = t.root;
  if (!r.expect_mapping(root, "document")) return;
  bool saw_version = false;
  for_each_pair(t, root, [&](NodeId k, NodeId v) {
    int i = find_key(r, k, kTopKeys, "document");
    if (i < 0) return;
    std::string_view key = kTopKeys[static_cast<std::size_t>(i)];
    r.field = key;
    r.what = key;
    switch (i) {
    case 0: {
      saw_version = true;
      Field<int> version;
      if (t.is_scalar(v) && t.text(v) == "1") {
        version = {1, r.loc(v), true};
      } else {
        r.report("KAP-S009", t.is_null(v) ? r.loc(k) : r.loc(v), "KAP-S009.unsupported",
                 {arg("found", r.found(v))});
      }
      if (is_root) plan.format_version = version;
      break;
    }
    case 1:
      if (!is_root) {
        r.report("KAP-S002", r.loc(k), "KAP-S002.plan-in-include", {});
        break;
      }
      plan.header_loc = r.loc(k);
      if (r.expect_mapping(v, "plan")) {
        plan.header.loc = r.loc(v);
        plan.header.entry = r.loc(v);
        read_entry<PlanHeader>(r, v, plan.header, header_spec::specs, "plan");
      } else if (t.is_null(v)) {
        report_missing(r, k, "id", "plan");
      }
      break;
    case 2:
      read_includes(r, v, includes);
      break;
    case 3:
      read_list(r, v, plan.units, unit_spec::specs, "units");
      break;
    case 4:
      read_list(r, v, plan.people, person_spec::specs, "people");
      break;
    case 5:
      read_list(r, v, plan.assumptions, assumption_spec::specs, "assumptions");
      break;
    case 6:
      read_environment(r, v, plan);
      return;
    case 7:
      read_list(r, v, plan.capabilities, capability_spec::specs, "capabilities");
      break;
    case 8:
      read_list(r, v, plan.issues, issue_spec::specs, "issues");
      break;
    case 9:
      read_list(r, v, plan.objectives, objective_spec::specs, "objectives");
      break;
    case 10:
      read_list(r, v, plan.kpis, kpi_spec::specs, "kpis");
      break;
    case 11:
      read_list(r, v, plan.strategies, strategy_spec::specs, "strategies");
      break;
    case 12:
      read_resources(r, v, plan);
      return;
    case 13:
      read_list(r, v, plan.actions, action_spec::specs, "actions");
      break;
    case 14:
      read_governance(r, v, plan);
      return;
    case 15:
      // Written by `rollforward`; its shape is documented in kaplan-plan(5).
      if (!r.expect_mapping(v, "review")) return;
      plan.has_review_section = true;
      plan.review.loc = r.loc(v);
      read_entry<ReviewSection>(r, v, plan.review, review_section_spec::specs, "review");
      return;
    default:
      return;
    }
    note_section(plan, key, has_items(t, v));
  });
  if (is_root && !saw_version) r.report("KAP-S009", r.loc(root), "KAP-S009.missing", {});
}

} // namespace kaplan::load

// --- The format described from the tables above (`kaplan schema`) ---------------------

namespace kaplan {
namespace {

template <class E, std::size_t N>
SectionDoc describe(std::string path, std::string_view doc, const load::FieldSpec<E> (&specs)[N]) {
  SectionDoc s{std::move(path), doc, {}};
  for (const auto& f : specs)
    s.fields.push_back({f.key, f.required, load::value_type_name(f.type), f.doc, f.values});
  return s;
}

} // namespace

namespace load {

std::string_view value_type_name(ValueType t) {
  static constexpr std::string_view names[] = {
      "id",       "text",      "integer",  "number",     "ratio",       "fte",
      "level",    "year",      "date",     "month",      "enumeration", "ref",
      "ref_list", "text_list", "year_map", "number_map", "mapping",     "list"};
  return names[static_cast<std::size_t>(t)];
}

} // namespace load

std::vector<SectionDoc> describe_plan_format() {
  using namespace load;
  return {
      describe("plan", "the plan's header (root file only)", header_spec::specs),
      describe("units", "the organisation: units forming a tree", unit_spec::specs),
      describe("people", "the talent pool and its capacity", person_spec::specs),
      describe("assumptions", "basic assumptions about the environment", assumption_spec::specs),
      describe("environment.factors", "external environment analysis", factor_spec::specs),
      describe("environment.segments", "key-account customer groups", segment_spec::specs),
      describe("environment.competitors", "competitors", competitor_spec::specs),
      describe("environment.sources", "market research, questionnaires, interviews",
               source_spec::specs),
      describe("capabilities", "internal resource and capability evaluation",
               capability_spec::specs),
      describe("issues", "strategic issues and bottlenecks", issue_spec::specs),
      describe("objectives", "strategic objectives, balanced scorecard", objective_spec::specs),
      describe("kpis", "indicators and their cascade", kpi_spec::specs),
      describe("strategies", "implementation strategies", strategy_spec::specs),
      describe("resources.budget", "budget lines", budget_spec::specs),
      describe("resources.assets", "non-financial resources", asset_spec::specs),
      describe("actions", "the action plan", action_spec::specs),
      describe("actions.team", "more people loaded by an action", team_spec::specs),
      describe("governance.decisions", "key decision points", decision_spec::specs),
      describe("governance.reviews", "the evaluation loop", review_spec::specs),
      describe("governance.signoffs", "sign-offs of the plan by units", signoff_spec::specs),
      describe("review", "what the previous cycle taught (written by rollforward)",
               review_section_spec::specs),
      describe("review.kpis", "each KPI's figures in the closing period", review_kpi_spec::specs),
      describe("review.actions", "each action's state and what rollforward did with it",
               review_action_spec::specs),
      describe("review.categories", "the actions by category, with counts and ids",
               review_category_spec::specs),
  };
}

} // namespace kaplan
