// SPDX-License-Identifier: MIT
// Catalogue texts of the R rules: people, skills, budgets and dates that can carry the plan.
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kRRules[] = {
    {.id = "KAP-R001",
     .severity = Severity::error,
     .family = 'R',
     .en = {.title = "person overloaded",
            .checks = "In some month a person's load exceeds their `capacity` (default 1.0). The "
                      "load in a month is their `committed` while it is in force (up to and "
                      "including `committed_until`, when given) plus the `effort` of every action "
                      "they own and their `effort` on the `team` of any other action, counting "
                      "every action whose dates touch that month (a partial month counts in "
                      "full). Consecutive overloaded months make one finding, which names the "
                      "months, the peak load and the actions that cause it.",
            .why = "Planning exists to use limited resources, capable people above all, more "
                   "rationally. The test of a plan is whether the most capable people can be put "
                   "on it now; load above capacity means the plan counts on time that nobody "
                   "has.",
            .fix = "Move or stretch actions out of those months, lower their `effort`, give some "
                   "to another person (as owner or on the team), or record when the existing "
                   "work ends (`committed_until`)."},
     .zh = {.title = "人员超负荷",
            .checks = "某人在某个月的负荷超过其 `capacity`（默认 1.0）。月负荷等于其 `committed`"
                      "（在有效期内，即写了 `committed_until` 时截至该月为止）加上当月所有相关行"
                      "动计划的投入：本人负责的行动计划的 `effort`，以及本人在其他行动计划 "
                      "`team` 中的 `effort`；行动计划只要有一天落在某月，就按整月计入。连续超负"
                      "荷的几个月合为一条检查结果，写明月份、负荷峰值和造成超负荷的行动计划。",
            .why = "规划的目的是更合理地利用有限的资源，特别是有能力的人才。检验规划，就看能不能"
                   "现在就把最有能力的人派上去；负荷超过可投入工作量，说明规划指望的是根本不存在的"
                   "时间。",
            .fix = "把行动计划移出或拉长到其他月份、调低 `effort`、转给其他人（作为负责人或团队"
                   "成员），或者写明原有工作何时结束（`committed_until`）。"},
     .example = R"(people:
  - id: P-wang
    name: 王磊
    unit: gov
    committed: 0.5
actions:
  - id: AC-01
    title: 政务云重点客户攻坚
    strategy: ST-1
    owner: P-wang
    start: 2027-03-01
    due: 2027-06-30
    effort: 0.4
  - id: AC-02
    title: 行业解决方案发布会
    strategy: ST-1
    owner: P-wang
    start: 2027-05-10
    due: 2027-05-20
    effort: 0.3)",
     .example_fixed = R"(people:
  - id: P-wang
    name: 王磊
    unit: gov
    committed: 0.5
    committed_until: 2027-04
actions:
  - id: AC-01
    title: 政务云重点客户攻坚
    strategy: ST-1
    owner: P-wang
    start: 2027-03-01
    due: 2027-06-30
    effort: 0.4
  - id: AC-02
    title: 行业解决方案发布会
    strategy: ST-1
    owner: P-wang
    start: 2027-05-10
    due: 2027-05-20
    effort: 0.3)"},

    {.id = "KAP-R002",
     .severity = Severity::error,
     .family = 'R',
     .en = {.title = "over budget",
            .checks = "For a year and a cost category, the actions' `cost` charged to that year "
                      "exceeds the `amount` of the budget line for that year and category, or "
                      "there is no such budget line at all. An action's cost is spread over its "
                      "days pro rata (start and due inclusive), and each day's share is charged "
                      "to that day's year. The finding names the year, the category, the costs, "
                      "the budget, the excess and the actions whose costs make it up, largest "
                      "first (as KAP-R001 names an overloaded person's actions). When the budget "
                      "cannot be read (a misspelt `budget` key, an `amount` that is not a "
                      "number), its structure finding says so and this check is skipped (one "
                      "mistake, one finding).",
            .why = "A plan that never weighs the cost of carrying out its strategy, or the "
                   "resources that guarantee it, does not fit reality. When the actions cost more "
                   "than the budget, the plan and the budget are two plans that will collide "
                   "during the year.",
            .fix = "Raise the budget line or add the missing one, or cut, defer or re-phase the "
                   "actions' costs."},
     .zh = {.title = "成本超出预算",
            .checks =
                "某一年某一费用类别下，行动计划计入该年的 `cost` 超过了预算中对应年度和类别"
                "的 `amount`，或者根本没有这一预算行。行动计划的成本按天平均分摊到起止日期"
                "之间的每一天（含首尾两天），每天的份额计入当天所在的年度。检查结果写明年度、"
                "类别、成本、预算、超支额，以及构成这笔成本的行动计划（成本高的在前，与 "
                "KAP-R001 列出超负荷人员的行动计划相同）。预算无法读取时（如 `budget` 键拼错、"
                "`amount` 不是数值），由相应的结构检查报告，本项检查跳过（一个错误只报告一"
                "次）。",
            .why = "不考虑战略实施成本和资源保障水平的规划脱离实际。行动计划的成本超过预算，规划"
                   "和预算就成了两套各说各话的计划，年中必然相撞。",
            .fix = "调高预算或补上缺少的预算行，或者削减、推迟行动计划的成本，调整其时间安排。"},
     .example = R"(resources:
  budget:
    - {year: 2027, category: marketing, amount: 80}
actions:
  - id: AC-02
    title: 行业解决方案发布会
    strategy: ST-1
    owner: P-wang
    start: 2027-05-10
    due: 2027-05-20
    cost: {marketing: 60}
  - id: AC-03
    title: 重点客户高层走访
    strategy: ST-1
    owner: P-wang
    start: 2027-03-01
    due: 2027-04-30
    cost: {marketing: 40})",
     .example_fixed = R"(resources:
  budget:
    - {year: 2027, category: marketing, amount: 100}
