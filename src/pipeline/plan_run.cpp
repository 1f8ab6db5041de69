// SPDX-License-Identifier: MIT
#include "kaplan/pipeline/plan_run.hpp"

#include "kaplan/load/config_file.hpp"
#include "kaplan/rules/rules.hpp"
#include "load/reader.hpp"

#include <ctime>
#include <fmt/format.h>

namespace kaplan {

PlanRun validate_plan(const std::string& path, SourceSet& sources, const RunOptions& options,
                      const std::function<void()>& beside) {
  PlanRun run;
  run.path = path;
  if (!options.no_config || !options.config_path.empty())
    run.config = load_config(options.config_path, path);

  LoadResult loaded = load_plan(path, sources, options.load);
  run.plan = std::move(loaded.plan);
  run.findings = std::move(loaded.findings);
  run.unreadable = loaded.unreadable;
  // After a file failed to parse the plan is incomplete: rules about its content would
  // only report what is missing because it could not be read.
  for_each_index(options.load.pool, 2, [&](std::size_t part) {
    if (part == 1) {
      if (beside) beside();
    } else if (!run.unreadable) {
      run_plan_rules(run.plan, run.config, options.today, run.findings, options.load.pool);
    }
  });
  finish_findings(run.plan, run.config, options.today, run.findings);
  return run;
}

void check_plan_chain(std::span<PlanRun* const> runs, const RunOptions& options) {
  std::vector<rules::ChainPlan> plans;
  for (const PlanRun* run : runs)
    plans.push_back({&run->plan, &run->config, run->path, run->unreadable});
  std::vector<std::vector<Finding>> found;
  rules::run_chain_rules(plans, found);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    if (found[i].empty()) continue;
    auto& findings = runs[i]->findings;
    findings.insert(findings.end(), found[i].begin(), found[i].end());
    finish_findings(runs[i]->plan, runs[i]->config, options.today, findings);
  }
}

Summary summarize(const std::vector<Finding>& findings) {
  Summary s;
  for (const auto& f : findings) {
    if (f.suppressed) {
      ++s.suppressed;
      continue;
    }
    switch (f.severity) {
    case Severity::error:
      ++s.error;
      break;
    case Severity::warning:
      ++s.warning;
      break;
    case Severity::info:
      ++s.info;
      break;
    }
  }
  return s;
}

int exit_status_for(const std::vector<Finding>& findings, std::optional<Severity> fail_on) {
  if (!fail_on) return 0;
  for (const auto& f : findings)
    if (!f.suppressed && f.severity >= *fail_on) return 1;
  return 0;
}

} // namespace kaplan
