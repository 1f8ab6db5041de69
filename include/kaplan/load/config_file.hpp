// SPDX-License-Identifier: MIT
#pragma once

// Reading `.kaplan.yaml` (or the file --config names) into a Config.

#include "kaplan/model/config.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace kaplan {

// Parses configuration text read from `path` (named in messages); bad content is a
// StopError naming file:line:col.
Config parse_config(std::string_view text, const std::string& path);

// `MM-DD` (`planning_deadline: "07-31"`): a month and a day some year has, else nullopt.
std::optional<MonthDay> parse_month_day(std::string_view s);

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
