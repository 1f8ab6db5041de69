// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/score.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <optional>
#include <string>
#include <vector>

// `kaplan rollforward`: the next cycle's draft plan from this cycle's plan and actuals.
// The method (what moves, what is carried, how new targets are set) is in
// kaplan-rollforward(1); the two must stay in agreement.
namespace kaplan {

// What the caller decides for the new plan.
struct RollOptions {
  std::string new_id;   // the new plan's id; empty: derived from the old one (ka-2027 → ka-2028)
  std::string previous; // what `previous:` says: the old root file as seen from the new one
  Date today;           // --today: an unfinished action due before it is overdue (unset: as_of)
};

// One KPI in the new plan.
struct KpiRoll {
  std::size_t kpi = 0; // index into plan.kpis
  BaselineSource baseline_from = BaselineSource::none;
  double baseline = 0;
  std::optional<double> forecast_share; // a forecast baseline of a cumulative KPI: the
                                        // phased share of the year its actual was divided by
  TargetMethod method = TargetMethod::none;
  std::optional<double> new_target;        // for the new last year of the horizon
  const KpiPerformance* figures = nullptr; // the closing period's figures, when scored
};

// One action of the plan rolled forward, and what happens to it.
struct ActionRoll {
  std::size_t action = 0; // index into plan.actions
  RollOutcome outcome = RollOutcome::kept;
  RollCategory category = RollCategory::later;
  std::string status; // not-started, in-progress, done, dropped or unreported
  double progress = 0;
  std::optional<Date> forecast_finish; // the finish its time deviation forecasts (score's)
  bool redated = false;                // year closed and past due: moved whole into the new cycle
  bool trimmed = false;         // started before the new cycle: its start moved to the cycle's
  Date start, due;              // the new dates (a forecast slip: due is the forecast finish)
  double effort_factor = 1;     // its efforts are multiplied by this (year closed: 1 − progress)
  std::vector<NamedValue> cost; // the remaining cost per category
  const ActionPerformance* figures = nullptr;
};

// One file of the new plan.
struct RolledFile {
  std::string path;     // relative to the plan's folder: `plan.yaml`, `branches/a.yaml`
  std::uint32_t source; // the input file (index into the SourceSet)
  std::string text;
  bool changed = false; // differs from the input
};

// The next cycle's plan and what changed.
struct Rollforward {
  std::string old_id, new_id;
  int old_cycle = 0, new_cycle = 0, horizon = 0;
  Period period; // the actuals' period
  Date as_of;
  bool year_closed = false; // the actuals cover the whole cycle year
  Date today;               // the date overdue is measured against
  std::vector<KpiRoll> kpis;
  std::vector<ActionRoll> actions;
  std::size_t budget_lines_removed = 0;
  std::size_t decisions_cleared = 0;
  std::size_t signoffs_cleared = 0;
  std::size_t dependencies_removed = 0;
  bool title_names_old_year = false; // the title still says the old cycle's year
  std::vector<RolledFile> files;     // root first, then the included files in plan order
};

// Computes the next cycle's plan. `sources` must hold the plan's files as loaded (their
// text is edited, never reformatted). Throws StopError when a file cannot be edited.
Rollforward roll_forward(const Plan& plan, const SourceSet& sources, const Actuals& actuals,
                         const Performance& performance, const RollOptions& options);

// The least-squares line through (year, value) points, evaluated at `year`; the value
// itself for a single point; nullopt for none.
std::optional<double> linear_trend(const std::vector<YearValue>& points, int year);

} // namespace kaplan
