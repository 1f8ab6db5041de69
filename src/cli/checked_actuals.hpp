// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/actuals.hpp"
#include "kaplan/messages.hpp"
#include "kaplan/validate.hpp"

#include <string>
#include <vector>

// What `score` and `rollforward` both do with actuals files: read them, check them against
// the plan, and show what is wrong on stderr.
namespace kaplan::cli {

// Actuals read, checked by the T rules (when readable) and with their findings finished
// (configuration, suppressions, order).
struct CheckedActuals {
  ActualsLoad loaded;
  std::vector<Finding> findings;
};
CheckedActuals load_checked_actuals(const PlanRun& run, const std::vector<std::string>& paths,
                                    SourceSet& sources, const RunOptions& options);

// Prints findings as validate does in text, to stderr; nothing when all are suppressed.
void print_findings(const std::vector<Finding>& findings, const SourceSet& sources, Lang lang);

} // namespace kaplan::cli
