// SPDX-License-Identifier: MIT
#include "kaplan/roll/rollforward.hpp"
#include "kaplan/rules/rules.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

namespace unit_roll_plan {

using namespace kaplan;
using kaplan::test::TempDir;

namespace {

const char* kPlan = R"(kaplan: 1
plan:
  id: fx-2027
  title: 滚动规划夹具
  cycle: 2027
  horizon: 2
  status: approved
  owner: hq
units:
  - {id: hq, name: 总部, kind: company}
  - {id: a, name: 甲分公司, kind: branch, parent: hq}
people:
  - {id: P1, name: 王磊, unit: a}
objectives:
  - {id: O1, perspective: financial, statement: 收入增长}
kpis:
  - id: K-rev
    name: 收入
    objective: O1
    measure: CNY
    baseline: 90
    targets: {2027: 100, 2028: 110}
    weight: 0.5
  - {id: K-rev-a, name: 甲收入, parent: K-rev, unit: a, owner: P1, targets: {2027: 60, 2028: 66}}
  - id: K-share
    name: 份额
    objective: O1
    measure: '%'
    rollup: mean
    type: level
    baseline: 80
    targets: {2027: 90, 2028: 99}
    weight: 0.5
strategies:
  - {id: S1, statement: 深耕, kind: market, objectives: [O1]}
resources:
  budget:
    - {year: 2027, category: opex, amount: 100}
    - {year: 2028, category: opex, amount: 100}
actions:
  - {id: A-done, title: 已完成, strategy: S1, owner: P1, start: 2027-01-04, due: 2027-03-31, effort: 0.2}
  - id: A-late
    title: 逾期
    strategy: S1
    owner: P1
    start: 2027-02-01
    due: 2027-05-31
    effort: 0.4
    cost: {opex: 100, capex: 50}
    depends_on: [A-done]
  - {id: A-span, title: 跨年, strategy: S1, owner: P1, start: 2027-10-01, due: 2028-03-31, effort: 0.2}
  - {id: A-next, title: 明年, strategy: S1, owner: P1, start: 2028-02-01, due: 2028-04-30, depends_on: [A-done, A-late]}
governance:
  decisions:
    - {id: D1, stage: objectives, date: 2026-10-01, participants: [hq, a]}
  signoffs:
    - {unit: hq}
)";

struct Rolled {
  TempDir dir{"roll"};
  SourceSet sources;
  PlanRun run;
  Rollforward roll;
  Rolled(const std::string& actuals, const std::string& new_id = {}) {
    RunOptions options;
    options.today = {2027, 7, 5};
    options.no_config = true;
    run = validate_plan(dir.write("plan.yaml", kPlan).string(), sources, options);
    std::vector<std::string> paths{dir.write("actuals.yaml", actuals).string()};
    ActualsLoad loaded = load_actuals(paths, sources);
    REQUIRE(loaded.findings.empty());
    Performance perf = score_performance(run.plan, loaded.actuals, run.config);
    RollOptions ro;
    ro.new_id = new_id;
    ro.previous = "../2027/plan.yaml";
    roll = roll_forward(run.plan, sources, loaded.actuals, perf, ro);
  }
  const KpiRoll& kpi(std::string_view id) const {
    for (const auto& k : roll.kpis)
      if (run.plan.kpis[k.kpi].id == id) return k;
    FAIL("no KPI " << id);
    return roll.kpis.front();
  }
  const ActionRoll& action(std::string_view id) const {
    for (const auto& a : roll.actions)
      if (run.plan.actions[a.action].id == id) return a;
    FAIL("no action " << id);
    return roll.actions.front();
  }
  const std::string& text() const { return roll.files.front().text; }
};

const char* kHalfYear = R"(kaplan: 1
actuals: {plan: fx-2027, period: 2027-H1}
kpis:
  - {kpi: K-rev-a, value: 25}
  - {kpi: K-share, value: 88}
actions:
  - {action: A-done, status: done, finished: 2027-03-20}
  - {action: A-late, status: in-progress, progress: 0.5, spent: {opex: 70}}
)";

const char* kFullYear = R"(kaplan: 1
actuals: {plan: fx-2027, period: 2027-Q4}
kpis:
  - {kpi: K-rev, value: 104}
  - {kpi: K-rev-a, value: 61}
  - {kpi: K-share, value: 91}
)";

} // namespace

TEST_CASE("the trend is the least-squares line through the known years") {
  CHECK_FALSE(linear_trend({}, 2030));
  CHECK(*linear_trend({{2027, 5, {}}}, 2030) == doctest::Approx(5));
  CHECK(*linear_trend({{2026, 90, {}}, {2027, 100, {}}, {2028, 110, {}}}, 2029) ==
        doctest::Approx(120));
  // 497000, 520000, 560000, 600000 (the bundled example's KPI-rev): slope 34900.
  CHECK(*linear_trend(
            {{2026, 497000, {}}, {2027, 520000, {}}, {2028, 560000, {}}, {2029, 600000, {}}},
            2030) == doctest::Approx(631500));
}

