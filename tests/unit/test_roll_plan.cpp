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
  Rolled(const std::string& actuals, const std::string& new_id = {},
         const std::string& plan = kPlan, Date today = {2027, 7, 5}) {
    RunOptions options;
    options.today = today;
    options.no_config = true;
    run = validate_plan(dir.write("plan.yaml", plan).string(), sources, options);
    std::vector<std::string> paths{dir.write("actuals.yaml", actuals).string()};
    ActualsLoad loaded = load_actuals(paths, sources);
    REQUIRE(loaded.findings.empty());
    Performance perf = score_performance(run.plan, loaded.actuals, run.config);
    RollOptions ro;
    ro.new_id = new_id;
    ro.previous = "../2027/plan.yaml";
    ro.today = today;
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

TEST_CASE("a half-year's actuals: baselines forecast for the whole year, new targets by trend") {
  Rolled r(kHalfYear);
  CHECK(r.roll.new_id == "fx-2028");
  CHECK(r.roll.new_cycle == 2028);
  CHECK_FALSE(r.roll.year_closed);
  // K-rev takes its only child's 25 to date; even phasing, H1: 25 / 0.5 = 50.
  const KpiRoll& rev = r.kpi("K-rev");
  CHECK(rev.baseline_from == BaselineSource::forecast);
  CHECK(rev.baseline == 50);
  CHECK(*rev.forecast_share == doctest::Approx(0.5));
  CHECK(rev.method == TargetMethod::trend);
  // 90, 50, 110 (2026..2028): slope 10, mean 83.33 at 2027 → 103.33 in 2029, to 103
  CHECK(*rev.new_target == doctest::Approx(103));
  const KpiRoll& child = r.kpi("K-rev-a");
  CHECK(child.baseline_from == BaselineSource::forecast);
  CHECK(child.baseline == 50);
  CHECK(child.method == TargetMethod::parent_share);
  CHECK(*child.new_target == doctest::Approx(62)); // 103 × 66 / 110 = 61.8, rounded up
  // A level KPI: its latest value, no share.
  const KpiRoll& share = r.kpi("K-share");
  CHECK(share.baseline_from == BaselineSource::forecast);
  CHECK(share.baseline == 88);
  CHECK_FALSE(share.forecast_share);
  // 80, 88, 99 would continue to 107.67: a percentage stays at 100.
  CHECK(*share.new_target == doctest::Approx(100));
}

TEST_CASE("a closed year's actuals become the baselines") {
  Rolled r(kFullYear, "plan-next");
  CHECK(r.roll.year_closed);
  CHECK(r.roll.new_id == "plan-next");
  CHECK(r.kpi("K-rev").baseline_from == BaselineSource::actual);
  CHECK(r.kpi("K-rev").baseline == 104);
  CHECK(r.kpi("K-share").baseline == 91);
}

TEST_CASE("a closed year: past due re-dated whole with what remains, running ones trimmed") {
  const char* closed = R"(kaplan: 1
actuals: {plan: fx-2027, period: 2027}
actions:
  - {action: A-done, status: done, finished: 2027-03-20}
  - {action: A-late, status: in-progress, progress: 0.5, spent: {opex: 70}}
)";
  Rolled r(closed, {}, kPlan, {2028, 1, 10});
  CHECK(r.action("A-done").outcome == RollOutcome::left_out);
  CHECK(r.action("A-done").category == RollCategory::finished);
  const ActionRoll& late = r.action("A-late");
  CHECK(late.outcome == RollOutcome::carried);
  CHECK(late.category == RollCategory::overdue);
  CHECK(late.redated);
  CHECK(late.start == Date{2028, 1, 1});
  CHECK(late.due == Date{2028, 4, 29}); // the same 119 days on from the new start
  CHECK(late.effort_factor == doctest::Approx(0.5));
  REQUIRE(late.cost.size() == 2);
  CHECK(late.cost[0].value == doctest::Approx(30)); // opex: 100 − 70 spent
  CHECK(late.cost[1].value == doctest::Approx(25)); // capex: no spending reported, 50 × 0.5
  const ActionRoll& span = r.action("A-span");
  CHECK(span.outcome == RollOutcome::carried);
  CHECK(span.category == RollCategory::extends);
  CHECK_FALSE(span.redated);
  CHECK(span.start == Date{2028, 1, 1});
  CHECK(span.due == Date{2028, 3, 31});
  CHECK(r.action("A-next").outcome == RollOutcome::kept);
  CHECK(r.action("A-next").category == RollCategory::later);
}

