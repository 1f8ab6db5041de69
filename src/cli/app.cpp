// SPDX-License-Identifier: MIT
// The only file that includes CLI11 (it is slow to compile): every subcommand's options
// are declared here and handed to its run function.
#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "i18n/cli_text.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/text.hpp"

#include <CLI/CLI.hpp>
#include <exception>
#include <fmt/format.h>
#include <functional>

namespace kaplan::cli {
namespace {

// The subcommands' names (ninja's kTools idea); their help texts are in the catalogue
// (src/i18n/cli_messages.cpp) as help.<name>.summary, help.<name>.<option>, help.<name>.footer.
constexpr std::string_view kTools[] = {
    "validate", "decompose", "score", "rollforward", "diff", "report", "explain", "schema", "init",
    // More subcommands: add a name here (keep the order: validate, decompose, score,
    // rollforward, report, explain, schema) and its texts to the catalogue.
};

// The language of --help and of command-line errors. CLI11 fixes help texts when
// options are added, so main() decides it from the raw arguments before building the
// app; a file-local variable keeps every add_option line short.
Lang help_lang = Lang::en;

// The help text of a catalogue key (help.<command>.<option>) in the help language.
std::string ht(std::string_view key) {
  return i18n::help_text(key, help_lang);
}

std::string summary_of(std::string_view name) {
  return ht(fmt::format("help.{}.summary", name));
}

// CLI11's formatter with its fixed words in the help language and the left column padded
// by display width: CLI11 pads by bytes, which pushes a row with Chinese in it out of line.
class HelpFormatter : public CLI::Formatter {
public:
  HelpFormatter() {
    if (help_lang == Lang::en) return; // CLI11's own words are the English ones
    static constexpr std::pair<const char*, const char*> labels[] = {
        {"Usage", "help.label.usage"},
        {"OPTIONS", "help.label.options"},
        {"SUBCOMMAND", "help.label.subcommand"},
        {"SUBCOMMANDS", "help.label.subcommands"},
        {"Positionals", "help.label.positionals"},
        {"REQUIRED", "help.label.required"},
        {"Needs", "help.label.needs"},
        {"Excludes", "help.label.excludes"}};
    for (const auto& [word, key] : labels)
      this->label(word, ht(key));
  }
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return row(sub->get_display_name(true), sub->get_description());
  }

private:
  // CLI11's detail::format_help, counting cells instead of bytes.
  std::string row(const std::string& name, const std::string& description) const {
    std::string out = text::pad_right("  " + name, column_width_);
    if (description.empty()) return out + "\n";
    std::string indent(column_width_, ' ');
    if (text::display_width("  " + name) >= column_width_) out += "\n" + indent;
    for (char c : description) {
      out += c;
      if (c == '\n') out += indent;
    }
    return out + "\n";
  }
};

void add_common(CLI::App& cmd, CommonOptions& o, bool with_config) {
  if (with_config) {
    cmd.add_option("--config", o.config, ht("help.common.config"));
    cmd.add_option("--today", o.today, ht("help.common.today"));
  }
  cmd.add_option("--lang", o.lang, ht("help.common.lang"))->check(CLI::IsMember({"en", "zh"}));
  cmd.add_flag("--no-color", o.no_color, ht("help.common.no-color"));
}

} // namespace

