// SPDX-License-Identifier: MIT
// The command table is the one list of subcommands and options: every help text exists
// in both languages, and the shell completions and the man pages offer and document
// exactly what the table declares.
#include "cli/command.hpp"
#include "kaplan/model/messages.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace unit_cli_commands {

using namespace kaplan;
namespace fs = std::filesystem;

namespace {

const fs::path kRoot = KAPLAN_SOURCE_DIR;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// What a command declares, as a reader of the table sees it.
struct Declared {
  std::vector<std::string> longs;  // --format
  std::vector<std::string> shorts; // -f
  std::vector<std::string> choices;
  std::vector<std::string> help_keys;
  std::vector<std::string> positionals;
  std::vector<std::string> hidden; // maintainers' options: not in --help, may be in a man page
  std::string footer;
};

class Recorder final : public cli::OptionSink {
public:
  Declared d;
  void flag(const cli::Opt& o, bool&) override { note(o); }
  void value(const cli::Opt& o, std::string&) override { note(o); }
  void values(const cli::Opt& o, std::vector<std::string>&) override { note(o); }
  void number(const cli::Opt& o, std::optional<int>&, int, int) override { note(o); }
  void together(std::string_view, std::string_view) override {}
  void footer(std::string_view help) override { d.footer = help; }

private:
  void note(const cli::Opt& o) {
    d.help_keys.emplace_back(o.help);
    for (const auto& c : o.choices)
      d.choices.emplace_back(c);
    std::string names(o.names);
    if (names[0] != '-') {
      d.positionals.push_back(names);
      return;
    }
    std::stringstream split(names);
    if (o.hidden) {
      for (std::string n; std::getline(split, n, ',');)
        d.hidden.push_back(n);
      return;
    }
    for (std::string n; std::getline(split, n, ',');)
      (n.starts_with("--") ? d.longs : d.shorts).push_back(n);
  }
};

std::map<std::string, Declared> table() {
  std::map<std::string, Declared> out;
  for (const auto& c : cli::commands()) {
    Recorder r;
    c.declare(r);
    out[std::string(c.name)] = r.d;
  }
  return out;
}

// The text of a shell script's case branch `  NAME)` up to its `;;`.
std::string branch(const std::string& script, const std::string& name) {
  auto at = script.find("\n  " + name + ")");
  if (at == std::string::npos) return {};
  return script.substr(at, script.find(";;", at) - at);
}

// roff writes `-` as `\-`.
std::string roff(std::string s) {
  std::string out;
  for (char c : s)
    out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

// roff source as plain text: `\-` is `-`, font changes and zero-width marks are dropped.
std::string plain(const std::string& roff_text) {
  std::string out;
  for (std::size_t i = 0; i < roff_text.size(); ++i) {
    if (roff_text[i] == '\\' && i + 1 < roff_text.size()) {
      char next = roff_text[i + 1];
      if (next == '-') {
        out += '-';
        ++i;
        continue;
      }
      if (next == 'f' && i + 2 < roff_text.size()) {
        i += 2;
        continue;
      }
      if (next == '&' || next == '%') {
        ++i;
        continue;
      }
    }
    out += roff_text[i];
  }
  return out;
}

// The section `.SH NAME` of a page (up to the next `.SH`), empty when absent.
std::string section(const std::string& page, const std::string& name) {
  auto at = page.find("\n.SH " + name + "\n");
  if (at == std::string::npos) return {};
  return page.substr(at, page.find("\n.SH ", at + 1) - at);
}

// Every option name (`-f`, `--format`) in a text: a dash after a space or a bracket.
std::set<std::string> options_in(const std::string& text) {
  std::set<std::string> out;
  const std::regex option(R"re((?:^|[^A-Za-z0-9_-])(--?[a-z][a-z-]*))re");
  for (std::sregex_iterator it(text.begin(), text.end(), option), end; it != end; ++it)
    out.insert((*it)[1].str());
  return out;
}

// The options in the tags (the line after `.TP` or `.TQ`) of a part of a page.
std::set<std::string> tagged_options(const std::string& text) {
  std::set<std::string> out;
  const std::regex tag("\n\\.T[PQ]\n([^\n]*)");
  for (std::sregex_iterator it(text.begin(), text.end(), tag), end; it != end; ++it)
    for (auto& o : options_in((*it)[1].str()))
      out.insert(o);
  return out;
}

// The commands a text names as `kaplan NAME` or `kaplan-NAME(1)`.
std::set<std::string> commands_in(const std::string& text, const std::regex& pattern) {
  std::set<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it)
    out.insert((*it)[1].str());
  return out;
}

} // namespace

