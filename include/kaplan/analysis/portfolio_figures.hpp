// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/score.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/model/plan.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

// The portfolio view (issue #20): the plans of one invocation side by side, each higher
// plan's KPIs rebuilt from the actuals of the plans that derive from it, and the derived
// plans ranked by performance. Pure arithmetic over loaded plans and scores.
namespace kaplan {

// One plan of the portfolio, as the arithmetic sees it.
struct PortfolioMember {
  const Plan* plan = nullptr;
  const Performance* performance = nullptr; // nullptr: no actuals (or no period)
  double tolerance = 0.005;                 // the plan's cascade tolerance
};

// One derived KPI's part in a rebuilt figure.
struct RebuiltPart {
  std::size_t member = 0;       // index into the members
  std::size_t kpi = 0;          // index into that plan's kpis
  std::optional<double> actual; // its actual to date (own or rolled up); nullopt: missing
};

// A KPI of a higher plan rebuilt from the plans deriving from it (`derives:` on their
// top-level KPIs): the derived actuals combined by the KPI's rollup, beside the higher
// plan's own reported actual.
struct RebuiltKpi {
  std::size_t parent = 0; // index into the members
  std::size_t kpi = 0;    // index into the parent plan's kpis
  Rollup rollup = Rollup::sum;
  std::vector<RebuiltPart> parts; // member order
  // The parts combined; nullopt when any part has no actual (a missing figure is shown as
  // missing, never counted as zero).
  std::optional<double> rebuilt;
  const KpiActual* reported = nullptr; // the parent's own actuals entry, when reported
  std::optional<double> difference;    // rebuilt − reported, when both exist
  bool disagrees = false;              // beyond the parent's cascade tolerance
};

// Every KPI of a member that other members derive from, parent by parent (member order),
// KPI by KPI (plan order). A derived plan's parent is the first member whose id equals its
// `derives_from`.
std::vector<RebuiltKpi> rebuild_parent_kpis(std::span<const PortfolioMember> members);

// The members that derive from another (`derives_from` set), best overall performance
// first; those without a score last; ties keep member order.
std::vector<std::size_t> rank_derived(std::span<const PortfolioMember> members);

} // namespace kaplan
