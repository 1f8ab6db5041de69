// SPDX-License-Identifier: MIT
// Catalogue texts of the C rules: a complete plan that is oriented on problems.
#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan::detail {

namespace {

constexpr RuleInfo kCRules[] = {
    {.id = "KAP-C001",
     .severity = Severity::error,
     .family = 'C',
     .en = {.title = "required section missing or empty",
            .checks = "One of the six parts of a complete plan is absent from every file of the "
                      "plan, or present with no entries: external environment analysis "
                      "(`environment`), internal resource and capability evaluation "
                      "(`capabilities`), strategic objectives (`objectives`, with their `kpis`), "
                      "implementation strategies (`strategies`), resource allocation "
                      "(`resources`, with `people`) and the action plan (`actions`). One finding "
                      "per missing section.",
            .why = "These six parts are what a sound plan contains; without any one of them the "
                   "plan cannot be carried out. Without an action plan, strategy never becomes "
                   "the year's work; without resources, nobody can say whether it is feasible.",
            .fix = "Add the section with at least one entry. It may live in any file of the "
                   "plan, a branch file for instance."},
     .zh = {.title = "缺少必备部分",
            .checks = "一份完整规划的六个部分中，有某一部分在规划的所有文件中都没有出现，或者出现"
                      "了却没有任何条目：外部环境分析（`environment`）、内部资源能力评价"
                      "（`capabilities`）、战略目标（`objectives` 及其 `kpis`）、实施战略"
                      "（`strategies`）、资源配置（`resources` 及 `people`）和行动计划"
                      "（`actions`）。每缺一部分报告一次。",
            .why = "这六个部分是一份合理规划的基本内容，缺了任何一个，规划都无法落地：没有行动计"
                   "划，战略就变不成年度工作；没有资源配置，就无从判断规划是否可行。",
            .fix = "补上该部分，至少写一个条目。它可以放在规划的任何一个文件里，例如分公司的文"
                   "件。"},
     .example = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
actions: [])",
     .example_fixed = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
actions:
  - id: AC-01
    title: 重点政务客户高层拜访
    strategy: ST-1
    owner: P-wang
    start: 2027-02-01
    due: 2027-06-30)"},

    {.id = "KAP-C002",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "no assumptions",
            .checks = "The plan has no entry under `assumptions`. An assumption states a premise "
                      "about the environment that the plan relies on (`statement`), best with the "
                      "`signal` that would show it wrong and a `review_by` date.",
            .why = "Plans fail to convince when their premises are never stated: forecasts reach "
                   "far, and nobody can tell what they rest on or when they stop holding. Written "
                   "assumptions make the premise visible and give the evaluation loop something "
                   "to check (KAP-G005).",
            .fix = "List the few premises about policy, the market or competitors that the "
                   "targets depend on, each with the signal that would show it wrong and the date "
                   "to review it."},
     .zh = {.title = "没有基本假设",
            .checks = "规划中 `assumptions` 没有任何条目。基本假设写明规划所依赖的环境前提"
                      "（`statement`），最好同时写出说明它不再成立的信号（`signal`）和复核日期"
                      "（`review_by`）。",
            .why = "前提不明的规划难以服人：预测做得很远，却没人说得清它建立在什么之上、什么时候"
                   "会失效。把基本假设写出来，前提就摆到了桌面上，评价闭环也有了可以复核的对象"
                   "（见 KAP-G005）。",
            .fix = "列出目标所依赖的几条关于政策、市场或竞争对手的前提，每条写明会推翻它的信号和"
                   "复核日期。"},
     .example = R"(assumptions: [])",
     .example_fixed = R"(assumptions:
  - id: AS-1
    statement: 政务云集中采购政策在规划期内保持不变
    signal: 省政府调整集中采购目录
    review_by: 2027-06-30)"},

    {.id = "KAP-C003",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "environment factor with no bearing on a decision",
            .checks = "An environment factor (`environment.factors`) is named neither in any "
                      "issue's `evidence` nor in any strategy's `basis`.",
            .why = "Environment analysis that lists facts without relating them to decisions is "
                   "a common weakness. A factor that no issue or strategy cites has no bearing on "
                   "what the plan does: either it matters and the link is missing, or it does not "
                   "and can go.",
            .fix = "Cite the factor in the `evidence` of the issue it reveals or in the `basis` "
                   "of the strategy it supports, or remove it."},
     .zh = {.title = "外部环境因素未被引用",
            .checks = "某个外部环境因素（`environment.factors`）既没有出现在任何战略问题的 "
                      "`evidence` 中，也没有出现在任何实施战略的 `basis` 中。",
            .why = "环境分析只罗列事实、不说明与决策的关联，是规划的通病。没有任何战略问题或实施"
                   "战略引用的因素，对规划要做的事没有影响：要么它确实重要而漏了关联，要么它并不"
                   "重要，可以删去。",
            .fix = "在它所揭示的战略问题的 `evidence` 中，或它所支撑的实施战略的 `basis` 中引用"
                   "它；否则删去。"},
     .example = R"(environment:
  factors:
    - id: F-pol-1
      category: policy
      finding: 数字政府建设列入省重点工程
      impact: high
      effect: opportunity
