// SPDX-License-Identifier: MIT
#include "cli/portfolio.hpp"

#include "cli/output.hpp"
#include "kaplan/document/portfolio_data.hpp"
#include "kaplan/io/discover.hpp"
#include "kaplan/pipeline/portfolio_run.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>

namespace kaplan::cli {

std::vector<std::string> actuals_in_folder(const std::string& dir) {
  io::DiscoverOptions options;
  return found_or_stop(io::discover_actuals(dir, options), dir, options, "stop.no-actuals");
}

int write_portfolio(const std::vector<std::string>& plans, const std::string& actuals_dir,
                    ReportFormat format, const std::string& output, bool force,
                    const CommonOptions& common, Lang lang) {
  io::check_output(output, {force, nullptr}); // refused before any work
  RunOptions run_options = run_options_from(common);
  std::vector<std::string> actuals =
      actuals_dir.empty() ? std::vector<std::string>{} : actuals_in_folder(actuals_dir);
  Portfolio portfolio = run_portfolio(plans, actuals, run_options);
  int status = portfolio.status;
  for (const auto& p : portfolio.plans)
    if (p.stop) status = std::max(status, print_stop(*p.stop, lang));
  // A plan that cannot be read says why, as validate would; the others are still shown.
  std::vector<Finding> unreadable;
  for (const auto& p : portfolio.plans)
    if (p.run && p.run->unreadable)
      unreadable.insert(unreadable.end(), p.run->findings.begin(), p.run->findings.end());
  print_findings(unreadable, portfolio.sources, lang);
  print_findings(portfolio.findings, portfolio.sources, lang);
  if (portfolio.members.empty()) return std::max(status, 2);
  io::OutputGuard guard;
  guard.add(portfolio.sources);
  for (const auto& p : portfolio.plans)
    if (p.run) guard.add(p.run->config);
  ReportData data = build_portfolio_report(portfolio, lang, format == ReportFormat::json);
  emit(output, render_report(data, format), {force, &guard}, lang);
  return status;
}

} // namespace kaplan::cli
