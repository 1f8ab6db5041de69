// SPDX-License-Identifier: MIT
// `kaplan score`: figures computed by hand (the arithmetic is in the comments) for the
// plan-quality score and the performance scorecard, as kaplan-score(1) defines them.
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>

namespace unit_analysis_score {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

// A plan with every kind of KPI node: cumulative with phasing (sum), level down (max),
// level mean with its own thresholds, level min; two branches a and b below hq.
constexpr const char* kPlan = R"(kaplan: 1
plan: {id: sc-2027, title: 计分测试, cycle: 2027, horizon: 1}
units:
  - {id: hq, name: 总部, kind: company}
  - {id: a, name: 甲, kind: branch, parent: hq}
  - {id: b, name: 乙, kind: branch, parent: hq}
people:
  - {id: p-a, name: 甲经理, unit: a}
  - {id: p-b, name: 乙经理, unit: b}
objectives:
  - {id: O-F, perspective: financial, statement: 收入}
  - {id: O-C, perspective: customer, statement: 客户}
strategies:
  - {id: S-1, statement: 深耕, kind: market, objectives: [O-F, O-C]}
kpis:
  - {id: K-rev, name: 收入, objective: O-F, unit: hq, measure: x, targets: {2027: 1000}, weight: 0.6,
     phasing: [0.1, 0.2, 0.3, 0.4]}
  - {id: K-rev-a, name: 甲收入, parent: K-rev, unit: a, targets: {2027: 600}}
  - {id: K-rev-b, name: 乙收入, parent: K-rev, unit: b, targets: {2027: 400}}
  - {id: K-days, name: 时长, objective: O-C, unit: hq, measure: 天, direction: down, rollup: max, type: level,
     targets: {2027: 10}, weight: 0.2}
  - {id: K-days-a, name: 甲时长, parent: K-days, unit: a, targets: {2027: 10}}
  - {id: K-days-b, name: 乙时长, parent: K-days, unit: b, targets: {2027: 9}}
  - {id: K-sat, name: 满意度, objective: O-C, unit: hq, measure: 分, rollup: mean, type: level,
     targets: {2027: 80}, weight: 0.1, thresholds: {green: 0.95, amber: 0.9}}
  - {id: K-sat-a, name: 甲满意度, parent: K-sat, unit: a, targets: {2027: 80}}
  - {id: K-sat-b, name: 乙满意度, parent: K-sat, unit: b, targets: {2027: 80}}
  - {id: K-low, name: 最低达标率, objective: O-C, unit: hq, measure: '%', rollup: min, type: level,
     targets: {2027: 90}, weight: 0.1}
  - {id: K-low-a, name: 甲达标率, parent: K-low, unit: a, targets: {2027: 90}}
  - {id: K-low-b, name: 乙达标率, parent: K-low, unit: b, targets: {2027: 90}}
actions:
  - {id: AC-late, title: 晚完成, strategy: S-1, owner: p-a, start: 2027-01-01, due: 2027-03-31, cost: {opex: 40}}
  - {id: AC-over, title: 逾期, strategy: S-1, owner: p-a, start: 2027-02-01, due: 2027-05-31}
  - {id: AC-slip, title: 滞后, strategy: S-1, owner: p-b, start: 2027-04-01, due: 2027-09-30}
  - {id: AC-ahead, title: 超前, strategy: S-1, owner: p-b, start: 2027-04-01, due: 2027-09-30}
  - {id: AC-early, title: 提前, strategy: S-1, owner: p-b, start: 2027-03-01, due: 2027-06-30}
  - {id: AC-drop, title: 取消, strategy: S-1, owner: p-b, start: 2027-03-01, due: 2027-06-30}
  - {id: AC-unrep, title: 未填报, strategy: S-1, owner: p-b, start: 2027-06-01, due: 2027-12-31}
  - {id: AC-future, title: 未开始, strategy: S-1, owner: p-b, start: 2027-10-01, due: 2027-12-31}
)";

constexpr const char* kActuals = R"(kaplan: 1
actuals: {plan: sc-2027, period: 2027-Q2, as_of: 2027-07-05}
kpis:
  - {kpi: K-rev-a, value: 200}
  - {kpi: K-rev-b, value: 180}
  - {kpi: K-days-a, value: 12}
  - {kpi: K-days-b, value: 8}
  - {kpi: K-sat-a, value: 78}
  - {kpi: K-sat-b, value: 74}
  - {kpi: K-low-a, value: 95}
  - {kpi: K-low-b, value: 81}