issues:
  - id: ISS-1
    statement: 政务客户行业解决方案能力不足
    evidence: [CAP-sol])",
     .example_fixed = R"(environment:
  factors:
    - id: F-pol-1
      category: policy
      finding: 数字政府建设列入省重点工程
      impact: high
      effect: opportunity
issues:
  - id: ISS-1
    statement: 政务客户行业解决方案能力不足
    evidence: [CAP-sol, F-pol-1])"},

    {.id = "KAP-C004",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "capability without a benchmark",
            .checks = "A capability has no `benchmark`: the 1 to 5 level it is compared against, "
                      "usually that of the strongest competitor or of the industry (named in "
                      "`benchmark_source`).",
            .why = "A judgement without a comparison standard is no diagnosis; a capability "
                   "evaluation that only rates itself tends to restate the annual work report. A "
                   "rating means something only next to the level needed to compete.",
            .fix = "Add `benchmark` (1 to 5) and, where known, `benchmark_source` naming the "
                   "competitor or the source of the comparison."},
     .zh = {.title = "内部资源能力缺少对标",
            .checks = "某项内部资源能力没有 `benchmark`，即用来对比的 1 到 5 级水平，通常取最强竞"
                      "争对手或行业的水平（在 `benchmark_source` 中注明）。",
            .why = "没有比较标准的判断算不上诊断，只给自己打分的能力评价，往往是工作总结的翻版。"
                   "评分只有放在参与竞争所需的水平旁边，才有意义。",
            .fix = "补上 `benchmark`（1 到 5）；能注明的话，在 `benchmark_source` 中写明对标的"
                   "竞争对手或资料来源。"},
     .example = R"(capabilities:
  - id: CAP-sol
    area: 行业解决方案
    rating: 2)",
     .example_fixed = R"(capabilities:
  - id: CAP-sol
    area: 行业解决方案
    rating: 2
    benchmark: 4
    benchmark_source: CMP-a)"},

    {.id = "KAP-C005",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "objective that addresses no issue",
            .checks = "An objective's `addresses` is missing or empty: it names no strategic "
                      "issue.",
            .why = "A plan should be problem-oriented: each objective exists to remove a "
                   "bottleneck the plan has named. An objective tied to no issue is a wish, and "
                   "nobody can tell whether reaching it solves anything.",
            .fix = "List in `addresses` the issues the objective is meant to resolve. If none "
                   "fits, the missing issue is the real gap: add it under `issues` with its "
                   "evidence."},
     .zh = {.title = "战略目标未针对战略问题",
            .checks = "战略目标的 `addresses` 缺失或为空，没有指向任何战略问题。",
            .why = "规划应当以问题为导向：每个战略目标都是为了突破规划中点明的某个瓶颈。不针对任"
                   "何问题的目标只是愿望，谁也说不清实现它到底解决了什么。",
            .fix = "在 `addresses` 中列出该目标要解决的战略问题。如果找不到对应的问题，说明真正"
                   "缺的是问题本身：请在 `issues` 中补上，并附上依据。"},
     .example = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%)",
     .example_fixed = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1])"},

    {.id = "KAP-C006",
     .severity = Severity::info,
     .family = 'C',
     .en = {.title = "objective not aligned to a group indicator",
            .checks = "An objective has no `aligns_to`: the code of the group company's "
                      "evaluation indicator it serves.",
            .why = "Targets that are not tied to the indicators the group evaluates the company "
                   "on carry little weight: the plan should show how the company's objectives "
                   "serve what it will be assessed against.",
            .fix = "Set `aligns_to` to the group indicator's code. When an objective deliberately "
                   "has none, suppress the finding with a reason."},
     .zh = {.title = "战略目标未对接集团考核指标",
            .checks = "战略目标没有 `aligns_to`，即它所对应的集团公司考核指标编码。",
            .why = "与集团考核指标脱节的发展目标缺乏参考价值：规划应当说明公司的战略目标如何服务"
                   "于集团将要考核的内容。",
            .fix = "在 `aligns_to` 中填写集团考核指标的编码。确实没有对应指标的目标，请用 "
                   "`ignore:` 写明理由。"},
     .example = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1])",
     .example_fixed = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1]
    aligns_to: GKPI-03)"},

    {.id = "KAP-C007",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "balanced-scorecard perspective with no objective",
            .checks = "One of the four balanced-scorecard perspectives, `financial`, `customer`, "
                      "`internal` (internal processes) and `learning` (learning and growth), has "
                      "no objective. One finding per missing perspective. When an objective's "
                      "`perspective` cannot be read, its structure finding says so and this "
                      "check is skipped (one mistake, one finding).",
            .why = "Indicators built on finance alone describe results, not their causes. A "
                   "complete balanced-scorecard frame also sets objectives for customers, "
                   "internal processes and learning and growth, which is where next year's "
                   "results come from.",
            .fix = "Add an objective in each missing perspective, addressing an issue and "
                   "measured by a KPI."},
     .zh = {.title = "平衡计分卡维度缺少战略目标",
            .checks =
                "平衡计分卡的四个维度中，有某个维度没有任何战略目标。四个维度是 `financial`"
                "（财务）、`customer`（客户）、`internal`（内部流程）和 `learning`（学习与"
                "成长）。每缺一个维度报告一次。某个战略目标的 `perspective` 无法读取时，由相应的"
                "结构检查报告，本项检查跳过（一个错误只报告一次）。",
            .why = "只看财务的指标体系只描述结果，不触及原因。完整的平衡计分卡框架还要为客户、内"
                   "部流程、学习与成长设定目标，来年的业绩正是从这些地方来的。",
            .fix = "为每个缺失的维度补上战略目标，让它针对某个战略问题，并用关键绩效指标来衡"
                   "量。"},
     .example = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1]
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1]
  - id: OBJ-I1
    perspective: internal
    statement: 方案响应周期缩短到 10 天
    addresses: [ISS-2])",
     .example_fixed = R"(objectives:
  - id: OBJ-F1
    perspective: financial
    statement: 大客户收入年均增长 12%
    addresses: [ISS-1]
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1]
  - id: OBJ-I1
    perspective: internal
    statement: 方案响应周期缩短到 10 天
    addresses: [ISS-2]
  - id: OBJ-L1
    perspective: learning
    statement: 建成省级大客户经理梯队
    addresses: [ISS-2])"},

    {.id = "KAP-C008",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "scorecard weighted towards finance",
            .checks = "The `weight` of the top-level KPIs whose objective has `perspective: "
                      "financial` adds up to more than 60% of the total weight of all top-level "
                      "KPIs.",
            .why = "When the scorecard is almost all finance, the plan rewards this year's "
                   "revenue over the customer, process and people work that produces next "
                   "year's. A finance-only indicator system is the sign of a plan without a "
                   "balanced scorecard.",
            .fix = "Move weight to KPIs of the customer, internal and learning perspectives, "
                   "adding KPIs where needed, until the financial ones carry 60% or less."},
     .zh = {.title = "财务指标权重过高",
            .checks = "所属战略目标为 `perspective: financial` 的顶层指标，其 `weight` 之和超过全"
                      "部顶层指标权重合计的 60%。",
            .why = "计分卡几乎全是财务指标时，规划奖励的是当年的收入，而不是为来年创造收入的客户"
                   "、流程和人才工作。只有财务指标，正说明规划没有建立平衡计分卡框架。",
            .fix = "把部分权重移到客户、内部流程、学习与成长维度的指标上（必要时新增指标），直到"
                   "财务指标的权重合计不超过 60%。"},
     .example = R"(kpis:
  - id: KPI-rev
    name: 大客户收入
    objective: OBJ-F1
    measure: CNY 10k
    targets: {2027: 1000, 2028: 1150, 2029: 1300}
    weight: 0.7
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

    {.id = "KAP-C009",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "market strategy not based on customers or competitors",
            .checks = "A strategy of `kind: market` has a `basis` that names no customer segment "
                      "and no competitor: it is empty, or cites only factors, capabilities or "
                      "issues.",
            .why = "A strategy that sums up the leadership's and departments' working ideas, "
                   "rather than building on customers and competitors, is cut off from the "
                   "analysis before it: it cannot carry the objectives, guide the choice of "
                   "market moves, or stand the test of the market.",
            .fix = "Add to `basis` the segments the strategy targets and the competitors it "
                   "answers."},
     .zh = {.title = "市场战略未基于客户和竞争对手",
            .checks = "`kind: market` 的实施战略，其 `basis` 中既没有客户群也没有竞争对手：要么为"
                      "空，要么只引用了环境因素、能力或战略问题。",
            .why = "不以客户和竞争对手为依据、只是领导和各部门工作思路汇总的战略，与前面的分析脱"
                   "节：既支撑不了目标的实现，也指导不了市场策略的选择，更经不起市场的检验。",
            .fix = "在 `basis` 中补上该战略针对的客户群和要应对的竞争对手。"},
     .example = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
    basis: [F-pol-1, CAP-sol])",
     .example_fixed = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
    basis: [F-pol-1, CAP-sol, SEG-gov, CMP-a])"},

    {.id = "KAP-C010",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "no internal management strategy",
            .checks = "No strategy has `kind: internal`, the kind for management improvement.",
            .why = "Without internal management improvement the plan is not a complete operating "
                   "system: the front line cannot win key accounts unless the back office "
                   "changes to support it.",
            .fix = "Add at least one strategy of kind `internal` for the process, organisation "
                   "or system change the market strategies need, with its objectives and "
                   "actions."},
     .zh = {.title = "缺少内部管理改进战略",
            .checks = "没有任何实施战略的 `kind` 为 `internal`（内部管理改进）。",
            .why = "不考虑内部管理改进，规划就成不了完整的运营体系：前台要拿下大客户，后台必须随"
                   "之调整、给予支撑。",
            .fix = "至少增加一条 `internal` 类实施战略，写明市场战略所需要的流程、组织或制度变革"
                   "，并落实到战略目标和行动计划。"},
     .example = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
    basis: [SEG-gov, CMP-a])",
     .example_fixed = R"(strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1]
    basis: [SEG-gov, CMP-a]
  - id: ST-2
    statement: 建立前后台协同的大客户售前支撑机制
    kind: internal
    objectives: [OBJ-I1]
    basis: [ISS-2])"},

    {.id = "KAP-C011",
     .severity = Severity::error,
     .family = 'C',
     .en = {.title = "strategy with no action in the cycle year",
            .checks = "A strategy has no action whose dates (start to due, inclusive) overlap the "
                      "cycle year `plan.cycle`: no action names it in `strategy`, or all that do "
                      "lie entirely before or after that year.",
            .why = "The product of planning is a strategy that starts action now. A strategy "
                   "with no action dated this year is not part of this year's work, and strategy "
                   "that is never turned into annual work is how plans fail to reach execution.",
            .fix = "Add an action for the strategy dated at least partly in the cycle year, or "
                   "move an existing action's start into it."},
     .zh = {.title = "实施战略在规划年度没有行动计划",
            .checks = "某条实施战略没有任何行动计划的起止日期（含首尾两天）与规划年度"
                      "（`plan.cycle`）重叠：要么没有行动计划在 `strategy` 中引用它，要么引用它"
                      "的行动计划全部落在该年度之前或之后。",
            .why = "规划的产出是现在就开始行动的战略。本年度没有行动的战略，就不在今年的工作里；"
                   "战略不转化为年度工作，规划就到不了执行层面。",
            .fix = "为该战略增加一项至少部分落在规划年度内的行动计划，或把已有行动计划的开始日期"
                   "提前到该年度。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
actions:
  - id: AC-05
    title: 组建售前方案团队
    strategy: ST-2
    owner: P-li
    start: 2028-03-01
    due: 2028-09-30)",
     .example_fixed = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
actions:
  - id: AC-05
    title: 组建售前方案团队
    strategy: ST-2
    owner: P-li
    start: 2027-09-01
    due: 2028-03-31)"},

    {.id = "KAP-C012",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "issue with no evidence",
            .checks = "An issue's `evidence` is missing or empty: it cites no factor, segment, "
                      "competitor, capability or source.",
            .why = "A bottleneck named without evidence is an opinion; an objective diagnosis "
                   "shows what it rests on. Evidence also records which part of the analysis "
                   "each issue comes from, so the issue is re-examined when that analysis "
                   "changes.",
            .fix = "List in `evidence` the factors, segments, competitors, capabilities or "
                   "research sources that show the issue."},
     .zh = {.title = "战略问题缺少依据",
            .checks = "战略问题的 `evidence` 缺失或为空，没有引用任何环境因素、客户群、竞争对手、"
                      "能力或调研来源。",
            .why = "没有依据的瓶颈只是个人看法，客观的诊断要说明它从何而来。依据还记录了每个问题"
                   "出自哪一部分分析，分析有了变化，就知道该重新审视哪些问题。",
            .fix = "在 `evidence` 中列出能说明该问题的环境因素、客户群、竞争对手、能力或调研来"
                   "源。"},
     .example = R"(issues:
  - id: ISS-1
    statement: 政务客户行业解决方案能力不足)",
     .example_fixed = R"(issues:
  - id: ISS-1
    statement: 政务客户行业解决方案能力不足
    evidence: [CAP-sol, SEG-gov, SRC-survey])"},

    {.id = "KAP-C013",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "resource kinds never considered",
            .checks = "Some of the five resource kinds beyond money and fixed assets appear "
                      "nowhere in the plan: talent (present when the plan has `people` or an "
                      "asset of kind `talent`), and information, external, group and partner "
                      "(each present when `resources.assets` has an asset of that kind). One "
                      "finding lists all the missing kinds.",
            .why = "Plans that list only fixed-asset investment ignore the resources that decide "
                   "whether a key-account strategy works: talent, information, external "
                   "relations, the group company and industry partners. Naming each kind, even "
                   "briefly, forces the question of what the plan can draw on.",
            .fix = "Add under `resources.assets` an asset of each missing kind, saying what is "
                   "available, e.g. the group's industry solution library or a partner's "
                   "delivery team."},
     .zh = {.title = "资源类型考虑不全",
            .checks = "资金和固定资产之外的五类资源中，有的在规划中完全没有出现：人才（规划中有 "
                      "`people` 或有 `talent` 类资产即算考虑过），以及信息、外部关系、集团公司和"
                      "产业合作伙伴（`resources.assets` 中有对应的 `information`、`external`、"
                      "`group`、`partner` 类资产即算考虑过）。缺少的类型合在一条检查结果中列出。",
            .why = "只列固定资产投资的规划，忽略了决定大客户战略成败的资源：人才、信息、外部关系"
                   "、集团公司和产业合作伙伴。哪怕只写一句，逐类列出也能促使规划人员想清楚规划到"
                   "底能调动哪些资源。",
            .fix = "在 `resources.assets` 中为每类缺少的资源补充条目，写明可以调动什么，例如集团"
                   "的行业解决方案库、合作伙伴的交付团队。"},
     .example = R"(resources:
  assets:
    - {id: RS-dc, kind: fixed-asset, name: 省数据中心二期})",
     .example_fixed = R"(resources:
  assets:
    - {id: RS-dc, kind: fixed-asset, name: 省数据中心二期}
    - {id: RS-team, kind: talent, name: 行业解决方案专家团队}
    - {id: RS-crm, kind: information, name: 大客户关系管理系统}
    - {id: RS-assoc, kind: external, name: 省软件行业协会}
    - {id: RS-lib, kind: group, name: 集团行业解决方案库}
    - {id: RS-isv, kind: partner, name: 政务软件伙伴交付团队})"},

    {.id = "KAP-C014",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "no core customer segment",
            .checks = "No segment under `environment.segments` has `priority: core`.",
            .why = "Market research should identify the strategic customer groups and the "
                   "business priorities. Without a core group, every segment competes equally for "
                   "the same scarce people and budget.",
            .fix = "Mark the segments the plan is built around as `priority: core`."},
     .zh = {.title = "没有核心客户群",
            .checks = "`environment.segments` 中没有任何客户群的 `priority` 为 `core`。",
            .why = "市场调研应当确定战略客户群和业务发展重点。没有核心客户群，各个客户群就会平等"
                   "地争夺同样稀缺的人员和预算。",
            .fix = "把规划所围绕的客户群标为 `priority: core`。"},
     .example = R"(environment:
  segments:
    - {id: SEG-gov, name: 省级政务客户, priority: grow}
    - {id: SEG-fin, name: 城商行客户, priority: maintain})",
     .example_fixed = R"(environment:
  segments:
    - {id: SEG-gov, name: 省级政务客户, priority: core}
    - {id: SEG-fin, name: 城商行客户, priority: maintain})"},

    {.id = "KAP-C015",
     .severity = Severity::info,
     .family = 'C',
     .en = {.title = "factor or segment with no source",
            .checks = "An environment factor or a customer segment has no `sources`: it cites no "
                      "survey, interview, report, data or workshop from `environment.sources`.",
            .why = "Customer needs and competitors should be established by market research and "
                   "questionnaire interviews. A cited source lets reviewers weigh a finding and "
                   "lets next year's planners find it again.",
            .fix = "Record the research under `environment.sources` and cite it in `sources`."},
     .zh = {.title = "环境因素或客户群没有来源",
            .checks = "外部环境因素或客户群没有 `sources`，没有引用 `environment.sources` 中的任"
                      "何问卷调查、访谈、报告、数据或研讨会。",
            .why = "客户需求和竞争对手应当通过市场调查和问卷访谈来确定。注明来源，评审人才能判断"
                   "结论的分量，下一年度的规划人员也能找回原始资料。",
            .fix = "在 `environment.sources` 中登记调研资料，并在 `sources` 中引用。"},
     .example = R"(environment:
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core)",
     .example_fixed = R"(environment:
  sources:
    - id: SRC-survey
      kind: survey
      title: 2026 年政务客户需求问卷调查
      date: 2026-11-15
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core
      sources: [SRC-survey])"},

    {.id = "KAP-C016",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "horizon too long, or target outside the horizon",
            .checks = "`plan.horizon` is more than 5 years, or a KPI's `targets` has a year "
                      "outside the horizon (`cycle` to `cycle + horizon - 1`).",
            .why = "Forecasts that reach too far are one reason plans are not believed. A "
                   "rolling plan of three to five years stays close enough to be judged and "
                   "rolls forward each year; targets beyond the horizon are never cascaded or "
                   "evaluated.",
            .fix = "Keep the horizon at 5 years or less (3 is usual for a rolling plan), and "
                   "remove the targets of years outside it."},
     .zh = {.title = "规划期过长或目标超出规划期",
            .checks = "`plan.horizon` 超过 5 年，或者某个指标的 `targets` 中有规划期（`cycle` 至 "
                      "`cycle + horizon - 1`）以外的年份。",
            .why = "预测时间过长，是规划难以令人信服的原因之一。三到五年的滚动规划看得足够远，又"
                   "能逐年滚动、接受检验；规划期以外的目标既不会分解，也不会被评价。",
            .fix = "规划期不超过 5 年（滚动规划通常为 3 年），并删去规划期以外年份的目标。"},
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
    targets: {2027: 1000, 2028: 1150, 2029: 1300, 2030: 1500}
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

    {.id = "KAP-C017",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "objective with no strategy",
            .checks = "No strategy lists the objective in its `objectives`.",
            .why = "An objective no strategy serves has no route to it: nothing in the plan says "
                   "how it will be reached, so no action, person or budget works towards it.",
            .fix = "Add the objective to the `objectives` of the strategy that reaches it, or "
                   "add a strategy for it."},
     .zh = {.title = "战略目标没有实施战略",
            .checks = "没有任何实施战略在 `objectives` 中列出该战略目标。",
            .why = "没有实施战略支撑的目标就没有实现路径：规划里没有说明如何达成它，也就没有行动"
                   "计划、人员和预算为它服务。",
            .fix = "把该目标加入能实现它的实施战略的 `objectives`，或为它新增一条实施战略。"},
     .example = R"(objectives:
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1]
strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1])",
     .example_fixed = R"(objectives:
  - id: OBJ-C1
    perspective: customer
    statement: 核心客户满意度达到 90 分
    addresses: [ISS-1]
