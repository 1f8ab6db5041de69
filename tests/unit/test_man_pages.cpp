// SPDX-License-Identifier: MIT
// The man pages in man/: each one formats without a single groff warning, names the
// current version and refers only to pages that exist; kaplan-plan(5) documents every
// field, in its own section, and every allowed value that the loaders accept, and
// kaplan-validate(1) every key of .kaplan.yaml. The keys come from the loaders' own
// tables, so a field added to the code without documentation fails here.
#include "kaplan/load/format_doc.hpp"

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

namespace unit_man_pages {

namespace fs = std::filesystem;

namespace {

const fs::path kSourceDir = KAPLAN_SOURCE_DIR;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Quotes a path for /bin/sh: inside single quotes only `'` itself needs care.
std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s)
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool have_groff() {
  return std::system("command -v groff >/dev/null 2>&1") == 0;
}

// Every regular file in man/, sorted, so that failures are reported in a stable order.
std::vector<fs::path> man_pages() {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(kSourceDir / "man"))
    if (entry.is_regular_file()) pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

// A name as roff source writes it: a hyphen the user types is `\-`.
std::string roff(std::string_view name) {
  std::string out;
  for (char c : name)
    out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

// Whether `text` has a .TP entry whose tag starts with `key` in bold.
bool has_entry(std::string_view text, std::string_view key) {
  return text.find("\n.TP\n\\fB" + roff(key) + "\\fR") != std::string_view::npos;
}

// Whether `text` shows `name` in bold: inline, or as the first argument of a .B, .BR or
// .SS line (possibly after a `section.` prefix).
bool shows_in_bold(const std::string& text, std::string_view name) {
  if (text.find("\\fB" + roff(name) + "\\fR") != std::string::npos) return true;
  const std::regex line("(^|\n)\\.(?:B|BR|SS) (?:[a-z_]+\\.)?" + std::string(name) +
                        "(?:[ ,.]|\n)");
  return std::regex_search(text, line);
}

// The part of kaplan-plan(5) that documents the entries at `path` ("plan", "units",
// "environment.factors", "actions.team"): from its heading up to the next heading, or
// for a list nested in a field (actions.team), the field's indented block.
std::string section_text(const std::string& page, const std::string& path) {
  std::size_t start = std::string::npos;
  std::string end_mark;
  if (path == "plan") {
    start = page.find("\n.SH THE PLAN HEADER\n");
  } else if (path.find('.') == std::string::npos) {
    start = page.find("\n.SS " + path + " ");
  } else {
    start = page.find("\n.PP\n.B " + path + "\n");
    if (start == std::string::npos) {
      start = page.find("\n.TP\n\\fB" + path.substr(path.find('.') + 1) + "\\fR");
      end_mark = "\n.RE\n";
    }
  }
  if (start == std::string::npos) return {};
  std::size_t end = page.size();
  const std::vector<std::string> marks =
      end_mark.empty() ? std::vector<std::string>{"\n.SH ", "\n.SS ", "\n.PP\n.B "}
                       : std::vector<std::string>{end_mark};
  for (const auto& mark : marks)
    end = std::min(end, page.find(mark, start + 1));
  return page.substr(start, end - start);
}

// Adds every match of group 1 of `pattern` in `text` to `out`.
void collect(const std::string& text, const std::regex& pattern, std::set<std::string>& out) {
  for (std::sregex_iterator it(text.begin(), text.end(), pattern), end; it != end; ++it)
    out.insert((*it)[1].str());
}

// The names in the `keys[]` and `kTopKeys[]` arrays of a loader source: the keys a
// document or a section mapping may hold.
std::set<std::string> listed_keys(const std::string& source) {
  std::set<std::string> keys;
  const std::regex array(R"re((?:keys|kTopKeys)\[\]\s*=\s*\{([^}]*)\})re");
  const std::regex name(R"re("([a-z_]+)")re");
  for (std::sregex_iterator it(source.begin(), source.end(), array), end; it != end; ++it)
    collect((*it)[1].str(), name, keys);
  return keys;
}

// The keys of the field-table rows in a loader source written as
// `{"key", true|false, VT::...}` (the actuals tables).
std::set<std::string> row_keys(const std::string& source) {
  std::set<std::string> keys;
  collect(source, std::regex(R"re(\{\s*"([a-z_]+)",\s*(?:true|false),\s*VT::)re"), keys);
  return keys;
}

} // namespace

TEST_CASE("every man page formats with groff without a warning") {
  if (!have_groff()) {
    MESSAGE("groff is not installed: the man pages are not checked");
    return;
  }
  const auto pages = man_pages();
  REQUIRE_FALSE(pages.empty());
  const fs::path log =
      fs::temp_directory_path() / ("kaplan-man-" + std::to_string(::getpid()) + ".log");
  for (const auto& page : pages) {
    CAPTURE(page.filename().string());
    const std::string command = "groff -man -ww -z " + shell_quote(page.string()) + " >" +
                                shell_quote(log.string()) + " 2>&1";
    const int status = std::system(command.c_str());
    const std::string output = slurp(log);
    CHECK(output == "");
    CHECK(status == 0);
  }
  fs::remove(log);
}

TEST_CASE("every man page names the current version in its title line") {
  for (const auto& page : man_pages()) {
    CAPTURE(page.filename().string());
    const std::string text = slurp(page);
    const auto th = text.find("\n.TH ");
    REQUIRE(th != std::string::npos);
    const std::string title = text.substr(th + 1, text.find('\n', th + 1) - th - 1);
    CHECK(title.find("\"kaplan " KAPLAN_VERSION "\"") != std::string::npos);
  }
}

TEST_CASE("every kaplan page a man page refers to exists") {
  const std::regex reference(R"re(\.BR kaplan((?:\\-[a-z]+)?) \(([1-8])\))re");
  std::size_t references = 0;
  for (const auto& page : man_pages()) {
    const std::string text = slurp(page);
    for (std::sregex_iterator it(text.begin(), text.end(), reference), end; it != end; ++it) {
      std::string name = "kaplan";
      const std::string suffix = (*it)[1].str();
      if (!suffix.empty()) name += "-" + suffix.substr(2); // drop the roff `\-`
      const std::string file = name + "." + (*it)[2].str();
      CAPTURE(page.filename().string());
      CAPTURE(file);
      CHECK(fs::exists(kSourceDir / "man" / file));
      ++references;
    }
  }
  // The pages do refer to each other (SEE ALSO): finding no reference at all means the
  // pattern or the folder is wrong, not that every reference is right.
  CHECK(references >= 10);
}

TEST_CASE("kaplan-plan(5) documents every field and value of the plan format in its section") {
  const std::string page = slurp(kSourceDir / "man" / "kaplan-plan.5");
  REQUIRE_FALSE(page.empty());
  const auto sections = kaplan::describe_plan_format();
  REQUIRE(sections.size() > 15);
  for (const auto& section : sections) {
    CAPTURE(section.path);
    const std::string text = section_text(page, section.path);
    REQUIRE_FALSE(text.empty());
    const bool has_id = std::any_of(section.fields.begin(), section.fields.end(),
                                    [](const kaplan::FieldDoc& f) { return f.key == "id"; });
    for (const auto& field : section.fields) {
      CAPTURE(field.key);
      // `ignore` on entries with an id is documented once, under CONVENTIONS.
      if (field.key == "ignore" && has_id) continue;
      CHECK(has_entry(text, field.key));
      for (auto value : field.values) {
        CAPTURE(value);
        CHECK(text.find("\\fB" + roff(value) + "\\fR") != std::string::npos);
      }
    }
  }
  // The long form of a suppression and the colour thresholds: small fixed mappings.
  for (const char* key : {"ignore", "reason", "until"}) {
    CAPTURE(key);
    CHECK(has_entry(page, key));
  }
  for (const char* key : {"green", "amber"}) {
    CAPTURE(key);
    CHECK(shows_in_bold(page, key));
  }
}

TEST_CASE("kaplan-plan(5) names every top-level key and section of a plan") {
  const std::string page = slurp(kSourceDir / "man" / "kaplan-plan.5");
  const std::set<std::string> keys =
      listed_keys(slurp(kSourceDir / "src" / "load" / "sections.cpp"));
  for (const char* known : {"kaplan", "include", "review", "factors", "budget", "signoffs"}) {
    CAPTURE(known);
    REQUIRE(keys.count(known) == 1);
  }
  for (const auto& key : keys) {
    CAPTURE(key);
    CHECK(shows_in_bold(page, key));
  }
}

TEST_CASE("kaplan-plan(5) documents every key of the actuals file") {
  const std::string page = slurp(kSourceDir / "man" / "kaplan-plan.5");
  const auto start = page.find("\n.SH THE ACTUALS FILE\n");
  REQUIRE(start != std::string::npos);
  const std::string text = page.substr(start, page.find("\n.SH ", start + 1) - start);
  const std::string source = slurp(kSourceDir / "src" / "load" / "actuals_file.cpp");
  std::set<std::string> keys = row_keys(source);
  const std::set<std::string> top = listed_keys(source);
  keys.insert(top.begin(), top.end());
  for (const char* known : {"actuals", "period", "as_of", "value", "progress", "spent"}) {
    CAPTURE(known);
    REQUIRE(keys.count(known) == 1);
  }
  for (const auto& key : keys) {
    CAPTURE(key);
    CHECK(has_entry(text, key));
  }
}

TEST_CASE("kaplan-validate(1) documents every key of .kaplan.yaml") {
  const std::string page = slurp(kSourceDir / "man" / "kaplan-validate.1");
  const std::set<std::string> keys =
      listed_keys(slurp(kSourceDir / "src" / "load" / "config_file.cpp"));
  REQUIRE(keys.count("cascade_tolerance") == 1);
  for (const auto& key : keys) {
    CAPTURE(key);
    CHECK(page.find("\n.TP\n.B " + key + "\n") != std::string::npos);
  }
}

} // namespace unit_man_pages
