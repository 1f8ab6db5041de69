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
    {.id = "KAP-G007",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "decision not chaired by a leader",
            .checks = "A decision point of stage `strategies`, `resources` or `approval` has a "
                      "`chair` who is not the `head` of the plan's owning unit (`plan.owner`; "
                      "the root units of the tree when the plan names none) nor of a unit that "
                      "is, or is above, every unit in its `participants`. Checked only when "
                      "one of those units names a `head`; a decision without a chair is "
                      "KAP-G002.",
            .why = "Choosing the strategies, allocating the resources and approving the plan "
                   "are decisions the leaders must take themselves: that is what makes the plan "
                   "the leadership's own project, which they then supervise. Chaired by someone "
                   "below them, the decision binds nobody who can commit the whole "
                   "organisation.",
            .fix = "Have the head of the owning unit, or of a unit above all the participants, "
                   "chair the decision, and set `chair` to that person; if a head is missing, "
                   "name it with `head` on the unit."},
     .zh = {.title = "关键决策点不是由单位负责人主持",
            .checks = "`strategies`、`resources` 或 `approval` 阶段的关键决策点，其 `chair` 既"
                      "不是规划所属单位（`plan.owner`；未指定时为单位树的根单位）的负责人（"
                      "`head`），也不是全体参与单位（`participants`）共同上级单位（或其本身）的"
                      "负责人。只有这些单位中有单位写明了 `head` 时才检查；没有主持人的决策点由 "
                      "KAP-G002 报告。",
            .why = "选择实施战略、配置资源和审批规划，必须由领导亲自决策，规划才能真正成为一把手"
                   "工程，并由领导监督实施。由下级人员主持的决策，约束不了能为整个组织作出承诺的"
                   "人。",
            .fix = "请规划所属单位或全体参与单位共同上级单位的负责人主持该决策，并在 `chair` 中"
                   "填写此人；单位缺少负责人的，在单位的 `head` 中写明。"},
     .example = R"(plan:
  id: ka-2027
  owner: gov
units:
  - {id: gov, name: 政企客户部, kind: department, head: P-gm}
  - {id: east, name: 华东分公司, kind: branch, parent: gov, head: P-sun}
governance:
  decisions:
    - id: DP-3
      stage: strategies
      date: 2026-07-10
      chair: P-zhao
      participants: [gov, east])",
     .example_fixed = R"(plan:
  id: ka-2027
  owner: gov
units:
  - {id: gov, name: 政企客户部, kind: department, head: P-gm}
  - {id: east, name: 华东分公司, kind: branch, parent: gov, head: P-sun}