TEST_CASE("the command table has every subcommand, each with its texts in both languages") {
  auto t = table();
  CHECK(t.size() == 10);
  for (const auto& [name, d] : t) {
    CAPTURE(name);
    const MessageText* summary = find_message("help." + name + ".summary");
    REQUIRE(summary);
    CHECK(!summary->en.empty());
    CHECK(!summary->zh.empty());
    for (const auto& key : d.help_keys) {
      CAPTURE(key);
      CHECK(find_message(key));
    }
    if (!d.footer.empty()) CHECK(find_message(d.footer));
  }
}

TEST_CASE("the bash, zsh and fish completions offer every command and option of the table") {
  auto t = table();
  std::string bash = slurp(kRoot / "completions/kaplan.bash");
  std::string zsh = slurp(kRoot / "completions/_kaplan");
  std::string fish = slurp(kRoot / "completions/kaplan.fish");
  std::smatch m;
  REQUIRE(std::regex_search(bash, m, std::regex(R"re(_kaplan_commands="([a-z ]+)")re")));
  std::string listed = " " + m[1].str() + " ";
  for (const auto& [name, d] : t) {
    CAPTURE(name);
    CHECK(listed.find(" " + name + " ") != std::string::npos);
    CHECK(zsh.find("'" + name + ":") != std::string::npos);
    std::string bash_options = branch(bash, name);
    std::string zsh_options = branch(zsh, name);
    REQUIRE(!bash_options.empty());
    REQUIRE(!zsh_options.empty());
    for (const auto& opt : d.longs) {
      CAPTURE(opt);
      if (opt == "--config" || opt == "--today" || opt == "--jobs" || opt == "--lang" ||
          opt == "--no-color") {
        // The common options: bash lists them once ($plan / $common), zsh in $plan.
        CHECK((bash_options.find(opt + " ") != std::string::npos ||
               bash_options.find("$plan") != std::string::npos ||
               bash_options.find("$common") != std::string::npos));
        continue;
      }
      CHECK(bash_options.find(opt + " ") != std::string::npos);
      CHECK((zsh_options.find(opt + "[") != std::string::npos ||
             zsh_options.find(opt + "}") != std::string::npos)); // {-f,--format}[…]
      std::regex fish_line("__fish_seen_subcommand_from[a-z ]* " + name + "[a-z ]*\"[^\n]* -l " +
                           opt.substr(2) + "[ \n]");
      bool in_fish = std::regex_search(fish, fish_line);
      if (!in_fish)
        in_fish = fish.find("-l " + opt.substr(2) + " ") != std::string::npos &&
                  fish.find("not __fish_seen_subcommand_from") != std::string::npos;
      CHECK(in_fish);
    }
    for (const auto& choice : d.choices) {
      CAPTURE(choice);
      CHECK(bash.find(choice) != std::string::npos);
      CHECK(zsh.find(choice) != std::string::npos);
      CHECK(fish.find(choice) != std::string::npos);
    }
  }
}

