// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/plan.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

// The KPI cascade as data: which KPI is below which, what each one inherits, whether
// it reaches the execution level, and how its children's targets combine against its
// own. Used by the K rules, `decompose`, `score` and `report`. Everything is built
// without recursion: cascades and unit trees may be thousands of levels deep.
namespace kaplan {

// How a parent's target for one year compares with its children's combined target.
enum class CascadeVerdict : std::uint8_t {
  covered, // the children reach the parent's target (within the tolerance) and exceed it by at most
           // 10%
  gap,     // the children fall short by more than the tolerance (KAP-K004)
  no_children, // no child has a target for the year (KAP-K004)
  stretch,     // the children exceed the parent's target by more than 10% of it (KAP-K005)
};

// One year of a parent KPI's targets against its children's.
struct CascadeYear {
  int year = 0;
  double target = 0;            // the parent's own target
  Location loc;                 // the year key in the parent's `targets`
  std::size_t contributing = 0; // children that have a target for the year
  double combined = 0;          // their targets combined by the parent's rollup; 0 when none
  CascadeVerdict verdict = CascadeVerdict::covered;
  double difference = 0; // |combined − target| for a gap or a stretch, else 0
};

// A KPI in the cascade. Node i describes plan.kpis[i].
struct CascadeNode {
  // The parent node; npos for roots, for KPIs in a parent cycle and for the children
  // of a KPI in a cycle (such a child heads a tree with no top).
  std::size_t parent = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> children; // nodes whose parent this is, in plan order
  // `rollup: mean` with `weighted_by`: the weighting KPI (npos without one, or when the
  // rollup is not mean or the id names no other KPI), and for each child (same index as
  // `children`) the weighting KPI's child in the child's unit, npos when it has none.
  std::size_t weighted_by = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> weight_of;
  std::size_t root = std::numeric_limits<std::size_t>::max(); // top of its tree; npos in a cycle
  std::size_t depth = 0;                                      // 0 for a root
  bool top_level = false;                                     // has `objective` and no `parent`
  bool in_cycle = false; // its `parent` chain leads back to it (KAP-K011)

  // What applies to the KPI: its own field, else its parent's (inherited down the tree),
  // else the format's default. `rollup` is never inherited.
  std::string_view measure; // empty when nobody above sets one
  Direction direction = Direction::up;
  Rollup rollup = Rollup::sum;
  KpiType type = KpiType::cumulative;           // default: cumulative for rollup sum, else level
  const std::vector<double>* phasing = nullptr; // nullptr: even quarters
  const Thresholds* thresholds = nullptr;       // nullptr: the configured thresholds

  bool execution_level = false; // its unit has no child units, or it has an owner
  bool covered = false; // every leaf of its subtree (itself when a leaf) is at the execution level
  std::size_t uncovered_leaves = 0; // leaves of its subtree that are not at the execution level
  std::size_t first_uncovered =
      std::numeric_limits<std::size_t>::max(); // the first such leaf, in tree order

  // For a KPI with children: each year of its own targets, in year order, with the
  // children's combined figure and the verdict. Empty for a leaf.
  std::vector<CascadeYear> years;
};

// The whole cascade of a plan.
struct Cascade {
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  std::vector<CascadeNode> nodes;     // one per plan.kpis entry, same index
  std::vector<std::size_t> top_level; // top-level KPIs, in plan order
  std::vector<std::size_t> order;     // every node outside a cycle, parents before children
                                      // (tree after tree, depth first, children in plan order)
  std::vector<std::vector<std::size_t>> cycles; // each parent cycle, from its first KPI in plan
                                                // order along `parent` (A, A's parent, …)
  std::vector<char> execution_unit; // per plan.units index: 1 when it has no child units

  // The nodes of the subtree under `node` (itself first), depth first, children in plan
  // order; the node's own depth is kept, so depths are relative to the tree's root.
  std::vector<std::size_t> subtree(std::size_t node) const;
};

// Builds the cascade. `tolerance` is the relative shortfall accepted before a year is a
// gap (`cascade_tolerance` in `.kaplan.yaml`).
Cascade build_cascade(const Plan& plan, double tolerance = 0.005);

// The first target of a KPI for a year, or nullptr.
const YearValue* target_for(const Kpi& kpi, int year);

// Combines figures by a rollup; 0 for no figures.
double combine(Rollup rollup, std::span<const double> values);

// The mean of `values` weighted by `weights` (same size): Σ vᵢwᵢ / Σ wᵢ; the plain mean
// when the weights sum to 0 or less; 0 for no figures.
double weighted_mean(std::span<const double> values, std::span<const double> weights);

// The verdict for a parent's target against its children's combined figure, and the
// size of the gap or stretch (0 otherwise).
struct Judgement {
  CascadeVerdict verdict = CascadeVerdict::covered;
  double difference = 0;
};
Judgement judge(double target, double combined, Direction direction, double tolerance);

} // namespace kaplan