strategies:
  - id: ST-1
    statement: 以行业解决方案深耕政务大客户
    kind: market
    objectives: [OBJ-F1, OBJ-C1])"},
    {.id = "KAP-C018",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "stale or undated evidence",
            .checks = "A source that an environment factor, a customer segment or a competitor "
                      "cites in `sources` is dated before 1 January of the year `evidence_max_age` "
                      "years before the cycle (default 2: for a 2027 cycle, before 2025-01-01), or "
                      "has no `date` at all. A source dated exactly on that day passes.",
            .why = "The environment analysis is the ground the issues, objectives and strategies "
                   "stand on. Market research that has aged past the planning round describes a "
                   "market that has moved on, and a source without a date cannot be judged.",
            .fix = "Repeat or update the research and record its `date`, or set "
                   "`evidence_max_age` in `.kaplan.yaml` when the market moves slowly."},
     .zh = {.title = "调研依据过旧或没有日期",
            .checks = "被外部环境因素、客户群或竞争对手在 `sources` 中引用的调研来源，日期早于规划"
                      "年度前 `evidence_max_age` 年的 1 月 1 日（默认 2 年：2027 年规划即早于 "
                      "2025-01-01），或者根本没有 `date`。日期恰好是该日的来源视为有效。",
            .why = "环境分析是战略问题、战略目标和实施战略的立足点。过了规划周期的市场调研描述的是"
                   "已经变化了的市场；没有日期的来源则无从判断。",
            .fix = "重新开展或更新调研并写明 `date`；市场变化较慢时，可在 `.kaplan.yaml` 中设置 "
                   "`evidence_max_age`。"},
     .example = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
