// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/portfolio_figures.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/model/errors.hpp"
#include "kaplan/pipeline/checked_actuals.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <optional>
#include <string>
#include <vector>

// The portfolio run of `score PLANS --actuals-dir DIR` and `report --portfolio PLANS`:
// every plan validated (and its actuals read and checked) as a task of the work pool,
// the plan chain checked across them, the scores computed, the higher plans' KPIs rebuilt
// from the derived plans' actuals, and the figures reported twice compared (KAP-P009).
namespace kaplan {

// One plan of the portfolio.
struct PortfolioPlan {
  std::optional<PlanRun> run;             // nullopt when the plan could not be started
  std::optional<StopError> stop;          // why (a bad configuration)
  std::vector<std::string> actuals_paths; // its files of the actuals folder, path order
  std::optional<CheckedActuals> actuals;  // read when it has some
  QualityScore quality;
  std::optional<Performance> performance; // with actuals that have a period
  std::uint32_t file_offset = 0;          // where its files start in Portfolio::sources
};

// The whole portfolio, in path order.
struct Portfolio {
  SourceSet sources; // every plan's and actuals file, plan after plan
  std::vector<PortfolioPlan> plans;
  std::vector<PortfolioMember> members; // the readable plans (indices into `plans` in member_of)
  std::vector<std::size_t> member_plan; // member index -> index into `plans`
  std::vector<RebuiltKpi> rebuilt;
  std::vector<std::size_t> ranking; // member indices
  // Findings about the actuals (S and T rules) and the figures reported twice (KAP-P009),
  // places in `sources`, plan after plan.
  std::vector<Finding> findings;
  int status = 0; // the exit status the findings and stops call for
};

// Runs the portfolio over the plans and the actuals files found in the actuals folder (each
// matched to the plan its `actuals: plan:` names). An actuals file naming none of the
// plans stops the run (StopError): the folder goes with the plans, so it is a mistake of the
// command line, not of a plan.
Portfolio run_portfolio(const std::vector<std::string>& paths,
                        const std::vector<std::string>& actuals_files, const RunOptions& options);

} // namespace kaplan