actions:
  - id: AC-02
    title: 行业解决方案发布会
    strategy: ST-1
    owner: P-wang
    start: 2027-05-10
    due: 2027-05-20
    cost: {marketing: 60}
  - id: AC-03
    title: 重点客户高层走访
    strategy: ST-1
    owner: P-wang
    start: 2027-03-01
    due: 2027-04-30
    cost: {marketing: 40})"},

    {.id = "KAP-R003",
     .severity = Severity::warning,
     .family = 'R',
     .en = {.title = "skill gap",
            .checks = "An action's `needs` asks for a skill level that its owner does not reach: "
                      "the owner's `skills` has the skill at a lower level, or not at all.",
            .why = "Plans that are too advanced for the local company and its people become "
                   "empty talk. An action given to someone without the skill it needs will slip "
                   "or fail, and the plan looks feasible until it does.",
            .fix = "Give the action to a person who has the skill at that level (KAP-R007 may "
                   "name one), or plan training first and raise the owner's level when it is "
                   "reached."},
     .zh = {.title = "技能不足",
            .checks = "行动计划的 `needs` 要求的技能等级，负责人达不到：负责人的 `skills` 中该技能"
                      "等级较低，或者根本没有这项技能。",
            .why = "超出当地公司和人员能力的规划只能沦为空谈。交给不具备所需技能的人去做，行动计"
                   "划就会拖延甚至失败，而在此之前规划看起来一切可行。",
            .fix = "把行动计划交给具备该技能等级的人（KAP-R007 可能会给出人选），或者先安排培训"
                   "，待能力达到后再调高负责人的技能等级。"},
     .example = R"(people:
  - {id: P-li, name: 李娜, unit: gov, skills: {solution-design: 2}}
  - {id: P-chen, name: 陈涛, unit: gov, skills: {solution-design: 4}}
actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-li
    start: 2027-04-01
    due: 2027-07-31
    effort: 0.3
    needs: {solution-design: 4})",
     .example_fixed = R"(people:
  - {id: P-li, name: 李娜, unit: gov, skills: {solution-design: 2}}
  - {id: P-chen, name: 陈涛, unit: gov, skills: {solution-design: 4}}
actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-04-01
    due: 2027-07-31
    effort: 0.3
    needs: {solution-design: 4})"},

    {.id = "KAP-R004",
     .severity = Severity::error,
     .family = 'R',
     .en = {.title = "action dates out of order or outside the horizon",
            .checks = "An action's `start` is after its `due`, or the whole action (start to due) "
                      "lies outside the horizon: it ends before 1 January of the `cycle` year or "
                      "starts after 31 December of the horizon's last year.",
            .why = "Load, budget and time deviation all place an action in months and years. An "
                   "action with reversed dates has no months at all, and one entirely outside the "
                   "horizon is not part of this plan.",
            .fix = "Correct the dates; move work beyond the horizon to a later cycle's plan."},
     .zh = {.title = "行动计划日期有误",
            .checks = "行动计划的 `start` 晚于 `due`，或者整个行动计划（从开始到截止）都在规划期"
                      "之外：在 `cycle` 年 1 月 1 日之前就已结束，或在规划期最后一年的 12 月 31 "
                      "日之后才开始。",
            .why = "人员负荷、预算和时间偏差都要把行动计划落到具体的月份和年度。起止颠倒的行动计"
                   "划落不到任何月份，完全在规划期之外的行动计划也不属于本规划。",
            .fix = "改正日期；规划期以外的工作放到以后年度的规划中。"},
     .example = R"(actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-07-31
    due: 2027-04-01)",
     .example_fixed = R"(actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-04-01
    due: 2027-07-31)"},

    {.id = "KAP-R005",
     .severity = Severity::warning,
     .family = 'R',
     .en = {.title = "dependency out of order",
            .checks = "An action lists in `depends_on` an action whose `due` is after this "
                      "action's `start`. A prerequisite may be due on the day this one starts.",
            .why = "If a prerequisite is due only after the dependent work starts, the dates are "
                   "not a schedule anyone can follow, and the dependent action's load and cost "
                   "fall in months it cannot really use.",
            .fix = "Move this action's `start` to the other's `due` or later, or bring the other "
                   "action forward."},
     .zh = {.title = "前置行动计划晚于本计划开始",
            .checks = "行动计划在 `depends_on` 中列出的前置行动计划，其 `due` 晚于本计划的 "
                      "`start`。前置计划的截止日与本计划的开始日在同一天是允许的。",
            .why = "前置工作还没完成，后续工作就已开始，这样的日期安排谁也执行不了；后续行动计划"
                   "的负荷和成本也被算进了实际用不上的月份。",
            .fix = "把本计划的 `start` 推迟到前置计划的 `due` 当天或之后，或者把前置计划提前。"},
     .example = R"(actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-04-01
    due: 2027-07-31
  - id: AC-06
    title: 政务云方案巡回推介
    strategy: ST-1
    owner: P-wang
    start: 2027-07-01
    due: 2027-10-31
    depends_on: [AC-04])",
     .example_fixed = R"(actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-04-01
    due: 2027-07-31
  - id: AC-06
    title: 政务云方案巡回推介
    strategy: ST-1
    owner: P-wang
    start: 2027-08-01
    due: 2027-10-31
    depends_on: [AC-04])"},

    {.id = "KAP-R006",
     .severity = Severity::warning,
     .family = 'R',
     .en = {.title = "unit with targets but no actions of its own",
            .checks = "A unit named as `unit` by a KPI has no action owned by a person of that "
                      "unit or of a unit below it.",
            .why = "Targets without means: the unit is asked for a number, but no work of its "
                   "own people is planned to deliver it. A plan that hands out targets without "
                   "execution scope, and ignores regional and departmental differences, is not "
                   "carried out.",
            .fix = "Plan the actions, owned by the unit's people, that deliver its KPIs, or move "
                   "the KPI to the unit that actually does the work."},
     .zh = {.title = "单位有指标却没有行动计划",
            .checks = "被某个指标的 `unit` 指定为责任单位的单位，没有任何由本单位或其下级单位人员"
                      "负责的行动计划。",
            .why = "有目标没手段：单位被要求完成一个数字，却没有安排本单位的人去做任何工作。只下"
                   "达指标、不考虑执行范围以及区域和部门差异的规划，是落不了地的。",
            .fix = "为该单位安排由本单位人员负责、支撑其指标的行动计划，或者把指标转给真正承担这"
                   "项工作的单位。"},
     .example = R"(people:
  - {id: P-wang, name: 王磊, unit: gov}
  - {id: P-zhao, name: 赵敏, unit: east-hz}
kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340}
actions:
  - id: AC-08
    title: 杭州政务云项目攻坚
    strategy: ST-1
    owner: P-wang
    kpis: [KPI-rev-hz]
    start: 2027-03-01
    due: 2027-11-30)",
     .example_fixed = R"(people:
  - {id: P-wang, name: 王磊, unit: gov}
  - {id: P-zhao, name: 赵敏, unit: east-hz}
kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340}
actions:
  - id: AC-08
    title: 杭州政务云项目攻坚
    strategy: ST-1
    owner: P-zhao
    kpis: [KPI-rev-hz]
    start: 2027-03-01
    due: 2027-11-30)"},

    {.id = "KAP-R007",
     .severity = Severity::info,
     .family = 'R',
     .en = {.title = "critical action not with the best available person",
            .checks = "For an action of `priority: critical`, another person fits its `needs` "
                      "better than the owner and still has free capacity for the action's "
                      "`effort` in every month the action touches. The finding names that "
                      "person.",
            .why = "Ask of a plan: did you assign your most capable people to this today? The "
                   "most important work should go to the best person who can take it on. This is "
                   "advice, not an error: other reasons may rightly decide.",
            .fix = "Consider making the named person the owner, or adding them to the `team`; "
                   "when the choice is deliberate, suppress the finding with the reason."},
     .zh = {.title = "关键行动计划未由最合适的人负责",
            .checks = "对于 `priority: critical` 的行动计划，另有一人比现任负责人更符合其 `needs` "
                      "的技能要求，并且在该计划涉及的每个月里都还有足够的富余的可投入工作量承担其 "
                      "`effort`。检查结果会写出此人。",
            .why = "检验规划要问一句：你今天把最有能力的人派到这项工作上了吗？最重要的工作应当交"
                   "给能腾出手来的最合适人选。这条只是提示而非错误，人选可能另有合理考虑。",
            .fix = "考虑由检查结果提到的人担任负责人，或将其加入 `team`；如果现有安排是有意为之，"
                   "请用 `ignore:` 写明理由。"},
     .example = R"(people:
  - {id: P-li, name: 李娜, unit: gov, skills: {solution-design: 3}}
  - {id: P-chen, name: 陈涛, unit: gov, skills: {solution-design: 5}}
actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-li
    start: 2027-04-01
    due: 2027-07-31
    effort: 0.3
    needs: {solution-design: 3}
    priority: critical)",
     .example_fixed = R"(people:
  - {id: P-li, name: 李娜, unit: gov, skills: {solution-design: 3}}
  - {id: P-chen, name: 陈涛, unit: gov, skills: {solution-design: 5}}
actions:
  - id: AC-04
    title: 政务云整体解决方案编制
    strategy: ST-1
    owner: P-chen
    start: 2027-04-01
    due: 2027-07-31
    effort: 0.3
    needs: {solution-design: 3}
    priority: critical)"},

    {.id = "KAP-R008",
     .severity = Severity::warning,
     .family = 'R',
     .en = {.title = "fully committed person owns actions",
            .checks = "A person whose `committed` alone is at or above their `capacity` owns "
                      "actions.",
            .why = "Ask the manager in charge whether the most capable people can be put on "
                   "the work today: if they are still busy with unfinished work and cannot start "
                   "tomorrow, there is no plan yet. New actions for a fully committed person "
                   "count on time that is not there.",
            .fix = "Give the actions to someone with free capacity, or first finish or hand over "
                   "the existing work and lower `committed` to what remains."},
     .zh = {.title = "已满负荷的人员仍负责行动计划",
            .checks = "某人仅 `committed` 一项就已达到或超过其 `capacity`，却仍负责行动计划。",
            .why = "问一问负责的营销经理：今天能把最有能力的人派来做这项工作吗？如果回答是他们手"
                   "头还有没做完的工作，明天调不过来，那就说明还没有真正的规划。给已满负荷的人安"
                   "排新的行动计划，指望的是并不存在的时间。",
            .fix = "把行动计划交给有富余的可投入工作量的人，或者先完成、移交原有工作，再把 "
                   "`committed` 调"
                   "低到实际剩余的水平。"},
     .example = R"(people:
  - {id: P-wang, name: 王磊, unit: gov, committed: 1.0}
  - {id: P-liu, name: 刘洋, unit: gov}
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-30
    effort: 0.2)",
     .example_fixed = R"(people:
  - {id: P-wang, name: 王磊, unit: gov, committed: 1.0}
  - {id: P-liu, name: 刘洋, unit: gov}
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-liu
    start: 2027-02-01
    due: 2027-06-30
    effort: 0.2)"},
    {.id = "KAP-R009",
     .severity = Severity::warning,
     .family = 'R',
     .en = {.title = "horizon year without a budget",
            .checks = "The plan has budget lines, but none for a year of its horizon.",
            .why = "A plan that is not linked with the budget of every year it covers cannot be "
                   "rolled: the resources it counts on in that year are nowhere committed. A plan "
                   "just rolled forward with `kaplan rollforward` has no budget yet for its new "
                   "last year; this finding is the reminder to fill it in.",
            .fix = "Add `resources.budget` lines for the year, one per category the actions of "
                   "that year will charge."},
     .zh = {.title = "规划期内某年没有预算",
            .checks = "规划有预算条目，但规划期内某一年没有任何预算条目。",
            .why = "规划不与所覆盖各年度的预算衔接，就无法滚动：这一年所依靠的资源没有任何落实。"
                   "用 `kaplan rollforward` 滚动生成的新规划，新增的最后一年还没有预算；此项检查"
                   "提醒规划人员补上。",
            .fix = "为该年度补充 `resources.budget` 条目，按该年行动计划将发生费用的类别逐项列"
                   "出。"},
     .example = R"(plan: {id: ka-2028, title: 2028–2030 规划, cycle: 2028, horizon: 3}
resources:
  budget:
    - {year: 2028, category: marketing, amount: 1200}
    - {year: 2029, category: marketing, amount: 950})",
     .example_fixed = R"(plan: {id: ka-2028, title: 2028–2030 规划, cycle: 2028, horizon: 3}
