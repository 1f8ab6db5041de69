// SPDX-License-Identifier: MIT
#pragma once

// The portfolio document of `score PLANS --actuals-dir DIR` and `report --portfolio`.

#include "cli/common.hpp"
#include "kaplan/render/report.hpp"

#include <string>
#include <vector>

namespace kaplan::cli {

// The actuals files of --actuals-dir (io::discover_actuals, path order); an unreadable
// folder or one holding no actuals file stops the run.
std::vector<std::string> actuals_in_folder(const std::string& dir);

// Runs the portfolio over `plans` (paths already expanded) and writes its document in
// `format` to `output` (empty: stdout); findings about actuals and KAP-P009 go to
// stderr. Returns the exit status.
int write_portfolio(const std::vector<std::string>& plans, const std::string& actuals_dir,
                    ReportFormat format, const std::string& output, bool force,
                    const CommonOptions& common, Lang lang);

} // namespace kaplan::cli
