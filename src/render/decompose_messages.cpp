// SPDX-License-Identifier: MIT
// Labels, stop errors and notes of `kaplan decompose`, in both languages.
#include "render/render_tables.hpp"

namespace kaplan::render {
namespace {

constexpr MessageText kDecompose[] = {
    // The cascade view.
    {"decompose.title", "KPI cascade of {plan}, {years}", "规划 {plan} 的指标分解（{years}）"},
    {"decompose.empty", "the plan has no top-level KPI", "规划中没有顶层指标"},
    {"decompose.col.kpi", "KPI", "指标"},
    {"decompose.col.name", "name", "名称"},
    {"decompose.col.unit", "unit", "责任单位"},
    {"decompose.col.owner", "owner", "责任人"},
    {"decompose.col.measure", "measure", "计量单位"},
    {"decompose.col.level", "level", "层级"},
    {"decompose.col.status", "status", "状态"},
    {"decompose.children", "children ({rollup})", "下级汇总（{rollup}）"},
    {"decompose.children-weighted", "children (mean weighted by {kpi})",
     "下级汇总（按 {kpi} 加权平均）"},
    {"decompose.status.covered", "covered", "已覆盖"},
    {"decompose.status.gap", "gap {year}: {amount}", "{year} 年缺口 {amount}"},
    {"decompose.status.none", "gap {year}: no child target", "{year} 年无下级目标"},
    {"decompose.status.stretch", "stretch {year}: +{amount}", "{year} 年超出 {amount}"},
    {"decompose.status.not-execution", "not at execution level", "未到执行层"},
    {"decompose.status.not-covered", "not covered", "未覆盖到执行层"},
    {"decompose.status.separator", ", ", "，"},
    // Stop errors of the command line and the split.
    {"decompose.unknown-kpi", "no KPI `{id}` in the plan", "规划中没有指标 `{id}`"},
    {"decompose.unknown-kpi-suggest", "no KPI `{id}` in the plan; did you mean `{suggestion}`?",
     "规划中没有指标 `{id}`，是否应为 `{suggestion}`？"},
    {"decompose.unknown-unit", "{option}: no unit `{id}` in the plan",
     "{option}：规划中没有单位 `{id}`"},
    {"decompose.unknown-unit-suggest",
     "{option}: no unit `{id}` in the plan; did you mean `{suggestion}`?",
     "{option}：规划中没有单位 `{id}`，是否应为 `{suggestion}`？"},
    {"decompose.unknown-segment", "--segments: no customer segment `{id}` in the plan",
     "--segments：规划中没有客户群 `{id}`"},
    {"decompose.unknown-segment-suggest",
     "--segments: no customer segment `{id}` in the plan; did you mean `{suggestion}`?",
     "--segments：规划中没有客户群 `{id}`，是否应为 `{suggestion}`？"},
    {"decompose.twice", "{option} names `{id}` twice", "{option} 中 `{id}` 出现了两次"},
    {"decompose.needs-kpi", "--by needs --kpi ID: the KPI whose targets to split",
     "--by 需要用 --kpi ID 指定要分解的指标"},
    {"decompose.needs", "--by {by} needs {option}", "--by {by} 需要 {option}"},
    {"decompose.only-with", "{option} applies only with --by {by}",
     "{option} 只能与 --by {by} 一起使用"},
    {"decompose.format-with-by", "--format applies to the cascade view; --by always writes YAML",
     "--format 只用于指标分解视图；--by 总是输出 YAML"},
    {"decompose.weights-item",
     "--weights: `{item}` is not UNIT=SHARE with a share of 0 or more (e.g. hangzhou=0.5)",
     "--weights：`{item}` 不是“单位=占比”的形式，或占比小于 0（例如 hangzhou=0.5）"},
    {"decompose.weights-sum", "--weights: the shares sum to {sum}; they must sum to 1",
     "--weights：各占比之和为 {sum}，应为 1"},
    {"decompose.no-targets", "KPI `{id}` has no targets to split",
     "指标 `{id}` 没有可分解的目标值"},
    {"decompose.precision",
     "KPI `{id}` {year}: the target {target} has more decimals than --precision {precision}; use "
     "--precision "
     "{needed}",
     "指标 `{id}` {year} 年：目标值 {target} 的小数位数超过 --precision {precision}，请使用 "
     "--precision {needed}"},
    {"decompose.too-large", "KPI `{id}` {year}: the target {target} is too large to split exactly",
     "指标 `{id}` {year} 年：目标值 {target} 过大，无法精确分解"},
    {"decompose.id-taken", "the child KPI id `{id}` is already defined in the plan",
     "子指标 id `{id}` 在规划中已经存在"},
    {"decompose.segments-unit",
     "--by segments puts the children at the unit of `{id}`, and `{id}` has no `unit`",
     "--by segments 把子指标放在 `{id}` 的责任单位下，而 `{id}` 没有 `unit`"},
    {"decompose.segments-no-unit",
     "KPI `{id}` has no `unit`, and --by segments puts the children at the KPI's unit: add "
     "`unit: <unit id>` to `{id}` (or split with --by equal --units or --by weights)",
     "指标 `{id}` 没有 `unit`，而 --by segments 把子指标放在该指标的责任单位下：请在 `{id}` 中"
     "添加 `unit: <单位 id>`（或改用 --by equal --units、--by weights 分解）"},
    {"decompose.no-segments",
     "--by segments: the plan has no customer segment with a `revenue` history",
     "--by segments：规划中没有带 `revenue` 历史数据的客户群"},
    {"decompose.no-basis-year",
     "--by segments: there is no year in which every chosen segment has a `revenue` figure",
     "--by segments：没有任何一年所有选定客户群都有 `revenue` 数据"},
    {"decompose.zero-basis", "--by segments: the chosen segments' revenue in {year} sums to {sum}",
     "--by segments：选定客户群 {year} 年的收入合计为 {sum}"},
    // Notes on stderr (the result is still written).
    {"decompose.note.plan-errors",
     "the plan has {count} structural error(s); the cascade may be incomplete (run `kaplan "
     "validate`)",
     "规划有 {count} 个结构性错误，指标分解可能不完整（请运行 `kaplan validate`）"},
    {"decompose.note.not-execution",
     "unit `{unit}` has child units, so `{id}` is not at the execution level until it has an "
     "`owner` or is "
     "cascaded further (KAP-K003)",
     "单位 `{unit}` 有下级单位，`{id}` 在指定责任人 `owner` 或继续分解之前不在执行层（KAP-K003）"},
    {"decompose.note.outside",
     "unit `{unit}` is neither `{parent_unit}`, the unit of `{parent}`, nor below it (KAP-K006)",
     "单位 `{unit}` 既不是 `{parent}` 的单位 `{parent_unit}`，也不在其下级（KAP-K006）"},
    {"decompose.note.has-children",
     "`{id}` already has {count} child KPI(s); the new entries add to them",
     "`{id}` 已有 {count} 个子指标，新写出的子指标将与它们一起汇总"},
    {"decompose.note.copied",
     "`{id}` combines its children by {rollup}: every child gets the full target and the shares "
     "are not used",
     "`{id}` 按 {rollup} 汇总下级指标：每个子指标都承接完整的目标值，不使用占比"},
    // Comments in the written YAML.
    {"decompose.yaml.header", "Child KPIs of {id}, written by `kaplan decompose {basis}`.",
     "{id} 的子指标，由 `kaplan decompose {basis}` 生成。"},
    {"decompose.yaml.include",
     "Include this file from the plan (`include:`), then refine the targets.",
     "请在规划中用 `include:` 包含本文件，再细化各目标值。"},
    {"decompose.yaml.owner", "owner: the id of the person accountable for it (people)",
     "owner: 负责该指标的人员 id（people 中）"},
    {"decompose.yaml.share", "share {share}", "占比 {share}"},
    {"decompose.no-derived-units",
     "no unit of the plan (other than its own) has a KPI cascaded to it: name the units with "
     "--units",
     "规划中（除本单位外）没有分解到指标的单位：请用 --units 指定单位"},
    {"decompose.write-plans-by", "--write-plans needs --by units", "--write-plans 需要 --by units"},
    {"decompose.write-plans-with", "{option} does not apply with --write-plans",
     "{option} 不能与 --write-plans 同时使用"},
    // Comments and values of the plans --write-plans writes.
    {"decompose.plan.header",
     "Plan of unit {unit}, started by `kaplan decompose --by units --write-plans` from plan "
     "{parent}.",
     "单位 {unit} 的规划，由 `kaplan decompose --by units --write-plans` 根据规划 {parent} 生成。"},
    {"decompose.plan.allocated",
     "Its KPIs, targets and budget are what {parent} allocates to the unit: keep the targets "
     "or raise them, and stay within the budget.",
     "其中的指标、目标值和预算是 {parent} 分解给本单位的：目标值只能保持或提高，预算不能超出。"},
    {"decompose.plan.title", "{title}: {unit}", "{title}：{unit}"},
    {"decompose.plan.weight", "equal shares: set the weights", "按平均分配：请设定权重"},
    {"decompose.plan.budget", "what {parent} allocates to unit {unit} (its actions' cost there)",
     "{parent} 分配给单位 {unit} 的预算（其行动计划在本单位的成本）"},
    {"decompose.plan.todo",
     "To fill in: people, assumptions, environment, capabilities, issues, strategies, "
     "resources.assets, actions and governance (kaplan-plan(5)); check it with "
     "`kaplan validate` together with {parent}.",
     "待填写：people、assumptions、environment、capabilities、issues、strategies、"
     "resources.assets、actions 和 governance（见 kaplan-plan(5)）；请与 {parent} 一起用 "
     "`kaplan validate` 检查。"},
};

} // namespace

std::span<const MessageText> decompose_messages() {
  return kDecompose;
}

} // namespace kaplan::render
