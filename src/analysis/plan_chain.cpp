// SPDX-License-Identifier: MIT
// What a higher plan allocates to one of its units (the P rules, decompose --write-plans).
#include "kaplan/analysis/plan_chain.hpp"

#include "kaplan/analysis/budget.hpp"

#include <set>

namespace kaplan {
namespace {

// Whether units are `top` or below it in the plan's unit tree, each unit's answer kept:
// O(units) in all, however deep the tree (a loop ends a walk: not below).
class Within {
public:
  Within(const Plan& plan, std::string_view top) : plan_(plan), top_(top) {}
  bool operator()(std::string_view unit) {
    std::vector<std::string_view> path;
    std::set<std::string_view> on_path;
    bool result = false;
    for (std::string_view u = unit;;) {
      if (auto it = known_.find(u); it != known_.end()) {
        result = it->second;
        break;
      }
      if (u == top_) {
        result = true;
        break;
      }
      if (!on_path.insert(u).second) break;
      path.push_back(u);
      const Unit* x = plan_.unit(u);
      if (!x || !x->parent.set) break;
      u = x->parent.value.id;
    }
    for (auto u : path)
      known_[u] = result;
    return result;
  }

private:
  const Plan& plan_;
  std::string_view top_;
  std::map<std::string_view, bool> known_;
};

} // namespace

std::string chain_unit(const Plan& plan) {
  if (plan.header.unit.set) return plan.header.unit.value;
  if (plan.header.owner.set) return plan.header.owner.value.id;
  return {};
}

std::vector<std::size_t> allocated_kpis(const Plan& parent, const Cascade& cascade,
                                        std::string_view unit) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < parent.kpis.size(); ++i) {
    const Kpi& k = parent.kpis[i];
    if (!k.unit.set || k.unit.value.id != unit || cascade.nodes[i].in_cycle) continue;
    bool higher = false;
    for (std::size_t p = cascade.nodes[i].parent; p != Cascade::npos && !higher;
         p = cascade.nodes[p].parent)
      higher = parent.kpis[p].unit.set && parent.kpis[p].unit.value.id == unit;
    if (!higher) out.push_back(i);
  }
  return out;
}

std::map<std::pair<int, std::string>, double> allocated_budget(const Plan& parent,
                                                               std::string_view unit) {
  std::map<std::pair<int, std::string>, double> allocated;
  BudgetSpending spending = build_budget_spending(parent);
  Within within(parent, unit);
  for (const auto& cell : spending.cells)
    for (const auto& c : cell.charges) {
      const Action& a = *c.action;
      std::string_view u = a.unit.set ? std::string_view(a.unit.value.id) : std::string_view();
      if (u.empty() && a.owner.set)
        if (const Person* p = parent.person(a.owner.value.id); p && p->unit.set)
          u = p->unit.value.id;
      if (u.empty() || !within(u)) continue;
      allocated[{cell.year, cell.category}] += c.amount;
    }
  return allocated;
}

} // namespace kaplan
