// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"
#include "kaplan/model/errors.hpp"
#include "kaplan/model/plan.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kaplan {

// A day of the year without the year, `MM-DD` (`planning_deadline`).
struct MonthDay {
  int month = 7, day = 31;
  bool operator==(const MonthDay&) const = default;
};

// What `.kaplan.yaml` (or --config) says.
struct Config {
  std::string path;                                     // the file read; empty when none
  std::map<std::string, std::optional<Severity>> rules; // rule id -> severity, nullopt = off
  std::optional<Severity> fail_on = Severity::error;    // nullopt = never fail
  bool fail_on_set = false;
  double cascade_tolerance = 0.005;
  Thresholds thresholds;
  // The strategies and approval decisions fall on or before this day of the year before
  // the cycle (KAP-G009); 02-29 means 02-28 in a year without it.
  MonthDay planning_deadline;
  int evidence_max_age = 2;    // years a cited source may be older than the cycle (KAP-C018)
  double ambition_margin = 10; // percentage points above its segments' growth (KAP-R010)
  FileIdentity identity;       // of the file read, so no output replaces it
  // Folders a search for plans skips (`kaplan validate plans/`, io::discover_plans).
  std::vector<std::string> ignore_paths;
};

} // namespace kaplan