// The same plan with actions at each boundary of the classification, rolled with H1
// actuals (as of 2027-06-30) on 2027-07-05.
std::string boundary_plan() {
  std::string plan = kPlan;
  plan = plan.substr(0, plan.find("actions:\n"));
  return plan + R"(actions:
  - {id: A-done, title: 已完成, strategy: S1, owner: P1, start: 2027-01-04, due: 2027-03-31}
  - {id: A-drop, title: 取消, strategy: S1, owner: P1, start: 2027-02-01, due: 2027-09-30}
  - {id: A-over, title: 逾期, strategy: S1, owner: P1, start: 2027-02-01, due: 2027-05-31}
  - {id: A-today, title: 今天到期, strategy: S1, owner: P1, start: 2027-04-01, due: 2027-07-05}
  - {id: A-dec31, title: 年末到期, strategy: S1, owner: P1, start: 2027-07-01, due: 2027-12-31}
  - {id: A-slip1, title: 晚一天, strategy: S1, owner: P1, start: 2027-01-01, due: 2027-12-31}
  - id: A-slip
    title: 滞后
    strategy: S1
    owner: P1
    start: 2027-03-01
    due: 2027-11-30
    effort: 0.3
    cost: {opex: 100}
  - {id: A-span, title: 跨年, strategy: S1, owner: P1, start: 2027-10-01, due: 2028-03-31, effort: 0.2, cost: {opex: 183}}
  - {id: A-next, title: 明年, strategy: S1, owner: P1, start: 2028-02-01, due: 2028-04-30}
)";
}

const char* kBoundaryH1 = R"(kaplan: 1
actuals: {plan: fx-2027, period: 2027-H1}
actions:
  - {action: A-done, status: done, finished: 2027-03-20}
  - {action: A-drop, status: dropped}
  - {action: A-over, status: in-progress, progress: 0.5}
  - {action: A-today, status: in-progress, progress: 0.9}
  - {action: A-dec31, status: not-started}
  - {action: A-slip1, status: in-progress, progress: 0.493}
  - {action: A-slip, status: in-progress, progress: 0.2, spent: {opex: 20}}
  - {action: A-span, status: not-started}
)";