actions:
  - {action: AC-late, status: done, finished: 2027-04-12, spent: {opex: 30, capex: 12}}
  - {action: AC-over, status: in-progress, progress: 0.8}
  - {action: AC-slip, status: in-progress, progress: 0.3}
  - {action: AC-ahead, status: in-progress, progress: 0.7}
  - {action: AC-early, status: done, finished: 2027-06-20}
  - {action: AC-drop, status: dropped}
)";

struct Fixture {
  SourceSet sources;
  LoadResult plan;
  ActualsLoad actuals;
  Performance perf;

  explicit Fixture(const char* plan_text = kPlan, const char* actuals_text = kActuals) {
    test::TempDir dir("score");
    plan = load_plan(dir.write("plan.yaml", plan_text).string(), sources);
    REQUIRE(plan.findings.empty());
    std::vector<std::string> files{dir.write("actuals.yaml", actuals_text).string()};
    actuals = load_actuals(files, sources);
    REQUIRE(actuals.findings.empty());
    perf = score_performance(plan.plan, actuals.actuals, Config{});
  }

  const KpiPerformance& kpi(std::string_view id) const {
    for (std::size_t i = 0; i < plan.plan.kpis.size(); ++i)
      if (plan.plan.kpis[i].id == id) return *perf.find(i);
    FAIL("no KPI " << id);
    throw 0;
  }
  const ActionPerformance& action(std::string_view id) const {
    for (std::size_t i = 0; i < plan.plan.actions.size(); ++i)
      if (plan.plan.actions[i].id == id) return perf.actions[i];
    FAIL("no action " << id);
    throw 0;
  }
};

} // namespace

TEST_CASE("phasing shares by quarter, half and month") {
  const std::vector<double> q{0.1, 0.2, 0.3, 0.4};
  CHECK(phased_share(&q, 3) == doctest::Approx(0.1));  // Q1
  CHECK(phased_share(&q, 6) == doctest::Approx(0.3));  // Q2 or H1: 0.1 + 0.2
  CHECK(phased_share(&q, 9) == doctest::Approx(0.6));  // Q3: 0.1 + 0.2 + 0.3
  CHECK(phased_share(&q, 12) == doctest::Approx(1.0)); // the year
  // May: Q1 in full, two of Q2's three months: 0.1 + 0.2 × 2/3 = 0.233333
  CHECK(phased_share(&q, 5) == doctest::Approx(0.1 + 0.2 * 2 / 3.0));
  // No phasing: even quarters, 0.25 each; H1 = 0.5, month 1 = 0.25 / 3
  CHECK(phased_share(nullptr, 6) == doctest::Approx(0.5));
  CHECK(phased_share(nullptr, 1) == doctest::Approx(0.25 / 3));
}

TEST_CASE("the whole-year forecast: actual to date over the phased share, a level KPI's value") {
  const std::vector<double> q{0.22, 0.24, 0.25, 0.29}; // the example's KPI-rev
  KpiPerformance p;
  p.type = KpiType::cumulative;
  p.phasing = &q;
  CHECK_FALSE(full_year_forecast(p, 6)); // no actual
  p.source = ActualSource::own;
  p.actual = 243650;
  // H1: 0.22 + 0.24 = 0.46 of the year; 243650 / 0.46 = 529673.913…
  CHECK(*full_year_forecast(p, 6) == doctest::Approx(529673.9130434783));
  // May: 0.22 + 0.24 × 2/3 = 0.38; 190 / 0.38 = 500.
  p.actual = 190;
  CHECK(*full_year_forecast(p, 5) == doctest::Approx(500));
  // The year closed: the actual itself.
  CHECK(*full_year_forecast(p, 12) == doctest::Approx(190));
  // Without a phasing, linear by months: 70 to the end of July is 7/12 of 120.
  p.phasing = nullptr;
  p.actual = 70;
  CHECK(*full_year_forecast(p, 7) == doctest::Approx(120));
  // Nothing due by then: no forecast.
  const std::vector<double> back{0, 0, 0.5, 0.5};
  p.phasing = &back;
  CHECK_FALSE(full_year_forecast(p, 6));
  // A level KPI: its latest value, whatever the month.
  p.type = KpiType::level;
  p.actual = 6.45;
  CHECK(*full_year_forecast(p, 6) == doctest::Approx(6.45));
}

