// SPDX-License-Identifier: MIT
#include "kaplan/pipeline/checked_actuals.hpp"

#include "kaplan/rules/rules.hpp"

#include <cstdio>

namespace kaplan {

CheckedActuals load_checked_actuals(const PlanRun& run, const std::vector<std::string>& paths,
                                    SourceSet& sources, const RunOptions& options,
                                    ActualsAhead* ahead) {
  return check_actuals(run, load_actuals(paths, sources, options.load, ahead), options);
}

CheckedActuals check_actuals(const PlanRun& run, ActualsLoad loaded, const RunOptions& options) {
  CheckedActuals out;
  out.loaded = std::move(loaded);
  out.findings = std::move(out.loaded.findings);
  out.loaded.findings.clear();
  if (!out.loaded.unreadable)
    run_actuals_rules(run.plan, out.loaded.actuals, run.config, options.today, out.findings,
                      options.load.pool);
  finish_findings(run.plan, run.config, options.today, out.findings);
  return out;
}

} // namespace kaplan