TEST_CASE("mid-year: only actions extending or forecast to slip past 31 December are carried") {
  Rolled r(kBoundaryH1, {}, boundary_plan());
  auto category = [&](std::string_view id) { return r.action(id).category; };
  auto outcome = [&](std::string_view id) { return r.action(id).outcome; };
  CHECK(category("A-done") == RollCategory::finished);
  CHECK(outcome("A-done") == RollOutcome::left_out);
  CHECK(category("A-drop") == RollCategory::dropped);
  CHECK(outcome("A-drop") == RollOutcome::left_out);
  // Due 05-31, not done on 07-05: overdue, but the year is open: it stays in 2027.
  CHECK(category("A-over") == RollCategory::overdue);
  CHECK(outcome("A-over") == RollOutcome::left_out);
  // Due today: not overdue. 96 days, 91 elapsed by 06-30: (91/96 − 0.9) × 96 = 4.6 → 5
  // days behind, finishing 07-10: within the year.
  CHECK(category("A-today") == RollCategory::within_year);
  CHECK(*r.action("A-today").forecast_finish == Date{2027, 7, 10});
  // Ends on 31 December, on schedule (not begun by 06-30, none of its time elapsed).
  CHECK(category("A-dec31") == RollCategory::within_year);
  CHECK(outcome("A-dec31") == RollOutcome::left_out);
  // 365 days, 181 elapsed: (181/365 − 0.493) × 365 = 1.055 → 1 day behind: 2028-01-01.
  const ActionRoll& slip1 = r.action("A-slip1");
  CHECK(slip1.category == RollCategory::forecast_slip);
  CHECK(slip1.outcome == RollOutcome::carried);
  CHECK(slip1.start == Date{2028, 1, 1});
  CHECK(slip1.due == Date{2028, 1, 1});
  // 275 days, 122 elapsed: (122/275 − 0.2) × 275 = 67 days behind: 11-30 + 67 = 2028-02-05.
  const ActionRoll& slip = r.action("A-slip");
  CHECK(slip.category == RollCategory::forecast_slip);
  CHECK(slip.start == Date{2028, 1, 1});
  CHECK(slip.due == Date{2028, 2, 5});
  CHECK_FALSE(slip.redated);
  CHECK(slip.effort_factor == 1); // FTE: the carried part keeps its rate
  // 100 − 20 spent = 80 left over 07-01..2028-02-05 (220 days), 36 of them in 2028: 13.09
  REQUIRE(slip.cost.size() == 1);
  CHECK(slip.cost[0].value == doctest::Approx(13.09));
  // Past 31 December: the part in 2028, due unchanged; its cost 183 over 10-01..03-31
  // (183 days), 91 of them in 2028: 91.
  const ActionRoll& span = r.action("A-span");
  CHECK(span.category == RollCategory::extends);
  CHECK(span.outcome == RollOutcome::carried);
  CHECK(span.start == Date{2028, 1, 1});
  CHECK(span.due == Date{2028, 3, 31});
  CHECK(span.effort_factor == 1);
  REQUIRE(span.cost.size() == 1);
  CHECK(span.cost[0].value == doctest::Approx(91));
  CHECK(category("A-next") == RollCategory::later);
  CHECK(outcome("A-next") == RollOutcome::kept);

  // The draft: the slipped action ends on its forecast finish, the review lists categories.
  const std::string& t = r.text();
  CHECK(t.find("    start: 2028-01-01\n    due: 2028-02-05\n    effort: 0.3\n"
               "    cost: {opex: 13.09}\n") != std::string::npos);
  CHECK(t.find("- {id: A-over,") == std::string::npos);
  CHECK(t.find("- {id: A-dec31,") == std::string::npos);
  CHECK(t.find("    - {category: extends, count: 1, actions: [A-span]}\n") != std::string::npos);
  CHECK(t.find("    - {category: forecast-slip, count: 2, actions: [A-slip1, A-slip]}\n") !=
        std::string::npos);
  CHECK(t.find("    - {category: overdue, count: 1, actions: [A-over]}\n") != std::string::npos);
  CHECK(t.find("    - {category: within-year, count: 2, actions: [A-today, A-dec31]}\n") !=
        std::string::npos);
  CHECK(t.find("    - {category: later, count: 1, actions: [A-next]}") != std::string::npos);
}

TEST_CASE("a closed year: an unfinished action due before today is overdue and re-dated") {
  const char* closed = R"(kaplan: 1
actuals: {plan: fx-2027, period: 2027-Q4}
actions:
  - {action: A-over, status: in-progress, progress: 0.5}
  - {action: A-dec31, status: in-progress, progress: 0.5}
  - {action: A-span, status: in-progress, progress: 0.5}
)";
  Rolled r(closed, {}, boundary_plan(), {2028, 1, 10});
  CHECK(r.action("A-over").category == RollCategory::overdue);
  CHECK(r.action("A-over").redated);
  CHECK(r.action("A-dec31").category == RollCategory::overdue);
  CHECK(r.action("A-dec31").due == Date{2028, 7, 2}); // the same 183 days on from 2028-01-01
  CHECK(r.action("A-span").category == RollCategory::extends);
  CHECK(r.action("A-span").effort_factor == doctest::Approx(0.5));
  // Actions without an actual count as not started: unfinished, so overdue as well.
  CHECK(r.action("A-slip").category == RollCategory::overdue);
}