TEST_CASE("cumulative KPIs are phased and rolled up by sum") {
  Fixture f;
  // K-rev-a: 600 × (0.1 + 0.2) = 180 (phasing inherited); actual 200; 200 / 180 = 1.111111
  const auto& a = f.kpi("K-rev-a");
  CHECK(a.type == KpiType::cumulative);
  CHECK(a.share == doctest::Approx(0.3));
  CHECK(a.target == doctest::Approx(180));
  CHECK(*a.attainment == doctest::Approx(1.111111));
  CHECK(a.colour == Colour::green);
  CHECK(a.deviation == doctest::Approx(20));
  CHECK(*a.relative_deviation == doctest::Approx(20 / 180.0));
  // K-rev: no entry of its own; 200 + 180 = 380 against 1000 × 0.3 = 300; 380 / 300 = 1.266667
  const auto& rev = f.kpi("K-rev");
  CHECK(rev.source == ActualSource::rollup);
  CHECK(rev.actual == doctest::Approx(380));
  CHECK(rev.target == doctest::Approx(300));
  CHECK(*rev.attainment == doctest::Approx(1.266667));
  CHECK(rev.deviation == doctest::Approx(80));
}

TEST_CASE("level KPIs: direction down with max, mean with own thresholds, min at a boundary") {
  Fixture f;
  // K-days (level, down, max): target 10 whatever the period; max(12, 8) = 12; 10 / 12 = 0.833333:
  // red
  const auto& days = f.kpi("K-days");
  CHECK(days.type == KpiType::level);
  CHECK(days.target == doctest::Approx(10));
  CHECK(days.actual == doctest::Approx(12));
  CHECK(*days.attainment == doctest::Approx(0.833333));
  CHECK(days.colour == Colour::red);
  CHECK(days.deviation == doctest::Approx(2)); // positive: unfavourable for a down KPI
  CHECK(*days.relative_deviation == doctest::Approx(0.2));
  // K-days-b inherits direction down: 9 / 8 = 1.125: green
  CHECK(*f.kpi("K-days-b").attainment == doctest::Approx(1.125));
  CHECK(f.kpi("K-days-b").direction == Direction::down);
  // K-sat (mean): (78 + 74) / 2 = 76; 76 / 80 = 0.95 ≥ green 0.95: green
  const auto& sat = f.kpi("K-sat");
  CHECK(sat.actual == doctest::Approx(76));
  CHECK(*sat.attainment == doctest::Approx(0.95));
  CHECK(sat.colour == Colour::green);
  // K-sat-b inherits the thresholds: 74 / 80 = 0.925, < 0.95 and ≥ 0.9: amber
  CHECK(f.kpi("K-sat-b").own_thresholds);
  CHECK(f.kpi("K-sat-b").colour == Colour::amber);
  // K-low (min): min(95, 81) = 81; 81 / 90 = 0.9 exactly the default amber: amber, not red
  const auto& low = f.kpi("K-low");
  CHECK(low.actual == doctest::Approx(81));
  CHECK(low.colour == Colour::amber);
  CHECK(!low.own_thresholds);
}

TEST_CASE("a parent takes its children's actuals only when every child has one") {
  Fixture f(kPlan, R"(kaplan: 1
actuals: {plan: sc-2027, period: 2027-Q2}
kpis:
  - {kpi: K-rev-a, value: 200}
  - {kpi: K-days, value: 11}
  - {kpi: K-days-a, value: 12}
)");
  CHECK(f.kpi("K-rev").source == ActualSource::none); // K-rev-b has no actual
  CHECK(!f.kpi("K-rev").attainment);
  CHECK(f.kpi("K-days").source == ActualSource::own); // its own entry wins over the rollup
  CHECK(f.kpi("K-days").actual == doctest::Approx(11));
}

