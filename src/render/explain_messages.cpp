// SPDX-License-Identifier: MIT
// The headings of `kaplan explain` and the names of the rule families, in both languages.
#include "render/render_tables.hpp"

namespace kaplan::render {
namespace {

constexpr MessageText kExplain[] = {
    {"explain.heading", "{rule}  {title}  ({severity})",
     "{rule}  {title}  （默认级别：{severity}）"},
    {"explain.checks", "What it checks", "检查内容"},
    {"explain.why", "Why it matters", "为什么重要"},
    {"explain.example", "Example", "示例"},
    {"explain.fix", "Fix", "修改方法"},
    {"family.s", "structure", "结构"},
    {"family.c", "completeness and problem orientation", "完整性与问题导向"},
    {"family.k", "KPI cascade", "指标分解"},
    {"family.r", "resource feasibility", "资源可行性"},
    {"family.g", "governance and the evaluation loop", "规划组织与评价闭环"},
    {"family.t", "actuals", "实际完成"},
    {"family.p", "plan chain", "规划链"},
};

} // namespace

std::span<const MessageText> explain_messages() {
  return kExplain;
}

} // namespace kaplan::render