TEST_CASE("the new root file: header, targets, forecast baselines, budget, governance, review") {
  Rolled r(kHalfYear);
  const std::string& t = r.text();
  CHECK(t.find("  id: fx-2028\n  title: 滚动规划夹具\n  cycle: 2028\n") != std::string::npos);
  CHECK(t.find("  status: draft\n  owner: hq\n  previous: ../2027/plan.yaml\n") !=
        std::string::npos);
  CHECK(t.find("    baseline: 50\n    x-forecast: {year: 2027, period: 2027-H1, actual: 25, "
               "share: 0.5}\n    targets: {2028: 110, 2029: 103}\n"
               "    x-extrapolated: [2029]\n") != std::string::npos);
  CHECK(t.find("{id: K-rev-a, name: 甲收入, parent: K-rev, unit: a, owner: P1, baseline: 50, "
               "x-forecast: {year: 2027, period: 2027-H1, actual: 25, share: 0.5}, "
               "targets: {2028: 66, 2029: 62}, x-extrapolated: [2029]}") != std::string::npos);
  CHECK(t.find("    baseline: 88\n    x-forecast: {year: 2027, period: 2027-H1, actual: 88}\n") !=
        std::string::npos);
  CHECK(t.find("- {id: A-done") == std::string::npos); // only in the review
  // A-late, due 05-31 and not done on 07-05, is overdue and stays in 2027; A-span, past
  // 31 December, is carried with its part in 2028.
  CHECK(t.find("- id: A-late") == std::string::npos);
  CHECK(t.find("  - {id: A-span, x-carried: {plan: fx-2027, id: A-span, progress: 0, start: "
               "2027-10-01, due: 2028-03-31}, title: 跨年, strategy: S1, owner: P1, start: "
               "2028-01-01, due: 2028-03-31, effort: 0.2}") != std::string::npos);
  CHECK(t.find("depends_on: []}") != std::string::npos);
  CHECK(t.find("{year: 2027, category") == std::string::npos);
  CHECK(t.find("  decisions: []\n  signoffs: []\n") != std::string::npos);
  CHECK(t.find("review:\n  plan: fx-2027\n  cycle: 2027\n  period: 2027-H1\n") !=
        std::string::npos);
  CHECK(t.find("baseline: 50, baseline_from: forecast, forecast_share: 0.5,") != std::string::npos);
  CHECK(t.find("    - {action: A-done, status: done, outcome: left-out, category: finished,") !=
        std::string::npos);
  CHECK(
      t.find("    - {action: A-late, status: in-progress, outcome: left-out, category: overdue,") !=
      std::string::npos);
}

TEST_CASE("a second roll with a closed year removes the forecast marks") {
  Rolled first(kHalfYear);
  TempDir out("second");
  SourceSet sources;
  RunOptions options;
  options.today = {2029, 1, 10};
  options.no_config = true;
  PlanRun run = validate_plan(out.write("plan.yaml", first.text()).string(), sources, options);
  std::vector<std::string> paths{out.write("actuals.yaml", R"(kaplan: 1
actuals: {plan: fx-2028, period: 2028}
kpis:
  - {kpi: K-rev-a, value: 70}
  - {kpi: K-share, value: 95}
)")
                                     .string()};
  ActualsLoad loaded = load_actuals(paths, sources);
  REQUIRE(loaded.findings.empty());
  Performance perf = score_performance(run.plan, loaded.actuals, run.config);
  RollOptions ro;
  ro.previous = "../2028/plan.yaml";
  ro.today = options.today;
  Rollforward again = roll_forward(run.plan, sources, loaded.actuals, perf, ro);
  const std::string& t = again.files.front().text;
  CHECK(t.find("x-forecast") == std::string::npos);
  CHECK(t.find("    baseline: 70\n    targets: {2029: 103") != std::string::npos);
  CHECK(t.find("owner: P1, baseline: 70, targets: {2029: 62") != std::string::npos);
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