TEST_CASE(
    "weighted scores per perspective, overall and unit, with over-attainment capped at 120%") {
  Fixture f;
  const Performance& p = f.perf;
  // financial: K-rev alone, 1.266667 capped at 1.2: 100 × 0.6 × 1.2 / 0.6 = 120
  CHECK(*p.perspectives[0].score == doctest::Approx(120));
  // customer: (0.2 × 0.833333 + 0.1 × 0.95 + 0.1 × 0.9) / 0.4 = 0.351667 / 0.4 = 87.916667
  CHECK(*p.perspectives[1].score == doctest::Approx(87.916667));
  CHECK(!p.perspectives[2].score); // internal: no KPI
  // overall: (0.6 × 1.2 + 0.351667) / 1.0 = 107.166667
  CHECK(*p.overall == doctest::Approx(107.166667));
  // unit b: K-rev-b 180 / 120 = 1.5 → 1.2 (× 0.6), K-days-b 1.125 (× 0.2), K-sat-b 0.925 (× 0.1),
  // K-low-b 0.9 (× 0.1): 0.72 + 0.225 + 0.0925 + 0.09 = 1.1275 → 112.75
  // unit a: 1.111111 × 0.6 + 0.833333 × 0.2 + 0.975 × 0.1 + 1.055556 × 0.1 = 1.036389 → 103.638889
  REQUIRE(p.units.size() == 2);
  CHECK(p.units[0].unit == "b");
  CHECK(*p.units[0].score == doctest::Approx(112.75));
  CHECK(p.units[1].unit == "a");
  CHECK(*p.units[1].score == doctest::Approx(103.638889));
  // Within unit b, the best attainment first: K-rev-b 1.5, K-days-b 1.125, K-sat-b, K-low-b
  CHECK(f.plan.plan.kpis[p.kpis[p.units[0].kpis[0]].kpi].id == "K-rev-b");
  CHECK(f.plan.plan.kpis[p.kpis[p.units[0].kpis.back()].kpi].id == "K-low-b");
  CHECK(p.units[0].green == 2);
  CHECK(p.units[0].amber == 2);
  CHECK(capped(1.5) == 1.2);
  CHECK(capped(-0.3) == 0);
}

TEST_CASE("time deviation of done-late, overdue, slipping, ahead, early and dropped actions") {
  Fixture f;
  // done: finished 2027-04-12 − due 2027-03-31 = 12 days late
  const auto& late = f.action("AC-late");
  CHECK(*late.time_deviation_days == 12);
  CHECK(late.state == TimeState::late);
  CHECK(late.spent == doctest::Approx(42));
  CHECK(late.cost == doctest::Approx(40));
  // not done, as_of 2027-07-05 after due 2027-05-31: 30 (June) + 5 = 35 days overdue
  CHECK(*f.action("AC-over").time_deviation_days == 35);
  CHECK(f.action("AC-over").state == TimeState::overdue);
  // 2027-04-01..09-30 is 30 + 31 + 30 + 31 + 31 + 30 = 183 days; 04-01..07-05 is 30 + 31 + 30 + 5 =
  // 96; expected 96 / 183 = 0.524590; (0.524590 − 0.3) × 183 = 41.1 → 41 days behind
  const auto& slip = f.action("AC-slip");
  CHECK(slip.duration_days == 183);
  CHECK(slip.elapsed_days == 96);
  CHECK(slip.expected_progress == doctest::Approx(96 / 183.0));
  CHECK(*slip.time_deviation_days == 41);
  CHECK(slip.state == TimeState::slipping);
  // (0.524590 − 0.7) × 183 = −32.1 → 32 days ahead
  CHECK(*f.action("AC-ahead").time_deviation_days == -32);
  CHECK(f.action("AC-ahead").state == TimeState::ahead);
  // 2027-06-20 − 2027-06-30 = −10: early
  CHECK(*f.action("AC-early").time_deviation_days == -10);
  CHECK(f.action("AC-early").state == TimeState::early);
  CHECK(!f.action("AC-drop").time_deviation_days);
  CHECK(f.action("AC-drop").status == "dropped");
  // Not reported: listed once started by as_of, with no deviation; a future one is not listed.
  CHECK(f.action("AC-unrep").status == "unreported");
  CHECK(f.action("AC-unrep").listed);
  CHECK(!f.action("AC-unrep").time_deviation_days);
  CHECK(!f.action("AC-future").listed);
  // The finish each forecasts: due moved on by its deviation; none when done or dropped.
  auto finish = [&](std::string_view id) {
    const ActionPerformance& p = f.action(id);
    return forecast_finish(f.plan.plan.actions[p.action], p);
  };
  CHECK(*finish("AC-slip") == Date{2027, 11, 10});  // 09-30 + 41
  CHECK(*finish("AC-ahead") == Date{2027, 8, 29});  // 09-30 − 32
  CHECK(*finish("AC-over") == Date{2027, 7, 5});    // overdue: as_of
  CHECK(*finish("AC-unrep") == Date{2027, 12, 31}); // no deviation: its due date
  CHECK_FALSE(finish("AC-late"));
  CHECK_FALSE(finish("AC-drop"));
}