int main(int argc, char** argv) {
  io::install_interrupt_cleanup();
  help_lang = select_lang(i18n::lang_flag_from_args(std::vector<const char*>(argv, argv + argc)));
  CLI::App app{ht("help.app.description"), "kaplan"};
  // Set before any subcommand exists: each copies the formatter, the option and subcommand
  // groups, the help flag's text and the footer.
  app.formatter(std::make_shared<HelpFormatter>());
  app.option_defaults()->group(ht("help.label.options-group"));
  app.group(ht("help.label.subcommands-group"));
  app.set_help_flag("-h,--help", ht("help.app.help-flag"));
  app.set_version_flag("--version", std::string("kaplan ") + KAPLAN_VERSION,
                       ht("help.app.version-flag"));
  app.require_subcommand(1);
  app.footer(ht("help.app.footer"));

  std::function<int()> run;

  ValidateOptions validate;
  auto* v = app.add_subcommand("validate", summary_of("validate"));
  v->add_option("paths", validate.paths, ht("help.validate.paths"))->required();
  v->add_option("-f,--format", validate.formats, ht("help.validate.format"))
      ->check(CLI::IsMember({"text", "json", "github", "sarif", "markdown", "junit"}))
      ->allow_extra_args(false); // one value each time: `-f json PLAN` keeps PLAN a path
  v->add_option("--fail-on", validate.fail_on, ht("help.validate.fail-on"))
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  v->add_option("-o,--output", validate.outputs, ht("help.validate.output"))
      ->allow_extra_args(false);
  auto* git_rev = v->add_option("--git", validate.git, ht("help.validate.git"));
  auto* new_only = v->add_flag("--new-only", validate.new_only, ht("help.validate.new-only"));
  new_only->needs(git_rev); // each is meaningless without the other
  git_rev->needs(new_only);
  v->add_option("--explain-load", validate.explain_load, ht("help.validate.explain-load"));
  v->add_flag("--force", validate.force, ht("help.common.force"));
  add_common(*v, validate.common, true);
  v->callback([&] { run = [&] { return run_validate(validate); }; });

  ExplainOptions explain;
  auto* e = app.add_subcommand("explain", summary_of("explain"));
  e->add_option("rule", explain.rule, ht("help.explain.rule"));
  e->add_flag("--list", explain.list, ht("help.explain.list"));
  // Hidden: for maintainers, who regenerate man/kaplan-rules.7 with it.
  e->add_flag("--man", explain.man, ht("help.explain.man"))->group("");
  add_common(*e, explain.common, false);
  e->callback([&] { run = [&] { return run_explain(explain); }; });

  DecomposeOptions decompose;
  auto* d = app.add_subcommand("decompose", summary_of("decompose"));
  d->add_option("plan", decompose.plan, ht("help.decompose.plan"))->required();
  d->add_option("-f,--format", decompose.format, ht("help.decompose.format"))
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  d->add_option("--kpi", decompose.kpi, ht("help.decompose.kpi"));
  d->add_option("--by", decompose.by, ht("help.decompose.by"))
      ->check(CLI::IsMember({"units", "weights", "segments"}));
  d->add_option("--units", decompose.units, ht("help.decompose.units"));
  d->add_option("--weights", decompose.weights, ht("help.decompose.weights"));
  d->add_option("--segments", decompose.segments, ht("help.decompose.segments"));
  d->add_option("--precision", decompose.precision, ht("help.decompose.precision"))
      ->check(CLI::Range(0, 6));
  d->add_option("-o,--output", decompose.output, ht("help.decompose.output"));
  d->add_flag("--force", decompose.force, ht("help.common.force"));
  add_common(*d, decompose.common, true);
  d->footer(ht("help.decompose.footer"));
  d->callback([&] { run = [&] { return run_decompose(decompose); }; });

  ScoreOptions score;
  auto* sc = app.add_subcommand("score", summary_of("score"));
  sc->add_option("plan", score.plan, ht("help.score.plan"))->required();
  sc->add_option("--actuals", score.actuals, ht("help.score.actuals"));
  sc->add_option("-f,--format", score.format, ht("help.score.format"))
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  sc->add_option("--explain", score.explain, ht("help.score.explain"));
  sc->add_option("-o,--output", score.output, ht("help.score.output"));
  sc->add_flag("--force", score.force, ht("help.common.force"));
  add_common(*sc, score.common, true);
  sc->footer(ht("help.score.footer"));
  sc->callback([&] { run = [&] { return run_score(score); }; });

  RollforwardOptions roll;
  auto* rf = app.add_subcommand("rollforward", summary_of("rollforward"));
  rf->add_option("plan", roll.plan, ht("help.rollforward.plan"))->required();
  rf->add_option("--actuals", roll.actuals, ht("help.rollforward.actuals"))->required();
  rf->add_option("-o,--output", roll.output, ht("help.rollforward.output"));
  rf->add_option("--id", roll.id, ht("help.rollforward.id"));
  rf->add_option("-f,--format", roll.format, ht("help.rollforward.format"))
      ->check(CLI::IsMember({"text", "json"}));
  rf->add_flag("--force", roll.force, ht("help.common.force"));
  rf->add_flag("--dry-run", roll.dry_run, ht("help.rollforward.dry-run"));
  add_common(*rf, roll.common, true);
  rf->footer(ht("help.rollforward.footer"));
  rf->callback([&] { run = [&] { return run_rollforward(roll); }; });

  DiffOptions diff;
  auto* df = app.add_subcommand("diff", summary_of("diff"));
  df->add_option("plans", diff.plans, ht("help.diff.plans"))->expected(0, 2);
  df->add_option("--git", diff.git, ht("help.diff.git"));
  df->add_option("-f,--format", diff.format, ht("help.diff.format"))
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  df->add_option("-o,--output", diff.output, ht("help.diff.output"));
  df->add_flag("--force", diff.force, ht("help.common.force"));
  add_common(*df, diff.common, true);
  df->footer(ht("help.diff.footer"));
  df->callback([&] { run = [&] { return run_diff(diff); }; });

  SchemaOptions schema;
  auto* sch = app.add_subcommand("schema", summary_of("schema"));
  sch->add_option("-o,--output", schema.output, ht("help.schema.output"));
  sch->add_flag("--force", schema.force, ht("help.common.force"));
  sch->footer(ht("help.schema.footer"));
  sch->callback([&] { run = [&] { return run_schema(schema); }; });

  InitOptions init;
  auto* in = app.add_subcommand("init", summary_of("init"));
  in->add_option("dir", init.dir, ht("help.init.dir"));
  in->add_flag("--force", init.force, ht("help.init.force"));
  in->add_option("--today", init.common.today, ht("help.init.today"));
  in->add_option("--lang", init.common.lang, ht("help.init.lang"))
      ->check(CLI::IsMember({"en", "zh"}));
  in->footer(ht("help.init.footer"));
  in->callback([&] { run = [&] { return run_init(init); }; });

  ReportOptions report;
  auto* rp = app.add_subcommand("report", summary_of("report"));
  rp->add_option("plans", report.plans, ht("help.report.plans"))->required();
  rp->add_option("--actuals", report.actuals, ht("help.report.actuals"));
  rp->add_option("-f,--format", report.format, ht("help.report.format"))
      ->check(CLI::IsMember({"markdown", "text", "html", "json"}));
  rp->add_option("--sections", report.sections, ht("help.report.sections"));
  rp->add_option("-o,--output", report.output, ht("help.report.output"));
  rp->add_option("--out-dir", report.out_dir, ht("help.report.out-dir"));
  rp->add_option("--jobs", report.jobs, ht("help.report.jobs"))->check(CLI::Range(1, 256));
  rp->add_flag("--force", report.force, ht("help.common.force"));
  add_common(*rp, report.common, true);
  rp->footer(ht("help.report.footer"));
  rp->callback([&] { run = [&] { return run_report(report); }; });

  // More subcommands: one block each above this line, in the style of the two above:
  // an options struct from cli/commands.hpp, its options, and a callback setting `run`.

  // A subcommand makes its help flag before it copies the option defaults, so the flag
  // would stay in CLI11's English "Options" group: move it to the translated one.
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (CLI::Option* h = sub->get_help_ptr()) h->group(ht("help.label.options-group"));

  // CLI11 reports an unknown subcommand as "a subcommand is required"; say what is wrong.
  if (argc > 1 && argv[1][0] != '-') {
    std::string_view word = argv[1];
    bool known = false;
    for (auto name : kTools)
      known = known || word == name;
    if (!known) {
      fmt::print(stderr, "kaplan: error: {}\n{}\n",
                 render_message("stop.unknown-command",
                                std::vector<Arg>{arg("command", text::terminal_sanitize(word))},
                                help_lang),
                 ht("stop.hint-commands"));
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
    fmt::print(stderr, "kaplan: error: {}\n{}\n", i18n::cli_error_text(err.what(), help_lang),
               ht("stop.hint-usage"));
    return 2;
  }
  try {
    return run ? run() : 2;
  } catch (const std::exception& ex) {
    fmt::print(
        stderr, "kaplan: {}\n",
        render_message("stop.internal", std::vector<Arg>{arg("detail", ex.what())}, help_lang));
    return 3;
  }
}

} // namespace kaplan::cli
