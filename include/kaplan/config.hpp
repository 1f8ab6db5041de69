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
  FileIdentity identity; // of the file read, so no output replaces it
};

// Parses configuration text read from `path` (named in messages); bad content is a
// StopError naming file:line:col.
Config parse_config(std::string_view text, const std::string& path);

// Reads exactly the file `--config` names, wherever it is (the user chose it).
Config read_config(const std::string& path);

// The configuration of the plan at `plan_path` (a root file or a plan folder): the nearest
// `.kaplan.yaml` from the plan's folder up to the root of the git repository holding it,
// or in the plan's own folder only outside a repository, read beneath the folder where
// the search ends (a link leading outside it, a FIFO or a device is refused without a
// word of its content). The defaults when there is none.
Config discover_config(const std::string& plan_path);

// `--config FILE` when given, else the discovered configuration of the plan.
Config load_config(const std::string& config_flag, const std::string& plan_path);

} // namespace kaplan
