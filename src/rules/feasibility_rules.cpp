// SPDX-License-Identifier: MIT
// KAP-R…: resource feasibility. Can the plan's people, skills, budget and dates carry
// its actions? The month arithmetic lives in analysis/load_calendar.cpp and
// analysis/budget.cpp; this file turns their figures into findings.
#include "kaplan/analysis/budget.hpp"
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"
#include "rules/rule_messages.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace kaplan::rules {
namespace {

constexpr double kEps = kLoadEpsilon;

// At most this many ids are listed in one message; the rest are counted.
constexpr std::size_t kMaxListed = 20;

const LoadCalendar& calendar_of(RuleContext& ctx) {
  return ctx.memo<LoadCalendar>("load-calendar", [&] { return build_load_calendar(ctx.plan); });
}

// "AC-01, AC-02" for a list of ids; beyond kMaxListed, "AC-01, …, AC-20, … (+12)".
std::string join_ids(const std::vector<std::string_view>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < kMaxListed; ++i) {
    if (i) out += ", ";
    out += ids[i];
  }
  if (ids.size() > kMaxListed) out += ", … (+" + std::to_string(ids.size() - kMaxListed) + ")";
  return out;
}

// ---------------------------------------------------------------------------------
// KAP-R001: one finding per maximal run of overloaded months of a person.
// O(total months + total parts): each month and each part is visited once, plus a
// sort of the run's action indexes.
void check_r001(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  for (const auto& pl : calendar_of(ctx).people) {
    const Person& person = plan.people[pl.person];
    const auto& months = pl.months;
    for (std::size_t i = 0; i < months.size();) {
      if (!pl.overloaded(months[i])) {
        ++i;
        continue;
      }
      std::size_t end = i;
      std::size_t peak = i;
      std::vector<std::uint32_t> actions;
      for (; end < months.size() && pl.overloaded(months[end]); ++end) {
        if (months[end].load > months[peak].load + kEps) peak = end;
        for (const auto& part : pl.parts_of(months[end]))
          if (part.effort > kEps) actions.push_back(part.action);
      }
      std::sort(actions.begin(), actions.end());
      actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
      std::vector<std::string_view> ids;
      for (auto a : actions)
        ids.push_back(plan.actions[a].id);
      const double committed = pl.committed_in(peak);
      std::vector<Arg> args = {arg("person", person.id),
                               arg("months", cal::format_months(pl.month(i), pl.month(end - 1))),
                               arg("peak", months[peak].load),
                               arg("peak_month", cal::format_month(pl.month(peak))),
                               arg("capacity", pl.capacity),
                               arg("committed", committed),
                               arg("actions", join_ids(ids))};
      const char* key = ids.empty()        ? "KAP-R001.committed-only"
                        : committed > kEps ? "KAP-R001.committed"
                                           : "KAP-R001";
      ctx.report("KAP-R001", person.loc, person.id, key, std::move(args));
      i = end;
    }
  }
}

// ---------------------------------------------------------------------------------
// KAP-R002: charges per year of the horizon and category against the budget lines.
// O(cells), after build_budget_spending's O(n log n).
void check_r002(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  if (!plan.header.cycle.set) return;
  const auto& spending =
      ctx.memo<BudgetSpending>("budget", [&] { return build_budget_spending(plan); });
  for (const auto& c : spending.cells) {
    // Budget lines cover the horizon; what lies beyond belongs to another cycle's plan.
    if (c.year < plan.first_year() || c.year > plan.last_year()) continue;
    if (c.charged <= kEps) continue;
    // The actions whose costs make up the charge, largest first (plan order among equals).
    std::vector<BudgetCharge> charges = c.charges;
    std::stable_sort(
        charges.begin(), charges.end(),
        [](const BudgetCharge& a, const BudgetCharge& b) { return a.amount > b.amount; });
    std::vector<std::string_view> ids;
    for (const auto& charge : charges)
      if (charge.amount > kEps) ids.push_back(charge.action->id);
    std::vector<Arg> args = {arg("year", c.year),
                             arg("category", c.category),
                             arg("cost", c.charged),
                             arg("budget", c.amount),
                             arg("excess", c.charged - c.amount),
                             arg("actions", join_ids(ids))};
    if (!c.line) {
      ctx.report("KAP-R002", c.first_cost, c.first_action->id, "KAP-R002.no-line", std::move(args));
    } else if (c.charged > c.amount + kEps) {
      Location loc = c.line->amount.set ? c.line->amount.loc : c.line->entry;
      ctx.report("KAP-R002", loc, plan.header.id, "KAP-R002", std::move(args));
    }
  }
}

