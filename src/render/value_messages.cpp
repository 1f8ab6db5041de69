// SPDX-License-Identifier: MIT
// The words human outputs (reports, scorecards) show for the plan format's enumeration
// values and for periods, in both languages: value.<enumeration>.<written name>. The
// English words are the written names, so English outputs read as the plan does; JSON
// keeps the written names and never looks these up.
#include "render/render_tables.hpp"

namespace kaplan::render {
namespace {

constexpr MessageText kValues[] = {
    {"value.status.draft", "draft", "草稿"},
    {"value.status.review", "review", "评审中"},
    {"value.status.approved", "approved", "已批准"},
    {"value.impact.high", "high", "高"},
    {"value.impact.medium", "medium", "中"},
    {"value.impact.low", "low", "低"},
    {"value.category.policy", "policy", "政策"},
    {"value.category.economy", "economy", "经济"},
    {"value.category.society", "society", "社会"},
    {"value.category.technology", "technology", "技术"},
    {"value.category.industry", "industry", "行业"},
    {"value.category.customer", "customer", "客户"},
    {"value.category.competition", "competition", "竞争"},
    {"value.segment-priority.core", "core", "核心"},
    {"value.segment-priority.grow", "grow", "成长"},
    {"value.segment-priority.maintain", "maintain", "维持"},
    {"value.segment-priority.exit", "exit", "退出"},
    {"value.priority.critical", "critical", "关键"},
    {"value.priority.high", "high", "高"},
    {"value.priority.normal", "normal", "一般"},
    {"value.priority.low", "low", "低"},
    {"value.stage.issues", "issues", "战略问题"},
    {"value.stage.objectives", "objectives", "战略目标"},
    {"value.stage.strategies", "strategies", "实施战略"},
    {"value.stage.resources", "resources", "资源配置"},
    {"value.stage.approval", "approval", "规划审批"},
    {"value.group.issues", "issues", "战略问题"},
    {"value.group.objectives", "objectives", "战略目标"},
    {"value.group.strategies", "strategies", "实施战略"},
    {"value.group.actions", "actions", "行动计划"},
    {"value.cadence.monthly", "monthly", "每月"},
    {"value.cadence.quarterly", "quarterly", "每季度"},
    {"value.cadence.half-yearly", "half-yearly", "每半年"},
    {"value.cadence.yearly", "yearly", "每年"},
    {"value.action-status.not-started", "not-started", "未开始"},
    {"value.action-status.in-progress", "in-progress", "进行中"},
    {"value.action-status.done", "done", "已完成"},
    {"value.action-status.dropped", "dropped", "已取消"},
    {"value.action-status.unreported", "unreported", "未填报"},
    {"value.time-state.on-time", "on-time", "按期"},
    {"value.time-state.early", "early", "提前"},
    {"value.time-state.late", "late", "延期"},
    {"value.time-state.overdue", "overdue", "逾期"},
    {"value.time-state.slipping", "slipping", "滞后"},
    {"value.time-state.ahead", "ahead", "超前"},
    {"value.action-state", "{status} ({state})", "{status}（{state}）"},
    {"value.colour.green", "green", "绿灯"},
    {"value.colour.amber", "amber", "黄灯"},
    {"value.colour.red", "red", "红灯"},
    {"value.colour.none", "none", "无"},
    {"value.kpi-type.cumulative", "cumulative", "累计型"},
    {"value.kpi-type.level", "level", "时点型"},
    {"value.perspective.financial", "financial", "财务"},
    {"value.perspective.customer", "customer", "客户"},
    {"value.perspective.internal", "internal", "内部运营"},
    {"value.perspective.learning", "learning", "学习与成长"},
    {"value.rollup.sum", "sum", "求和"},
    {"value.rollup.mean", "mean", "平均值"},
    {"value.rollup.min", "min", "最小值"},
    {"value.rollup.max", "max", "最大值"},
    {"value.direction.up", "up", "越高越好"},
    {"value.direction.down", "down", "越低越好"},
    {"value.asset-kind.talent", "talent", "人才"},
    {"value.asset-kind.information", "information", "信息"},
    {"value.asset-kind.external", "external", "外部关系"},
    {"value.asset-kind.group", "group", "集团公司"},
    {"value.asset-kind.partner", "partner", "产业合作伙伴"},
    {"value.asset-kind.fixed-asset", "fixed-asset", "固定资产"},
    {"value.asset-kind.other", "other", "其他"},
    // Periods in prose: 2027-Q2 is "2027 年二季度" to a Chinese reader.
    {"value.period.year", "{year}", "{year} 年"},
    {"value.period.half.1", "{year}-H1", "{year} 年上半年"},
    {"value.period.half.2", "{year}-H2", "{year} 年下半年"},
    {"value.period.quarter.1", "{year}-Q1", "{year} 年一季度"},
    {"value.period.quarter.2", "{year}-Q2", "{year} 年二季度"},
    {"value.period.quarter.3", "{year}-Q3", "{year} 年三季度"},
    {"value.period.quarter.4", "{year}-Q4", "{year} 年四季度"},
    {"value.period.month", "{year}-{month}", "{year} 年 {month} 月"},
    {"value.period.as-of", "{period} ({date})", "{period}（截至 {date}）"},
};

} // namespace

std::span<const MessageText> value_messages() {
  return kValues;
}

} // namespace kaplan::render
