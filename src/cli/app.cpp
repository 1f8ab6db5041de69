// SPDX-License-Identifier: MIT
// The only file that includes CLI11 (it is slow to compile): every subcommand's options
// are declared here and handed to its run function.
#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "kaplan/text.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <fmt/format.h>
#include <functional>

namespace kaplan::cli {
namespace {

// The subcommands, with a line each (ninja's kTools idea); the order is the help order.
struct Tool {
  const char* name;
  const char* summary;
};
constexpr Tool kTools[] = {
    {"validate",
     "check plans against every structure, completeness, cascade, resource and governance rule"},
    {"decompose", "show the KPI cascade per top-level KPI, or split a KPI's targets over units"},
    {"score", "score the plan's quality; with --actuals, the performance scorecard"},
    {"diff",
     "show what changed between two versions of a plan: targets, budget, actions, load, findings"},
    {"report",
     "the whole plan as one document: Markdown, text, HTML or JSON; several plans at once"},
    {"explain", "explain a rule: what it checks, why it matters, an example and the fix"},
    {"schema", "print the JSON Schema of the plan format, for editors"},
    {"init", "write a small complete skeleton plan to start from"},
    // More subcommands: add a line here (keep the order: validate, decompose, score,
    // rollforward, report, explain, schema).
};

const char* summary_of(std::string_view name) {
  for (const auto& t : kTools)
    if (name == t.name) return t.summary;
  return "";
}

void add_common(CLI::App& cmd, CommonOptions& o, bool with_config) {
  if (with_config) {
    cmd.add_option("--config", o.config,
                   "configuration file (default: the nearest .kaplan.yaml upwards)");
    cmd.add_option("--today", o.today, "the date rules compare with, YYYY-MM-DD (default: today)");
  }
  cmd.add_option("--lang", o.lang,
                 "language of messages: en or zh (default: KAPLAN_LANG, then the locale)")
      ->check(CLI::IsMember({"en", "zh"}));
  cmd.add_flag("--no-color", o.no_color,
               "never colour the output (NO_COLOR in the environment does the same)");
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"kaplan — key-account marketing strategy plans as code", "kaplan"};
  app.set_version_flag("--version", std::string("kaplan ") + KAPLAN_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error or unreadable "
      "input, 3 internal error.\nRun `kaplan COMMAND --help` for a command's options.");

  std::function<int()> run;

  ValidateOptions validate;
  auto* v = app.add_subcommand("validate", summary_of("validate"));
  v->add_option("paths", validate.paths, "plan files, or folders holding plan.yaml")->required();
  v->add_option("-f,--format", validate.formats,
                "text, json, github, sarif, markdown or junit; repeat it, with one --output each, "
                "for several reports in one run")
      ->check(CLI::IsMember({"text", "json", "github", "sarif", "markdown", "junit"}))
      ->allow_extra_args(false); // one value each time: `-f json PLAN` keeps PLAN a path
  v->add_option("--fail-on", validate.fail_on,
                "lowest severity that fails the run: error, warning, info, never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  v->add_option("-o,--output", validate.outputs,
                "write the result to FILE (atomically) instead of stdout; with several --format, "
                "one each, in order (`-` is stdout)")
      ->allow_extra_args(false);
  auto* git_rev = v->add_option("--git", validate.git,
                                "with --new-only: the git revision to compare with (e.g. HEAD~1, "
                                "origin/main)");
  auto* new_only = v->add_flag("--new-only", validate.new_only,
                               "report only the findings the change since --git REV introduced "
                               "(matched by rule, entity and detail, not by line)");
  new_only->needs(git_rev); // each is meaningless without the other
  git_rev->needs(new_only);
  v->add_option(
      "--explain-load", validate.explain_load,
      "print PERSON's load month by month (load, capacity, the actions behind it) instead of "
      "the findings");
  add_common(*v, validate.common, true);
  v->callback([&] { run = [&] { return run_validate(validate); }; });

  ExplainOptions explain;
  auto* e = app.add_subcommand("explain", summary_of("explain"));
  e->add_option("rule", explain.rule, "rule id, e.g. KAP-K004 (or K004)");
  e->add_flag("--list", explain.list, "list every rule with its severity and title");
  // Hidden: for maintainers, who regenerate man/kaplan-rules.7 with it.
  e->add_flag("--man", explain.man, "print kaplan-rules(7), every rule's page, as roff")->group("");
  add_common(*e, explain.common, false);
  e->callback([&] { run = [&] { return run_explain(explain); }; });

