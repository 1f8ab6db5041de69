// SPDX-License-Identifier: MIT
#include "cli/checked_actuals.hpp"

#include "kaplan/render.hpp"
#include "kaplan/rules.hpp"

#include <cstdio>

namespace kaplan::cli {

CheckedActuals load_checked_actuals(const PlanRun& run, const std::vector<std::string>& paths,
                                    SourceSet& sources, const RunOptions& options) {
  CheckedActuals out;
  out.loaded = load_actuals(paths, sources, options.load);
  out.findings = std::move(out.loaded.findings);
  out.loaded.findings.clear();
  if (!out.loaded.unreadable)
    run_actuals_rules(run.plan, out.loaded.actuals, run.config, options.today, out.findings);
  finish_findings(run.plan, run.config, options.today, out.findings);
  return out;
}

void print_findings(const std::vector<Finding>& findings, const SourceSet& sources, Lang lang) {
  bool any = false;
  for (const auto& f : findings)
    any = any || !f.suppressed;
  if (!any) return;
  PlanRun shown; // suppressed ones too: the summary line counts them
  shown.findings = findings;
  RenderOptions options;
  options.lang = lang;
  std::string out = render_findings({&shown, 1}, sources, Format::text, options);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

} // namespace kaplan::cli