TEST_CASE("quality: severity-weighted pass shares per dimension, mean overall") {
  Fixture f;
  const Plan& plan = f.plan.plan;
  auto finding = [&](const char* rule, bool suppressed = false) {
    Finding x;
    x.rule = rule;
    x.suppressed = suppressed;
    return x;
  };
  // The plan has no governance section: G001 applies to 3 units (hq, a, b named by KPIs), G003 to
  // the plan, G006 to 3 stages; G002 (no decisions), G004 (draft) and G005 (no assumptions) do not
  // apply. All warnings: W = 2 + 2 + 2 = 6.
  std::vector<Finding> findings{
      finding("KAP-G003"), finding("KAP-G006"),       finding("KAP-G006"),
      finding("KAP-G006"), finding("KAP-G006"), // 4 findings, 3 checks
      finding("KAP-G001"), finding("KAP-G001", true), finding("KAP-S002")};
  QualityScore q = score_quality(plan, Config{}, findings);
  const auto& gov = q.dimensions[static_cast<std::size_t>(Dimension::governance)];
  // G003: 100 × 2 × 1/1 / 6 = 33.333; G006: 100 × 2 × 3/3 / 6 = 33.333; G001: 100 × 2 × 1/3 / 6
  // = 11.111 governance = 100 − 77.778 = 22.222
  CHECK(gov.weight_total == 6);
  CHECK(gov.score == doctest::Approx(22.222222));
  CHECK(q.structure_findings == 1);
  // Every other dimension is clean: overall = (4 × 100 + 22.222222) / 5 = 84.444444
  for (const auto& d : q.dimensions)
    CHECK(d.scored);
  CHECK(q.overall == doctest::Approx(84.444444));
  // Most points first: G003 and G006 (33.333 / 5 = 6.667 each, by id), then G001 (2.222)
  REQUIRE(q.rules.size() >= 3);
  CHECK(q.rules[0].rule == "KAP-G003");
  CHECK(q.rules[0].overall_points == doctest::Approx(6.666667));
  CHECK(q.rules[1].rule == "KAP-G006");
  CHECK(q.rules[1].findings == 4);
  CHECK(q.rules[1].failed == 3);
  CHECK(q.rules[2].rule == "KAP-G001");
  CHECK(q.rules[2].applicable == 3);
  CHECK(q.rules[2].failed == 1); // the suppressed one does not count

  // Switching G003 off removes it; making G001 an error weighs it 3: W = 3 + 2 = 5,
  // G006 100 × 2 / 5 = 40, G001 100 × 3 × 1/3 / 5 = 20: governance 40
  Config config;
  config.rules["KAP-G003"] = std::nullopt;
  config.rules["KAP-G001"] = Severity::error;
  QualityScore q2 = score_quality(plan, config, findings);
  CHECK(q2.dimensions[static_cast<std::size_t>(Dimension::governance)].score ==
        doctest::Approx(40));
}

// Issue #19: level KPIs on a path, a mean weighted by another KPI, a unit counting a KPI
// once. Month 6 of 2027 (Q2); K-rev has no phasing: even quarters, share 0.5.
constexpr const char* kPathPlan = R"(kaplan: 1
plan: {id: lv-2027, title: 路径测试, cycle: 2027, horizon: 2}
units:
  - {id: hq, name: 总部, kind: company}
  - {id: a, name: 甲, kind: branch, parent: hq}
  - {id: b, name: 乙, kind: branch, parent: hq}
