// SPDX-License-Identifier: MIT
// `kaplan score`: figures computed by hand (the arithmetic is in the comments) for the
// plan-quality score and the performance scorecard, as kaplan-score(1) defines them.
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
  // KPI-cost-ratio (mean, down): (6.3 + 6.45 + 6.9 + 6.7) / 4 = 6.5875; 6.6 / 6.5875 = 1.001898
  CHECK(*kpi("KPI-cost-ratio").attainment == doctest::Approx(1.001898));
  // KPI-data-quality (min, own thresholds amber 0.95): 87.9 / 92 = 0.955435: amber
  CHECK(kpi("KPI-data-quality").colour == Colour::amber);
  // KPI-certified-wz: 6 / 10 = 0.6: red
  CHECK(kpi("KPI-certified-wz").colour == Colour::red);
  // financial: (0.25 × 1.018604 + 0.15 × 1.004762 + 0.10 × 1.001898) / 0.5 = 101.111
  CHECK(*p.perspectives[0].score == doctest::Approx(101.111).epsilon(1e-4));
  // AC-hq-govcloud: 01-04..09-30 = 270 days, 01-04..07-05 = 183; (183/270 − 0.6) × 270 = 21
  for (std::size_t i = 0; i < run.plan.actions.size(); ++i)
    if (run.plan.actions[i].id == "AC-hq-govcloud") CHECK(*p.actions[i].time_deviation_days == 21);
}

} // namespace unit_analysis_score