// ---------------------------------------------------------------------------------
// Skill levels by person, each person's skills sorted by name: a lookup is
// O(log skills). Building it is O(total skills · log).
struct SkillIndex {
  std::vector<std::vector<std::pair<std::string_view, double>>> by_person;

  explicit SkillIndex(const Plan& plan) : by_person(plan.people.size()) {
    for (std::size_t i = 0; i < plan.people.size(); ++i) {
      auto& list = by_person[i];
      for (const auto& s : plan.people[i].skills)
        list.emplace_back(s.name, s.value);
      // Stable: with a skill written twice the first one counts.
      std::stable_sort(list.begin(), list.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
    }
  }
  // The person's level in a skill; 0 when they do not have it.
  double level(std::size_t person, std::string_view skill) const {
    const auto& list = by_person[person];
    auto it = std::lower_bound(list.begin(), list.end(), skill,
                               [](const auto& e, std::string_view k) { return e.first < k; });
    return it != list.end() && it->first == skill ? it->second : 0.0;
  }
  // The lowest of the person's levels over an action's needs (0 when one is missing).
  double fit(std::size_t person, const Action& a) const {
    double fit = 5;
    for (const auto& need : a.needs)
      fit = std::min(fit, level(person, need.name));
    return fit;
  }
};

const SkillIndex& skills_of(RuleContext& ctx) {
  return ctx.memo<SkillIndex>("skill-index", [&] { return SkillIndex(ctx.plan); });
}

// The index in plan.people of a person reference, or -1.
long person_index(const Plan& plan, const Field<Ref>& ref) {
  if (!ref.set) return -1;
  const IdEntry* e = plan.find(ref.value.id);
  return e && e->kind == EntityKind::person ? static_cast<long>(e->index) : -1;
}

// KAP-R003: each need of an action above its owner's level, at the need's key.
// O(needs · log skills).
void check_r003(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const SkillIndex& skills = skills_of(ctx);
  for (const auto& a : plan.actions) {
    long owner = person_index(plan, a.owner);
    if (owner < 0) continue;
    for (const auto& need : a.needs) {
      double has = skills.level(static_cast<std::size_t>(owner), need.name);
      if (has + kEps >= need.value) continue;
      std::vector<Arg> args = {arg("action", a.id), arg("owner", a.owner.value.id),
                               arg("skill", need.name), arg("needed", need.value),
                               arg("level", has)};
      ctx.report("KAP-R003", need.loc, a.id, has > 0 ? "KAP-R003" : "KAP-R003.missing",
                 std::move(args));
    }
  }
}

// ---------------------------------------------------------------------------------
// KAP-R004: start after due (at `start`), or entirely outside the horizon (at the id).
void check_r004(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  for (const auto& a : plan.actions) {
    if (!a.start.set || !a.due.set) continue;
    const bool reversed = a.due.value < a.start.value;
    const bool outside =
        !reversed && plan.header.cycle.set &&
        (a.due.value.year < plan.first_year() || a.start.value.year > plan.last_year());
    if (!reversed && !outside) continue;
    std::vector<Arg> args = {arg("action", a.id), arg("start", format_date(a.start.value)),
                             arg("due", format_date(a.due.value))};
    if (reversed) {
      ctx.report("KAP-R004", a.start.loc, a.id, "KAP-R004", std::move(args));
    } else {
      args.push_back(arg("first", plan.first_year()));
      args.push_back(arg("last", plan.last_year()));
      ctx.report("KAP-R004", a.loc, a.id, "KAP-R004.outside", std::move(args));
    }
  }
}

// ---------------------------------------------------------------------------------
// KAP-R005: a prerequisite due after this action starts, at the `depends_on` entry.
void check_r005(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  for (const auto& a : plan.actions) {
    if (!a.start.set) continue;
    for (const auto& ref : a.depends_on) {
      const Action* dep = plan.action(ref.id);
      if (!dep || dep == &a || !dep->due.set || !(a.start.value < dep->due.value)) continue;
      long long late = cal::day_number(dep->due.value) - cal::day_number(a.start.value);
      ctx.report("KAP-R005", ref.loc, a.id, "KAP-R005",
                 {arg("action", a.id), arg("start", format_date(a.start.value)),
                  arg("dependency", dep->id), arg("due", format_date(dep->due.value)),
                  arg("days", late)});
    }
  }
}

// ---------------------------------------------------------------------------------
// KAP-R006: a unit named by a KPI, with no action owned by a person of it or below.
// Reported once per unit, at the first KPI (plan order) naming it, with that KPI as
// the entity. O(units + people + actions + KPIs): the units with work are marked and
// the marks climb the parent chains, each unit marked once (iterative, cycle-safe).
void check_r006(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  auto unit_index = [&](const Field<Ref>& ref) -> long {
    if (!ref.set) return -1;
    const IdEntry* e = plan.find(ref.value.id);
    return e && e->kind == EntityKind::unit ? static_cast<long>(e->index) : -1;
  };
  std::vector<char> has_work(plan.units.size(), 0);
  for (const auto& a : plan.actions) {
    long p = person_index(plan, a.owner);
    if (p < 0) continue;
    for (long u = unit_index(plan.people[static_cast<std::size_t>(p)].unit); u >= 0 && !has_work[u];
         u = unit_index(plan.units[static_cast<std::size_t>(u)].parent))
      has_work[static_cast<std::size_t>(u)] = 1;
  }
  std::vector<char> reported(plan.units.size(), 0);
  for (const auto& k : plan.kpis) {
    long u = unit_index(k.unit);
    if (u < 0 || has_work[static_cast<std::size_t>(u)] || reported[static_cast<std::size_t>(u)])
      continue;
    reported[static_cast<std::size_t>(u)] = 1;
    ctx.report("KAP-R006", k.unit.loc, k.id, "KAP-R006",
               {arg("unit", k.unit.value.id), arg("kpi", k.id)});
  }
}

// ---------------------------------------------------------------------------------
// KAP-R007: the best-skilled person with room for a critical action.
//
// A person's fit for an action is the lowest of their levels over its `needs` (0 when
// a skill is missing). Someone fits better than the owner when their fit is higher;
// among those with free capacity >= the action's effort in every month of the action
// within the horizon (their load from this action itself excluded), the best is the
// highest fit, then the most free capacity, then the smallest id.
//
// Complexity, never all pairs: people are grouped by skill and sorted by level once,
// O(K log K) for K skill entries. For each distinct set of needed skills, a ranking
// is made once: the holders of its rarest skill, best level first (at most
// kMaxRanked of them, since fit <= that level), by fit, then by their most free
// capacity in any month (an upper bound of their room over any months), then by id;
// only the kMaxCandidates first are kept. Each critical action then walks its
// ranking and stops as soon as no one further can beat the owner or the best found;
// free capacity over a month range is an O(1) sparse-table query. Cost:
// O(D · kMaxRanked · needs · log skills + C · kMaxCandidates) for D need sets and C
// critical actions. The bounds make the answer the best among the kMaxCandidates
// best-fitting people; only a plan with more than that many better-skilled people
// who all lack room could miss one further down.
constexpr std::size_t kMaxRanked = 4096;
constexpr std::size_t kMaxCandidates = 128;

// Range-minimum of a person's free capacity (capacity − load) over their months.
struct FreeTable {
  int first = 0;                         // month index of row 0
  std::vector<std::vector<double>> rows; // rows[k][i] = min over [i, i + 2^k)