people:
  - {id: p-a, name: 甲经理, unit: a}
objectives:
  - {id: O-F, perspective: financial, statement: 收入}
  - {id: O-L, perspective: learning, statement: 人才}
kpis:
  - {id: K-rev, name: 收入, objective: O-F, unit: hq, measure: x, targets: {2027: 1000, 2028: 1200},
     weight: 0.5}
  - {id: K-rev-a, name: 甲收入, parent: K-rev, unit: a, targets: {2027: 600, 2028: 700}}
  - {id: K-rev-a1, name: 甲一, parent: K-rev-a, unit: a, owner: p-a, targets: {2027: 350, 2028: 400}}
  - {id: K-rev-a2, name: 甲二, parent: K-rev-a, unit: a, targets: {2027: 250, 2028: 300}}
  - {id: K-rev-b, name: 乙收入, parent: K-rev, unit: b, targets: {2027: 400, 2028: 500}}
  - {id: K-cost, name: 费用率, objective: O-F, unit: hq, measure: '%', direction: down, rollup: mean,
     weighted_by: K-rev, type: level, baseline: 8, targets: {2027: 6, 2028: 5}, weight: 0.5}
  - {id: K-cost-a, name: 甲费用率, parent: K-cost, unit: a, targets: {2027: 6, 2028: 5}}
  - {id: K-cost-b, name: 乙费用率, parent: K-cost, unit: b, targets: {2027: 6, 2028: 5}}
  - {id: K-cert, name: 持证, objective: O-L, unit: hq, measure: 人, type: level, baseline: 40,
     targets: {2027: 60, 2028: 70}, phasing: [0.1, 0.2, 0.3, 0.4], weight: 1}
  - {id: K-sat, name: 满意度, objective: O-L, unit: hq, measure: 分, type: level,
     targets: {2027: 80}, weight: 1}
)";

constexpr const char* kPathActuals = R"(kaplan: 1
actuals: {plan: lv-2027, period: 2027-Q2}
kpis:
  - {kpi: K-rev-a, value: 300}
  - {kpi: K-rev-a1, value: 200}
  - {kpi: K-rev-a2, value: 100}
  - {kpi: K-rev-b, value: 100}
  - {kpi: K-cost-a, value: 7}
  - {kpi: K-cost-b, value: 5}
  - {kpi: K-cert, value: 46}
  - {kpi: K-sat, value: 72}
)";

TEST_CASE("a level KPI is scored against its path from the baseline, linear or by phasing") {
  Fixture f(kPathPlan, kPathActuals);
  // K-cost (no phasing): share 6/12 = 0.5; path 8 + (6 − 8) × 0.5 = 7
  const auto& cost = f.kpi("K-cost");
  CHECK(cost.path == PathStart::baseline);
  CHECK(cost.path_start == 8);
  CHECK(cost.share == doctest::Approx(0.5));
  CHECK(cost.target == doctest::Approx(7));
  // K-cert (phasing [0.1, 0.2, 0.3, 0.4]): share 0.1 + 0.2 = 0.3; path 40 + (60 − 40) × 0.3 = 46;
  // actual 46 is exactly on the path: 46 / 46 = 1, green (against the year target 46 / 60 =
  // 0.766667 would be red)
  const auto& cert = f.kpi("K-cert");
  CHECK(cert.share == doctest::Approx(0.3));
  CHECK(cert.target == doctest::Approx(46));
  CHECK(*cert.attainment == doctest::Approx(1.0));
  CHECK(cert.colour == Colour::green);
  CHECK(cert.deviation == doctest::Approx(0));
  // K-sat has no baseline: scored against the year target, 72 / 80 = 0.9, amber
  const auto& sat = f.kpi("K-sat");
  CHECK(sat.path == PathStart::none);
  CHECK(sat.share == 1);
  CHECK(sat.target == 80);
  CHECK(*sat.attainment == doctest::Approx(0.9));
  CHECK(sat.colour == Colour::amber);
  // A cascaded level KPI without a baseline of its own: the year target (K-cost-a 6)
  CHECK(f.kpi("K-cost-a").path == PathStart::none);
  CHECK(f.kpi("K-cost-a").target == 6);
}

