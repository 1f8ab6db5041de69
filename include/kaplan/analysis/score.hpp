// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/actuals.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// `kaplan score`: the plan-quality score computed from the rules' findings, and the
// performance scorecard computed from actuals. Every formula is in kaplan-score(1);
// the two must stay in agreement.
namespace kaplan {

// --- Plan quality -------------------------------------------------------------

// The dimensions of plan quality, in report order.
enum class Dimension : std::uint8_t { completeness, orientation, cascade, feasibility, governance };
inline constexpr std::array<std::string_view, 5> kDimensionNames{
    "completeness", "orientation", "cascade", "feasibility", "governance"};

// One rule's part in a dimension's score.
struct RuleQuality {
  std::string_view rule; // "KAP-K004"
  Dimension dimension = Dimension::completeness;
  Severity severity = Severity::warning; // as configured
  int weight = 0;                        // error 3, warning 2, info 1
  std::size_t applicable = 0;            // checks: the entities the rule applies to in this plan
  std::size_t findings = 0;              // its unsuppressed findings
  std::size_t failed = 0;                // min(findings, applicable)
  double dimension_points = 0;           // points it takes off its dimension's score
  double overall_points = 0;             // points it takes off the overall score
  std::string_view scope_en, scope_zh;   // what is counted ("KPIs with children")
};

// One dimension's score; `scored` is false when none of its rules applies.
struct DimensionQuality {
  Dimension dimension = Dimension::completeness;
  bool scored = false;
  double score = 0;     // 0..100
  int weight_total = 0; // sum of the weights of its applicable rules
};

// The plan-quality score.
struct QualityScore {
  std::array<DimensionQuality, 5> dimensions{};
  bool scored = false;
  double overall = 0; // mean of the scored dimensions, 0..100
  // Applicable rules, those costing the most overall points first (then by id).
  std::vector<RuleQuality> rules;
  std::size_t structure_findings = 0; // unsuppressed S findings: not scored, listed apart
};

// Computes the score from a validated plan's findings (after configuration and
// suppressions were applied). Rules switched off in `config` do not count.
QualityScore score_quality(const Plan& plan, const Config& config,
                           const std::vector<Finding>& findings);

// --- Performance ----------------------------------------------------------------

// Over-attainment counts up to this in every weighted score (120%).
inline constexpr double kAttainmentCap = 1.2;

// The colour of an attainment against the KPI's thresholds.
enum class Colour : std::uint8_t { none, green, amber, red };
// The written name: "green", "amber", "red", "none".
std::string_view colour_name(Colour c);

// Where a KPI's actual comes from.
enum class ActualSource : std::uint8_t { none, own, rollup };

// Where a level KPI's path to its year target starts (kaplan-score(1), "Phased target").
enum class PathStart : std::uint8_t {
  none,            // no start: the level KPI is scored against the year target itself
  baseline,        // the cycle's first year: the KPI's `baseline`
  previous_target, // a later year: the KPI's target for the year before
};

// One KPI node's figures at the period end.
struct KpiPerformance {
  std::size_t kpi = 0;           // index into plan.kpis
  std::size_t depth = 0;         // 0 for a top-level KPI
  std::size_t parent = SIZE_MAX; // index into plan.kpis, SIZE_MAX for a root
  KpiType type = KpiType::cumulative;
  Direction direction = Direction::up;
  Rollup rollup = Rollup::sum;
  const std::vector<double>* phasing = nullptr; // effective; nullptr: even quarters
  Thresholds thresholds;                        // effective (the KPI's, else the configuration's)
  bool own_thresholds = false;                  // set on the KPI or an ancestor

  bool has_target = false;
  double year_target = 0;
  // The share of the year due by the period end: the cumulative phasing share (even
  // quarters without phasing, which is months/12); 1 for a level KPI without a path.
  double share = 1;
  // Phased target: year_target × share (cumulative); for a level KPI with a path,
  // path_start + (year_target − path_start) × share; else year_target.
  double target = 0;
  PathStart path = PathStart::none; // level KPIs only
  double path_start = 0;            // the baseline or the previous year's target

  ActualSource source = ActualSource::none;
  double actual = 0;
  const KpiActual* own = nullptr;    // the entry when source is own
  std::vector<std::size_t> children; // plan.kpis indices combined when source is rollup
  // A rollup by a weighted mean (`weighted_by`): the weighting KPI (plan.kpis index,
  // SIZE_MAX: an unweighted rollup), and per child the counterpart whose actual weighs it
  // and that actual.
  std::size_t weighted_by = SIZE_MAX;
  std::vector<std::size_t> weight_kpis;
  std::vector<double> weights;

