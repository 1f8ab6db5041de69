// SPDX-License-Identifier: MIT
#pragma once

// What every subcommand shares: the options common to them, and the steps each would
// otherwise write again (the language, colour, --today, the run options).

#include "cli/command.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <string>

namespace kaplan::cli {

// Options every subcommand shares.
struct CommonOptions {
  std::string config; // --config FILE
  std::string today;  // --today YYYY-MM-DD
  std::string lang;   // --lang en|zh
  bool no_color = false;
};

// Declares --config and --today (for commands that read plans) and --lang, --no-color.
void declare_common(OptionSink& sink, CommonOptions& options, bool reads_plans);

// The language for output: --lang, else KAPLAN_LANG, else LC_ALL / LC_MESSAGES / LANG
// starting with "zh", else English.
Lang select_lang(const std::string& flag);

// Whether to colour output written to stdout: a terminal, no --no-color, no NO_COLOR.
bool use_color(bool no_color);

// The date of --today, or the system's date when it is empty; StopError when malformed.
Date today_from(const std::string& flag);

// The run options of a command that reads plans: --config and --today.
RunOptions run_options_from(const CommonOptions& common);

} // namespace kaplan::cli
