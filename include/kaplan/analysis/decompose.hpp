// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/cascade.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// `kaplan decompose`: the cascade shown as trees, and the split of one KPI's targets
// into child KPIs for the units (or customer segments) that will carry them.
namespace kaplan {

// How a node stands, as the view reports it; the first that applies wins.
enum class NodeStatus {
  gap,                 // some year of its targets is not covered by its children (KAP-K004)
  not_execution_level, // a leaf that is neither at an execution-level unit nor owned
  not_covered,         // some leaf below it is not at the execution level
  covered,             // every leaf below it (itself when a leaf) is at the execution level
};

// The status of a node, and its stable JSON name ("gap", "not-execution-level", …).
NodeStatus node_status(const Cascade& cascade, std::size_t node);
std::string_view status_name(NodeStatus status);

// --- The split (--by) -------------------------------------------------------------

// How a split divides a KPI's targets.
enum class SplitBy {
  equal,    // equal shares over the units given (`--by equal`, once `--by units`)
  weights,  // the shares given, summing to 1
  segments, // over customer segments, in proportion to their latest common `revenue`
};

// What to split, and how.
struct SplitRequest {
  std::string kpi;
  SplitBy by = SplitBy::equal;
  std::vector<std::string> units; // --units (by equal) or --segments (by segments)
  std::vector<std::pair<std::string, double>> weights; // --weights (by weights)
  int precision = 0; // decimals of the children's targets (sum rollup)
};

// One child KPI entry to write.
struct SplitChild {
  std::string id;     // <KPI-ID>-<unit or segment id>
  std::string name;   // the parent's name and the unit's (or segment's) name
  std::string parent; // the KPI split
  std::string unit;   // the unit that carries it
  std::string share;  // the share it got, as text ("0.5", "1/3"), for the file's comment
  std::vector<std::pair<int, std::string>> targets; // year -> exact decimal text
};

// A warning about the split, shown on stderr (a catalogue key with its arguments).
struct SplitNote {
  std::string key;
  std::vector<Arg> args;
};

// The entries a split writes, and what the planner should know about them.
struct SplitResult {
  std::vector<SplitChild> children;
  std::vector<SplitNote> notes;
  std::string basis; // the split in words, language-neutral: "--by weights: a=0.5, b=0.5"
};

// Splits a KPI's targets. A sum-rollup KPI's targets are split by largest remainder at
// `precision` decimals, so the children add up to the parent's target exactly; a KPI
// combined by mean, min or max gives every child the parent's full target. Throws
// StopError for an unknown KPI, unit or segment, bad weights, or a target with more
// decimals than `precision`.
SplitResult split_kpi(const Plan& plan, const Cascade& cascade, const SplitRequest& request);

// --- Derived plans (--by units --write-plans) --------------------------------------

// One KPI of a derived plan: a KPI the parent cascades to the unit, carried out whole.
struct DerivedKpi {
  const Kpi* source = nullptr;          // the parent's KPI (`derives:` names it)
  const Objective* objective = nullptr; // its tree's objective in the parent, or nullptr
  std::string measure;                  // the measure it inherits in the parent; empty when none
  Direction direction = Direction::up;
  Rollup rollup = Rollup::sum;
  std::string weight; // a placeholder: equal shares of 1 at two decimals
  std::vector<std::pair<int, std::string>> targets; // the parent's targets, year by year
};

// One budget line of a derived plan: what the parent's actions spend at the unit.
struct DerivedBudget {
  int year = 0;
  std::string category;
  std::string amount; // rounded down to two decimals, so it never exceeds the allocation
};

// The start of a plan for one unit of a higher plan.
struct DerivedPlan {
  std::string id;                           // <parent id>-<unit id>
  const Unit* unit = nullptr;               // the unit, in the parent
  const Person* head = nullptr;             // the unit's head, when the parent names one
  std::vector<const Objective*> objectives; // those the KPIs serve, in the parent's order
  std::vector<DerivedKpi> kpis;
  std::vector<DerivedBudget> budget; // by year, then category
};

// One derived plan per unit: the `units` given (ids of the parent's units), or every unit
// the parent cascades a KPI to except the parent's own unit (`owner`) and the units above
// it, in the parent's unit order. Throws StopError for an unknown or repeated unit, or
// when no unit has a KPI cascaded to it.
std::vector<DerivedPlan> derive_plans(const Plan& parent, const Cascade& cascade,
                                      const std::vector<std::string>& units);

// Parses `a=0.5,b=0.3,c=0.2`. Throws StopError naming the bad item, or when the shares
// do not sum to 1.
std::vector<std::pair<std::string, double>> parse_weights(std::string_view text);

// Splits a comma-separated list, trimming spaces and dropping empty items.
std::vector<std::string> parse_list(std::string_view text);

// Splits `total` (a count of the smallest step, e.g. cents) into parts proportional
// to `shares` (which sum to 1): each part is its quota rounded down, and the rest is
// handed out one by one in order of the largest remainders (ties to the earlier share),
// so the parts always sum to `total` exactly.
std::vector<long long> largest_remainder(long long total, std::span<const double> shares);

// A count of 10^-precision steps as exact decimal text: (12345, 2) -> "123.45".
std::string fixed_decimal(long long steps, int precision);

} // namespace kaplan
