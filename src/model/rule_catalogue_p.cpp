// SPDX-License-Identifier: MIT
// Catalogue texts of the P rules: the plan chain (`derives_from`, `previous`).
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kPRules[] = {
    {.id = "KAP-P001",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "higher plan not found",
            .checks = "`plan.derives_from` names a plan id that none of the plans checked "
                      "together has (the plans named to `validate`, or found in a folder). A plan "
                      "checked alone is not held to this.",
            .why = "The strategic plan guides the business plan and the plans of the branches: "
                   "a plan that implements a higher one can only be checked against it when both "
                   "are read together. A name that resolves to nothing is usually a typo, or a "
                   "higher plan left out of the folder.",
            .fix = "Correct the id in `derives_from`, or validate the higher plan together with "
                   "this one (name both, or their common folder). A higher plan kept elsewhere "
                   "can be acknowledged with `ignore: {KAP-P001: reason}` on `plan`."},
     .zh = {.title = "找不到上级规划",
            .checks = "`plan.derives_from` 指定的规划编号，不属于一起检查的任何规划（传给 "
                      "`validate` 的规划，或在目录中找到的规划）。单独检查一个规划时不检查此项。",
            .why = "战略规划指导经营计划和各分公司的规划；承接上级规划的规划，只有与上级规划一起"
                   "读取才能核对。指定的编号找不到对应规划，通常是笔误，或目录中漏放了上级规划。",
            .fix = "改正 `derives_from` 中的编号，或把上级规划与本规划一起检查（同时指定两者，或"
                   "指定它们共同所在的目录）。上级规划另行保存时，可在 `plan` 上写 "
                   "`ignore: {KAP-P001: 原因}`。"},
     .example = R"(plan:
  id: hangzhou-2027
  cycle: 2027
  derives_from: provnce-2027)",
     .example_fixed = R"(plan:
  id: hangzhou-2027
  cycle: 2027
  derives_from: province-2027)"},

    {.id = "KAP-P002",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "plan chain loops",
            .checks = "Following `derives_from` from a plan, plan after plan, leads back to it.",
            .why = "Decomposition runs from the company's objectives down to the units: a plan "
                   "cannot, through others, implement itself. A loop leaves no plan at the top to "
                   "set the targets.",
            .fix = "Remove `derives_from` from the plan at the top of the chain, or point it to "
                   "the plan that really sets its targets."},
     .zh = {.title = "规划链循环引用",
            .checks = "从某个规划沿 `derives_from` 逐级向上，最终又回到该规划。",
            .why = "分解是从公司目标逐级落到各单位；一个规划不能经由其他规划承接自己。出现循环，"
                   "链上就没有一个规划在最上层下达目标。",
            .fix = "删除链条最上层规划的 `derives_from`，或改为指向真正下达其目标的规划。"},
     .example = R"(# province/plan.yaml
plan: {id: province-2027, cycle: 2027, derives_from: hangzhou-2027}
# hangzhou/plan.yaml
plan: {id: hangzhou-2027, cycle: 2027, derives_from: province-2027})",
     .example_fixed = R"(# province/plan.yaml
plan: {id: province-2027, cycle: 2027}
# hangzhou/plan.yaml
plan: {id: hangzhou-2027, cycle: 2027, derives_from: province-2027})"},

    {.id = "KAP-P003",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "derived plan covers other years",
            .checks = "A plan's `cycle` or `horizon` differs from that of the plan its "
                      "`derives_from` names.",
            .why = "A derived plan carries out the higher plan's targets year by year; with "
                   "another first year or another number of years, its targets cannot be set "
                   "against the allocation, and some years are left without a plan.",
            .fix = "Give the derived plan the higher plan's `cycle` and `horizon`."},
     .zh = {.title = "下级规划的年份与上级不一致",
            .checks = "规划的 `cycle` 或 `horizon` 与其 `derives_from` 指定的上级规划不同。",
            .why = "下级规划逐年承接上级规划的目标；起始年份或年数不同，目标就无法与分解下达的"
                   "数额逐年对照，部分年份也将没有规划。",
            .fix = "使下级规划的 `cycle` 和 `horizon` 与上级规划相同。"},
     .example = R"(plan:
  id: hangzhou-2027
  cycle: 2028
  derives_from: province-2027)",
     .example_fixed = R"(plan:
  id: hangzhou-2027
  cycle: 2027
  derives_from: province-2027)"},

    {.id = "KAP-P004",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "allocated KPI not carried out",
            .checks = "A KPI of the higher plan has as `unit` the unit this plan is for "
                      "(`plan.unit`, else `plan.owner`), none of its ancestors has that unit, and "
                      "no top-level KPI of this plan says `derives:` with its id. Reported at "
                      "`derives_from`; also when that unit is not a unit of the higher plan (at "
                      "`plan.unit`), since then nothing could be checked.",
            .why = "Strategic decisions are decomposed to departments and city companies so "
                   "that the plan guides their work. A target handed to a unit that its own "
                   "plan does not take up is a target nobody plans for.",
            .fix = "Add a top-level KPI with `derives:` naming the higher plan's KPI and targets "
                   "for every year, or correct `plan.unit`."},
     .zh = {.title = "分解下达的指标无人承接",
            .checks = "上级规划中某个指标的 `unit` 是本规划所属单位（`plan.unit`，未写时为 "
                      "`plan.owner`），其上级指标都不是该单位，而本规划没有任何一级指标以 "
                      "`derives:` 指向它。问题报告在 `derives_from` 处；该单位不是上级规划中的单位"
                      "时也报告（在 `plan.unit` 处），因为此时无从核对。",
            .why = "战略决策要分解到部门和市公司，规划才能直接指导经营。分解到某个单位的目标，"
                   "如果该单位自己的规划没有承接，就没有人为它做计划。",
            .fix = "新增一个一级指标，用 `derives:` 指向上级规划的该指标，并写出每一年的目标；或"
                   "改正 `plan.unit`。"},
     .example = R"(plan:
  id: hangzhou-2027
  cycle: 2027
  owner: hangzhou
  derives_from: province-2027
