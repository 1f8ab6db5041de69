// SPDX-License-Identifier: MIT
// Texts of `kaplan diff`, `kaplan init`, `--git`, several outputs and JUnit, in both
// languages.
#include "render/render_tables.hpp"

namespace kaplan::render {
namespace {

constexpr MessageText kEcosystem[] = {
    // kaplan diff
    {"diff.title", "plan {plan}: {before} → {after}", "规划 {plan}：{before} → {after}"},
    {"diff.no-changes", "no changes", "没有变化"},
    {"diff.working-tree", "working tree", "工作区"},
    {"diff.targets", "KPI targets", "指标目标值"},
    {"diff.budget", "budget", "预算"},
    {"diff.actions", "actions", "行动计划"},
    {"diff.load", "people's load", "人员负荷"},
    {"diff.findings", "findings", "检查结果"},
    {"diff.added", "added", "新增"},
    {"diff.more", "… and {count} more (at most {limit} are listed)",
     "……另有 {count} 项未列出（最多列出 {limit} 项）"},
    {"diff.removed", "removed", "删除"},
    {"diff.changed", "changed", "变更"},
    {"diff.new", "new", "新出现"},
    {"diff.fixed", "fixed", "已解决"},
    {"diff.none", "none", "无"},
    {"diff.capacity", "capacity {capacity}", "可投入工作量 {capacity}"},
    {"diff.capacity-overloaded", "capacity {capacity}, {overloaded}",
     "可投入工作量 {capacity}，{overloaded}"},
    {"diff.heading", "{label}:", "{label}："},
    {"diff.heading-summary", "{label}: {summary}", "{label}：{summary}"},
    {"diff.overloaded", "overloaded", "超负荷"},
    {"diff.field.start", "start", "开始"},
    {"diff.field.due", "due", "截止"},
    {"diff.field.owner", "owner", "负责人"},
    {"diff.field.effort", "effort", "投入"},
    {"diff.col.kpi", "KPI", "指标"},
    {"diff.col.year", "year", "年度"},
    {"diff.col.before", "before", "原值"},
    {"diff.col.after", "after", "新值"},
    {"diff.col.change", "change", "变化"},
    {"diff.col.category", "category", "类别"},
    {"diff.col.action", "action", "行动"},
    {"diff.col.title", "title", "名称"},
    {"diff.col.what", "what changed", "变更内容"},
    {"diff.col.person", "person", "人员"},
    {"diff.col.months", "months", "月份"},
    {"diff.col.capacity", "capacity", "可投入工作量"},
    {"diff.summary", "{new} new finding(s), {fixed} fixed",
     "新出现 {new} 条问题，已解决 {fixed} 条"},
    // Reading a plan at a git revision
    {"stop.git", "git {command} failed: {reason}", "git {command} 执行失败：{reason}"},
    {"stop.git-rev", "--git: `{rev}` is not a commit of this repository",
     "--git：`{rev}` 不是本仓库中的提交"},
    {"stop.git-outside", "{path} is outside the git repository {top}",
     "{path} 不在 git 仓库 {top} 之内"},
    {"stop.git-too-many", "too many files under {path} at {rev}", "{rev} 中 {path} 下的文件过多"},
    // The command line
    {"stop.diff-args", "give two plans (OLD NEW), or one plan with --git REV",
     "请给出两个规划（旧版 新版），或用 --git REV 给出一个规划"},
    {"stop.format-output",
     "{formats} --format but {outputs} --output: give one --output per --format (`-` for stdout)",
     "给出了 {formats} 个 --format 和 {outputs} 个 --output：每个 --format 需要一个 --output（`-` "
     "表示标准输出）"},
    {"stop.stdout-twice", "only one --format can go to stdout; give the others --output FILE",
     "只能有一个 --format 输出到标准输出；其余请用 --output FILE 写入文件"},
    {"stop.format-not-here", "--format {format} is not offered here; use {allowed}",
     "此处不支持 --format {format}；可用格式：{allowed}"},
    // kaplan init
    {"init.created", "created {path}", "已创建 {path}"},
    {"stop.init-year",
     "a plan started on {today} would name the years {first}–{last}; plans name years from "
     "{earliest} to {latest}, so --today must fall in the years {min}–{max}",
     "按 {today} 起草的规划将涉及 {first}–{last} 年，而规划中的年份只能在 {earliest} 到 {latest} "
     "之间，因此 --today 应在 {min}–{max} 年之内"},
    {"init.next", "next: edit the files, then run `kaplan validate {dir}`",
     "下一步：编辑这些文件，然后运行 `kaplan validate {dir}`"},
    // JUnit
    {"junit.findings", "{count} finding(s) of {rule} in {file}",
     "{file} 中有 {count} 条 {rule} 问题"},
};

} // namespace

std::span<const MessageText> ecosystem_messages() {
  return kEcosystem;
}

} // namespace kaplan::render
