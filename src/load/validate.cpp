// SPDX-License-Identifier: MIT
#include "kaplan/validate.hpp"

#include "kaplan/rules.hpp"
#include "load/reader.hpp"

#include <ctime>
#include <fmt/format.h>

namespace kaplan {

PlanRun validate_plan(const std::string& path, SourceSet& sources, const RunOptions& options) {
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
  if (!run.unreadable) run_plan_rules(run.plan, run.config, options.today, run.findings);
  finish_findings(run.plan, run.config, options.today, run.findings);
  return run;
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

Date system_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

bool parse_date(std::string_view s, Date& out) {
  return load::Reader::parse_date(s, out);
}

std::string format_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

} // namespace kaplan
