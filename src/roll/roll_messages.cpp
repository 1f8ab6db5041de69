// SPDX-License-Identifier: MIT
// Texts of `kaplan rollforward`, in both languages.
#include "roll/roll_messages.hpp"

namespace kaplan::roll {
namespace {

constexpr MessageText kRollforward[] = {
    {"roll.title",
     "rolled {old} ({old_years}) forward to {new} ({new_years}); closing period {period}, as of "
     "{as_of}",
     "滚动规划：{old}（{old_years}）→ {new}（{new_years}）；评估期 {period|zh}，截至 {as_of}"},
    {"roll.kpis", "KPIs: {count}; {year} baselines from actuals {actual}, from targets {target}",
     "指标 {count} 个；{year} 年基数取实际值 {actual} 个、取目标值 {target} 个"},
    {"roll.kpis-forecast",
     "KPIs: {count}; {year} baselines forecast from the actuals to date {forecast}, from targets "
     "{target}",
     "指标 {count} 个；{year} 年基数取按实际值推算的全年预测值 {forecast} 个、取目标值 {target} "
     "个"},
    {"roll.year-open",
     "the actuals end at {period}, before the end of {year}: a baseline is the forecast of the "
     "whole year (a cumulative KPI's actual to date over its phased share of the year, a level "
     "KPI's latest value), else the {year} target; review the forecasts and remove `x-forecast`",
     "实际值截至 {period|zh}，未覆盖 {year} 年全年：基数取全年预测值（累计型指标：年累计实际值 ÷ "
     "序时进度；时点型指标：最新值），无实际值时取 {year} 年目标值；请逐项复核预测值，复核后删除 "
     "`x-forecast` 标记"},
    {"roll.targets",
     "{year} targets: {trend} extrapolated from the trend, {share} as a share of the parent's new "
     "target, {given} already in the plan; review them and remove `x-extrapolated`",
     "{year} 年目标：按趋势外推 {trend} 个，按上级指标新目标的占比分解 {share} 个，规划中原已给定 "
     "{given} 个；请逐项复核，复核后删除 `x-extrapolated` 标记"},
    {"roll.actions", "actions: {count}; carried {carried}, kept {kept}, left out {left}",
     "行动计划 {count} 项：结转 {carried} 项，保留 {kept} 项，移出 {left} 项"},
    {"roll.category.extends", "extends into the next cycle, carried from {start}: {count}",
     "跨入下一周期，自 {start} 起结转：{count} 项"},
    {"roll.category.forecast-slip",
     "forecast to slip past {year_end}, carried to its forecast finish: {count}",
     "预计延期至 {year_end} 之后，结转至预计完成日：{count} 项"},
    {"roll.category.overdue-open",
     "overdue (due before {today}, not done), left in {year}: {count}",
     "逾期（计划完成日早于 {today}，尚未完成），留在 {year} 年：{count} 项"},
    {"roll.category.overdue-carried",
     "overdue (due before {today}, not done), carried and re-dated: {count}",
     "逾期（计划完成日早于 {today}，尚未完成），结转并改期：{count} 项"},
    {"roll.category.finished", "finished, left out: {count}", "已完成，移出：{count} 项"},
    {"roll.category.dropped", "dropped, left out: {count}", "已取消，移出：{count} 项"},
    {"roll.category.within-year",
     "due in {year}, forecast to finish by {year_end}, left out: {count}",
     "{year} 年内到期、预计 {year_end} 前完成，移出：{count} 项"},
    {"roll.category.later", "starting in {new_year} or later, kept as planned: {count}",
     "{new_year} 年及以后开始，原样保留：{count} 项"},
    {"roll.id-separator", ", ", "、"},
    {"roll.redated", "re-dated: {id} {from} → {to} ({progress} done)",
     "改期：{id} {from} → {to}（已完成 {progress}）"},
    {"roll.slip",
     "forecast to slip: {id} due {due}, {days} days behind, forecast to finish {finish}: carried "
     "{from} → {to} ({progress} done)",
     "预计延期：{id} 计划完成日 {due}，时间偏差 {days} 天，预计 {finish} 完成：结转为 {from} → "
     "{to}（已完成 {progress}）"},
    {"roll.dependencies", "{count} dependencies on left-out actions removed",
     "删除对已移出行动的依赖 {count} 处"},
    {"roll.budget", "budget: {count} lines of {year} removed; fill in the {new_year} budget",
     "预算：移除 {year} 年预算条目 {count} 条；请补充 {new_year} 年预算"},
    {"roll.governance",
     "governance: {decisions} decisions and {signoffs} sign-offs cleared, status draft: the new "
     "cycle is decided and signed again",
     "规划组织：清空决策点 {decisions} 个、会签记录 {signoffs} 条，状态改为草稿：新一轮规划需"
     "重新决策、重新会签"},
    {"roll.title-year", "the title still names {year}: update it", "规划标题中仍有 {year}，请更新"},
    {"roll.files", "files:", "文件："},
    {"roll.file-edited", "{path} (edited)", "{path}（已修改）"},
    {"roll.file-copied", "{path} (copied unchanged)", "{path}（原样复制）"},
    {"roll.dry-run", "dry run: nothing written", "试运行：未写入任何文件"},
    {"roll.written", "written to {path}", "已写入 {path}"},
    // --help
    {"help.rollforward.summary",
     "write the next cycle's draft plan from this cycle's plan and its actuals",
     "根据本轮规划及其实际完成情况，生成下一轮滚动规划草案"},
    {"help.rollforward.plan", "plan file, or folder holding plan.yaml",
     "规划文件，或包含 plan.yaml 的目录"},
    {"help.rollforward.actuals", "actuals files of the closing period, in the plan's cycle year",
     "评估期（规划承诺年度内）的实际值文件"},
    {"help.rollforward.output",
     "folder for the new plan (its files keep their layout); a FILE for a one-file plan",
     "新规划的写入目录（各文件保持原有目录结构）；单文件规划也可给出文件名"},
    {"help.rollforward.id", "id of the new plan (default: the old id with its year moved on)",
     "新规划的 id（默认：把原 id 中的年份顺延一年）"},
    {"help.rollforward.format", "the summary: text (default) or json",
     "变更摘要的格式：text（默认）或 json"},
    {"help.rollforward.dry-run", "print what would change; write nothing",
     "只显示将要发生的变更，不写入文件"},
    {"help.rollforward.footer",
     "Writes every file or none, never changes the input. The method is in "
     "kaplan-rollforward(1).",
     "要么写入全部文件，要么一个也不写，从不改动输入文件。滚动方法见 kaplan-rollforward(1)。"},
    {"stop.rollforward-edit", "cannot roll this file forward: {reason}",
     "无法滚动此文件：{reason}"},
    {"stop.rollforward-output",
     "say where the new plan goes: -o DIR (or -o FILE for a one-file plan), or --dry-run",
     "请指定新规划的写入位置：-o 目录（单文件规划也可用 -o 文件），或使用 --dry-run"},
    {"stop.rollforward-folder", "the plan has {count} files: -o must name a folder, not {path}",
     "该规划由 {count} 个文件组成：-o 应为目录，而不是 {path}"},
    {"stop.rollforward-period",
     "the actuals are for {period}, not for the plan's cycle year {year}",
     "实际值的期间是 {period|zh}，不属于规划的承诺年度 {year}"},
    {"stop.rollforward-actuals",
     "the actuals have errors (above): fix them before rolling the plan forward",
     "实际值存在错误（见上）：请先修正，再滚动到下一轮"},
    {"stop.rollforward-year",
     "the next cycle, {cycle}, would run to {last}, after {latest}, the last year a plan can name",
     "下一规划周期 {cycle} 将延续到 {last} 年，超出了规划可用的最后年份 {latest}"},
    {"stop.rollforward-no-period", "the actuals give no period: add `actuals.period`",
     "实际值文件没有给出期间：请补充 `actuals.period`"},
    {"stop.rollforward-structure",
     "the plan has structure errors (above): fix them before rolling it forward",
     "规划存在结构性错误（见上）：请先修正，再滚动到下一轮"},
};

} // namespace

std::span<const MessageText> rollforward_messages() {
  return kRollforward;
}

} // namespace kaplan::roll
