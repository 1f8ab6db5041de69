// SPDX-License-Identifier: MIT
// The only file that includes CLI11 (it is slow to compile): every subcommand's options
// are declared here and handed to its run function.
#include "cli/app.hpp"

#include "cli/commands.hpp"

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
    {"explain", "explain a rule: what it checks, why it matters, an example and the fix"},
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
  v->add_option("-f,--format", validate.format, "text, json, github, sarif or markdown")
      ->check(CLI::IsMember({"text", "json", "github", "sarif", "markdown"}));
  v->add_option("--fail-on", validate.fail_on,
                "lowest severity that fails the run: error, warning, info, never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  v->add_option("-o,--output", validate.output,
                "write the result to FILE (atomically) instead of stdout");
  add_common(*v, validate.common, true);
  v->callback([&] { run = [&] { return run_validate(validate); }; });

  ExplainOptions explain;
  auto* e = app.add_subcommand("explain", summary_of("explain"));
  e->add_option("rule", explain.rule, "rule id, e.g. KAP-K004 (or K004)");
  e->add_flag("--list", explain.list, "list every rule with its severity and title");
  add_common(*e, explain.common, false);
  e->callback([&] { run = [&] { return run_explain(explain); }; });

  // More subcommands: one block each above this line, in the style of the two above:
  // an options struct from cli/commands.hpp, its options, and a callback setting `run`.

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
