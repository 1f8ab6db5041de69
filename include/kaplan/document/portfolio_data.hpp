// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/document/report.hpp"
#include "kaplan/pipeline/portfolio_run.hpp"

// The portfolio document (`score PLANS --actuals-dir DIR`, `report --portfolio`): built
// once as report data (sections of the report's block types) and rendered by every
// report format. Sections: plans (quality and performance of each), rebuilt (a higher
// plan's KPIs rebuilt from its derived plans' actuals, beside its own figures), ranking
// (the derived plans by performance) and red (the red KPIs of every plan).
namespace kaplan {

inline constexpr std::string_view kPortfolioSections[] = {"plans", "rebuilt", "ranking", "red"};

// `raw_values`: numbers as numbers (JSON), not as percentages with a sign.
ReportData build_portfolio_report(const Portfolio& portfolio, Lang lang, bool raw_values);

} // namespace kaplan
