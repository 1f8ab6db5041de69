// SPDX-License-Identifier: MIT
#include "kaplan/validate.hpp"

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "kaplan/render.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::cli {

// Parses --today, or takes the system date when it is not given.
Date today_from(const std::string& flag) {
  if (flag.empty()) return system_today();
  Date d;
  if (!parse_date(flag, d)) throw StopError{"stop.bad-date", {arg("value", flag)}, {}};
  return d;
}

std::optional<std::optional<Severity>> fail_on_from(const std::string& flag) {
  if (flag.empty()) return std::nullopt;
  if (flag == "never") return std::optional<Severity>{};
  return parse_severity(flag);
}

int run_validate(const ValidateOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    RunOptions run_options;
    run_options.config_path = options.common.config;
    run_options.today = today_from(options.common.today);
    auto format = parse_format(options.format).value_or(Format::text);
    auto fail_on_flag = fail_on_from(options.fail_on);

    SourceSet sources;
    std::vector<PlanRun> runs;
    int status = 0;
    for (const auto& path : options.paths) {
      try {
        PlanRun run = validate_plan(path, sources, run_options);
        std::optional<Severity> fail_on = fail_on_flag ? *fail_on_flag : run.config.fail_on;
        int s = run.unreadable ? 2 : exit_status_for(run.findings, fail_on);
        status = std::max(status, s);
        runs.push_back(std::move(run));
      } catch (const StopError& e) {
        status = std::max(status, print_stop(e, lang));
      }
    }
    RenderOptions render_options;
    render_options.lang = lang;
    render_options.color =
        format == Format::text && options.output.empty() && use_color(options.common.no_color);
    write_output(options.output, render_findings(runs, sources, format, render_options));
    return status;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

} // namespace kaplan::cli
