// SPDX-License-Identifier: MIT
// Catalogue texts of the T rules: the actuals file read by score, report and rollforward.
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kTRules[] = {
    {.id = "KAP-T001",
     .severity = Severity::error,
     .family = 'T',
     .en = {.title = "actuals for another plan",
            .checks = "With `--actuals` (score, report, rollforward): the actuals file names in "
                      "`actuals.plan` an id other than the plan's `plan.id`.",
            .why = "Evaluation compares a plan with its own results. Actuals set against the "
                   "wrong plan give a scorecard of nonsense, and rolling forward from it carries "
                   "wrong deviations into the next cycle.",
            .fix = "Pass the actuals file of this plan, or correct `actuals.plan`."},
     .zh = {.title = "实际完成数据不属于本规划",
            .checks = "使用 `--actuals` 时（score、report、rollforward）：实际完成文件的 "
                      "`actuals.plan` 与本规划的 `plan.id` 不一致。",
            .why = "评价是拿规划和它自己的实际完成作对比。对错了规划，计分卡就毫无意义，据此滚动"
                   "还会把错误的偏差带进下一个规划周期。",
            .fix = "换用本规划的实际完成文件，或改正 `actuals.plan`。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2026
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})"},

    {.id = "KAP-T002",
     .severity = Severity::error,
     .family = 'T',
     .en = {.title = "actual for an unknown KPI or action",
            .checks = "With `--actuals`: an entry of the actuals file names in `kpi` or `action` "
                      "an id that is not a KPI or an action of the plan.",
            .why = "A result the plan cannot place is a result nobody sees in the evaluation, "
                   "and it usually hides a typo that leaves the intended KPI or action without "
                   "its actual.",
            .fix = "Correct the id to the plan's KPI or action, or remove the entry."},
     .zh = {.title = "实际完成指向不存在的指标或行动计划",
            .checks = "使用 `--actuals` 时：实际完成文件中的某一条，其 `kpi` 或 `action` 写的 id "
                      "不是本规划中的指标或行动计划。",
            .why = "规划中对不上号的实际完成，在评价中没人看得到；这通常是 id 写错了，本该有数据"
                   "的指标或行动计划反而没有实际完成。",
            .fix = "把 id 改成本规划中的指标或行动计划，或者删去这一条。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hzz, value: 120})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})"},

    {.id = "KAP-T003",
     .severity = Severity::warning,
     .family = 'T',
     .en = {.title = "execution-level KPI with no actual",
            .checks = "With `--actuals`: an execution-level KPI (its `unit` has no child units, "
                      "or it has an `owner`) has no entry in the actuals file's `kpis` for the "
                      "period.",
            .why = "Evaluation starts where the work is done, and time and quantity deviations "
                   "must be known while the plan runs. A missing actual at the execution level "
                   "leaves a hole in every rollup above it.",
            .fix = "Report the KPI's value up to the end of the period: year to date for "
                   "cumulative KPIs, the current value for level KPIs."},
     .zh = {.title = "执行层指标没有实际完成数据",
            .checks = "使用 `--actuals` 时：执行层指标（其 `unit` 没有下级单位，或者它有 `owner`"
                      "）在实际完成文件的 `kpis` 中没有本期数据。",
            .why = "评价要从干活的地方开始，规划执行过程中必须及时掌握时间偏差和数量偏差。执行层"
                   "缺了实际完成，上面每一级的汇总都会出现缺口。",
            .fix = "填报该指标截至本期末的数值：累计型指标填年初至今的累计值，水平型指标填当前值"
                   "。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120}
  - {kpi: KPI-rev-nb, value: 85})"},

    {.id = "KAP-T004",
     .severity = Severity::error,
     .family = 'T',
     .en = {.title = "period outside the horizon",
            .checks = "With `--actuals`: the actuals file's `period` lies outside the plan's "
                      "horizon (`cycle` to `cycle + horizon - 1`).",
            .why = "Attainment compares actuals with the targets of the period's year; a period "
                   "outside the horizon has no targets, so nothing can be scored.",
            .fix = "Correct the period, or score these actuals against the plan of their own "
                   "cycle."},
     .zh = {.title = "期间超出规划期",
            .checks = "使用 `--actuals` 时：实际完成文件的 `period` 不在规划期（`cycle` 至 "
                      "`cycle + horizon - 1`）之内。",
            .why = "完成率是拿实际完成与该期间所在年度的目标作比较；规划期以外的期间没有目标，也"
                   "就无从计分。",
            .fix = "改正期间，或者用对应年度的规划来评价这批实际完成。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2207-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
kpis:
  - {kpi: KPI-rev-hz, value: 120})"},

    {.id = "KAP-T005",
     .severity = Severity::error,
     .family = 'T',
     .en = {.title = "incomplete or out-of-range action actual",
            .checks = "With `--actuals`: an action entry of the actuals file has `status: done` "
                      "but no `finished` date, or a `progress` outside 0 to 1.",
            .why = "Time deviation is measured from these: a done action's delay is `finished` "
                   "minus `due`, and an action in progress is compared with the share of its "
                   "time already elapsed. Without them the time deviation that evaluation "
                   "depends on cannot be computed.",
            .fix = "Add `finished` with the day the action was completed, and give `progress` as "
                   "a share from 0 to 1 (`0.3`, not `30`)."},
     .zh = {.title = "行动计划的实际完成数据不完整或越界",
            .checks = "使用 `--actuals` 时：实际完成文件中的行动计划条目写了 `status: done` 却没"
                      "有 `finished` 日期，或者 `progress` 不在 0 到 1 之间。",
            .why = "时间偏差正是据此计算的：已完成的行动计划，用 `finished` 减去 `due` 得出延误天"
                   "数；进行中的行动计划，用已过去的时间比例与填报的进度作比较。缺了这些数据，评"
                   "价所依赖的时间偏差就算不出来。",
            .fix = "补上 `finished`，写明行动计划完成的日期；`progress` 填 0 到 1 之间的比例（"
                   "写 `0.3`，不要写 `30`）。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
actions:
  - {action: AC-03, status: done}
  - {action: AC-04, status: in-progress, progress: 30})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
actions:
  - {action: AC-03, status: done, finished: 2027-05-20}
  - {action: AC-04, status: in-progress, progress: 0.3})"},

    {.id = "KAP-T006",
     .severity = Severity::error,
     .family = 'T',
     .en = {.title = "actual that cannot be true",
            .checks = "With `--actuals`: a file's `as_of` before the first day of its period or "
                      "more than a year after its end; an action's `finished` after the `as_of` "
                      "of its report or before the year the plan was made in; an amount in "
                      "`spent` below zero.",
            .why = "Evaluation measures delays from these dates and spending from these "
                   "amounts, and rolling forward carries the deviations into the next cycle. "
                   "A report dated `0001-01-01`, a task finished next year or money handed back "
                   "as negative spending gives deviations of thousands of days or a budget that "
                   "grows as it is spent, and nobody notices them in a total.",
            .fix = "Give the day the report was drawn up in `as_of` (or leave it out: it "
                   "defaults to the period's last day), the day the action was completed in "
                   "`finished`, and what was spent so far, zero or more, in `spent`."},
     .zh = {.title = "不可能成立的实际完成数据",
            .checks = "使用 `--actuals` 时：文件的 `as_of` 早于所报期间的第一天，或比期间结束晚一"
                      "年以上；行动计划的 `finished` 晚于本次填报的 `as_of`，或早于规划编制的年度；"
                      "`spent` 中的金额小于零。",
            .why = "评价据这些日期计算延误、据这些金额计算花费，滚动时还会把偏差带进下一个规划周"
                   "期。填报日期写成 `0001-01-01`、完成日期写在明年、把退回的钱写成负的花费，都会"
                   "得出几千天的偏差或者越花越多的预算，而混在合计里没人能看出来。",
            .fix = "`as_of` 写实际填报的日期（也可以不写，默认为期间的最后一天），`finished` 写行"
                   "动计划实际完成的日期，`spent` 写截至目前的花费（零或正数）。"},
     .example = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
  as_of: 0001-01-01
actions:
  - action: AC-03
    status: done
    finished: 2028-05-20
    spent: {opex: -40})",
     .example_fixed = R"(kaplan: 1
actuals:
  plan: ka-2027
  period: 2027-Q2
  as_of: 2027-07-05
actions:
  - action: AC-03
    status: done
    finished: 2027-05-20
    spent: {opex: 40})"},
};

} // namespace

std::span<const RuleInfo> actuals_rules() {
  return kTRules;
}

} // namespace kaplan::detail
