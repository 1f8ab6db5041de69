// SPDX-License-Identifier: MIT
// `decompose --by units --write-plans`: what a derived plan for each unit starts with, read
// from the higher plan's cascade and budget through the same definitions as the P rules
// (analysis/plan_chain), so that the plans written hold to their parent.
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/analysis/plan_chain.hpp"
#include "kaplan/model/errors.hpp"
#include "kaplan/util/text.hpp"

#include <cmath>
#include <fmt/format.h>
#include <set>

namespace kaplan {
namespace {

// The units above `unit` (itself included) in the plan's unit tree; a loop ends the walk.
std::set<std::string_view> unit_and_above(const Plan& plan, std::string_view unit) {
  std::set<std::string_view> out;
  for (std::string_view u = unit; !u.empty() && out.insert(u).second;) {
    const Unit* x = plan.unit(u);
    u = x && x->parent.set ? std::string_view(x->parent.value.id) : std::string_view();
  }
  return out;
}

// An amount rounded down to two decimals, as short text: 99.90867 -> "99.9", 100 -> "100".
std::string money_floor(double amount) {
  double cents = std::floor(amount * 100 + 1e-7);
  if (!std::isfinite(cents) || std::fabs(cents) > 9e15) return fmt::format("{}", amount);
  std::string s = fixed_decimal(static_cast<long long>(cents), 2);
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::vector<const Unit*> chosen_units(const Plan& parent, const Cascade& cascade,
                                      const std::vector<std::string>& units) {
  std::vector<const Unit*> out;
  if (!units.empty()) {
    std::set<std::string_view> seen;
    for (const auto& id : units) {
      if (!seen.insert(id).second)
        throw StopError{"decompose.twice", {arg("option", "--units"), arg("id", id)}, {}};
      const Unit* u = parent.unit(id);
      if (u) {
        out.push_back(u);
        continue;
      }
      std::vector<std::string_view> ids;
      for (const auto& x : parent.units)
        ids.push_back(x.id);
      if (auto s = text::suggest(id, ids))
        throw StopError{"decompose.unknown-unit-suggest",
                        {arg("option", "--units"), arg("id", id), arg("suggestion", *s)},
                        {}};
      throw StopError{"decompose.unknown-unit", {arg("option", "--units"), arg("id", id)}, {}};
    }
    return out;
  }
  std::set<std::string_view> own;
  if (parent.header.owner.set) own = unit_and_above(parent, parent.header.owner.value.id);
  std::set<std::string_view> chosen;
  for (const auto& u : parent.units)
    if (!own.count(u.id) && !allocated_kpis(parent, cascade, u.id).empty()) chosen.insert(u.id);
  // A unit below another chosen one is part of that unit's plan (a city's teams).
  for (const auto& u : parent.units) {
    if (!chosen.count(u.id)) continue;
    std::set<std::string_view> above = unit_and_above(parent, u.id);
    above.erase(u.id);
    bool inside = false;
    for (auto a : above)
      inside = inside || chosen.count(a);
    if (!inside) out.push_back(&u);
  }
  if (out.empty()) throw StopError{"decompose.no-derived-units", {}, {}};
  return out;
}

} // namespace

std::vector<DerivedPlan> derive_plans(const Plan& parent, const Cascade& cascade,
                                      const std::vector<std::string>& units) {
  std::vector<DerivedPlan> out;
  for (const Unit* u : chosen_units(parent, cascade, units)) {
    DerivedPlan d;
    d.id = parent.header.id + "-" + u->id;
    d.unit = u;
    if (u->head.set) d.head = parent.person(u->head.value.id);
    std::vector<std::size_t> kpis = allocated_kpis(parent, cascade, u->id);
    // Placeholder weights: equal shares of 1 that add up to 1 exactly.
    std::vector<double> shares(kpis.size(), kpis.empty() ? 0.0 : 1.0 / double(kpis.size()));
    std::vector<long long> weights = largest_remainder(100, shares);
    std::set<const Objective*> served;
    for (std::size_t n = 0; n < kpis.size(); ++n) {
      const CascadeNode& node = cascade.nodes[kpis[n]];
      DerivedKpi k;
      k.source = &parent.kpis[kpis[n]];
      if (node.root != Cascade::npos) {
        const Kpi& top = parent.kpis[node.root];
        if (top.objective.set) k.objective = parent.objective(top.objective.value.id);
      }
      if (k.objective) served.insert(k.objective);
      k.measure = std::string(node.measure);
      k.direction = node.direction;
      k.rollup = node.rollup;
      k.weight = money_floor(double(weights[n]) / 100);
      for (const auto& t : k.source->targets)
        k.targets.emplace_back(t.year, fmt::format("{}", t.value));
      d.kpis.push_back(std::move(k));
    }
    for (const auto& o : parent.objectives)
      if (served.count(&o)) d.objectives.push_back(&o);
    for (const auto& [key, amount] : allocated_budget(parent, u->id))
      d.budget.push_back({key.first, key.second, money_floor(amount)});
    out.push_back(std::move(d));
  }
  return out;
}

} // namespace kaplan