TEST_CASE("the man pages document every command and option of the table, and only those") {
  auto t = table();
  std::string main_page = slurp(kRoot / "man/kaplan.1");
  auto commands_at = main_page.find(".SH COMMANDS");
  REQUIRE(commands_at != std::string::npos);
  std::string commands =
      main_page.substr(commands_at, main_page.find(".SH ", commands_at + 1) - commands_at);
  CHECK(commands.find("Planned") == std::string::npos);
  for (const auto& [name, d] : t) {
    CAPTURE(name);
    CHECK(commands.find("kaplan " + roff(name)) != std::string::npos);
    fs::path page = kRoot / "man" / ("kaplan-" + name + ".1");
    REQUIRE(fs::exists(page));
    std::string text = slurp(page);
    // Documented in OPTIONS, not merely named in some other section's prose.
    auto options_at = text.find("\n.SH OPTIONS");
    REQUIRE(options_at != std::string::npos);
    std::string options = text.substr(options_at, text.find("\n.SH ", options_at + 1) - options_at);
    for (const auto& opt : d.longs) {
      CAPTURE(opt);
      CHECK(options.find(roff(opt)) != std::string::npos);
    }
  }
  // Every page a man page names as kaplan-NAME(1) is a command of the table.
  const std::regex ref(R"re(kaplan\\-([a-z]+) ?\(1\))re");
  std::size_t refs = 0;
  for (const auto& e : fs::directory_iterator(kRoot / "man")) {
    std::string text = slurp(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), ref), end; it != end; ++it) {
      CAPTURE(e.path().string());
      CAPTURE((*it)[1].str());
      CHECK(t.count((*it)[1].str()));
      ++refs;
    }
  }
  CHECK(refs > 20);
}

TEST_CASE("kaplan(1) lists exactly the table's commands, in COMMANDS and in SEE ALSO") {
  auto t = table();
  std::set<std::string> names;
  for (const auto& [name, d] : t)
    names.insert(name);
  const std::string page = plain(slurp(kRoot / "man/kaplan.1"));
  const std::string commands = section(page, "COMMANDS");
  REQUIRE(!commands.empty());
  // The tag of each entry starts with `kaplan NAME`.
  CHECK(commands_in(commands, std::regex(R"re(\n\.T[PQ]\n(?:\.B[IR]? "?)?kaplan ([a-z]+))re")) ==
        names);
  const std::string see_also = section(page, "SEE ALSO");
  REQUIRE(!see_also.empty());
  CHECK(commands_in(see_also, std::regex(R"re(kaplan-([a-z]+) ?\(1\))re")) == names);
  // Its OPTIONS are the ones every command (or kaplan itself) takes.
  for (const auto& opt : tagged_options(section(page, "OPTIONS"))) {
    CAPTURE(opt);
    const std::set<std::string> global = {"-h",       "--help",  "--version", "--lang",
                                          "--config", "--today", "--jobs",    "--no-color"};
    CHECK(global.count(opt));
  }
}

TEST_CASE("each command's man page documents its options exactly, and names only itself") {
  for (const auto& [name, d] : table()) {
    CAPTURE(name);
    const std::string page = plain(slurp(kRoot / "man" / ("kaplan-" + name + ".1")));
    const std::string synopsis = section(page, "SYNOPSIS");
    const std::string options = section(page, "OPTIONS");
    REQUIRE(!synopsis.empty());
    REQUIRE(!options.empty());
    // The SYNOPSIS shows this command and no other.
    CHECK(commands_in(synopsis, std::regex("kaplan ([a-z]+)")) == std::set<std::string>{name});
    std::set<std::string> declared{"-h", "--help"}; // CLI11's, on every command
    for (const auto* list : {&d.longs, &d.shorts, &d.hidden})
      declared.insert(list->begin(), list->end());
    // Nothing documented (an entry anywhere, or the SYNOPSIS) that the command lacks …
    std::set<std::string> documented = tagged_options(page);
    for (const auto& o : options_in(synopsis))
      documented.insert(o);
    for (const auto& opt : documented) {
      CAPTURE(opt);
      CHECK(declared.count(opt));
    }
    // … and every option it shows in --help has an entry under OPTIONS.
    const std::set<std::string> entries = tagged_options(options);
    for (const auto* list : {&d.longs, &d.shorts})
      for (const auto& opt : *list) {
        CAPTURE(opt);
        CHECK(entries.count(opt));
      }
    for (const auto& choice : d.choices) {
      CAPTURE(choice);
      CHECK(page.find(choice) != std::string::npos);
    }
  }
}

} // namespace unit_cli_commands