TEST_CASE("in a later year a level KPI's path starts at the previous year's target") {
  Fixture f(kPathPlan, R"(kaplan: 1
actuals: {plan: lv-2027, period: 2028-Q1}
kpis:
  - {kpi: K-cert, value: 61}
  - {kpi: K-cost-a, value: 5}
  - {kpi: K-cost-b, value: 5}
  - {kpi: K-rev-a, value: 150}
  - {kpi: K-rev-b, value: 150}
)");
  // K-cert 2028: from the 2027 target 60 to 70, share 0.1 (Q1): 60 + 10 × 0.1 = 61; 61 / 61 = 1
  const auto& cert = f.kpi("K-cert");
  CHECK(cert.path == PathStart::previous_target);
  CHECK(cert.path_start == 60);
  CHECK(cert.target == doctest::Approx(61));
  CHECK(*cert.attainment == doctest::Approx(1.0));
  // K-cost 2028: from 6 to 5, share 3/12 = 0.25: 6 − 0.25 = 5.75; actual 5 (equal weights
  // 150 and 150): 5.75 / 5 = 1.15
  CHECK(f.kpi("K-cost").target == doctest::Approx(5.75));
  CHECK(*f.kpi("K-cost").attainment == doctest::Approx(1.15));
}

TEST_CASE("a weighted mean weighs each child's actual by its counterpart's actual") {
  Fixture f(kPathPlan, kPathActuals);
  // K-cost weighted by K-rev: K-cost-a 7 × K-rev-a 300, K-cost-b 5 × K-rev-b 100:
  // (2100 + 500) / 400 = 6.5 (the plain mean would be 6); 7 / 6.5 = 1.076923
  const auto& cost = f.kpi("K-cost");
  CHECK(cost.source == ActualSource::rollup);
  CHECK(cost.actual == doctest::Approx(6.5));
  REQUIRE(cost.weights.size() == 2);
  CHECK(cost.weights[0] == 300);
  CHECK(cost.weights[1] == 100);
  CHECK(f.plan.plan.kpis[cost.weighted_by].id == "K-rev");
  CHECK(*cost.attainment == doctest::Approx(1.076923));
  const double values[] = {7, 5}, weights[] = {300, 100}, zero[] = {0, 0};
  CHECK(weighted_mean(values, weights) == doctest::Approx(6.5));
  CHECK(weighted_mean(values, zero) == doctest::Approx(6)); // no weight: the plain mean

  // Without a counterpart's actual there is no weight, and no rollup.
  Fixture g(kPathPlan, R"(kaplan: 1
actuals: {plan: lv-2027, period: 2027-Q2}
kpis:
  - {kpi: K-rev-a, value: 300}
  - {kpi: K-cost-a, value: 7}
  - {kpi: K-cost-b, value: 5}
)");
  CHECK(g.kpi("K-cost").source == ActualSource::none);
}

TEST_CASE("a unit counts a KPI once: a parent whose children are in the same unit is left out") {
  Fixture f(kPathPlan, kPathActuals);
  // Unit a: K-rev-a (300 / 300 = 1) is carried by K-rev-a1 and K-rev-a2 in the same unit.
  // K-rev-a1 200 / 175 = 1.142857, K-rev-a2 100 / 125 = 0.8, K-cost-a 6 / 7 = 0.857143, each
  // weighted 0.5: (0.571429 + 0.4 + 0.428571) / 1.5 = 0.933333 → 93.333333 (95.0 with K-rev-a
  // counted beside its children: (1.4 + 0.5) / 2.0)
  CHECK(f.kpi("K-rev-a").carried_by_children);
  CHECK(!f.kpi("K-rev-a1").carried_by_children);
  CHECK(!f.kpi("K-rev-b").carried_by_children); // no children
  const UnitPerformance* a = nullptr;
  for (const auto& u : f.perf.units)
    if (u.unit == "a") a = &u;
  REQUIRE(a != nullptr);
  CHECK(*a->score == doctest::Approx(93.333333));
  CHECK(a->kpis.size() == 3);
  REQUIRE(a->carried.size() == 1);
  CHECK(f.plan.plan.kpis[f.perf.kpis[a->carried[0]].kpi].id == "K-rev-a");
  CHECK(a->green == 1);
  CHECK(a->red == 2);
}