governance:
  decisions:
    - id: DP-3
      stage: strategies
      date: 2026-07-10
      chair: P-gm
      participants: [gov, east])"},

    {.id = "KAP-G008",
     .severity = Severity::error,
     .family = 'G',
     .en = {.title = "sign-off by the wrong person or date",
            .checks = "The plan is `approved` and a sign-off (`governance.signoffs`) is not "
                      "by the `head` of the signing unit or one of its `deputies` (checked when "
                      "the unit names a head; a sign-off without `by` then fails too), or has "
                      "no `date`, or is dated after today (`--today`, otherwise the current "
                      "date), or after the plan's approval: the latest decision point of stage "
                      "`approval` (not checked when there is none). At most one finding on who "
                      "and one on when per sign-off.",
            .why = "A sign-off is a unit's commitment to the plan's targets and actions. Only "
                   "the person who answers for the unit, or a deputy named for it, can give it; "
                   "and it counts only if it was given before the plan was approved. A sign-off "
                   "dated in the future or after the approval means the plan was approved "
                   "without it.",
            .fix = "Have the head of the unit (or a deputy listed in the unit's `deputies`) sign "
                   "off and record the true date; if the sign-off came after the approval, hold "
                   "the approval again or correct the record."},
     .zh = {.title = "会签人或会签日期不符合要求",
            .checks = "规划已批准（`approved`），而某条会签（`governance.signoffs`）的会签人不"
                      "是会签单位的负责人（`head`）或其副职（`deputies`）（单位写明了负责人时才"
                      "检查，此时没有写明 `by` 的会签也不符合），或没有日期（`date`），或日期晚"
                      "于今天（以 `--today` 指定的日期为准，未指定时取当前日期），或晚于规划审批"
                      "日期，即最后一个 `approval` 阶段关键决策点的日期（没有该决策点时不检查）。"
                      "每条会签在会签人和日期上各至多报告一次。",
            .why = "会签是单位对规划中目标和行动计划的承诺，只能由对该单位负责的人或为此指定的"
                   "副职作出，而且必须在规划审批之前完成才算数。会签日期在未来或晚于审批日期，说"
                   "明规划是在没有这份会签的情况下批准的。",
            .fix = "由单位负责人（或单位 `deputies` 中列出的副职）会签，并记录真实日期；会签晚于"
                   "审批的，重新审批或更正记录。"},
     .example = R"(plan:
  id: ka-2027
  status: approved
units:
  - id: east
    name: 华东分公司
    kind: branch
    head: P-sun
    deputies: [P-qian]
governance:
  decisions:
    - {id: DP-5, stage: approval, date: 2026-07-20, chair: P-gm}
  signoffs:
    - {unit: east, by: P-zhou, date: 2026-07-25})",
     .example_fixed = R"(plan:
  id: ka-2027
  status: approved
units:
  - id: east
    name: 华东分公司
    kind: branch
    head: P-sun
    deputies: [P-qian]
governance:
  decisions:
    - {id: DP-5, stage: approval, date: 2026-07-20, chair: P-gm}
  signoffs:
    - {unit: east, by: P-qian, date: 2026-07-18})"},

    {.id = "KAP-G009",
     .severity = Severity::warning,
     .family = 'G',
     .en = {.title = "decision after the planning deadline",
            .checks = "A decision point of stage `strategies` or `approval` is dated after the "
                      "planning deadline: 31 July of the year before the cycle (`plan.cycle`), "
                      "or the month and day set by `planning_deadline` in `.kaplan.yaml`. The "
                      "deadline day itself is in time.",
            .why = "The strategic plan should be settled by June or July so that it can guide "
                   "the business plan, which guides the network plan, and the budget of the "
                   "coming year. Strategies chosen or a plan approved later arrive after those "
                   "plans are made, and the plan stays on paper.",
            .fix = "Hold the decision by the deadline; if the organisation plans on another "
                   "calendar, set `planning_deadline` (for example \"09-30\") in `.kaplan.yaml`."},
     .zh = {.title = "决策晚于规划截止日期",
            .checks = "`strategies` 或 `approval` 阶段关键决策点的日期晚于规划截止日期：规划周期"
                      "（`plan.cycle`）前一年的 7 月 31 日，或 `.kaplan.yaml` 中 "
                      "`planning_deadline` 设定的月日。截止日当天不算晚。",
            .why = "战略规划应在六七月份完成，才能指导下一年的经营计划（再由经营计划指导网络规划"
                   "）和预算。晚于此时选择战略或批准规划，这些计划已经编制完毕，规划只能停留在纸"
                   "面上。",
            .fix = "在截止日期前召开该决策会议；如果本单位的计划日历不同，在 `.kaplan.yaml` 中设"
                   "置 `planning_deadline`（例如 \"09-30\"）。"},
     .example = R"(plan:
  id: ka-2027
  cycle: 2027
governance:
  decisions:
    - {id: DP-3, stage: strategies, date: 2026-09-15, chair: P-gm})",
     .example_fixed = R"(plan:
  id: ka-2027
  cycle: 2027
governance:
  decisions:
    - {id: DP-3, stage: strategies, date: 2026-07-10, chair: P-gm})"},
};

} // namespace

std::span<const RuleInfo> governance_rules() {
  return kGRules;
}

} // namespace kaplan::detail