  std::optional<double> attainment; // actual/target (up), target/actual (down)
  Colour colour = Colour::none;
  double deviation = 0;                     // actual − target (with both)
  std::optional<double> relative_deviation; // deviation / target (target ≠ 0)

  bool execution_level = false;
  // Left out of its unit's score: children of it at the execution level in the same unit
  // are scored instead, so that the unit counts the KPI once.
  bool carried_by_children = false;
  std::string unit;        // the KPI's `unit`, else its owner's unit; empty when neither
  double weight = 1;       // the top-level weight at the root of its cascade (1 without one)
  bool has_weight = false; // top-level KPIs only: their own `weight` is set
};

// How an action stands in time at as_of.
enum class TimeState : std::uint8_t {
  none,     // dropped, not reported, or not due to have started
  on_time,  // done on or before due, or in progress on schedule
  early,    // done before due
  late,     // done after due
  overdue,  // not done and past due
  slipping, // behind the elapsed share of its time
  ahead,    // ahead of the elapsed share of its time
};
// The written name of a time state ("late", "overdue", …).
std::string_view time_state_name(TimeState s);

// One action's figures.
struct ActionPerformance {
  std::size_t action = 0;               // index into plan.actions
  const ActionActual* actual = nullptr; // nullptr: not reported
  std::string status;                   // not-started, in-progress, done, dropped, unreported
  bool listed = false;                  // shown in the scorecard: reported, or started by as_of
  Date as_of;
  TimeState state = TimeState::none;
  std::optional<long long> time_deviation_days; // positive is late
  long long duration_days = 0;                  // start..due inclusive
  long long elapsed_days = 0;                   // start..as_of inclusive, clamped to 0..duration
  double expected_progress = 0;
  double progress = 0;
  double spent = 0; // total spent
  double cost = 0;  // total planned cost
};

// One balanced-scorecard perspective's weighted score.
struct PerspectivePerformance {
  Perspective perspective = Perspective::financial;
  std::optional<double> score; // percent; nullopt when no KPI of it has an attainment
  double weight = 0;           // sum of the weights of its scored KPIs
  std::size_t scored = 0, kpis = 0;
};

// One unit's scorecard of its execution-level KPIs.
struct UnitPerformance {
  std::string unit;
  std::optional<double> score;   // percent
  std::vector<std::size_t> kpis; // indices into Performance::kpis, best attainment first
  // Execution-level KPIs of the unit left out because their children in it are scored
  // (indices into Performance::kpis, report order).
  std::vector<std::size_t> carried;
  std::size_t green = 0, amber = 0, red = 0;
};

// The performance scorecard for one period.
struct Performance {
  Period period;
  Date as_of;
  std::vector<KpiPerformance> kpis;       // tree after tree, parents before children
  std::vector<ActionPerformance> actions; // one per plan.actions entry, same index
  std::array<PerspectivePerformance, 4> perspectives{};
  std::optional<double> overall;      // percent
  double weight = 0;                  // sum of the weights of the scored top-level KPIs
  std::vector<UnitPerformance> units; // ranked: best score first, units without one last

  std::vector<std::size_t> by_kpi; // plan.kpis index -> index into `kpis` (SIZE_MAX: none)

  // The entry of a KPI by plan index, or nullptr.
  const KpiPerformance* find(std::size_t kpi) const;
};

struct Cascade;
class WorkPool;

// Computes the scorecard of the plan's cycle figures for the actuals' period. `cascade`,
// when given, is the plan's cascade built with config.cascade_tolerance (else it is built
// here); with a `pool`, the KPIs and the actions are figured at once. The result is the
// same either way.
Performance score_performance(const Plan& plan, const Actuals& actuals, const Config& config,
                              const Cascade* cascade = nullptr, WorkPool* pool = nullptr);

// A KPI's score in weighted sums: its attainment clamped to 0..kAttainmentCap.
double capped(double attainment);

// The finish an action's time deviation forecasts: its due date moved on by
// time_deviation_days (behind its elapsed share of time, ahead of it, or overdue: then
// as_of); the due date itself when it has none. nullopt when done, dropped or undated.
std::optional<Date> forecast_finish(const Action& a, const ActionPerformance& p);

// The whole year a KPI's actual to date forecasts, `months` (1..12) into the year: for a
// cumulative KPI, actual / phased_share(phasing, months) (even quarters without a
// phasing, which is linear by months); for a level KPI, the actual itself. nullopt
// without an actual, or when nothing of the year is due by then (a share of 0).
std::optional<double> full_year_forecast(const KpiPerformance& p, int months);

// Cumulative share of a year's phasing due by the end of month `months` (1..12):
// whole quarters, plus the running quarter pro rata by month.
double phased_share(const std::vector<double>* phasing, int months);

} // namespace kaplan