  explicit FreeTable(const PersonLoad& pl) {
    if (pl.months.empty()) return;
    first = pl.first;
    std::vector<double> base;
    for (const auto& m : pl.months)
      base.push_back(pl.capacity - m.load);
    rows.push_back(std::move(base));
    for (std::size_t len = 2; len <= rows[0].size(); len *= 2) {
      const auto& prev = rows.back();
      std::vector<double> next(prev.size() - len / 2);
      for (std::size_t i = 0; i < next.size(); ++i)
        next[i] = std::min(prev[i], prev[i + len / 2]);
      rows.push_back(std::move(next));
    }
  }
  // The least free capacity over months lo..hi (indexes, inside the person's months).
  double min_free(int lo, int hi) const {
    auto a = static_cast<std::size_t>(lo - first), b = static_cast<std::size_t>(hi - first);
    std::size_t k = 0;
    while ((std::size_t{2} << k) <= b - a + 1)
      ++k;
    return std::min(rows[k][a], rows[k][b + 1 - (std::size_t{1} << k)]);
  }
};

// People ranked for a set of needed skills: (fit, person index).
using Ranking = std::vector<std::pair<double, std::uint32_t>>;

void check_r007(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const LoadCalendar& calendar = calendar_of(ctx);
  const SkillIndex& skills = skills_of(ctx);
  if (!plan.header.cycle.set) return;

  // The most free capacity of each person in any of their months.
  std::vector<double> max_free(plan.people.size(), 0.0);
  for (const auto& pl : calendar.people)
    for (const auto& m : pl.months)
      max_free[pl.person] = std::max(max_free[pl.person], pl.capacity - m.load);

  // Holders of each skill, best level first, then by id; each person once.
  std::unordered_map<std::string_view, Ranking> holders;
  for (std::uint32_t p = 0; p < plan.people.size(); ++p)
    for (const auto& s : plan.people[p].skills)
      holders[s.name].emplace_back(skills.level(p, s.name), p);
  for (auto& [skill, list] : holders) {
    std::sort(list.begin(), list.end(), [&](const auto& a, const auto& b) {
      if (a.first != b.first) return a.first > b.first;
      return plan.people[a.second].id < plan.people[b.second].id;
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }

  // The ranking of an action's set of needed skills, made on first use.
  std::unordered_map<std::string, Ranking> rankings;
  auto ranking_of = [&](const Action& a) -> const Ranking& {
    std::vector<std::string_view> names;
    for (const auto& need : a.needs)
      names.push_back(need.name);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string key;
    for (auto n : names)
      key.append(n).push_back('\n');
    auto [it, added] = rankings.try_emplace(std::move(key));
    if (!added) return it->second;
    const Ranking* driver = nullptr; // the rarest skill: everyone who fits holds it
    for (auto n : names) {
      auto h = holders.find(n);
      if (h == holders.end()) return it->second; // nobody has it: nobody fits
      if (!driver || h->second.size() < driver->size()) driver = &h->second;
    }
    Ranking& ranking = it->second;
    for (std::size_t i = 0; i < driver->size() && i < kMaxRanked; ++i)
      ranking.emplace_back(skills.fit((*driver)[i].second, a), (*driver)[i].second);
    auto before = [&](const auto& x, const auto& y) {
      if (x.first != y.first) return x.first > y.first;
      if (max_free[x.second] != max_free[y.second]) return max_free[x.second] > max_free[y.second];
      return plan.people[x.second].id < plan.people[y.second].id;
    };
    if (ranking.size() > kMaxCandidates) {
      std::nth_element(ranking.begin(), ranking.begin() + kMaxCandidates, ranking.end(), before);
      ranking.resize(kMaxCandidates);
    }
    std::sort(ranking.begin(), ranking.end(), before);
    return ranking;
  };

  std::vector<std::optional<FreeTable>> tables(plan.people.size());
  auto table = [&](std::uint32_t p) -> const FreeTable& {
    if (!tables[p]) tables[p].emplace(calendar.people[p]);
    return *tables[p];
  };

  for (const auto& a : plan.actions) {
    if (a.priority.value != Priority::critical || a.needs.empty()) continue;
    long owner = person_index(plan, a.owner);
    int first = 0, last = 0;
    if (owner < 0 || !action_months(calendar, a, first, last)) continue;
    first = std::max(first, cal::month_index(calendar.horizon_first));
    last = std::min(last, cal::month_index(calendar.horizon_last));
    if (first > last) continue;
    const double owner_fit = skills.fit(static_cast<std::size_t>(owner), a);

    long best = -1;
    double best_fit = 0, best_free = 0;
    // Weighs a candidate with their room over the action's months (`returned`: this
    // action's own load on them, which they would not carry twice).
    auto consider = [&](std::uint32_t p, double returned) {
      double fit = skills.fit(p, a);
      if (fit <= owner_fit + kEps || (best >= 0 && fit < best_fit - kEps)) return;
      double free = table(p).min_free(first, last) + returned;
      if (free + kEps < a.effort.value) return;
      bool better = best < 0 || fit > best_fit + kEps ||
                    (fit >= best_fit - kEps &&
                     (free > best_free + kEps ||
                      (free >= best_free - kEps && plan.people[p].id < plan.people[best].id)));
      if (better) {
        best = p;
        best_fit = fit;
        best_free = free;
      }
    };
    // The team first: their own effort on the action comes back to them, which the
    // order of the ranking does not know.
    std::vector<std::pair<std::uint32_t, double>> team;
    for (const auto& m : a.team) {
      long p = person_index(plan, m.person);
      if (p < 0 || p == owner) continue;
      auto it = std::find_if(team.begin(), team.end(), [&](const auto& t) { return t.first == p; });
      if (it == team.end())
        team.emplace_back(static_cast<std::uint32_t>(p), m.effort.value);
      else
        it->second += m.effort.value;
    }
    for (const auto& [p, effort] : team)
      consider(p, effort);

    for (const auto& [fit, p] : ranking_of(a)) {
      if (fit <= owner_fit + kEps || (best >= 0 && fit < best_fit - kEps)) break;
      // Same fit as the best: only more room, or as much with a smaller id, can win,
      // and max_free (falling along the ranking) bounds the room.
      if (best >= 0 && fit <= best_fit + kEps &&
          (max_free[p] < best_free - kEps ||
           (max_free[p] <= best_free + kEps && plan.people[p].id > plan.people[best].id)))
        break;
      if (static_cast<long>(p) == owner) continue;
      if (std::any_of(team.begin(), team.end(),
                      [&, person = p](const auto& t) { return t.first == person; }))
        continue;
      consider(p, 0.0);
    }
    if (best < 0) continue;
    ctx.report("KAP-R007", a.owner.loc, a.id, "KAP-R007",
               {arg("action", a.id), arg("person", plan.people[static_cast<std::size_t>(best)].id),
                arg("level", best_fit), arg("owner", a.owner.value.id),
                arg("owner_level", owner_fit), arg("free", best_free)});
  }
}

// ---------------------------------------------------------------------------------
// KAP-R008: `committed` alone fills the capacity, yet the person owns actions that
// start while it is in force. O(actions + people).
void check_r008(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  std::vector<std::vector<std::string_view>> owned(plan.people.size());
  for (const auto& a : plan.actions) {
    long p = person_index(plan, a.owner);
    if (p < 0) continue;
    const Person& person = plan.people[static_cast<std::size_t>(p)];
    if (person.committed.value + kEps < person.capacity.value) continue;
    // An action that starts after `committed_until` uses the time it releases.
    if (a.start.set && !committed_in_force(person, cal::month_of(a.start.value))) continue;
    owned[static_cast<std::size_t>(p)].push_back(a.id);
  }
  for (std::size_t p = 0; p < plan.people.size(); ++p) {
    if (owned[p].empty()) continue;
    const Person& person = plan.people[p];
    ctx.report("KAP-R008", person.loc, person.id, "KAP-R008",
               {arg("person", person.id), arg("committed", person.committed.value),
                arg("capacity", person.capacity.value), arg("actions", join_ids(owned[p]))});
  }
}

// ---------------------------------------------------------------------------------
// KAP-R009: the plan budgets some years but not every year of its horizon (a plan just
// rolled forward has no budget yet for its new last year). O(budget lines + horizon).
void check_r009(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  if (plan.budget.empty() || !plan.header.cycle.set) return;
  const int first = plan.first_year(), last = plan.last_year();
  if (last < first || last - first > 100) return; // a bad horizon is reported elsewhere
  std::vector<char> budgeted(static_cast<std::size_t>(last - first + 1), 0);
  for (const auto& line : plan.budget)
    if (line.year.set && line.year.value >= first && line.year.value <= last)
      budgeted[static_cast<std::size_t>(line.year.value - first)] = 1;
  for (int year = first; year <= last; ++year)
    if (!budgeted[static_cast<std::size_t>(year - first)])
      ctx.report("KAP-R009", plan.budget.front().entry, plan.header.id, "KAP-R009",
                 {arg("year", year), arg("first", first), arg("last", last)});
}

// A segment's yearly growth for KAP-R010 (decision 68): its `growth` when given, else
// the compound yearly growth between its two latest revenue years; none without either.
std::optional<double> segment_growth(const Segment& s) {
  if (s.growth) return *s.growth;
  const YearValue* last = nullptr;
  const YearValue* before = nullptr;
  for (const auto& r : s.revenue) {
    if (!last || r.year > last->year) {
      before = last;
      last = &r;
    } else if (r.year != last->year && (!before || r.year > before->year)) {
      before = &r;
    }
  }
  if (!last || !before || before->value <= 0 || last->value < 0) return std::nullopt;
  return std::pow(last->value / before->value, 1.0 / (last->year - before->year)) - 1;
}

// The revenue of a segment's latest revenue year: its weight in KAP-R010.
std::optional<double> latest_revenue(const Segment& s) {
  const YearValue* last = nullptr;
  for (const auto& r : s.revenue)
    if (!last || r.year > last->year) last = &r;
  if (!last) return std::nullopt;
  return last->value;
}

std::string percent(double ratio) {
  return text::format_fixed(ratio * 100, 1) + "%";
}

void check_r010(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const double margin = ctx.config.ambition_margin / 100;
  for (const auto& k : plan.kpis) {
    if (k.segments.empty() || k.type.value != KpiType::cumulative ||
        k.direction.value != Direction::up)
      continue;
    // The revenue-weighted growth of the KPI's segments; a segment with no growth figure or
    // no revenue is left out of the mean.
    double weighted = 0, total = 0;
    std::string parts;
    for (const auto& r : k.segments) {
      const IdEntry* e = plan.find(r.id);
      if (!e || e->kind != EntityKind::segment) continue;
      const Segment& s = plan.segments[e->index];
      auto g = segment_growth(s);
      auto w = latest_revenue(s);
      if (!g || !w || *w <= 0) continue;
      weighted += *g * *w;
      total += *w;
      if (!parts.empty()) parts += ", ";
      parts += "`" + s.id + "` " + percent(*g) + " × " + text::format_number(*w);
    }
    if (total <= 0) continue;
    const double segments_growth = weighted / total;
    std::map<int, const YearValue*> targets;
    for (const auto& t : k.targets)
      targets.emplace(t.year, &t);
    const YearValue* worst = nullptr;
    double worst_growth = 0, worst_excess = 0;
    std::size_t years = 0;
    for (const auto& [year, t] : targets) {
      const std::optional<double> previous = previous_target(plan, k, year);
      if (!previous || *previous <= 0) continue;
      const double growth = t->value / *previous - 1;
      const double excess = growth - segments_growth;
      if (excess <= margin + 1e-9) continue;
      ++years;
      if (!worst || excess > worst_excess) {
        worst = t;
        worst_growth = growth;
        worst_excess = excess;
      }
    }
    if (!worst) continue;
    ctx.report("KAP-R010", worst->loc, k.id, "KAP-R010",
               {arg("id", k.id), arg("year", worst->year), arg("growth", percent(worst_growth)),
                arg("segments_growth", percent(segments_growth)),
                arg("excess", text::format_fixed(worst_excess * 100, 1)),
                arg("margin", text::format_number(ctx.config.ambition_margin)),
                arg("segments", parts), arg("count", years)});
  }
}

// Each row: the rule, its check, what its findings depend on (RuleCheck::needs), and
// whether it starts first (RuleCheck::first: R001 builds the load calendar, R002 the
// budget spending).
constexpr RuleCheck kFeasibilityChecks[] = {
    {"KAP-R001", check_r001, {}, Over::entity, true},
    {"KAP-R002", check_r002, "resources.budget", Over::section, true},
    {"KAP-R003", check_r003},
    {"KAP-R004", check_r004},
    {"KAP-R005", check_r005},
    {"KAP-R006", check_r006},
    {"KAP-R007", check_r007},
    {"KAP-R008", check_r008},
    {"KAP-R009", check_r009, "resources.budget", Over::section},
    {"KAP-R010", check_r010, "kpis.targets kpis.baseline kpis.type kpis.direction kpis.segments"},
};

constexpr MessageText kFeasibilityMessages[] = {
    {"KAP-R001",
     "person `{person}` is overloaded in {months}: peak load {peak} against capacity {capacity}; "
     "actions: {actions}",
     "人员 `{person}` 在 {months|zh}超负荷：负荷峰值 {peak}，可投入工作量 "
     "{capacity}；涉及的行动计划：{actions}"},
    {"KAP-R001.committed",
     "person `{person}` is overloaded in {months}: peak load {peak} against capacity {capacity}, "
     "of which "
     "`committed` {committed}; actions: {actions}",
     "人员 `{person}` 在 {months|zh}超负荷：负荷峰值 {peak}（其中原有工作 `committed` 占 "
     "{committed}），可投入工作量 "
     "{capacity}；涉及的行动计划：{actions}"},
    {"KAP-R001.committed-only",
     "person `{person}` is overloaded in {months}: `committed` {committed} alone exceeds capacity "
     "{capacity}",
     "人员 `{person}` 在 {months|zh}超负荷：仅原有工作 `committed` {committed} "
     "就超过了可投入工作量 "
     "{capacity}"},
    {"KAP-R002",
     "{year} `{category}`: the actions' costs {cost} exceed the budget {budget} by {excess}; "
     "actions: {actions}",
     "{year} 年 `{category}` 类：行动计划的计划成本合计 {cost}，超出预算 {budget}，超支 "
     "{excess}；涉及的行动计划：{actions}"},
    {"KAP-R002.no-line",
     "{year} `{category}`: the actions' costs {cost} have no budget line for that year and "
     "category; actions: {actions}",
     "{year} 年 `{category}` 类：行动计划的计划成本合计 "
     "{cost}，但预算中没有该年度、该类别的预算行；"
     "涉及的行动计划：{actions}"},
    {"KAP-R003",
     "owner `{owner}` of `{action}` has `{skill}` at level {level}; the action needs {needed}",
     "行动计划 `{action}` 要求 `{skill}` 达到 {needed} 级，负责人 `{owner}` 只有 {level} 级"},
    {"KAP-R003.missing",
     "owner `{owner}` of `{action}` lacks `{skill}`; the action needs level {needed}",
     "行动计划 `{action}` 要求 `{skill}` 达到 {needed} 级，负责人 `{owner}` 不具备这项技能"},
    {"KAP-R004", "`{action}` starts on {start}, after its due date {due}",
     "行动计划 `{action}` 的开始日期 {start} 晚于截止日期 {due}"},
    {"KAP-R004.outside",
     "`{action}` runs {start}..{due}, entirely outside the horizon {first}–{last}",
     "行动计划 `{action}`（{start} 至 {due}）完全在规划期 {first}–{last} 年之外"},
    {"KAP-R005",
     "`{action}` starts on {start}, but `{dependency}`, which it depends on, is due {due}, {days} "
     "day(s) later",
     "行动计划 `{action}` 于 {start} 开始，但其前置行动计划 `{dependency}` 的截止日期是 "
     "{due}，晚了 {days} 天"},
    {"KAP-R006",
     "unit `{unit}` is given targets (KPI `{kpi}`) but no action is owned by a person of the unit "
     "or "
     "of a unit below it",
     "单位 `{unit}` 承担指标（`{kpi}`），但没有任何由本单位或下级单位人员负责的行动计划"},
    {"KAP-R007",
     "critical action `{action}`: `{person}` fits its needs at level {level} against {owner_level} "
     "for owner `{owner}`, and has at least {free} free in each of its months",
     "关键行动计划 `{action}`：`{person}` 的技能等级为 {level}，高于负责人 `{owner}` 的 "
     "{owner_level}，且在该计划"
     "涉及的每个月都至少还有 {free} 的富余的可投入工作量"},
    {"KAP-R008",
     "person `{person}` is fully committed (`committed` {committed} against capacity {capacity}) "
     "but "
     "owns {actions}",
     "人员 `{person}` 的原有工作已占满可投入工作量（`committed` {committed}，可投入工作量 "
     "{capacity}），却仍负责行动计划 "
     "{actions}"},
    {"KAP-R009",
     "no budget line for {year}, a year of the horizon {first}–{last}: fill in the {year} budget",
     "规划期 {first}–{last} 年中的 {year} 年没有任何预算条目：请补充 {year} 年预算"},
    {"KAP-R010",
     "KPI `{id}` grows {growth} in {year}, {excess} percentage points above the {segments_growth} "
     "its segments grow by (revenue-weighted: {segments}), beyond the margin of {margin} points "
     "({count} year(s) beyond it)",
     "指标 `{id}` {year} 年增长 {growth}，比其客户群按收入加权的增长 {segments_growth}"
     "（{segments}）高 {excess} 个百分点，超过 {margin} 个百分点的容许幅度（共 {count} "
     "个年度超出）"},
    // `kaplan validate --explain-load PERSON` (analysis/load_calendar_text.cpp).
    {"load.heading", "load of `{person}` ({name}): capacity {capacity}",
     "`{person}`（{name}）的月度负荷：可投入工作量 {capacity}"},
    {"load.heading-id", "load of `{person}`: capacity {capacity}",
     "`{person}` 的月度负荷：可投入工作量 {capacity}"},
    {"load.committed", "`committed` {committed} throughout",
     "原有工作 `committed` {committed}，贯穿全程"},
    {"load.committed-until", "`committed` {committed} up to and including {until}",
     "原有工作 `committed` {committed}，截至 {until}"},
    {"load.month", "month", "月份"},
    {"load.load", "load", "负荷"},
    {"load.capacity", "capacity", "可投入工作量"},
    {"load.parts", "made up of", "构成"},
    {"load.legend", "! load above capacity (KAP-R001)", "! 表示负荷超过可投入工作量（KAP-R001）"},
    {"load.no-months", "the plan has no `cycle`, so it has no months",
     "规划没有 `cycle`，无法确定月份"},
    {"stop.unknown-person", "--explain-load: no person `{person}` in {path}",
     "--explain-load：{path} 中没有人员 `{person}`"},
};

} // namespace

std::span<const RuleCheck> feasibility_checks() {
  return kFeasibilityChecks;
}

std::span<const MessageText> feasibility_messages() {
  return kFeasibilityMessages;
}

} // namespace kaplan::rules
