// SPDX-License-Identifier: MIT
// Catalogue texts of the G rules: who takes part in the decisions, and the evaluation loop.
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kGRules[] = {
    {.id = "KAP-G001",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "unit absent from the key decisions",
            .checks = "A unit named as `unit` by a KPI or an action is in the `participants` of "
                      "no decision point (`governance.decisions`) of stage `objectives` or "
                      "`strategies`.",
            .why = "Whoever takes no part in a decision does not accept its content. Departments "
                   "and branches that join only symbolically, absent at the key decision points, "
                   "do not see the plan as theirs, and the targets handed to them stay on paper.",
            .fix = "Add the unit to the `participants` of the objectives or strategies decision "
                   "point it took part in; if it took part in none, hold that discussion with "
                   "it."},
     .zh = {.title = "单位未参与关键决策",
            .checks = "被指标或行动计划的 `unit` 指定的单位，没有出现在任何 `objectives` 或 "
                      "`strategies` 阶段关键决策点（`governance.decisions`）的 `participants` "
                      "中。",
            .why = "不参与决策，自然不会认可规划的内容。部门和分公司如果只是象征性地配合，在关键"
                   "决策点上缺席，就不会把规划当成自己的事，分给他们的目标也只能停留在纸面上。",
            .fix = "把该单位加入它参加过的目标或战略决策点的 `participants`；如果它一次也没参加"
                   "，请与它补开这一讨论。"},
     .example = R"(governance:
  decisions:
    - id: DP-2
      stage: objectives
      date: 2026-06-15
      chair: P-gm
      participants: [gov, east]
kpis:
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 500, 2028: 570, 2029: 650})",
     .example_fixed = R"(governance:
  decisions:
    - id: DP-2
      stage: objectives
      date: 2026-06-15
      chair: P-gm
      participants: [gov, east, west]
