// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/loader.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/plan.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Actuals files (plan-format-v1, "Actuals file"): what happened in a period, per KPI and
// per action. Read with the same location-carrying loader as plans, so every value keeps
// its file:line:col; several files (one per branch, say) form one set of actuals.
namespace kaplan {

// The `actuals:` header of one file.
struct ActualsHeader {
  std::uint32_t file = 0; // index into the run's SourceSet
  Location loc;           // of the `actuals` mapping (the file when it is absent)
  Field<Ref> plan;        // must equal plan.id (KAP-T001)
  Field<Period> period;   // year to date, up to the end of this period
  Field<Date> as_of;      // when `as_of` is absent: the period's last day (set stays false)
};

// One `kpis:` entry: a KPI's year-to-date total (cumulative KPIs) or current value (level).
struct KpiActual {
  Location entry;
  std::size_t header = 0; // index into Actuals::headers
  Field<Ref> kpi;
  Field<double> value;
  Field<std::string> note;
};

// One `actions:` entry: an action's status at `as_of`.
struct ActionActual {
  Location entry;
  std::size_t header = 0; // index into Actuals::headers
  Field<Ref> action;
  Field<ActionStatus> status;
  Field<Date> finished;          // the day a `done` action was finished
  Field<double> progress;        // share done, 0..1 (checked by KAP-T005, not the loader)
  std::vector<NamedValue> spent; // {category: amount} spent so far
  Field<std::string> note;
};

// All actuals files of one run, concatenated.
struct Actuals {
  std::vector<ActualsHeader> headers; // one per file, in the order given
  std::vector<KpiActual> kpis;        // entries of every file, file by file
  std::vector<ActionActual> actions;

  // The first entry for an id (a second one is KAP-S005), or nullptr.
  const KpiActual* kpi(std::string_view id) const;
  const ActionActual* action(std::string_view id) const;

  // The period of the run: the first file's that has one; `has_period` false when none has.
  Period period;
  bool has_period = false;
  // The `as_of` date of an entry's file: its own `as_of`, else its period's last day.
  Date as_of(std::size_t header) const;
  // The latest `as_of` of all files (what a report shows as "as of").
  Date latest_as_of() const;

  // Built by load_actuals: id -> index of the first entry.
  std::unordered_map<std::string, std::size_t> kpi_index;
  std::unordered_map<std::string, std::size_t> action_index;
};

// Actuals as read, with every structural finding (S rules).
struct ActualsLoad {
  Actuals actuals;
  std::vector<Finding> findings;
  bool unreadable = false; // some file could not be read or parsed (KAP-S001): exit status 2
};

// Actuals files read and parsed on the work pool (LoadOptions::pool) while the plan's
// own files are: `score`, `report` and `rollforward` start them before loading the plan,
// and load_actuals takes them. Without a pool of two threads or more it does nothing.
// Destroying it waits for what was not taken.
class ActualsAhead {
public:
  ActualsAhead() = default;
  ActualsAhead(std::span<const std::string> paths, const LoadOptions& options);
  ~ActualsAhead();
  ActualsAhead(const ActualsAhead&) = delete;
  ActualsAhead& operator=(const ActualsAhead&) = delete;
  // The i-th file, read and parsed; nothing when it was not started or was taken.
  std::optional<ParsedFile> take(std::size_t i);

private:
  std::vector<WorkPool::Task<ParsedFile>> tasks_;
};

// Reads actuals files in the order given; each is added to `sources`. Structural problems
// (unknown keys, bad dates or periods, a KPI or action reported twice, files that disagree
// on the period) become findings pointing into the files.
// Files `ahead` read and parsed already are taken from it; the result is the same.
ActualsLoad load_actuals(std::span<const std::string> paths, SourceSet& sources,
                         const LoadOptions& options = {}, ActualsAhead* ahead = nullptr);

} // namespace kaplan
