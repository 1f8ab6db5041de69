// SPDX-License-Identifier: MIT
// The only file that includes CLI11 (it is slow to compile): every subcommand's options
// are declared here and handed to its run function.
#include "cli/app.hpp"

#include "cli/common.hpp"
#include "i18n/cli_text.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/util/text.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <functional>

namespace kaplan::cli {
namespace {

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

// The command table's options, declared into CLI11.
class Cli11Sink final : public OptionSink {
public:
  explicit Cli11Sink(CLI::App& app) : app_(app) {}

  void flag(const Opt& opt, bool& target) override {
    finish(app_.add_flag(std::string(opt.names), target, ht(opt.help)), opt);
  }
  void value(const Opt& opt, std::string& target) override {
    finish(app_.add_option(std::string(opt.names), target, ht(opt.help)), opt);
  }
  void values(const Opt& opt, std::vector<std::string>& target) override {
    CLI::Option* o = app_.add_option(std::string(opt.names), target, ht(opt.help));
    if (opt.one_each) o->allow_extra_args(false);
    if (opt.most) o->expected(0, opt.most);
    finish(o, opt);
  }
  void number(const Opt& opt, std::optional<int>& target, int min, int max) override {
    finish(
        app_.add_option(std::string(opt.names), target, ht(opt.help))->check(CLI::Range(min, max)),
        opt);
  }
  void together(std::string_view a, std::string_view b) override {
    CLI::Option* x = app_.get_option(std::string(a));
    CLI::Option* y = app_.get_option(std::string(b));
    y->needs(x);
    x->needs(y);
  }
  void footer(std::string_view help) override { app_.footer(ht(help)); }

private:
  void finish(CLI::Option* o, const Opt& opt) {
    if (opt.choices.size() && opt.aliases.size() == 0) {
      std::vector<std::string> allowed(opt.choices.begin(), opt.choices.end());
      o->check(CLI::IsMember(allowed));
    } else if (opt.choices.size()) {
      // IsMember would list the aliases in --help: the same check and message, with only
      // the main names shown.
      std::vector<std::string> accepted(opt.choices.begin(), opt.choices.end());
      accepted.insert(accepted.end(), opt.aliases.begin(), opt.aliases.end());
      std::string shown;
      for (auto c : opt.choices)
        shown += (shown.empty() ? "{" : ",") + std::string(c);
      shown += "}";
      o->check(CLI::Validator(
          [accepted, shown](std::string& value) -> std::string {
            if (std::find(accepted.begin(), accepted.end(), value) != accepted.end()) return {};
            return value + " not in " + shown;
          },
          shown));
    }
    if (opt.required) o->required();
    if (opt.hidden) o->group("");
  }

  CLI::App& app_;
};

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

  Runner run;
  std::vector<Runner> runners;
  runners.reserve(commands().size());
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), summary_of(command.name));
    Cli11Sink sink(*sub);
    runners.push_back(command.declare(sink));
    sub->callback([&run, &runner = runners.back()] { run = runner; });
  }

  // A subcommand makes its help flag before it copies the option defaults, so the flag
  // would stay in CLI11's English "Options" group: move it to the translated one.
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (CLI::Option* h = sub->get_help_ptr()) h->group(ht("help.label.options-group"));

  // CLI11 reports an unknown subcommand as "a subcommand is required"; say what is wrong.
  if (argc > 1 && argv[1][0] != '-') {
    std::string_view word = argv[1];
    bool known = false;
    for (const Command& command : commands())
      known = known || word == command.name;
    if (!known) {
      fmt::print(stderr, "kaplan: error: {}\n{}\n",
                 render_message("stop.unknown-command",
                                std::vector<Arg>{arg("command", text::one_line(word))}, help_lang),
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
    fmt::print(stderr, "kaplan: error: {}\n{}\n",
               text::one_line(i18n::cli_error_text(err.what(), help_lang)), ht("stop.hint-usage"));
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
