// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/loader.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/plan.hpp"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kaplan {

// What a validate-like run needs besides the plan's path.
struct RunOptions {
  std::string config_path; // --config; empty: the nearest .kaplan.yaml
  bool no_config = false;  // ignore every .kaplan.yaml
  Date today;              // --today (the real date when not given)
  LoadOptions load;
};

// One plan's outcome: the plan, its configuration and its sorted findings.
struct PlanRun {
  std::string path; // as given
  Plan plan;
  Config config;
  std::vector<Finding> findings;
  bool unreadable = false; // some file could not be read or parsed: exit status 2
};

// Loads a plan, runs every enabled rule and applies configuration and suppressions.
// Throws StopError for a bad configuration file. `beside`, when given, runs once the
// plan's files are read (so it may add files of its own to `sources`), at the same time
// as the rules when the pool has threads: it must not read the plan or its findings.
PlanRun validate_plan(const std::string& path, SourceSet& sources, const RunOptions& options,
                      const std::function<void()>& beside = {});

// The P rules across the plans of one invocation (rules::run_chain_rules): each run
// receives the findings about it, with the configuration and `ignore:` entries applied,
// sorted again. The runs' places must still be in their own SourceSets.
void check_plan_chain(std::span<PlanRun* const> runs, const RunOptions& options);

// Counts of findings by severity, suppressed ones apart.
struct Summary {
  std::size_t error = 0, warning = 0, info = 0, suppressed = 0;
};
Summary summarize(const std::vector<Finding>& findings);

// The exit status for findings: 1 when an unsuppressed finding is at or above
// `fail_on` (nullopt: never), else 0.
int exit_status_for(const std::vector<Finding>& findings, std::optional<Severity> fail_on);

} // namespace kaplan
