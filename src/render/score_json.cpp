// SPDX-License-Identifier: MIT
// `kaplan score --format json`: the keys of cli-v1 ("score"), then more that scripts may
// use. Scores are rounded to one decimal, ratios to four, as the text shows them.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/score.hpp"
#include "kaplan/util/json_writer.hpp"
#include "kaplan/util/work_pool.hpp"

#include <algorithm>
#include <cmath>

namespace kaplan::render {
namespace {

// `v` rounded to 0 .. 6 decimals (the powers of ten are exact doubles, as std::pow gave).
double round_to(double v, int decimals) {
  static constexpr double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
  const double f = kPowers[std::clamp(decimals, 0, 6)];
  return std::round(v * f) / f;
}

template <class T>
void optional_value(JsonWriter& w, const std::optional<T>& v, int decimals) {
  if (v)
    w.value(round_to(*v, decimals));
  else
    w.null();
}

void json_quality(JsonWriter& w, const QualityScore& q) {
  w.key("quality").begin_object();
  w.key("overall");
  optional_value(w, q.scored ? std::optional<double>(q.overall) : std::nullopt, 1);
  w.key("dimensions").begin_object();
  for (const auto& d : q.dimensions) {
    w.key(kDimensionNames[static_cast<std::size_t>(d.dimension)]);
    optional_value(w, d.scored ? std::optional<double>(d.score) : std::nullopt, 1);
  }
  w.end_object();
  w.key("rules").begin_array();
  for (const auto& r : q.rules) {
    w.begin_object();
    w.key("rule").value(r.rule);
    w.key("dimension").value(kDimensionNames[static_cast<std::size_t>(r.dimension)]);
    w.key("severity").value(severity_name(r.severity));
    w.key("weight").value(r.weight);
    w.key("applicable").value(r.applicable);
    w.key("findings").value(r.findings);
    w.key("failed").value(r.failed);
    w.key("points_lost").value(round_to(r.overall_points, 1));
    w.end_object();
  }
  w.end_array();
  w.key("structure_findings").value(q.structure_findings);
  w.end_object();
}

void kpi(JsonWriter& w, const Plan& plan, const KpiPerformance& k) {
  w.begin_object();
  w.key("id").value(plan.kpis[k.kpi].id);
  w.key("parent");
  if (k.parent != SIZE_MAX)
    w.value(plan.kpis[k.parent].id);
  else
    w.null();
  w.key("unit");
  if (k.unit.empty())
    w.null();
  else
    w.value(k.unit);
  w.key("type").value(name(k.type));
  w.key("direction").value(name(k.direction));
  w.key("year_target");
  optional_value(w, k.has_target ? std::optional<double>(k.year_target) : std::nullopt, 6);
  w.key("target");
  optional_value(w, k.has_target ? std::optional<double>(k.target) : std::nullopt, 6);
  w.key("actual");
  optional_value(w, k.source != ActualSource::none ? std::optional<double>(k.actual) : std::nullopt,
                 6);
  w.key("actual_from")
      .value(k.source == ActualSource::own      ? "own"
             : k.source == ActualSource::rollup ? name(k.rollup)
                                                : "none");
  w.key("weighted_by"); // the weighting KPI of a rollup by a weighted mean
  if (k.weighted_by != SIZE_MAX)
    w.value(plan.kpis[k.weighted_by].id);
  else
    w.null();
  w.key("attainment");
  optional_value(w, k.attainment, 4);
  w.key("status").value(colour_name(k.colour));
  bool figures = k.has_target && k.source != ActualSource::none;
  w.key("deviation");
  optional_value(w, figures ? std::optional<double>(k.deviation) : std::nullopt, 6);
  w.key("relative_deviation");
  optional_value(w, figures ? k.relative_deviation : std::nullopt, 4);
  w.end_object();
}

void action(JsonWriter& w, const Plan& plan, const ActionPerformance& a) {
  w.begin_object();
  w.key("id").value(plan.actions[a.action].id);
  w.key("status").value(a.status);
  w.key("time_deviation_days");
  if (a.time_deviation_days)
    w.value(*a.time_deviation_days);
  else
    w.null();
  w.key("time_state").value(time_state_name(a.state));
  w.key("progress").value(round_to(a.progress, 4));
  w.key("expected_progress").value(round_to(a.expected_progress, 4));
  w.key("spent").value(round_to(a.spent, 6));
  w.key("cost").value(round_to(a.cost, 6));
  w.end_object();
}

// Writes `write(part, i)` for the elements 0 .. n - 1 of the array open in `w`: in parts
// on the pool when there are many, with the same text as one after another.
template <class F>
void elements(JsonWriter& w, WorkPool* pool, std::size_t n, F write) {
  const std::size_t parts = pool && pool->threads() > 1 && n >= 1024 ? 4 * pool->threads() : 1;
  if (parts == 1) {
    for (std::size_t i = 0; i < n; ++i)
      write(w, i);
    return;
  }
  std::vector<JsonWriter> written(parts, w.part());
  for_each_index(pool, parts, [&](std::size_t k) {
    for (std::size_t i = k * n / parts; i < (k + 1) * n / parts; ++i)
      write(written[k], i);
  });
  w.append_parts(written);
}

void json_performance(JsonWriter& w, const Plan& plan, const Performance& p, WorkPool* pool) {
  w.key("performance").begin_object();
  w.key("period").value(format_period(p.period));
  w.key("as_of").value(format_date(p.as_of));
  w.key("attainment_cap").value(kAttainmentCap);
  w.key("overall");
  optional_value(w, p.overall, 1);
  w.key("perspectives").begin_object();
  for (const auto& pp : p.perspectives) {
    w.key(name(pp.perspective));
    optional_value(w, pp.score, 1);
  }
  w.end_object();
  w.key("kpis").begin_array();
  elements(w, pool, p.kpis.size(),
           [&](JsonWriter& part, std::size_t i) { kpi(part, plan, p.kpis[i]); });
  w.end_array();
  w.key("actions").begin_array();
  elements(w, pool, p.actions.size(), [&](JsonWriter& part, std::size_t i) {
    if (p.actions[i].listed) action(part, plan, p.actions[i]);
  });
  w.end_array();
  w.key("units").begin_array();
  for (const auto& u : p.units) {
    w.begin_object();
    w.key("id").value(u.unit);
    w.key("score");
    optional_value(w, u.score, 1);
    w.key("green").value(u.green);
    w.key("amber").value(u.amber);
    w.key("red").value(u.red);
    w.key("kpis").begin_array();
    for (std::size_t i : u.kpis)
      w.value(plan.kpis[p.kpis[i].kpi].id);
    w.end_array();
    w.key("carried").begin_array();
    for (std::size_t i : u.carried)
      w.value(plan.kpis[p.kpis[i].kpi].id);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

} // namespace

std::string score_json(const ScoreReport& report, WorkPool* pool) {
  JsonWriter w;
  w.begin_object();
  w.key("tool").value("kaplan");
  w.key("version").value(KAPLAN_VERSION);
  w.key("plan").value(report.plan->header.id);
  json_quality(w, report.quality);
  if (report.performance) json_performance(w, *report.plan, *report.performance, pool);
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
