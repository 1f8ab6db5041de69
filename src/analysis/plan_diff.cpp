// SPDX-License-Identifier: MIT
// The semantic diff of two versions of a plan: entities are matched by id (budget lines
// by year and category, findings by identity), so moving text around, reformatting or
// adding lines above an entry shows no change.
#include "kaplan/analysis/plan_diff.hpp"

#include "kaplan/analysis/load_calendar.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace kaplan {
namespace {

// Values closer than this are equal: plans hold decimal figures read from text, so an
// unchanged value reads back identically; this only absorbs summation noise.
constexpr double kEpsilon = 1e-9;

bool same(double a, double b) {
  return std::fabs(a - b) <= kEpsilon * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool same(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || same(*a, *b);
}

std::string date_text(const Field<Date>& d) {
  return d.set ? format_date(d.value) : std::string();
}

std::string owner_of(const Action& a) {
  return a.owner.set ? a.owner.value.id : std::string();
}

// The first value written for each year (a duplicate year is KAP-S005's business).
std::map<int, double> targets_by_year(const Kpi& k) {
  std::map<int, double> out;
  for (const auto& t : k.targets)
    out.emplace(t.year, t.value);
  return out;
}

void diff_targets(const Plan& before, const Plan& after, PlanDiff& d) {
  std::unordered_map<std::string_view, const Kpi*> old_kpis;
  for (const auto& k : before.kpis)
    if (!k.id.empty()) old_kpis.emplace(k.id, &k);
  std::unordered_map<std::string_view, bool> seen;
  auto compare = [&](const std::string& id, const Kpi* o, const Kpi* n) {
    std::map<int, double> ov = o ? targets_by_year(*o) : std::map<int, double>{};
    std::map<int, double> nv = n ? targets_by_year(*n) : std::map<int, double>{};
    std::map<int, NumberChange> years;
    for (auto [y, v] : ov)
      years[y].before = v;
    for (auto [y, v] : nv)
      years[y].after = v;
    for (const auto& [y, c] : years)
      if (!same(c.before, c.after)) d.targets.push_back({id, y, c});
  };
  for (const auto& k : after.kpis) {
    if (k.id.empty() || seen[k.id]) continue;
    seen[k.id] = true;
    auto it = old_kpis.find(k.id);
    compare(k.id, it == old_kpis.end() ? nullptr : it->second, &k);
  }
  for (const auto& k : before.kpis)
    if (!k.id.empty() && !seen[k.id]) {
      seen[k.id] = true;
      compare(k.id, &k, nullptr);
    }
}

std::map<std::pair<int, std::string>, double> budget_sums(const Plan& plan) {
  std::map<std::pair<int, std::string>, double> sums;
  for (const auto& line : plan.budget)
    if (line.year.set && line.category.set && line.amount.set)
      sums[{line.year.value, line.category.value}] += line.amount.value;
  return sums;
}

void diff_budget(const Plan& before, const Plan& after, PlanDiff& d) {
  std::map<std::pair<int, std::string>, NumberChange> lines;
  for (const auto& [key, v] : budget_sums(before))
    lines[key].before = v;
  for (const auto& [key, v] : budget_sums(after))
    lines[key].after = v;
  for (const auto& [key, c] : lines)
    if (!same(c.before, c.after)) d.budget.push_back({key.first, key.second, c});
}

ActionSummary summary_of(const Action& a) {
  return {a.id, a.title.value, owner_of(a), date_text(a.start), date_text(a.due)};
}

void diff_actions(const Plan& before, const Plan& after, PlanDiff& d) {
  std::unordered_map<std::string_view, const Action*> old_actions, new_actions;
  for (const auto& a : before.actions)
    if (!a.id.empty()) old_actions.emplace(a.id, &a);
  for (const auto& a : after.actions)
    if (!a.id.empty()) new_actions.emplace(a.id, &a);
  for (const auto& a : after.actions) {
    if (a.id.empty() || new_actions[a.id] != &a) continue; // a duplicate id: the first counts
    auto it = old_actions.find(a.id);
    if (it == old_actions.end()) {
      d.actions_added.push_back(summary_of(a));
      continue;
    }
    const Action& o = *it->second;
    ActionChange c{a.id, a.title.value, {}, {}, {}, {}};
    auto text = [](std::string x, std::string y) -> std::optional<TextChange> {
      if (x == y) return std::nullopt;
      return TextChange{std::move(x), std::move(y)};
    };
    c.start = text(date_text(o.start), date_text(a.start));
    c.due = text(date_text(o.due), date_text(a.due));
    c.owner = text(owner_of(o), owner_of(a));
    if (!same(o.effort.value, a.effort.value))
      c.effort = NumberChange{o.effort.value, a.effort.value};
    if (c.start || c.due || c.owner || c.effort) d.actions_changed.push_back(std::move(c));
  }
  for (const auto& a : before.actions)
    if (!a.id.empty() && old_actions[a.id] == &a && !new_actions.count(a.id))
      d.actions_removed.push_back(summary_of(a));
}

// Month index -> load of one person.
std::map<int, double> monthly(const PersonLoad& p) {
  std::map<int, double> out;
  for (std::size_t k = 0; k < p.months.size(); ++k)
    out[p.first + static_cast<int>(k)] = p.months[k].load;
  return out;
}

void diff_load(const Plan& before, const Plan& after, PlanDiff& d) {
  LoadCalendar old_cal = build_load_calendar(before);
  LoadCalendar new_cal = build_load_calendar(after);
  for (std::size_t i = 0; i < after.people.size() && i < new_cal.people.size(); ++i) {
    const Person& person = after.people[i];
    const PersonLoad* old_load = old_cal.find(before, person.id);
    if (person.id.empty() || !old_load) continue; // people added or removed show in actions
    std::map<int, std::pair<double, double>> months;
    for (auto [m, v] : monthly(*old_load))
      months[m].first = v;
    for (auto [m, v] : monthly(new_cal.people[i]))
      months[m].second = v;
    // The open run of months; kept as a flag and a value (an optional of it trips g++ 12's
    // -Wmaybe-uninitialized).
    bool open = false;
    LoadChange run;
    int previous = 0;
    auto flush = [&] {
      if (open) d.load.push_back(run);
      open = false;
    };
    for (const auto& [m, v] : months) {
      if (same(v.first, v.second)) {
        flush();
        continue;
      }
      bool extends =
          open && m == previous + 1 && same(run.before, v.first) && same(run.after, v.second);
      if (!extends) {
        flush();
        run = LoadChange{person.id, cal::month_at(m), cal::month_at(m),
                         v.first,   v.second,         person.capacity.value};
        open = true;
      }
      run.last = cal::month_at(m);
      previous = m;
    }
    flush();
  }
}

} // namespace

bool PlanDiff::empty() const {
  return targets.empty() && budget.empty() && actions_added.empty() && actions_removed.empty() &&
         actions_changed.empty() && load.empty() && findings_new.empty() && findings_fixed.empty();
}

std::string finding_identity(const Finding& f) {
  // Unit separators keep fields apart whatever text the arguments hold.
  std::string id = f.rule + '\x1f' + f.entity + '\x1f' + f.message_key;
  for (const auto& a : f.args)
    id += '\x1f' + a.name + '\x1e' + a.value;
  return id;
}

std::vector<Finding> new_findings(const std::vector<Finding>& before,
                                  const std::vector<Finding>& after) {
  std::unordered_map<std::string, int> old_count;
  for (const auto& f : before)
    if (!f.suppressed) ++old_count[finding_identity(f)];
  std::vector<Finding> out;
  for (const auto& f : after) {
    if (f.suppressed) continue;
    auto it = old_count.find(finding_identity(f));
    if (it != old_count.end() && it->second > 0) {
      --it->second;
      continue;
    }
    out.push_back(f);
  }
  return out;
}

PlanDiff diff_plans(const PlanVersion& before, const PlanVersion& after) {
  PlanDiff d;
  d.plan = after.plan.header.id.empty() ? before.plan.header.id : after.plan.header.id;
  diff_targets(before.plan, after.plan, d);
  diff_budget(before.plan, after.plan, d);
  diff_actions(before.plan, after.plan, d);
  diff_load(before.plan, after.plan, d);
  d.findings_new = new_findings(before.findings, after.findings);
  d.findings_fixed = new_findings(after.findings, before.findings);
  auto cap = [](auto& list, std::size_t& omitted) {
    if (list.size() <= kMaxDiffRows) return;
    omitted += list.size() - kMaxDiffRows;
    list.resize(kMaxDiffRows);
  };
  cap(d.targets, d.omitted.targets);
  cap(d.budget, d.omitted.budget);
  cap(d.actions_added, d.omitted.actions);
  cap(d.actions_removed, d.omitted.actions);
  cap(d.actions_changed, d.omitted.actions);
  cap(d.load, d.omitted.load);
  return d;
}

} // namespace kaplan
