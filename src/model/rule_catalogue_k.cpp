// SPDX-License-Identifier: MIT
// Catalogue texts of the K rules: objectives measured by KPIs, cascaded to the execution level.
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kKRules[] = {
    {.id = "KAP-K001",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "objective with no KPI",
            .checks = "No top-level KPI names the objective in its `objective` field.",
            .why = "Evaluation is the most important part of planning, and an objective without "
                   "an indicator cannot be evaluated: nobody will know, while the plan runs or "
                   "after, whether it was reached.",
            .fix = "Add a top-level KPI with `objective` set to it, a `measure`, a target for "
                   "each horizon year and a `weight`."},
     .zh = {.title = "战略目标没有关键绩效指标",
            .checks = "没有任何顶层指标在 `objective` 字段中指向该战略目标。",
            .why = "评价是规划中最重要的环节，而没有指标的目标无从评价：无论在执行中还是执行后，"
                   "都没人知道它是否实现。",
            .fix = "新增一个顶层指标，`objective` 指向该目标，并写明 `measure`、规划期内每一年的"
                   "目标值和 `weight`。"},
     .example = R"(objectives:
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1])",
     .example_fixed = R"(objectives:
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1]
kpis:
  - id: KPI-sat
    name: 核心客户满意度
    objective: OBJ-C1
    measure: 分
    rollup: mean
    targets: {2027: 86, 2028: 88, 2029: 90}
    weight: 0.2)"},

    {.id = "KAP-K002",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "top-level KPI missing a target for a horizon year",
            .checks = "A top-level KPI's `targets` has no entry for a year of the horizon "
                      "(`cycle` to `cycle + horizon - 1`). The finding names the missing year.",
            .why = "A rolling plan commits to a path, not to one year: the later years' targets "
                   "are where next year's plan rolls forward from, and a year without a target "
                   "can be neither cascaded nor evaluated.",
            .fix = "Add the missing year to `targets`."},
     .zh = {.title = "顶层指标缺少规划期内某年的目标",
            .checks = "顶层指标的 `targets` 缺少规划期（`cycle` 至 `cycle + horizon - 1`）内某一"
                      "年的目标值。检查结果写明缺的是哪一年。",
            .why = "滚动规划承诺的是一条路径，而不只是一年：后几年的目标是下一年度规划滚动的起点"
                   "，缺了目标的年份既无法分解，也无法评价。",
            .fix = "在 `targets` 中补上缺少的年份。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  horizon: 3
kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150}
    weight: 0.4)",
     .example_fixed = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
  horizon: 3
kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4)"},

    {.id = "KAP-K003",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "top-level KPI not cascaded to the execution level",
            .checks = "A top-level KPI is not covered: some leaf of its cascade tree (a KPI with "
                      "no child KPIs, or the top-level KPI itself when it has none) is not at the "
                      "execution level. A KPI is at the execution level when its `unit` is an "
                      "execution-level unit (one with no child units) or when it has an `owner`.",
            .why = "An objective that is not decomposed through KPIs to the execution level is "
                   "owned by nobody who does the work. A target that stops at a region or a "
                   "department will not move by itself.",
            .fix = "Cascade the KPI further with child KPIs (`parent`) down to execution-level "
                   "units, or give the leaf an `owner`. `kaplan decompose --kpi ID --by equal "
                   "--units …` "
                   "writes the child KPIs for you."},
     .zh = {.title = "顶层指标未分解到执行层",
            .checks = "顶层指标没有覆盖到执行层：它的分解树中有某个末端指标（没有子指标的指标；顶"
                      "层指标本身没有子指标时即为它自己）不在执行层。指标的 `unit` 是执行层单位"
                      "（没有下级单位的单位），或者指标有 `owner`，即视为在执行层。",
            .why = "目标不通过关键绩效指标分解到执行层，就没有真正干活的人对它负责。停留在区域或"
                   "部门层面的目标，自己是不会动的。",
            .fix = "继续用子指标（`parent`）把它分解到执行层单位，或者为末端指标指定 `owner`。"
                   "`kaplan decompose --kpi ID --by equal --units …` 可以直接生成子指标。"},
     .example = R"(units:
  - {id: east, name: 华东区域, kind: region}
  - {id: east-hz, name: 杭州市公司, kind: branch, parent: east}
kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650})",
     .example_fixed = R"(units:
  - {id: east, name: 华东区域, kind: region}
  - {id: east-hz, name: 杭州市公司, kind: branch, parent: east}
kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650}
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 500, 2028: 580, 2029: 650})"},

    {.id = "KAP-K004",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "cascade gap",
            .checks = "For every year the parent KPI has a target, its children's targets for "
                      "that year, combined by the parent's `rollup` (`sum` by default, or `mean`, "
                      "`min`, `max`), must be at least the parent's target; for `direction: down` "
                      "they must be at most. A shortfall within the relative tolerance "
                      "`cascade_tolerance` (default 0.5% of the parent's target, set in "
                      "`.kaplan.yaml`) is accepted. The finding points at the parent KPI and names "
                      "the year, both figures and the gap.",
            .why = "If the branches' targets do not add up to the company's, the company target "
                   "is missed on paper before the year starts, and the gap belongs to nobody. "
                   "Objectives must be decomposed completely to those who carry them out.",
            .fix = "Raise the children's targets for that year, or lower the parent's, until "
                   "they cover it; or add a child KPI for the unit that will carry the "
                   "difference."},
     .zh = {.title = "指标分解缺口",
            .checks = "对于父指标有目标值的每一年，其子指标当年的目标值按父指标的 `rollup` 方式"
                      "（默认 `sum` 求和，也可以是 `mean`、`min`、`max`）合并后，必须不低于父指标"
                      "的目标值；`direction: down` 的指标则必须不高于。差额在相对容差 "
                      "`cascade_tolerance`（默认为父指标目标值的 0.5%，可在 `.kaplan.yaml` 中设置"
                      "）以内的不报告。检查结果指向父指标，并写明年份、双方数值和缺口。",
            .why = "各分公司的目标加起来够不上公司的目标，公司目标在年初就已经在纸面上落空了，而"
                   "缺口没有人承担。目标必须完整地分解到执行者身上。",
            .fix = "提高子指标当年的目标值（或调低父指标的目标值），直到能够覆盖；也可以为承担差"
                   "额的单位新增一个子指标。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650}
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 450, 2028: 570, 2029: 650})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650}
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 500, 2028: 570, 2029: 650})"},

    {.id = "KAP-K005",
     .severity = Severity::info,
     .family = 'K',
     .en = {.title = "cascade stretch",
            .checks = "In a year the parent KPI has a target, its children's targets combined by "
                      "the parent's `rollup` exceed the parent's target by more than 10% of it "
                      "(fall below it by more than 10%, for `direction: down`).",
            .why = "Some stretch in the branches is a deliberate buffer; a large one usually "
                   "means the company's and the branches' targets were set separately, or that "
                   "the branches are asked for more than their people and resources can carry.",
            .fix = "Bring the parent and the children into line. If the buffer is deliberate, "
                   "keep it and suppress the finding on the parent with the reason."},
     .zh = {.title = "指标分解层层加码",
            .checks = "在父指标有目标值的某一年，子指标按父指标 `rollup` 方式合并后的目标值超出父"
                      "指标目标值 10% 以上（`direction: down` 的指标则是低于父指标 10% 以上）。",
            .why = "下级目标略高于上级，可以是有意留出的余量；高出太多，往往说明公司目标和分公司"
                   "目标是各定各的，或者给分公司压了超出其人员和资源能力的任务。",
            .fix = "让父子指标的目标相互衔接；如果余量是有意为之，可以保留，并在父指标上用 "
                   "`ignore:` 写明理由。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 600, 2028: 600, 2029: 680}
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 550, 2028: 570, 2029: 650})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 520, 2028: 600, 2029: 680}
  - id: KPI-rev-west
    name: 华西大客户收入
    parent: KPI-rev
    unit: west
    targets: {2027: 500, 2028: 570, 2029: 650})"},

    {.id = "KAP-K006",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "child KPI assigned outside the parent's unit",
            .checks = "A child KPI's `unit` is neither its parent KPI's `unit` nor a unit below "
                      "it in the unit tree (`units[].parent`). Checked only when the parent KPI "
                      "has a `unit`.",
            .why = "A cascade follows the organisation: a region's target is split among that "
                   "region's branches. A child assigned to a unit outside the parent's makes one "
                   "unit answer for another unit's number.",
            .fix = "Set the child's `unit` to the parent's unit or one below it, or hang the "
                   "child under the KPI of its own unit."},
     .zh = {.title = "子指标的责任单位不在父指标单位之下",
            .checks = "子指标的 `unit` 既不是父指标的 `unit`，也不是单位树（`units[].parent`）中"
                      "位于其下的单位。仅在父指标设置了 `unit` 时检查。",
            .why = "指标分解应当沿着组织架构进行：区域的目标分给本区域的市公司。分给父指标单位以"
                   "外的单位，就等于让一个单位为另一个单位的数字负责。",
            .fix = "把子指标的 `unit` 改为父指标的单位或其下级单位，或者把子指标挂到其所属单位的"
                   "指标下面。"},
     .example = R"(units:
  - {id: east, name: 华东区域, kind: region}
  - {id: east-hz, name: 杭州市公司, kind: branch, parent: east}
  - {id: west, name: 华西区域, kind: region}
  - {id: west-cd, name: 成都市公司, kind: branch, parent: west}
kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: west-cd
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340})",
     .example_fixed = R"(units:
  - {id: east, name: 华东区域, kind: region}
  - {id: east-hz, name: 杭州市公司, kind: branch, parent: east}
  - {id: west, name: 华西区域, kind: region}
  - {id: west-cd, name: 成都市公司, kind: branch, parent: west}
kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340})"},

    {.id = "KAP-K007",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "execution-level KPI with no owner",
            .checks = "A KPI whose `unit` is an execution-level unit (one with no child units) "
                      "has no `owner`.",
            .why = "At the execution level a target needs a person who answers for it: a unit "
                   "cannot be asked in the monthly review why its number is red, a person can.",
            .fix = "Set `owner` to the person (from `people`) accountable for the KPI in that "
                   "unit."},
     .zh = {.title = "执行层指标没有责任人",
            .checks = "`unit` 为执行层单位（没有下级单位）的指标没有 `owner`。",
            .why = "到了执行层，目标必须落到具体的人：月度评价时指标亮了红灯，可以追问一个人，却"
                   "没法追问一个单位。",
            .fix = "在 `owner` 中填写该单位对此指标负责的人员（`people` 中的 id）。"},
     .example = R"(kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    targets: {2027: 260, 2028: 300, 2029: 340})",
     .example_fixed = R"(kpis:
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340})"},

    {.id = "KAP-K008",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "child KPI with a different measure",
            .checks = "A child KPI sets a `measure` different from its parent's. A child that "
                      "omits `measure` inherits the parent's.",
            .why = "Targets and actuals are combined up the cascade; figures in different "
                   "measures (`CNY 10k` and `CNY`, accounts and %) cannot be added, so the "
                   "cascade check would compare nonsense.",
            .fix = "Remove the child's `measure` to inherit the parent's, and convert its "
                   "targets to that measure."},
     .zh = {.title = "子指标计量单位与父指标不同",
            .checks = "子指标设置的 `measure` 与父指标不同。子指标不写 `measure` 时，沿用父指标的"
                      "计量单位。",
            .why = "目标值和实际完成值要沿指标分解逐级合并；不同计量单位的数字（`CNY 10k` 与 "
                   "`CNY`、客户数与百分比）无法相加，分解检查就会拿毫无意义的数字作比较。",
            .fix = "删去子指标的 `measure`，沿用父指标的计量单位，并把它的目标值换算成该单位。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    measure: CNY
    targets: {2027: 5000000, 2028: 5800000, 2029: 6500000})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.4
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650})"},

    {.id = "KAP-K009",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "top-level weights do not sum to 1",
            .checks = "The `weight` of all top-level KPIs adds up to less than 0.99 or more than "
                      "1.01. When a KPI's `weight` cannot be read (`weight: 40%`), its structure "
                      "finding says so and this check is skipped (one mistake, one finding).",
            .why = "Weights say how much each indicator counts in the performance scorecard. "
                   "When they do not sum to 1, the overall score is on a different scale than "
                   "everyone reads it, and the balance between perspectives is not what it "
                   "appears to be.",
            .fix = "Adjust the weights so that they sum to 1."},
     .zh = {.title = "顶层指标权重之和不为 1",
            .checks = "全部顶层指标的 `weight` 之和小于 0.99 或大于 1.01。某个指标的 `weight` "
                      "无法读取时（如 `weight: 40%`），由相应的结构检查报告，本项检查跳过（一个错误"
                      "只报告一次）。",
            .why = "权重决定每个指标在绩效计分卡中占多少分量。权重之和不为 1，总分的尺度就和大家"
                   "理解的不一样，各维度之间的平衡也名不副实。",
            .fix = "调整各指标的权重，使其合计为 1。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.5
  - id: KPI-sat
    name: 核心客户满意度
    objective: OBJ-C1
    measure: 分
    rollup: mean
    targets: {2027: 86, 2028: 88, 2029: 90}
    weight: 0.3)",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.6
  - id: KPI-sat
    name: 核心客户满意度
    objective: OBJ-C1
    measure: 分
    rollup: mean
    targets: {2027: 86, 2028: 88, 2029: 90}
    weight: 0.4)"},

    {.id = "KAP-K010",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "top-level KPI that no action moves",
            .checks = "No action lists the top-level KPI, or any KPI of its cascade tree, in its "
                      "`kpis`.",
            .why = "A target with no work attached is met only by luck. Strategy that is not "
                   "turned into actions never reaches execution; linking actions to the "
                   "indicators they move shows where the effort goes.",
            .fix = "Add the KPI, or a branch's child KPI, to the `kpis` of the actions meant to "
                   "move it, or add such an action."},
     .zh = {.title = "顶层指标没有行动计划支撑",
            .checks = "没有任何行动计划在 `kpis` 中列出该顶层指标或其分解树中的任何指标。",
            .why = "没有工作支撑的目标只能靠运气达成。战略不转化为行动计划就到不了执行层面；把行"
                   "动计划与它要推动的指标关联起来，才能看清力气用在了哪里。",
            .fix = "在相应行动计划的 `kpis` 中加入该指标（或分公司的子指标），或者为它新增行动计"
                   "划。"},
     .example = R"(kpis:
  - id: KPI-sat
    name: 核心客户满意度
    objective: OBJ-C1
    measure: 分
    rollup: mean
    owner: P-wang
    targets: {2027: 86, 2028: 88, 2029: 90}
    weight: 0.3
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    kpis: [KPI-rev]
    start: 2027-02-01
    due: 2027-06-30)",
     .example_fixed = R"(kpis:
  - id: KPI-sat
    name: 核心客户满意度
    objective: OBJ-C1
    measure: 分
    rollup: mean
    owner: P-wang
    targets: {2027: 86, 2028: 88, 2029: 90}
    weight: 0.3
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    kpis: [KPI-rev, KPI-sat]
    start: 2027-02-01
    due: 2027-06-30)"},

    {.id = "KAP-K011",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "cycle in the parent chain",
            .checks = "Following `parent` from a KPI leads back to that KPI, e.g. A names B as "
                      "its parent and B names A.",
            .why = "A cascade is a tree from each top-level KPI down to execution. A loop has no "
                   "top: its KPIs belong to no objective, and their targets can be neither "
                   "combined nor checked.",
            .fix = "Break the loop: one KPI of the chain must be top-level (`objective`) or name "
                   "a parent outside the loop."},
     .zh = {.title = "父指标链形成循环",
            .checks = "沿 `parent` 逐级向上追溯，又回到了指标自身，例如 A 的父指标是 B，B 的父指"
                      "标又是 A。",
            .why = "指标分解是一棵从顶层指标向下直到执行层的树。形成循环就没有了顶端：其中的指标"
                   "不属于任何战略目标，目标值也无法合并和检查。",
            .fix = "打断循环：链条中要有一个指标是顶层指标（写 `objective`），或者把父指标改为循"
                   "环之外的指标。"},
     .example = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev-hz
    unit: east
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao)",
     .example_fixed = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao)"},

    {.id = "KAP-K012",
     .severity = Severity::error,
     .family = 'K',
     .en = {.title = "KPI with both or neither of objective and parent",
            .checks = "A KPI has both `objective` and `parent`, or neither. Every KPI is either "
                      "top-level (`objective`) or a cascaded child (`parent`).",
            .why = "The two kinds play different parts: a top-level KPI measures an objective "
                   "and carries a weight in the scorecard, a child carries a share of its "
                   "parent's target. A KPI that is both would be counted twice; one that is "
                   "neither belongs to nothing.",
            .fix = "Keep `objective` for an indicator of the objective itself, or `parent` for a "
                   "share of another KPI, and remove the other."},
     .zh = {.title = "`objective` 与 `parent` 须指定且只能指定其一",
            .checks = "指标同时写了 `objective` 和 `parent`，或者两者都没写。每个指标要么是顶层"
                      "指标（写 `objective`），要么是分解下来的子指标（写 `parent`）。",
            .why = "两类指标作用不同：顶层指标衡量战略目标，在计分卡中占有权重；子指标承担父指标"
                   "目标的一部分。两者兼是的指标会被重复计算，两者皆非的指标则无所归属。",
            .fix = "衡量目标本身的指标保留 `objective`，承担其他指标一部分的指标保留 `parent`，"
                   "删去另一个。"},
     .example = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    objective: OBJ-F1
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650})",
     .example_fixed = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650})"},

    {.id = "KAP-K013",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "child target for a year the parent has none",
            .checks = "A cascaded KPI has a target for a year for which its parent KPI has "
                      "none.",
            .why = "That year's target combines into nothing and cannot be checked against a "
                   "parent figure. Usually the child was written for a different horizon, or the "
                   "parent's year is missing.",
            .fix = "Add the year's target to the parent, or remove it from the child."},
     .zh = {.title = "子指标有父指标没有的年度目标",
            .checks = "分解下来的子指标有某一年的目标值，而父指标在这一年没有目标值。",
            .why = "这一年的目标值无处合并，也无法与上级数字核对。通常是子指标按另一个规划期编写"
                   "，或者父指标漏了这一年。",
            .fix = "给父指标补上这一年的目标值，或者从子指标中删去。"},
     .example = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580}
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340})",
     .example_fixed = R"(kpis:
  - id: KPI-rev-east
    name: 华东大客户收入
    parent: KPI-rev
    unit: east
    targets: {2027: 500, 2028: 580, 2029: 650}
  - id: KPI-rev-hz
    name: 杭州大客户收入
    parent: KPI-rev-east
    unit: east-hz
    owner: P-zhao
    targets: {2027: 260, 2028: 300, 2029: 340})"},
    {.id = "KAP-K014",
     .severity = Severity::warning,
     .family = 'K',
     .en = {.title = "actions' contributions short of the growth asked",
            .checks = "For a KPI that some action's `contributes` names, each year whose target "
                      "asks for growth (the target minus the previous year's target, or minus the "
                      "`baseline` in the cycle year; the reverse for `direction: down`) is "
                      "compared with the sum of the actions' contributions for that year. A "
                      "shortfall of more than 5% of the asked growth is reported, naming the "
                      "year, the gap and the actions. Years that ask for no growth are not "
                      "checked.",
            .why = "A target is only as credible as the actions behind it. When the planners "
                   "say what each action is expected to add, the sum shows whether the action "
                   "plan can carry the objective, or whether part of the growth is hoped for.",
            .fix = "Add or enlarge actions until their contributions cover the growth, or bring "
                   "the target down to what the actions can deliver."},
     .zh = {.title = "行动计划的预期贡献不足以支撑目标增量",
            .checks =
                "对于被某项行动计划的 `contributes` 写到的指标，凡目标要求增长的年度（当年目标"
                "减去上一年目标，规划年度减去 `baseline`；越低越好的指标反过来算），都把当年"
                "各行动计划的预期贡献之和与目标增量比较。缺口超过目标增量的 5% 即报告，并写明"
                "年度、缺口和相关行动计划。不要求增长的年度不检查。",
            .why = "目标是否可信，取决于背后的行动计划。写明每项行动计划的预期贡献后，合计就能说明"
                   "行动计划能否支撑战略目标，还是有一部分增长只是寄希望于此。",
            .fix = "增加或加大行动计划，直到预期贡献覆盖目标增量；或者把目标调整到行动计划能够达到"
                   "的水平。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    baseline: 10000
    targets: {2027: 11000}
actions:
  - id: AC-gov
    title: 政务云解决方案推广
    strategy: ST-1
    contributes: {KPI-rev: {2027: 600}})",
     .example_fixed = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    baseline: 10000
    targets: {2027: 11000}
actions:
  - id: AC-gov
    title: 政务云解决方案推广
    strategy: ST-1
    contributes: {KPI-rev: {2027: 600}}
  - id: AC-edu
    title: 智慧校园项目拓展
    strategy: ST-1
    contributes: {KPI-rev: {2027: 400}})"},
};

} // namespace

std::span<const RuleInfo> cascade_rules() {
  return kKRules;
}

} // namespace kaplan::detail