  DecomposeOptions decompose;
  auto* d = app.add_subcommand("decompose", summary_of("decompose"));
  d->add_option("plan", decompose.plan, "plan file, or folder holding plan.yaml")->required();
  d->add_option("-f,--format", decompose.format, "cascade view: text (default), markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  d->add_option("--kpi", decompose.kpi, "only this KPI's tree; with --by, the KPI to split");
  d->add_option(
       "--by", decompose.by,
       "split the KPI's targets: `units` (equal shares of --units), `weights` (--weights), or "
       "`segments` (customer segments, in proportion to their latest common revenue; the children "
       "stay at the KPI's unit)")
      ->check(CLI::IsMember({"units", "weights", "segments"}));
  d->add_option("--units", decompose.units, "with --by units: unit ids, comma-separated");
  d->add_option("--weights", decompose.weights, "with --by weights: UNIT=SHARE,... summing to 1");
  d->add_option("--segments", decompose.segments,
                "with --by segments: segment ids (default: every segment with a revenue history "
                "whose priority "
                "is not exit)");
  d->add_option("--precision", decompose.precision, "decimals of the split targets (default 0)")
      ->check(CLI::Range(0, 6));
  d->add_option("-o,--output", decompose.output, "write to FILE (atomically) instead of stdout");
  d->add_flag("--force", decompose.force, "overwrite FILE if it exists");
  add_common(*d, decompose.common, true);
  d->footer("A sum KPI is split by largest remainder at --precision decimals, so the children add "
            "up to the "
            "target exactly; a mean, min or max KPI gives every child the full target. See "
            "kaplan-decompose(1).");
  d->callback([&] { run = [&] { return run_decompose(decompose); }; });

  ScoreOptions score;
  auto* sc = app.add_subcommand("score", summary_of("score"));
  sc->add_option("plan", score.plan, "plan file, or folder holding plan.yaml")->required();
  sc->add_option("--actuals", score.actuals, "actuals files of one period (one per branch, say)");
  sc->add_option("-f,--format", score.format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  sc->add_option("--explain", score.explain,
                 "print the arithmetic of one KPI's figures (needs --actuals)");
  sc->add_option("-o,--output", score.output,
                 "write the result to FILE (atomically) instead of stdout");
  add_common(*sc, score.common, true);
  sc->footer("Every formula is in kaplan-score(1).");
  sc->callback([&] { run = [&] { return run_score(score); }; });

  DiffOptions diff;
  auto* df = app.add_subcommand("diff", summary_of("diff"));
  df->add_option("plans", diff.plans, "OLD NEW (files or folders), or one PLAN with --git")
      ->expected(0, 2);
  df->add_option("--git", diff.git,
                 "compare PLAN (default: the current folder) with its version at git revision REV");
  df->add_option("-f,--format", diff.format,
                 "text (default), markdown (a pull-request comment) or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  df->add_option("-o,--output", diff.output,
                 "write the result to FILE (atomically) instead of stdout");
  add_common(*df, diff.common, true);
  df->footer(
      "Entities are matched by id, findings by rule, entity and detail, so moved lines show no "
      "change. See kaplan-diff(1).");
  df->callback([&] { run = [&] { return run_diff(diff); }; });

  SchemaOptions schema;
  auto* sch = app.add_subcommand("schema", summary_of("schema"));
  sch->add_option("-o,--output", schema.output,
                  "write the schema to FILE (atomically) instead of stdout");
  sch->footer("Connect it in an editor: see kaplan-schema(1).");
  sch->callback([&] { run = [&] { return run_schema(schema); }; });

  InitOptions init;
  auto* in = app.add_subcommand("init", summary_of("init"));
  in->add_option("dir", init.dir,
                 "folder to write into (default: the current folder; created if missing)");
  in->add_option(
      "--today", init.common.today,
      "the date the years count from: the plan's cycle is the next year (default: today)");
  in->add_option("--lang", init.common.lang, "language of the skeleton's texts: en or zh")
      ->check(CLI::IsMember({"en", "zh"}));
  in->footer("Never overwrites a file. See kaplan-init(1).");
  in->callback([&] { run = [&] { return run_init(init); }; });

  ReportOptions report;
  auto* rp = app.add_subcommand("report", summary_of("report"));
  rp->add_option("plans", report.plans, "plan files, or folders holding plan.yaml")->required();
  rp->add_option("--actuals", report.actuals,
                 "actuals files of one period: adds the performance scorecard");
  rp->add_option("-f,--format", report.format, "markdown (default), text, html or json")
      ->check(CLI::IsMember({"markdown", "text", "html", "json"}));
  rp->add_option(
      "--sections", report.sections,
      "only these sections, comma-separated: summary, context, capabilities, traceability, "
      "cascade, resources, actions, governance, performance, findings");
  rp->add_option("-o,--output", report.output,
                 "write the report to FILE (atomically) instead of stdout");
  rp->add_option("--out-dir", report.out_dir,
                 "write one report per plan into DIR, named after the plan id");
  rp->add_option("--jobs", report.jobs, "plans rendered at once (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  add_common(*rp, report.common, true);
  rp->footer(
      "Headings and labels follow --lang (default: KAPLAN_LANG, then the locale); the plan's own "
      "text is never translated. See kaplan-report(1).");
  rp->callback([&] { run = [&] { return run_report(report); }; });

  // More subcommands: one block each above this line, in the style of the two above:
  // an options struct from cli/commands.hpp, its options, and a callback setting `run`.

  // CLI11 reports an unknown subcommand as "a subcommand is required"; say what is wrong.
  if (argc > 1 && argv[1][0] != '-') {
    std::string_view word = argv[1];
    bool known = false;
    for (const auto& t : kTools)
      known = known || word == t.name;
    if (!known) {
      fmt::print(stderr,
                 "kaplan: error: unknown command `{}`\nRun `kaplan --help` for the commands.\n",
                 text::terminal_sanitize(word));
      return 2;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& h) {
    return app.exit(h);
  } catch (const CLI::CallForAllHelp& h) {
    return app.exit(h);
  } catch (const CLI::CallForVersion& h) {
    return app.exit(h);
  } catch (const CLI::ParseError& err) {
    fmt::print(stderr, "kaplan: error: {}\nRun `kaplan --help` for usage.\n", err.what());
    return 2;
  }
  try {
    return run ? run() : 2;
  } catch (const std::exception& ex) {
    fmt::print(stderr, "kaplan: internal error: {}\n", ex.what());
    return 3;
  }
}

} // namespace kaplan::cli