kpis: [])",
     .example_fixed = R"(plan:
  id: hangzhou-2027
  cycle: 2027
  owner: hangzhou
  derives_from: province-2027
kpis:
  - id: KPI-rev
    name: 杭州政企收入
    objective: OBJ-grow
    measure: CNY 10k
    weight: 1
    derives: KPI-rev-hz
    targets: {2027: 6000, 2028: 6600, 2029: 7200})"},

    {.id = "KAP-P005",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "derives from a KPI not allocated here",
            .checks = "A KPI's `derives:` names an id that is not a KPI of the higher plan, or a "
                      "KPI of it that is not cascaded to this plan's unit.",
            .why = "`derives:` ties a target to the allocation it carries out; pointing at "
                   "another unit's allocation, or at nothing, makes the check of the targets "
                   "meaningless.",
            .fix = "Name the higher plan's KPI whose `unit` is this plan's unit."},
     .zh = {.title = "承接的指标未分解到本单位",
            .checks = "指标的 `derives:` 指定的编号不是上级规划的指标，或是上级规划中未分解到本"
                      "规划所属单位的指标。",
            .why = "`derives:` 把目标与它承接的分解数额对应起来；指向其他单位的数额或不存在的"
                   "指标，目标核对就失去意义。",
            .fix = "指向上级规划中 `unit` 为本规划所属单位的指标。"},
     .example = R"(kpis:
  - id: KPI-rev
    derives: KPI-rev-nb)",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    derives: KPI-rev-hz)"},

    {.id = "KAP-P006",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "targets short of the allocation",
            .checks = "In a year, the targets of the KPIs that carry out a higher plan's KPI "
                      "(`derives:`), combined by that KPI's `rollup`, fall short of its target by "
                      "more than `cascade_tolerance` (higher for `direction: down`). Reported at "
                      "the year of the first such KPI's targets.",
            .why = "A city company's plan that asks less than the province allotted to it "
                   "leaves a gap no one owns: the higher plan's target cannot be reached by "
                   "the plans meant to deliver it.",
            .fix = "Raise the targets to at least the allocation, or agree a lower allocation "
                   "in the higher plan."},
     .zh = {.title = "目标低于分解下达的数额",
            .checks = "某一年，承接上级规划某指标（`derives:`）的各指标目标，按该指标的 `rollup` "
                      "汇总后，低于其目标且超过 `cascade_tolerance`（`direction: down` 时为高于）。"
                      "问题报告在第一个承接指标该年的目标处。",
            .why = "市公司规划的目标低于省公司分解下达的数额，缺口就无人负责：负责完成上级目标的"
                   "各规划加起来也达不到它。",
            .fix = "把目标提高到不低于分解下达的数额，或在上级规划中商定较低的分解数额。"},
     .example = R"(kpis:
  - id: KPI-rev
    derives: KPI-rev-hz
    targets: {2027: 5000, 2028: 6600, 2029: 7200})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    derives: KPI-rev-hz
    targets: {2027: 6000, 2028: 6600, 2029: 7200})"},

    {.id = "KAP-P007",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "budget above the allocation",
            .checks = "A year and category of this plan's `resources.budget` adds up to more "
                      "than the cost of the higher plan's actions of this plan's unit (their "
                      "`unit`, else their owner's, at or below it) in that year and category. "
                      "Checked when the higher plan charges any cost to the unit.",
            .why = "Costs are held against budgets per year and category. A unit's plan that "
                   "budgets more than the higher plan gives it spends money nobody approved.",
            .fix = "Lower the budget line to the allocation, or raise the cost of the unit's "
                   "actions in the higher plan."},
     .zh = {.title = "预算超过上级分配",
            .checks = "本规划 `resources.budget` 某年某类别的合计，超过上级规划中本单位（行动"
                      "计划的 `unit`，未写时为负责人所在单位，含下级单位）行动计划在该年该类别的"
                      "计划成本。上级规划给本单位列有计划成本时才检查。",
            .why = "成本要按年份和类别与预算对照。单位规划的预算超过上级规划分配给它的数额，"
                   "就是在花没有批准的钱。",
            .fix = "把预算行降到分配数额以内，或在上级规划中提高本单位行动计划的计划成本。"},
     .example = R"(resources:
  budget:
    - {year: 2027, category: marketing, amount: 150})",
     .example_fixed = R"(resources:
  budget:
    - {year: 2027, category: marketing, amount: 120})"},

    {.id = "KAP-P008",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "previous plan not last cycle's",
            .checks = "`plan.previous` names a plan checked together with this one whose "
                      "`cycle` is not this plan's `cycle` − 1, or which is for another unit "
                      "(`plan.unit`, else `plan.owner`) or differs in having a `derives_from`.",
            .why = "Each plan starts from what the previous cycle really achieved; a `previous` "
                   "that points at another year's or another unit's plan makes that review "
                   "compare the wrong figures.",
            .fix = "Point `previous` at last cycle's plan of the same unit."},
     .zh = {.title = "上年规划不是上一周期的同一规划",
            .checks = "`plan.previous` 指定的、与本规划一起检查的规划，其 `cycle` 不等于本规划的 "
                      "`cycle` − 1，或属于其他单位（`plan.unit`，未写时为 `plan.owner`），或"
                      "是否写有 `derives_from` 与本规划不同。",
            .why = "每一轮规划都应从上一周期的实际完成出发；`previous` 指向其他年份或其他单位的"
                   "规划，回顾对照的就是错误的数字。",
            .fix = "让 `previous` 指向同一单位上一周期的规划。"},
     .example = R"(plan:
  id: province-2027
  cycle: 2027
  previous: ../2025/plan.yaml)",
     .example_fixed = R"(plan:
  id: province-2027
  cycle: 2027
  previous: ../2026/plan.yaml)"},
    {.id = "KAP-P009",
     .severity = Severity::error,
     .family = 'P',
     .en = {.title = "numbers reported twice disagree",
            .checks = "With `score PLANS --actuals-dir DIR` or `report --portfolio`: a KPI of a "
                      "higher plan that derived plans carry out (`derives:`) has an actual in the "
                      "higher plan's actuals, and the derived plans' actuals of the KPIs deriving "
                      "it, combined by the KPI's `rollup`, differ from it by more than the cascade "
                      "tolerance (`cascade_tolerance`, relative to the reported figure).",
            .why = "The province and its city companies report the same result twice; when the "
                   "two disagree, one of them is wrong, and the portfolio cannot say which.",
            .fix = "Correct whichever figure is wrong, so that the higher plan reports what its "
                   "derived plans report together."},
     .zh = {.title = "两处报告的同一数字不一致",
            .checks =
                "使用 `score PLANS --actuals-dir DIR` 或 `report --portfolio` 时：上级规划中由"
                "下级规划承接（`derives:`）的指标在上级规划的实际完成中有数值，而承接它的各"
                "下级指标的实际完成按该指标的 `rollup` 汇总后，与之相差超过分解容差"
                "（`cascade_tolerance`，相对于上报值）。",
            .why = "省公司和市公司把同一结果报告了两次；两者不一致时必有一处错误，组合视图无法判断"
                   "是哪一处。",
            .fix = "改正错误的那一个数字，使上级规划报告的实际完成等于下级规划合计的结果。"},
     .example = R"(# province actuals
kpis:
  - {kpi: KPI-revenue-hz, value: 200}
# hangzhou actuals
kpis:
  - {kpi: KPI-revenue, value: 180})",
     .example_fixed = R"(# province actuals
kpis:
  - {kpi: KPI-revenue-hz, value: 180}
# hangzhou actuals
kpis:
  - {kpi: KPI-revenue, value: 180})"},
};

} // namespace

std::span<const RuleInfo> chain_rules() {
  return kPRules;
}

} // namespace kaplan::detail
