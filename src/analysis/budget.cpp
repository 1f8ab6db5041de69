// SPDX-License-Identifier: MIT
// Costs charged to years and categories, against the budget lines.
#include "kaplan/analysis/budget.hpp"

#include "kaplan/analysis/load_calendar.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace kaplan {

std::vector<YearDays> days_per_year(const Date& start, const Date& due, int first_year,
                                    int last_year) {
  std::vector<YearDays> out;
  if (due < start) return out;
  int from = std::max(start.year, first_year);
  int to = std::min(due.year, last_year);
  for (int y = from; y <= to; ++y) {
    Date a = y == start.year ? start : Date{y, 1, 1};
    Date b = y == due.year ? due : Date{y, 12, 31};
    out.push_back({y, cal::days_inclusive(a, b)});
  }
  return out;
}

const BudgetCell* BudgetSpending::find(int year, std::string_view category) const {
  auto it = std::lower_bound(cells.begin(), cells.end(), std::pair{year, category},
                             [](const BudgetCell& c, const std::pair<int, std::string_view>& k) {
                               return std::pair<int, std::string_view>{c.year, c.category} < k;
                             });
  if (it == cells.end() || it->year != year || it->category != category) return nullptr;
  return &*it;
}

BudgetSpending build_budget_spending(const Plan& plan) {
  // An ordered map keeps the cells sorted: O(log N) per charge.
  std::map<std::pair<int, std::string>, BudgetCell, std::less<>> cells;
  auto cell = [&](int year, const std::string& category) -> BudgetCell& {
    auto [it, added] = cells.try_emplace({year, category});
    if (added) {
      it->second.year = year;
      it->second.category = category;
    }
    return it->second;
  };
  for (const auto& line : plan.budget) {
    if (!line.year.set || !line.category.set) continue;
    BudgetCell& c = cell(line.year.value, line.category.value);
    if (line.amount.set) c.amount += line.amount.value;
    if (!c.line) c.line = &line;
  }
  if (plan.header.cycle.set) {
    const int first = plan.first_year() - kWindowYears;
    const int last = plan.last_year() + kWindowYears;
    for (const auto& a : plan.actions) {
      if (a.cost.empty() || !a.start.set || !a.due.set) continue;
      const double total = static_cast<double>(cal::days_inclusive(a.start.value, a.due.value));
      if (total <= 0) continue; // start after due: KAP-R004
      auto years = days_per_year(a.start.value, a.due.value, first, last);
      for (const auto& cost : a.cost) {
        if (!std::isfinite(cost.value)) continue;
        for (const auto& yd : years) {
          BudgetCell& c = cell(yd.year, cost.name);
          // Whole spans charge the amount itself, not amount·days/days with rounding.
          const double share = yd.days == static_cast<long long>(total)
                                   ? cost.value
                                   : cost.value * static_cast<double>(yd.days) / total;
          c.charged += share;
          // One action naming a category twice (`cost` keys are not checked for
          // duplicates here) charges it once per entry: keep one row per action.
          if (!c.charges.empty() && c.charges.back().action == &a)
            c.charges.back().amount += share;
          else
            c.charges.push_back({&a, share});
          if (!c.first_action) {
            c.first_action = &a;
            c.first_cost = cost.loc;
          }
        }
      }
    }
  }
  BudgetSpending out;
  out.cells.reserve(cells.size());
  for (auto& [key, c] : cells)
    out.cells.push_back(std::move(c));
  return out;
}

} // namespace kaplan
