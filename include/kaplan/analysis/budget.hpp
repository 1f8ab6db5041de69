// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/plan.hpp"

#include <cstdint>
#include <string>
#include <vector>

// What the actions' `cost` charges to each year and budget category, next to
// `resources.budget` (plan-format-v1). Used by KAP-R002 and by reports.
namespace kaplan {

// The days of a date range that fall in one year.
struct YearDays {
  int year = 0;
  long long days = 0;
};

// The days of start..due (inclusive) in each year, in year order, counting only the
// years first_year..last_year; O(years), never O(days). Empty when due < start.
std::vector<YearDays> days_per_year(const Date& start, const Date& due, int first_year,
                                    int last_year);

// What one action charges to a year and category.
struct BudgetCharge {
  const Action* action = nullptr;
  double amount = 0;
};

// One year and category: what the actions charge and what the budget allows.
struct BudgetCell {
  int year = 0;
  std::string category;
  double charged = 0;                   // sum of the actions' shares of cost in that year
  double amount = 0;                    // sum of the budget lines' amounts (0 without a line)
  const BudgetLine* line = nullptr;     // the first budget line of that year and category
  const Action* first_action = nullptr; // the first action (plan order) charging it
  Location first_cost;                  // that action's cost key for the category
  std::vector<BudgetCharge> charges;    // each action's share of `charged`, in plan order
};

// Every (year, category) that a budget line names or a cost charges, sorted by year
// then category. Cost is spread over the action's days pro rata, start and due
// inclusive: a year gets amount · (days in that year) / (all days). Years beyond the
// horizon ± kWindowYears (load_calendar.hpp) are not tallied; without a `cycle` only
// the budget lines are listed.
struct BudgetSpending {
  std::vector<BudgetCell> cells;
  // The cell of a year and category, or nullptr.
  const BudgetCell* find(int year, std::string_view category) const;
};

// Builds the table in O(B log B + A·(Y + C log N)) for B budget lines, A actions with
// C cost categories each, Y years per action (bounded by the window) and N cells.
BudgetSpending build_budget_spending(const Plan& plan);

} // namespace kaplan
