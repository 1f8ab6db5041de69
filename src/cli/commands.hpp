// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/messages.hpp"

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
};

// `kaplan validate PATH...`
struct ValidateOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on; // empty: from the configuration, else error
  std::string output;  // --output FILE; empty: stdout
};
int run_validate(const ValidateOptions& options);

// `kaplan explain RULE` / `kaplan explain --list`
struct ExplainOptions {
  CommonOptions common;
  std::string rule;
  bool list = false;
};
int run_explain(const ExplainOptions& options);

// The language for output: --lang, else KAPLAN_LANG, else LC_ALL / LC_MESSAGES / LANG
// starting with "zh", else English.
Lang select_lang(const std::string& flag);

// Whether to colour output written to stdout: a terminal, no --no-color, no NO_COLOR.
bool use_color(bool no_color);

} // namespace kaplan::cli