TEST_CASE("a half-year's actuals: baselines from targets, new targets by trend and share") {
  Rolled r(kHalfYear);
  CHECK(r.roll.new_id == "fx-2028");
  CHECK(r.roll.new_cycle == 2028);
  CHECK_FALSE(r.roll.year_closed);
  const KpiRoll& rev = r.kpi("K-rev");
  CHECK(rev.baseline_from == BaselineSource::target);
  CHECK(rev.baseline == 100);
  CHECK(rev.method == TargetMethod::trend);
  CHECK(*rev.new_target == doctest::Approx(120)); // 90, 100, 110 → 120
  const KpiRoll& child = r.kpi("K-rev-a");
  CHECK(child.method == TargetMethod::parent_share);
  CHECK(*child.new_target == doctest::Approx(72)); // 120 × 66 / 110
  // 80, 90, 99 would continue to 108.67: a percentage stays at 100.
  CHECK(*r.kpi("K-share").new_target == doctest::Approx(100));
}

TEST_CASE("a closed year's actuals become the baselines") {
  Rolled r(kFullYear, "plan-next");
  CHECK(r.roll.year_closed);
  CHECK(r.roll.new_id == "plan-next");
  CHECK(r.kpi("K-rev").baseline_from == BaselineSource::actual);
  CHECK(r.kpi("K-rev").baseline == 104);
  CHECK(r.kpi("K-share").baseline == 91);
}

TEST_CASE("actions: done left out, past due re-dated with what remains, running ones trimmed") {
  Rolled r(kHalfYear);
  CHECK(r.action("A-done").outcome == RollOutcome::left_out);
  const ActionRoll& late = r.action("A-late");
  CHECK(late.outcome == RollOutcome::carried);
  CHECK(late.redated);
  CHECK(late.start == Date{2028, 1, 1});
  CHECK(late.due == Date{2028, 4, 29}); // the same 119 days on from the new start
  CHECK(late.effort_factor == doctest::Approx(0.5));
  REQUIRE(late.cost.size() == 2);
  CHECK(late.cost[0].value == doctest::Approx(30)); // opex: 100 − 70 spent
  CHECK(late.cost[1].value == doctest::Approx(25)); // capex: no spending reported, 50 × 0.5
  const ActionRoll& span = r.action("A-span");
  CHECK(span.outcome == RollOutcome::carried);
  CHECK_FALSE(span.redated);
  CHECK(span.start == Date{2028, 1, 1});
  CHECK(span.due == Date{2028, 3, 31});
  CHECK(r.action("A-next").outcome == RollOutcome::kept);
}

TEST_CASE("the new root file: header, targets, carried actions, budget, governance, review") {
  Rolled r(kHalfYear);
  const std::string& t = r.text();
  CHECK(t.find("  id: fx-2028\n  title: 滚动规划夹具\n  cycle: 2028\n") != std::string::npos);
  CHECK(t.find("  status: draft\n  owner: hq\n  previous: ../2027/plan.yaml\n") !=
        std::string::npos);
  CHECK(t.find("    baseline: 100\n    targets: {2028: 110, 2029: 120}\n"
               "    x-extrapolated: [2029]\n") != std::string::npos);
  CHECK(t.find("{id: K-rev-a, name: 甲收入, parent: K-rev, unit: a, owner: P1, baseline: 60, "
               "targets: {2028: 66, 2029: 72}, x-extrapolated: [2029]}") != std::string::npos);
  CHECK(t.find("A-done") == t.rfind("A-done")); // only in the review
  CHECK(t.find("  - id: A-late\n    x-carried: {plan: fx-2027, id: A-late, progress: 0.5, start: "
               "2027-02-01, due: 2027-05-31}\n") != std::string::npos);
  CHECK(t.find("    start: 2028-01-01\n    due: 2028-04-29\n    effort: 0.2\n"
               "    cost: {opex: 30, capex: 25}\n    depends_on: []\n") != std::string::npos);
  CHECK(t.find("depends_on: [A-late]}") != std::string::npos);
  CHECK(t.find("{year: 2027") == std::string::npos);
  CHECK(t.find("  decisions: []\n  signoffs: []\n") != std::string::npos);
  CHECK(t.find("review:\n  plan: fx-2027\n  cycle: 2027\n  period: 2027-H1\n") !=
        std::string::npos);
  CHECK(t.find("    - {action: A-done, status: done, outcome: left-out,") != std::string::npos);
}

TEST_CASE("the new plan loads without structure findings and its review section is read") {
  Rolled r(kHalfYear);
  TempDir out("rolled");
  SourceSet sources;
  RunOptions options;
  options.today = {2028, 1, 5};
  options.no_config = true;
  PlanRun again = validate_plan(out.write("plan.yaml", r.text()).string(), sources, options);
  for (const auto& f : again.findings)
    CHECK_MESSAGE(!f.rule.starts_with("KAP-S"), f.rule);
  CHECK(again.plan.header.cycle.value == 2028);
  CHECK(again.plan.header.status.value == PlanStatus::draft);
  REQUIRE(again.plan.has_review_section);
  CHECK(again.plan.review.plan.value == "fx-2027");
  CHECK(again.plan.review.kpis.size() == 3);
  CHECK(again.plan.review.actions.size() == 4);
  CHECK(again.plan.review.kpis[1].actual.value == 25);
  CHECK(again.plan.review.actions[0].outcome.value == RollOutcome::left_out);
  std::size_t r009 = 0;
  for (const auto& f : again.findings)
    r009 += f.rule == "KAP-R009";
  CHECK(r009 == 1); // 2029 has no budget yet
}

TEST_CASE("a review section with unknown keys or a bad period is a structure finding") {
  kaplan::test::Checked c(std::string(kPlan) +
                          "review: {plan: x, cycle: 2026, period: 2026-Q5, colour: red}\n");
  CHECK(c.of("KAP-S002").size() == 1);
  CHECK(c.of("KAP-S008").size() == 1);
}

} // namespace unit_roll_plan
