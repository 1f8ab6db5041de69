// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/diagnostic.hpp"
#include "kaplan/model.hpp"

#include <map>
#include <optional>
#include <string>

namespace kaplan {

// An error that stops a run (unreadable configuration, bad option value): thrown once,
// caught at the top, printed as `kaplan: error: …`, exit status 2. The message is a
// catalogue key with arguments so that it can be shown in either language.
struct StopError {
  std::string key;
  std::vector<Arg> args;
  std::string where; // "file:line:col" when there is a place, else empty
};

// What `.kaplan.yaml` (or --config) says.
struct Config {
  std::string path;                                     // the file read; empty when none
  std::map<std::string, std::optional<Severity>> rules; // rule id -> severity, nullopt = off
  std::optional<Severity> fail_on = Severity::error;    // nullopt = never fail
  bool fail_on_set = false;
  double cascade_tolerance = 0.005;
  Thresholds thresholds;
};

// Reads a configuration file; bad content is a StopError naming file:line:col.
Config read_config(const std::string& path);

// The nearest `.kaplan.yaml` from `start_dir` upwards, stopping at the repository root
// (the first folder holding `.git`); empty when there is none.
std::string find_config(const std::string& start_dir);

} // namespace kaplan
