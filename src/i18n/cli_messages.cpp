// SPDX-License-Identifier: MIT
// Texts of the command line itself, in both languages: `--help` (summaries, every
// option, footers, CLI11's fixed words) and the errors of parsing the command line.
// Keys: help.<command>.summary, help.<command>.<option or positional>,
// help.<command>.footer; options every command shares are help.common.<option>.
#include "i18n/cli_text.hpp"

namespace kaplan::i18n {
namespace {

constexpr MessageText kCli[] = {
    // The top level.
    {"help.app.description", "kaplan — key-account marketing strategy plans as code",
     "kaplan — 用代码管理大客户营销战略规划"},
    {"help.app.footer",
     "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error or unreadable "
     "input, 3 internal error.\nRun `kaplan COMMAND --help` for a command's options.",
     "退出状态：0 表示没有达到 --fail-on 级别的问题，1 表示有问题，2 表示用法错误或输入无法读取，"
     "3 表示内部错误。\n运行 `kaplan 命令 --help` 查看该命令的选项。"},
    {"help.app.help-flag", "Print this help message and exit", "显示本帮助信息并退出"},
    {"help.app.version-flag", "Display program version information and exit", "显示版本信息并退出"},
    // CLI11's fixed words (the English ones are CLI11's own defaults).
    {"help.label.usage", "Usage", "用法"},
    {"help.label.options", "OPTIONS", "选项"},
    {"help.label.subcommand", "SUBCOMMAND", "子命令"},
    {"help.label.subcommands", "SUBCOMMANDS", "子命令"},
    {"help.label.positionals", "Positionals", "参数"},
    {"help.label.required", "REQUIRED", "必填"},
    {"help.label.needs", "Needs", "需配合"},
    {"help.label.excludes", "Excludes", "互斥"},
    {"help.label.options-group", "Options", "选项"},
    {"help.label.subcommands-group", "Subcommands", "子命令"},
    // Options every command shares.
    {"help.common.config", "configuration file (default: the nearest .kaplan.yaml upwards)",
     "配置文件（默认：从规划所在目录向上找到的第一个 .kaplan.yaml）"},
    {"help.common.jobs",
     "threads reading files and plans at once (default: KAPLAN_JOBS, else the number of "
     "cores); the output is the same for any number",
     "同时读取文件和规划的线程数（默认先看 KAPLAN_JOBS，再取 CPU 核数）；线程数不影响输出"},
    {"stop.no-plans",
     "{path}: no plan found in this folder (a plan root holds `kaplan: 1` and `plan:`)",
     "{path}：此目录中没有找到规划（规划根文件含有 `kaplan: 1` 和 `plan:`）"},
    {"stop.search-unreadable", "{path}: cannot search the folder for plans: {reason}",
     "{path}：无法在此目录中查找规划：{reason}"},
    {"stop.search-too-large",
     "{path}: more than {max} entries to search for plans; name the plans, or list folders to "
     "skip in .kaplanignore or `ignore_paths` of .kaplan.yaml",
     "{path}：查找规划时目录项超过 {max} 个；请直接指定规划，或在 .kaplanignore 或 .kaplan.yaml 的 "
     "`ignore_paths` 中列出要跳过的目录"},
    {"stop.portfolio-actuals-no-plan",
     "{path}: cannot tell which plan these actuals are for (`actuals: plan:` is missing or the "
     "file cannot be read)",
     "{path}：无法确定这份实际完成属于哪个规划（缺少 `actuals: plan:`，或文件无法读取）"},
    {"stop.portfolio-actuals-unknown-plan",
     "{path}: these actuals are for plan `{plan}`, which is not among the plans given ({count})",
     "{path}：这份实际完成属于规划 `{plan}`，不在给定的规划（{count} 个）之中"},
    {"stop.no-actuals",
     "{path}: no actuals file found in this folder (an actuals file holds `kaplan: 1` and "
     "`actuals:`)",
     "{path}：此目录中没有找到实际完成文件（实际完成文件含有 `kaplan: 1` 和 `actuals:`）"},
    {"stop.portfolio-actuals-files",
     "--actuals names files for one plan; with several plans use --actuals-dir, whose files "
     "name their plan",
     "--actuals 指定的是一个规划的文件；处理多个规划时请使用 "
     "--actuals-dir，其中的文件各自写明所属规划"},
    {"report.stop.portfolio-options",
     "--portfolio writes one document: it takes neither --out-dir, --sections nor --actuals "
     "(use --actuals-dir)",
     "--portfolio 只生成一份文档：不能与 --out-dir、--sections 或 --actuals 同用（请使用 "
     "--actuals-dir）"},
    {"report.stop.actuals-dir-needs-portfolio", "--actuals-dir goes with --portfolio",
     "--actuals-dir 需要与 --portfolio 同用"},
    {"stop.portfolio-explain",
     "--explain works on one plan; name the plan, not a folder of several",
     "--explain 只处理一个规划；请指定该规划，而不是含有多个规划的目录"},
    {"stop.several-plans",
     "{path}: this folder holds {count} plans and this command works on one; name one of them, "
     "or use `kaplan validate` or `kaplan report`, which take them all",
     "{path}：此目录中有 {count} 个规划，而本命令只处理一个；请指定其中一个，或使用 "
     "`kaplan validate` 或 `kaplan report` 处理全部规划"},
    {"stop.env-jobs", "{name}: `{value}` is not a number of threads (1 to {max})",
     "{name}：`{value}` 不是有效的线程数（1 到 {max}）"},
    {"help.common.today", "the date rules compare with, YYYY-MM-DD (default: today)",
     "检查时作为“今天”的日期，格式 YYYY-MM-DD（默认：当天）"},
    {"help.common.lang", "language of messages: en or zh (default: KAPLAN_LANG, then the locale)",
     "输出语言：en 或 zh（默认先看 KAPLAN_LANG，再看系统区域设置）"},
    {"help.common.force",
     "replace output files that exist (never a file the command reads, nor one the plan's "
     "includes would read)",
     "覆盖已存在的输出文件（绝不覆盖本命令读取的文件，也不覆盖规划 include 会读取的文件）"},
    {"help.common.no-color", "never colour the output (NO_COLOR in the environment does the same)",
     "不使用彩色输出（设置环境变量 NO_COLOR 效果相同）"},
    // kaplan validate
    {"help.validate.summary",
     "check plans against every structure, completeness, cascade, resource and governance rule",
     "按结构、完整性、指标分解、资源可行性和规划组织各类规则检查规划"},
    {"help.validate.paths", "plan files, folders holding plan.yaml, or folders to search for plans",
     "规划文件、包含 plan.yaml 的目录，或要在其中查找规划的目录"},
    {"help.validate.format",
     "text, json, github, sarif, markdown, junit or codeclimate; repeat it, with one --output "
     "each, for several reports in one run",
     "text、json、github、sarif、markdown、junit 或 codeclimate；可重复给出（每个配一个 "
     "--output），"
     "一次运行生成多种结果"},
    {"help.validate.fail-on", "lowest severity that fails the run: error, warning, info, never",
     "达到哪一级别的问题即判定运行失败：error、warning、info、never"},
    {"help.validate.output",
     "write the result to FILE (atomically) instead of stdout; with several --format, one each, "
     "in order (`-` is stdout)",
     "把结果写入 FILE（原子写入），不输出到标准输出；有多个 --format 时按顺序各给一个（`-` "
     "表示标准输出）"},
    {"help.validate.git",
     "with --new-only: the git revision to compare with (e.g. HEAD~1, origin/main)",
     "配合 --new-only：作为比较基准的 git 版本（如 HEAD~1、origin/main）"},
    {"help.validate.new-only",
     "report only the findings the change since --git REV introduced (matched by rule, entity "
     "and detail, not by line)",
     "只报告自 --git REV 以来的修改新引入的问题（按规则、对象和细节比对，不按行号）"},
    {"help.validate.explain-load",
     "print PERSON's load month by month (load, capacity, the actions behind it) instead of the "
     "findings",
     "不输出检查结果，改为逐月列出人员 PERSON 的负荷（负荷、可投入工作量及占用工作量的行动计划）"},
    // kaplan explain
    {"help.explain.summary",
     "explain a rule: what it checks, why it matters, an example and the fix",
     "解释一条规则：检查什么、为什么重要、示例以及如何修正"},
    {"help.explain.rule", "rule id, e.g. KAP-K004 (or K004)", "规则编号，如 KAP-K004（或 K004）"},
    {"help.explain.list", "list every rule with its severity and title",
     "列出全部规则及其严重级别和标题"},
    {"help.explain.man", "print kaplan-rules(7), every rule's page, as roff",
     "以 roff 格式输出 kaplan-rules(7)，即全部规则的说明"},
    // Not the top level's footer, whose exit statuses are those of validate's --fail-on.
    {"help.explain.footer",
     "Exit status: 0, or 2 for an unknown rule. Every rule's page is in kaplan-rules(7).",
     "退出状态：0；规则编号未知时为 2。所有规则的说明见 kaplan-rules(7)。"},
    // kaplan decompose
    {"help.decompose.summary",
     "show the KPI cascade per top-level KPI, or split a KPI's targets over units",
     "按顶层指标显示指标分解树，或把一个指标的目标值分解到各单位"},
    {"help.decompose.plan", "plan file, or folder holding plan.yaml",
     "规划文件，或包含 plan.yaml 的目录"},
    {"help.decompose.format", "cascade view: text (default), markdown or json",
     "分解树的格式：text（默认）、markdown 或 json"},
    {"help.decompose.kpi", "only this KPI's tree; with --by, the KPI to split",
     "只显示这个指标的分解树；配合 --by 时为要分解的指标"},
    {"help.decompose.by",
     "split the KPI's targets: `equal` (equal shares of --units; `units` is an older name for "
     "it), `weights` (--weights), or `segments` (customer segments, in proportion to their "
     "latest common revenue; the children stay at the KPI's unit); with --write-plans, `units`",
     "分解指标的目标值：`equal`（在 --units 列出的单位间平均分配；`units` "
     "是它的旧名称，仍可使用）、"
     "`weights`（按 --weights 的权重）或 `segments`（按各客户群最近共同年度的收入比例分配；"
     "子指标仍归原指标的责任单位）；配合 --write-plans 时为 `units`"},
    {"help.decompose.units", "with --by equal or --write-plans: unit ids, comma-separated",
     "配合 --by equal 或 --write-plans：单位 id，以逗号分隔"},
    {"help.decompose.write-plans",
     "with --by units: start a plan per unit, DIR/UNIT/plan.yaml, from this plan's allocation",
     "配合 --by units：按本规划的分解为每个单位生成下级规划 DIR/UNIT/plan.yaml"},
    {"help.decompose.weights", "with --by weights: UNIT=SHARE,... summing to 1",
     "配合 --by weights：UNIT=SHARE,…，权重合计为 1"},
    {"help.decompose.segments",
     "with --by segments: segment ids (default: every segment with a revenue history whose "
     "priority is not exit)",
     "配合 --by segments：客户群 id（默认：所有有历史收入且优先级不是“退出”的客户群）"},
    {"help.decompose.precision", "decimals of the split targets (default 0)",
     "分解后目标值保留的小数位数（默认 0）"},
    {"help.decompose.output", "write to FILE (atomically) instead of stdout",
     "写入 FILE（原子写入），不输出到标准输出"},
    {"help.decompose.footer",
     "A sum KPI is split by largest remainder at --precision decimals, so the children add up to "
     "the target exactly; a mean, min or max KPI gives every child the full target. See "
     "kaplan-decompose(1).",
     "按 sum 汇总的指标以 --precision 位小数、用最大余额法分解，子指标之和恰好等于目标值；"
     "按 mean、min 或 max 汇总的指标，每个子指标都承接完整的目标值。详见 kaplan-decompose(1)。"},
    // kaplan score
    {"help.score.summary", "score the plan's quality; with --actuals, the performance scorecard",
     "为规划质量评分；给出 --actuals 时生成绩效计分卡"},
    {"help.score.plan",
     "plan file, folder holding plan.yaml, or folder to search for plans (several: the portfolio)",
     "规划文件、包含 plan.yaml 的目录，或要在其中查找规划的目录（多个规划时生成组合视图）"},
    {"help.score.actuals-dir",
     "folder of actuals files, each matched to the plan its `actuals: plan:` names: the portfolio "
     "with performance",
     "实际完成文件所在目录，每个文件按其 `actuals: plan:` 对应到规划：生成含绩效得分的组合视图"},
    {"help.score.actuals", "actuals files of one period (one per branch, say)",
     "同一期间的实际完成文件（例如每个市公司一个）"},
    {"help.score.format", "text, markdown or json", "text、markdown 或 json"},
    {"help.score.explain", "print the arithmetic of one KPI's figures (needs --actuals)",
     "列出一个指标各项数值的计算过程（需要 --actuals）"},
    {"help.score.output", "write the result to FILE (atomically) instead of stdout",
     "把结果写入 FILE（原子写入），不输出到标准输出"},
    {"help.score.footer", "Every formula is in kaplan-score(1).",
     "全部计算公式见 kaplan-score(1)。"},
    // kaplan diff
    {"help.diff.summary",
     "show what changed between two versions of a plan: targets, budget, actions, load, findings",
     "比较规划的两个版本：目标值、预算、行动计划、人员负荷和检查结果有何变化"},
    {"help.diff.plans", "OLD NEW (files or folders), or one PLAN with --git",
     "OLD NEW（文件或目录），或配合 --git 只给一个 PLAN"},
    {"help.diff.git",
     "compare PLAN (default: the current folder) with its version at git revision REV",
     "把 PLAN（默认：当前目录）与它在 git 版本 REV 中的内容比较"},
    {"help.diff.format", "text (default), markdown (a pull-request comment) or json",
     "text（默认）、markdown（用作合并请求的评论）或 json"},
    {"help.diff.output", "write the result to FILE (atomically) instead of stdout",
     "把结果写入 FILE（原子写入），不输出到标准输出"},
    {"help.diff.footer",
     "Entities are matched by id, findings by rule, entity and detail, so moved lines show no "
     "change. See kaplan-diff(1).",
     "条目按 id 对应，检查结果按规则、对象和细节对应，所以只是挪了位置的行不算变化。"
     "详见 kaplan-diff(1)。"},
    // kaplan schema
    {"help.schema.summary", "print the JSON Schema of the plan format, for editors",
     "输出规划格式的 JSON Schema，供编辑器使用"},
    {"help.schema.actuals", "the schema of actuals files instead of plan files",
     "输出实际完成数据文件的 schema，而不是规划文件的"},
    {"help.schema.output", "write the schema to FILE (atomically) instead of stdout",
     "把 Schema 写入 FILE（原子写入），不输出到标准输出"},
    {"help.schema.footer", "Connect it in an editor: see kaplan-schema(1).",
     "如何在编辑器中使用：见 kaplan-schema(1)。"},
    // kaplan init
    {"help.init.summary", "write a small complete skeleton plan to start from",
     "生成一份精简而完整的规划框架，作为编写的起点"},
    {"help.init.dir", "folder to write into (default: the current folder; created if missing)",
     "写入的目录（默认：当前目录；不存在时自动创建）"},
    {"help.init.today",
     "the date the years count from: the plan's cycle is the next year (default: today)",
     "推算年份所依据的日期：规划年度为其下一年（默认：当天）"},
    {"help.init.lang", "language of the skeleton's texts: en or zh",
     "规划框架中文字的语言：en 或 zh"},
    {"help.init.force", "replace files of the skeleton that exist already",
     "覆盖已存在的同名骨架文件"},
    {"help.init.footer", "Never overwrites a file without --force. See kaplan-init(1).",
     "不加 --force 时不会覆盖已有文件。详见 kaplan-init(1)。"},
    // kaplan report
    {"help.report.summary",
     "the whole plan as one document: Markdown, text, HTML or JSON; several plans at once",
     "把整个规划生成一份文档（Markdown、文本、HTML 或 JSON）；可一次处理多个规划"},
    {"help.report.plans", "plan files, folders holding plan.yaml, or folders to search for plans",
     "规划文件、包含 plan.yaml 的目录，或要在其中查找规划的目录"},
    {"help.report.actuals", "actuals files of one period: adds the performance scorecard",
     "同一期间的实际完成文件：报告中增加绩效计分卡"},
    {"help.report.format", "markdown (default), text, html or json",
     "markdown（默认）、text、html 或 json"},
    {"help.report.sections",
     "only these sections, comma-separated: summary, context, capabilities, traceability, "
     "cascade, resources, actions, governance, performance, findings",
     "只输出这些部分，以逗号分隔：summary、context、capabilities、traceability、cascade、"
     "resources、actions、governance、performance、findings"},
    {"help.report.output", "write the report to FILE (atomically) instead of stdout",
     "把报告写入 FILE（原子写入），不输出到标准输出"},
    {"help.report.portfolio",
     "one document across the plans: their scores, higher plans rebuilt from derived plans, "
     "ranking, red KPIs",
     "生成所有规划的一份组合视图：各规划得分、由下级规划重建的上级规划指标、排名、红灯指标"},
    {"help.report.actuals-dir",
     "with --portfolio: folder of actuals files, each matched to the plan it names",
     "与 --portfolio 同用：实际完成文件所在目录，每个文件按其写明的规划对应"},
    {"help.report.out-dir", "write one report per plan into DIR, named after the plan id",
     "每个规划生成一份报告，写入目录 DIR，文件名取规划 id"},
    {"help.report.footer",
     "Headings and labels follow --lang (default: KAPLAN_LANG, then the locale); the plan's own "
     "text is never translated. See kaplan-report(1).",
     "标题和标签的语言由 --lang 决定（默认先看 KAPLAN_LANG，再看系统区域设置）；"
     "规划本身的文字不做翻译。详见 kaplan-report(1)。"},
    // kaplan lsp
    {"help.lsp.summary", "the language server: every check in the editor, as you type",
     "语言服务器：在编辑器中边写边检查"},
    {"help.lsp.footer",
     "Speaks the Language Server Protocol on stdin and stdout; an editor starts it. Messages "
     "follow --lang, else the editor's locale, else KAPLAN_LANG and the locale. See "
     "kaplan-lsp(1).",
     "通过标准输入和标准输出使用语言服务器协议（LSP），由编辑器启动。提示语言由 --lang "
     "决定，其次是编辑器的区域设置，再次是 KAPLAN_LANG 和系统区域设置。详见 kaplan-lsp(1)。"},
    // Errors of the command line. The English texts of stop.cli.* are CLI11's own
    // messages as patterns: cli_error_text reads the values out of CLI11's message and
    // writes them into the chosen language's text (specific patterns first).
    {"stop.unknown-command", "unknown command `{command}`", "未知命令 `{command}`"},
    {"stop.hint-commands", "Run `kaplan --help` for the commands.",
     "运行 `kaplan --help` 查看全部命令。"},
    {"stop.hint-usage", "Run `kaplan --help` for usage.", "运行 `kaplan --help` 查看用法。"},
    {"stop.internal", "internal error: {detail}", "内部错误：{detail}"},
    {"stop.cli.subcommand", "A subcommand is required",
     "缺少子命令，例如 validate、score 或 report"},
    {"stop.cli.extra", "The following argument was not expected: {args}", "无法识别的参数：{args}"},
    {"stop.cli.extras", "The following arguments were not expected: {args}",
     "无法识别的参数：{args}"},
    {"stop.cli.required", "{name} is required", "缺少必填参数 {name}"},
    {"stop.cli.requires", "{name} requires {other}", "{name} 需要与 {other} 一起使用"},
    {"stop.cli.excludes", "{name} excludes {other}", "{name} 不能与 {other} 一起使用"},
    {"stop.cli.range", "{option}: Value {value} not in range {min} to {max}",
     "{option}：取值 {value} 不在 {min} 到 {max} 之间"},
    {"stop.cli.member", "{option}: {value} not in {allowed}",
     "{option}：{value} 不是可选的取值，可选 {allowed}"},
    {"stop.cli.convert", "Could not convert: {option} = {value}",
     "{option} 的取值 {value} 无法识别"},
    {"stop.cli.missing-value", "{option}: {count} required {type} missing",
     "{option} 缺少取值（需要 {count} 个 {type}）"},
    {"stop.cli.at-most", "{option}: At Most {count} required but received {received}",
     "{option} 最多接受 {count} 个取值，实际给了 {received} 个"},
};

} // namespace

std::span<const MessageText> cli_messages() {
  return kCli;
}

} // namespace kaplan::i18n
