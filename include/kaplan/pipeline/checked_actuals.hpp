// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/actuals.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <string>
#include <vector>

// What `score`, `report` and `rollforward` do with actuals files: read them and check them
// against the plan.
namespace kaplan {

// Actuals read, checked by the T rules (when readable) and with their findings finished
// (configuration, suppressions, order).
struct CheckedActuals {
  ActualsLoad loaded;
  std::vector<Finding> findings;
};
// `ahead`: the same files, started on the work pool before the plan was loaded.
CheckedActuals load_checked_actuals(const PlanRun& run, const std::vector<std::string>& paths,
                                    SourceSet& sources, const RunOptions& options,
                                    ActualsAhead* ahead = nullptr);
// The same for actuals read already (load_actuals).
CheckedActuals check_actuals(const PlanRun& run, ActualsLoad loaded, const RunOptions& options);

} // namespace kaplan
