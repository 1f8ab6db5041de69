// SPDX-License-Identifier: MIT
#include "lsp/features_messages.hpp"

#include <array>

namespace kaplan::lsp::detail {

namespace {

constexpr MessageText kMessages[] = {
    {"lsp.kind.plan", "plan", "规划"},
    {"lsp.kind.unit", "unit", "单位"},
    {"lsp.kind.person", "person", "人员"},
    {"lsp.kind.assumption", "assumption", "基本假设"},
    {"lsp.kind.factor", "environment factor", "环境因素"},
    {"lsp.kind.segment", "customer segment", "客户群"},
    {"lsp.kind.competitor", "competitor", "竞争对手"},
    {"lsp.kind.source", "source", "调研来源"},
    {"lsp.kind.capability", "capability", "能力评估"},
    {"lsp.kind.issue", "issue", "关键问题"},
    {"lsp.kind.objective", "objective", "战略目标"},
    {"lsp.kind.kpi", "KPI", "指标"},
    {"lsp.kind.strategy", "strategy", "实施策略"},
    {"lsp.kind.asset", "resource", "资源"},
    {"lsp.kind.action", "action", "行动计划"},
    {"lsp.kind.decision", "decision point", "关键决策点"},
    {"lsp.kind.review", "review", "评估机制"},
    {"lsp.hover.title", "**{id}** ({kind}): {name}", "**{id}**（{kind}）：{name}"},
    {"lsp.hover.title-bare", "**{id}** ({kind})", "**{id}**（{kind}）"},
    {"lsp.hover.field", "{label}: {value}", "{label}：{value}"},
    {"lsp.hover.duplicate", "defined {count} times", "重复定义 {count} 次"},
    {"lsp.label.unit", "unit", "单位"},
    {"lsp.label.owner", "owner", "负责人"},
    {"lsp.label.measure", "measure", "计量单位"},
    {"lsp.label.baseline", "baseline", "基期值"},
    {"lsp.label.targets", "targets", "目标值"},
    {"lsp.label.parent", "parent KPI", "上级指标"},
    {"lsp.label.objective", "objective", "战略目标"},
    {"lsp.label.objectives", "objectives", "战略目标"},
    {"lsp.label.actions", "actions", "行动计划"},
    {"lsp.label.strategy", "strategy", "实施策略"},
    {"lsp.label.kpis", "KPIs", "指标"},
    {"lsp.label.role", "role", "职务"},
    {"lsp.label.capacity", "capacity", "可投入工作量"},
    {"lsp.label.load", "load by month", "月度工作量"},
    {"lsp.label.dates", "dates", "起止日期"},
    {"lsp.label.kind", "kind", "类型"},
    {"lsp.label.none", "none", "无"},
    {"lsp.cascade.leaf", "KPI cascade: a leaf below {parent}", "指标分解：{parent} 的下级指标"},
    {"lsp.cascade.root-leaf", "KPI cascade: not cascaded", "指标分解：未分解"},
    {"lsp.cascade.covered", "KPI cascade: {count} children cover the targets",
     "指标分解：{count} 个下级指标覆盖目标值"},
    {"lsp.cascade.gap", "cascade gap in {year}: children {combined} against {target}",
     "{year} 年指标分解缺口：下级合计 {combined}，目标值 {target}"},
    {"lsp.cascade.stretch", "children exceed the target in {year}: {combined} against {target}",
     "{year} 年指标分解层层加码：下级合计 {combined}，目标值 {target}"},
    {"lsp.cascade.no-children", "no child has a target for {year}",
     "{year} 年没有下级指标设定目标值"},
    {"lsp.cascade.cycle", "KPI cascade: its parent chain leads back to it",
     "指标分解：上级指标链形成循环"},
    {"lsp.key.title", "`{key}` in `{section}` ({type}{required})",
     "`{section}` 中的键 `{key}`（{type}{required}）"},
    {"lsp.key.required", ", required", "，必填"},
    {"lsp.key.values", "one of: {values}", "取值：{values}"},
    {"lsp.action.suggest", "Change `{from}` to `{to}`", "将 `{from}` 改为 `{to}`"},
    {"lsp.action.full-width", "Replace the full-width `{mark}` with `{fix}`",
     "将全角 `{mark}` 改为 `{fix}`"},
    {"lsp.action.suppress", "Suppress {rule} for {id} with a reason",
     "以理由忽略 {id} 的 {rule} 检查结果"},
    {"lsp.action.reason", "TODO: why {rule} does not apply", "待填写 {rule} 不适用的原因"},
};

} // namespace

std::span<const MessageText> features_messages() {
  return kMessages;
}

std::string say(std::string_view key, std::vector<Arg> args, Lang lang) {
  for (const auto& m : kMessages)
    if (m.key == key) return substitute(lang == Lang::zh ? m.zh : m.en, args);
  return std::string(key);
}

std::string kind_label(EntityKind kind, Lang lang) {
  static constexpr std::array<std::string_view, 17> kKeys{
      "lsp.kind.plan",       "lsp.kind.unit",    "lsp.kind.person",     "lsp.kind.assumption",
      "lsp.kind.factor",     "lsp.kind.segment", "lsp.kind.competitor", "lsp.kind.source",
      "lsp.kind.capability", "lsp.kind.issue",   "lsp.kind.objective",  "lsp.kind.kpi",
      "lsp.kind.strategy",   "lsp.kind.asset",   "lsp.kind.action",     "lsp.kind.decision",
      "lsp.kind.review"};
  return say(kKeys[static_cast<std::size_t>(kind)], {}, lang);
}

} // namespace kaplan::lsp::detail
