// SPDX-License-Identifier: MIT
// Labels of the findings outputs (text, Markdown, SARIF) and the severity names every
// output shares, in both languages.
#include "render/render_tables.hpp"

namespace kaplan::render {
namespace {

constexpr MessageText kRender[] = {
    // The severity as text, Markdown, diff and report outputs name it.
    {"severity.error", "error", "错误"},
    {"severity.warning", "warning", "警告"},
    {"severity.info", "info", "提示"},
    // The label before a related place ("note: plan.yaml:3:1: first defined here").
    {"findings.note", "note", "说明"},
    // The Markdown summary's tables.
    {"findings.col.severity", "Severity", "严重程度"},
    {"findings.col.count", "Count", "数量"},
    {"findings.col.rule", "Rule", "规则"},
    {"findings.col.location", "Location", "位置"},
    {"findings.col.message", "Message", "描述"},
    {"findings.suppressed", "suppressed", "已豁免"},
    {"findings.more", "{count} more findings are not shown; run `kaplan validate` for all of them.",
     "另有 {count} 条检查结果未列出；运行 `kaplan validate` 可查看全部。"},
    // SARIF: the label before a rule's fix, and the language tag of the log.
    {"sarif.fix", "Fix:", "修改方法："},
    {"sarif.language", "en-US", "zh-CN"},
};

} // namespace

std::span<const MessageText> render_messages() {
  return kRender;
}

} // namespace kaplan::render
