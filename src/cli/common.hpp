// SPDX-License-Identifier: MIT
#pragma once

// What every subcommand shares: the options common to them, and the steps each would
// otherwise write again (the language, colour, --today, the run options).

#include "cli/command.hpp"
#include "kaplan/io/discover.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/util/work_pool.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kaplan::cli {

// Options every subcommand shares.
struct CommonOptions {
  std::string config; // --config FILE
  std::string today;  // --today YYYY-MM-DD
  std::string lang;   // --lang en|zh
  bool no_color = false;
  std::optional<int> jobs; // --jobs N
};

// Declares --config, --today and --jobs (for commands that read plans) and --lang,
// --no-color.
void declare_common(OptionSink& sink, CommonOptions& options, bool reads_plans);

// The language for output: --lang, else KAPLAN_LANG, else LC_ALL / LC_MESSAGES / LANG
// starting with "zh", else English.
Lang select_lang(const std::string& flag);

// Whether to colour output written to stdout: a terminal, no --no-color, no NO_COLOR.
bool use_color(bool no_color);

// The date of --today, or the system's date when it is empty; StopError when malformed.
Date today_from(const std::string& flag);

// The most threads --jobs and KAPLAN_JOBS may ask for.
inline constexpr int kMaxJobs = 256;

// The threads to work on: --jobs, else KAPLAN_JOBS (a bad value stops the run), else
// the cores this process may use.
std::size_t jobs_from(const CommonOptions& common);

// The process's work pool, of jobs_from(common) threads: the files of a plan and the
// plans of a batch share it.
WorkPool& work_pool(const CommonOptions& common);

// The run options of a command that reads plans: --config, --today, the work pool.
RunOptions run_options_from(const CommonOptions& common);

// The plans named by the command line: each argument as given, except a folder that
// holds no plan.yaml, which stands for the plans found in it (io::discover_plans, path
// order; folders skipped by its .kaplanignore and the `ignore_paths` of its
// .kaplan.yaml). A folder with no plan, or that cannot be searched, stops the run.
std::vector<std::string> expand_plan_paths(const std::vector<std::string>& paths,
                                           const CommonOptions& common);

// The one plan of a command that works on one: the argument itself, or the only plan
// of a folder searched; a folder holding several plans stops the run (status 2), naming
// how many and pointing to validate and report (docs/decisions.md).
std::string one_plan_path(const std::string& path, const CommonOptions& common);

// The files a search of `path` found (plans or actuals files); a search that failed or
// went over its limit, or found nothing (`none_key`, a stop message), stops the run.
std::vector<std::string> found_or_stop(io::Discovery found, const std::string& path,
                                       const io::DiscoverOptions& options, const char* none_key);

} // namespace kaplan::cli
