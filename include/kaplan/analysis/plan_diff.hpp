// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <optional>
#include <string>
#include <vector>

// `kaplan diff`: what a reviewer of a plan pull request needs to see, computed from two
// loaded versions of a plan rather than from their text.
namespace kaplan {

// A value before and after; absent on one side (a KPI or budget line added or removed)
// is nullopt.
struct NumberChange {
  std::optional<double> before, after;
};

// One KPI's target of one year changed, appeared or disappeared.
struct TargetChange {
  std::string kpi;
  int year = 0;
  NumberChange value;
};

// The budget of one (year, category), summed over its lines, changed.
struct BudgetChange {
  int year = 0;
  std::string category;
  NumberChange amount;
};

// An action as the diff lists an added or removed one.
struct ActionSummary {
  std::string id, title, owner;
  std::string start, due; // YYYY-MM-DD, empty when not given
};

// A text field before and after, present in ActionChange only when it changed.
struct TextChange {
  std::string before, after;
};

// What changed about an action present in both versions.
struct ActionChange {
  std::string id, title; // the title of the new version
  std::optional<TextChange> start, due, owner;
  std::optional<NumberChange> effort;
};

// A run of consecutive months in which one person's load went from `before` to `after`.
struct LoadChange {
  std::string person;
  Month first, last;
  double before = 0, after = 0;
  double capacity = 0; // the new version's capacity
};

// The semantic difference of two versions of a plan.
struct PlanDiff {
  std::string plan;                  // the new version's plan id
  std::vector<TargetChange> targets; // KPIs in the new plan's order, then removed ones
  std::vector<BudgetChange> budget;  // by year, then category
  std::vector<ActionSummary> actions_added, actions_removed;
  std::vector<ActionChange> actions_changed;
  std::vector<LoadChange> load;        // people in the new plan's order, months ascending
  std::vector<Finding> findings_new;   // unsuppressed findings only the new version has
  std::vector<Finding> findings_fixed; // unsuppressed findings only the old version had
  // Changes left out of each list beyond kMaxDiffRows (the lists keep their first rows).
  struct Omitted {
    std::size_t targets = 0, budget = 0, actions = 0, load = 0;
    bool any() const { return targets || budget || actions || load; }
  } omitted;
  // Whether nothing at all differs.
  bool empty() const;
};

// A diff lists at most this many changes of each kind (targets, budget lines, actions,
// runs of load); it says how many more there are.
inline constexpr std::size_t kMaxDiffRows = 1000;

// One version of a plan as compared: the plan and its findings.
struct PlanVersion {
  const Plan& plan;
  const std::vector<Finding>& findings;
};

// Compares two versions; findings are matched by finding_identity, never by line.
PlanDiff diff_plans(const PlanVersion& before, const PlanVersion& after);

// The identity of a finding across versions of a plan: rule, entity, message key and
// arguments; not its place, which moves whenever lines are added above it.
std::string finding_identity(const Finding& f);

// The unsuppressed findings of `after` that `before` does not have, in `after`'s order.
// Counted as multisets: three identical findings where there were two gives one.
std::vector<Finding> new_findings(const std::vector<Finding>& before,
                                  const std::vector<Finding>& after);

} // namespace kaplan