resources:
  budget:
    - {year: 2028, category: marketing, amount: 1200}
    - {year: 2029, category: marketing, amount: 950}
    - {year: 2030, category: marketing, amount: 900})"},
    {.id = "KAP-R010",
     .severity = Severity::info,
     .family = 'R',
     .en = {.title = "KPI growth beyond its segments' growth",
            .checks = "A cumulative, higher-is-better KPI with `segments` grows in some year "
                      "(its target over the previous year's target, or over the `baseline` in "
                      "the cycle year) by more than the revenue-weighted growth of its segments "
                      "plus `ambition_margin` percentage points (default 10). A segment's growth "
                      "is its `growth`, else the yearly growth between its two latest `revenue` "
                      "years; its weight is its latest revenue. The year with the largest excess "
                      "is reported.",
            .why = "Growth that outruns the market must be won from competitors or new "
                   "customers. Neither is impossible, but the plan should say how: an ambition "
                   "far above the segments' growth is where plans stop being believed.",
            .fix = "Check the segments' growth and the KPI's `segments`, name the strategies "
                   "that win share, or bring the target closer to the market's growth."},
     .zh = {.title = "指标增长超出其客户群增长",
            .checks = "写了 `segments` 的累计型、越高越好的指标，某一年的增长（当年目标相对上一年"
                      "目标，规划年度相对 `baseline`）超过其客户群按收入加权的增长加上 "
                      "`ambition_margin` 个百分点（默认 10）。客户群的增长取其 `growth`，没有时按"
                      "最近两个 `revenue` 年度计算年均增长；权重为最近一年的收入。报告超出最多的"
                      "年度。",
            .why = "超过市场增长的部分，只能从竞争对手手中或新客户处赢得。这并非不可能，但规划应当"
                   "说明如何做到：远高于客户群增长的雄心，正是规划难以令人信服之处。",
            .fix = "核实客户群的增长和指标的 `segments`，写明争夺份额的实施战略，或者让目标更贴近"
                   "市场增长。"},
     .example = R"(environment:
  segments:
    - id: SEG-gov
      name: 政务客户
      priority: core
      growth: 0.08
      revenue: {2026: 6000}
kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    segments: [SEG-gov]
    baseline: 6000
    targets: {2027: 7200})",
     .example_fixed = R"(environment:
  segments:
    - id: SEG-gov
      name: 政务客户
      priority: core
      growth: 0.08
      revenue: {2026: 6000}
kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    segments: [SEG-gov]
    baseline: 6000
    targets: {2027: 6900})"},
};

} // namespace

std::span<const RuleInfo> feasibility_rules() {
  return kRRules;
}

} // namespace kaplan::detail