kpis:
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 500, 2028: 570, 2029: 650})"},

    {.id = "KAP-G002",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "decision point with no chair",
            .checks = "A decision point of stage `issues`, `objectives` or `strategies` has no "
                      "`chair`.",
            .why = "Leaders should take part in deciding the strategic issues, the objectives "
                   "and the choice of strategy, so that the plan is truly the leadership's "
                   "project and they supervise its execution. A decision without a chair has "
                   "nobody who answers for it.",
            .fix = "Set `chair` to the person who led the decision."},
     .zh = {.title = "关键决策点没有主持人",
            .checks = "`issues`、`objectives` 或 `strategies` 阶段的关键决策点没有 `chair`。",
            .why = "公司领导应当亲自参与确定战略问题、建立战略目标、选择实施战略这几个关键环节的"
                   "讨论和决策，使规划真正成为一把手工程，并由他们监督实施。没有主持人的决策，就"
                   "没有人为它负责。",
            .fix = "在 `chair` 中填写主持这次决策的人员。"},
     .example = R"(governance:
  decisions:
    - id: DP-1
      stage: issues
      date: 2026-05-20
      participants: [gov, east, west])",
     .example_fixed = R"(governance:
  decisions:
    - id: DP-1
      stage: issues
      date: 2026-05-20
      chair: P-gm
      participants: [gov, east, west])"},

    {.id = "KAP-G003",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "no review cadence",
            .checks = "`governance.reviews` has no entry: the plan sets no review with a "
                      "`cadence`.",
            .why = "Evaluation is the most important part of planning: without feedback there is "
                   "no self-control, and without an evaluation loop the plan cannot roll "
                   "forward. The review cadence says when actuals are set against the plan.",
            .fix = "Add a review with its cadence, the owning unit and the KPIs it follows."},
     .zh = {.title = "没有评价周期",
            .checks = "`governance.reviews` 没有任何条目，规划没有设定带 `cadence` 的定期评价。",
            .why = "评价是规划中最重要的环节：没有反馈就没有自我控制，没有评价闭环，规划就无法滚"
                   "动。评价周期决定什么时候拿实际完成与规划作对比。",
            .fix = "增加一项评价，写明周期、负责单位和跟踪的指标。"},
     .example = R"(governance:
  reviews: [])",
     .example_fixed = R"(governance:
  reviews:
    - id: RV-q
      cadence: quarterly
      owner: hq-marketing
      kpis: [KPI-rev, KPI-sat])"},

    {.id = "KAP-G004",
     .severity = Severity::error,
     .family = 'G',
     .en = {.title = "approved without every unit's sign-off",
            .checks = "`plan.status` is `approved`, but a unit named as `unit` by a KPI or an "
                      "action has no entry in `governance.signoffs`.",
            .why = "Approval should mean that the units who must carry the plan accept it. A "
                   "unit with targets or work that has not signed has been handed a plan, not "
                   "agreed to one, and resistance not resolved while planning surfaces later as "
                   "conflict.",
            .fix = "Obtain the unit's sign-off and record it under `governance.signoffs` "
                   "(`unit`, `by`, `date`), or set `status` back to `review` until it is "
                   "given."},
     .zh = {.title = "规划已批准但有单位未会签",
            .checks = "`plan.status` 为 `approved`，但被指标或行动计划的 `unit` 指定的某个单位，在"
                      " `governance.signoffs` 中没有会签记录。",
            .why = "批准应当意味着承担规划的单位认可它。有指标或有工作却没有会签的单位，只是被动"
                   "接到了规划，而不是认同了规划；抵触不在编制过程中化解，事后就会变成矛盾。",
            .fix = "取得该单位的会签，记录到 `governance.signoffs`（`unit`、`by`、`date`）；在"
                   "此之前，把 `status` 改回 `review`。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  status: approved
governance:
  signoffs:
    - {unit: gov, by: P-wang, date: 2026-12-20}
kpis:
  - {id: KPI-rev-east, name: 华东大客户收入, parent: KPI-rev, unit: east})",
     .example_fixed = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  status: approved
governance:
  signoffs:
    - {unit: gov, by: P-wang, date: 2026-12-20}
    - {unit: east, by: P-sun, date: 2026-12-22}
kpis:
  - {id: KPI-rev-east, name: 华东大客户收入, parent: KPI-rev, unit: east})"},

    {.id = "KAP-G005",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "assumption past its review date",
            .checks = "An assumption's `review_by` date is before today: the date given with "
                      "`--today`, otherwise the current date.",
            .why = "An assumption is a premise the plan stands on. Once its review date passes "
                   "unchecked, the plan may rest on something no longer true; checking "
                   "assumptions is part of the feedback that lets the plan be adjusted as it "
                   "rolls.",
            .fix = "Check the assumption against its `signal`. If it still holds, set a new "
                   "`review_by`; if not, revise the parts of the plan built on it."},
     .zh = {.title = "基本假设已过复核日期",
            .checks = "基本假设的 `review_by` 日期早于今天（以 `--today` 指定的日期为准，未指定时"
                      "取当前日期）。",
            .why = "基本假设是规划的立足点。过了复核日期仍未复核，规划可能就建立在已经不成立的前"
                   "提上；复核假设是反馈机制的一部分，规划才能在滚动中调整。",
            .fix = "对照 `signal` 复核该假设。仍然成立的，设定新的 `review_by`；不再成立的，修"
                   "改建立在它之上的规划内容。"},
     .example = R"(assumptions:
  - id: AS-1
    statement: 政务云集中采购政策在规划期内保持不变
    signal: 省政府调整集中采购目录
    review_by: 2027-03-31)",
     .example_fixed = R"(assumptions:
  - id: AS-1
    statement: 政务云集中采购政策在规划期内保持不变
    signal: 省政府调整集中采购目录
    review_by: 2027-09-30)"},

    {.id = "KAP-G006",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "required decision stage never held",
            .checks = "No decision point in `governance.decisions` has stage `issues`, "
                      "`objectives` or `strategies`. One finding per missing stage.",
            .why = "Identifying the strategic issues, setting the objectives and choosing the "
                   "strategies are the key decision points where leaders and departments must "
                   "take part. A stage never held means that choice was made without them.",
            .fix = "Record the decision point of that stage with its date, chair and "
                   "participants; if it has not taken place, hold it."},
     .zh = {.title = "尚未召开必要阶段的决策会议",
            .checks = "`governance.decisions` 中没有 `issues`、`objectives` 或 `strategies` 阶段"
                      "的关键决策点。每缺一个阶段报告一次。",
            .why = "确定战略问题、建立战略目标、选择实施战略，是领导和各部门必须参与的关键决策点"
                   "。某个阶段从未举行，说明这项选择是在他们缺席的情况下做出的。",
            .fix = "记录该阶段的关键决策点，写明日期、主持人和参与单位；尚未举行的，请组织召开。"},
     .example = R"(governance:
  decisions:
    - {id: DP-2, stage: objectives, date: 2026-06-15, chair: P-gm}
    - {id: DP-3, stage: strategies, date: 2026-07-10, chair: P-gm})",
     .example_fixed = R"(governance:
  decisions:
    - {id: DP-1, stage: issues, date: 2026-05-20, chair: P-gm}
    - {id: DP-2, stage: objectives, date: 2026-06-15, chair: P-gm}
    - {id: DP-3, stage: strategies, date: 2026-07-10, chair: P-gm})"},
};

} // namespace

std::span<const RuleInfo> governance_rules() {
  return kGRules;
}

} // namespace kaplan::detail