TEST_CASE("the bundled example scores as computed by hand") {
  SourceSet sources;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = true;
  fs::path dir = fs::path(KAPLAN_SOURCE_DIR) / "examples" / "telecom-2027";
  PlanRun run = validate_plan(dir.string(), sources, options);
  std::vector<std::string> files{(dir / "actuals-2027-H1.yaml").string()};
  ActualsLoad actuals = load_actuals(files, sources);
  Performance p = score_performance(run.plan, actuals.actuals, run.config);
  auto kpi = [&](std::string_view id) -> const KpiPerformance& {
    for (std::size_t i = 0; i < run.plan.kpis.size(); ++i)
      if (run.plan.kpis[i].id == id) return *p.find(i);
    throw 0;
  };
  // KPI-rev: 520000 × (0.22 + 0.24) = 239200; 243650 / 239200 = 1.018604
  CHECK(kpi("KPI-rev").target == doctest::Approx(239200));
  CHECK(*kpi("KPI-rev").attainment == doctest::Approx(1.018604));
  // KPI-dict: 90000 × (0.15 + 0.20) = 31500; 11200 + 10950 + 6100 + 3400 = 31650; 1.004762
  CHECK(kpi("KPI-dict").actual == doctest::Approx(31650));
  CHECK(*kpi("KPI-dict").attainment == doctest::Approx(1.004762));
  // KPI-cost-ratio (level, down, mean weighted by KPI-rev): path 7 + (6.6 − 7) × 6/12 = 6.8;
  // actual (6.3 × 77200 + 6.45 × 86300 + 6.9 × 47500 + 6.7 × 32650) / (77200 + 86300 + 47500 +
  // 32650) = 1589500 / 243650 = 6.523702; 6.8 / 6.523702 = 1.042353
  CHECK(kpi("KPI-cost-ratio").target == doctest::Approx(6.8));
  CHECK(kpi("KPI-cost-ratio").actual == doctest::Approx(6.523702));
  CHECK(*kpi("KPI-cost-ratio").attainment == doctest::Approx(1.042353));
  // KPI-data-quality (level, min, own thresholds amber 0.95): path 82 + (92 − 82) × 0.5 = 87;
  // 87.9 / 87 = 1.010345: green (against the year target, 87.9 / 92 = 0.955435, amber)
  CHECK(kpi("KPI-data-quality").target == doctest::Approx(87));
  CHECK(kpi("KPI-data-quality").colour == Colour::green);
  // KPI-certified-wz: 6 / 10 = 0.6: red
  CHECK(kpi("KPI-certified-wz").colour == Colour::red);
  // financial: (0.25 × 1.018604 + 0.15 × 1.004762 + 0.10 × 1.042353) / 0.5 = 101.920
  CHECK(*p.perspectives[0].score == doctest::Approx(101.920).epsilon(1e-4));
  // hangzhou counts KPI-dict-hz once, through KPI-dict-hz-gov and KPI-dict-hz-ind: 9 KPIs.
  // Weight × attainment: rev 0.25 × 86300/85100, gov 0.15 × 6650/6300, ind 0.15 × 4300/5075,
  // cost 0.10 × 6.5/6.45, share 0.12 × 37.4/37, nps 0.08 × 29/31, days 0.10 × 11/10.5,
  // quality 0.05 × 92.8/92.5, certified 0.15 × 23/22 = 1.147606 over 1.15 → 99.791795
  // (99.558264 with KPI-dict-hz 0.15 × 10950/11200 counted beside its children)
  for (const auto& u : p.units)
    if (u.unit == "hangzhou") {
      CHECK(*u.score == doctest::Approx(99.791795));
      CHECK(u.kpis.size() == 9);
      REQUIRE(u.carried.size() == 1);
      CHECK(run.plan.kpis[p.kpis[u.carried[0]].kpi].id == "KPI-dict-hz");
    }
  // AC-hq-govcloud: 01-04..09-30 = 270 days, 01-04..07-05 = 183; (183/270 − 0.6) × 270 = 21
  for (std::size_t i = 0; i < run.plan.actions.size(); ++i)
    if (run.plan.actions[i].id == "AC-hq-govcloud") CHECK(*p.actions[i].time_deviation_days == 21);
}

} // namespace unit_analysis_score