environment:
  sources:
    - id: SRC-survey
      kind: survey
      title: 政务客户需求问卷调查
      date: 2023-10-15
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core
      sources: [SRC-survey])",
     .example_fixed = R"(plan:
  id: ka-2027
  title: 2027–2029 大客户营销战略规划
  cycle: 2027
environment:
  sources:
    - id: SRC-survey
      kind: survey
      title: 政务客户需求问卷调查
      date: 2026-10-15
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core
      sources: [SRC-survey])"},

    {.id = "KAP-C019",
     .severity = Severity::warning,
     .family = 'C',
     .en = {.title = "core or grow segment not researched",
            .checks = "A customer segment of `priority: core` or `grow` has no competitor share "
                      "(no competitor's `share` names it), or cites in `sources` no source of "
                      "`kind: survey` or `interview`.",
            .why = "Customer needs and competitors should be established by market research and "
                   "questionnaire interviews. The segments the plan bets on most need both: who "
                   "holds the market, and what the customers themselves said.",
            .fix = "Add the segment to the `share` of its main competitors and cite a survey or "
                   "an interview among its `sources`."},
     .zh = {.title = "核心或成长客户群缺少市场调研",
            .checks = "`priority` 为 `core` 或 `grow` 的客户群没有竞争对手的市场份额（没有任何竞争"
                      "对手的 `share` 写到它），或者其 `sources` 中没有 `kind` 为 `survey` 或 "
                      "`interview` 的来源。",
            .why = "客户需求和竞争对手应当通过市场调查和问卷访谈来确定。规划押注最重的客户群更需要"
                   "两者兼备：市场被谁占有，客户自己怎么说。",
            .fix = "在主要竞争对手的 `share` 中写明该客户群的份额，并在其 `sources` 中引用问卷调查"
                   "或访谈。"},
     .example = R"(environment:
  sources:
    - id: SRC-report
      kind: report
      title: 行业研究报告
      date: 2026-09-01
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core
      sources: [SRC-report]
  competitors:
    - {id: CMP-a, name: 某竞争对手})",
     .example_fixed = R"(environment:
  sources:
    - id: SRC-report
      kind: report
      title: 行业研究报告
      date: 2026-09-01
    - id: SRC-survey
      kind: survey
      title: 政务客户需求问卷调查
      date: 2026-10-15
  segments:
    - id: SEG-gov
      name: 省级政务客户
      priority: core
      sources: [SRC-report, SRC-survey]
  competitors:
    - {id: CMP-a, name: 某竞争对手, share: {SEG-gov: 0.35}})"},
};

} // namespace

std::span<const RuleInfo> completeness_rules() {
  return kCRules;
}

} // namespace kaplan::detail
