// SPDX-License-Identifier: MIT
// Chinese text lives only in the catalogue tables: code never picks a language inline
// with `lang == Lang::zh ? "…" : "…"`, so the completeness test sees every user-facing
// string. Also: the keys the renderers use exist, severities and errno reasons read in
// the chosen language.
#include "kaplan/model/messages.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/render/stop_message.hpp"

#include <cerrno>
#include <cstring>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace unit_i18n_no_inline_text {

using namespace kaplan;

namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Files whose Chinese is data in a two-language table, each entry's texts side by side.
bool holds_tables(const fs::path& p) {
  std::string name = p.filename().string();
  std::string folder = p.parent_path().filename().string();
  if (name.ends_with("messages.cpp")) return true;                           // the catalogue tables
  if (folder == "model" && name.starts_with("rule_catalogue_")) return true; // rule docs
  // Rule families keep their messages in a MessageText table next to the checks.
  if (folder == "rules" && name.ends_with("_rules.cpp")) return true;
  if (folder == "render" && name == "stop_message.cpp") return true;    // errno reasons
  if (folder == "analysis" && name == "score_quality.cpp") return true; // scope table
  if (folder == "cli" && name == "init_skeleton.cpp") return true; // the skeleton plan's own text
  // The Chinese words planners type for enumeration values: matched against plans.
  if (folder == "load" && name == "zh_enum_words.cpp") return true;
  return false;
}

// True when the line holds a CJK character or a full-width form (UTF-8 lead bytes of
// U+3000..U+9FFF, or U+FF00..U+FFEF).
bool has_cjk(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto b = static_cast<unsigned char>(line[i]);
    if (b >= 0xE3 && b <= 0xE9) return true;
    if (b == 0xEF && i + 1 < line.size()) {
      auto next = static_cast<unsigned char>(line[i + 1]);
      if (next >= 0xBC && next <= 0xBF) return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("no source outside the catalogue tables chooses a language inline") {
  // A ternary on the language whose branch is a string literal, e.g. `Lang::zh ? "x"`.
  const std::regex inline_choice(R"re((Lang::(zh|en)|\bzh)\s*\)?\s*\?\s*(u8)?")re");
  std::size_t scanned = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(KAPLAN_SOURCE_DIR) / "src")) {
    if (entry.path().extension() != ".cpp" || holds_tables(entry.path())) continue;
    ++scanned;
    std::istringstream in(read_text(entry.path()));
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (auto comment = line.find("//"); comment != std::string::npos) line.resize(comment);
      // U"…" literals are sets of characters (line breaking around CJK punctuation).
      if (line.find("U\"") != std::string::npos) continue;
      // The language codes of JSON and HTML output are not texts.
      if (line.find(R"(? "zh" : "en")") != std::string::npos) continue;
      CAPTURE(entry.path().string());
      CAPTURE(number);
      CAPTURE(line);
      CHECK_FALSE(has_cjk(line));
      CHECK_FALSE(std::regex_search(line, inline_choice));
    }
  }
  CHECK(scanned > 60);
}

TEST_CASE("every score, findings and explain key written in the sources is in the catalogue") {
  const std::regex key_pattern(
      R"re("((?:score|severity|findings|sarif|explain|family|diff|report)\.[a-z0-9.-]+)")re");
  std::size_t used = 0;
  for (const char* folder :
       {"src/render", "src/analysis", "src/rules", "src/document", "src/model"})
    for (const auto& entry : fs::directory_iterator(fs::path(KAPLAN_SOURCE_DIR) / folder)) {
      if (entry.path().extension() != ".cpp") continue;
      std::string text = read_text(entry.path());
      for (std::sregex_iterator it(text.begin(), text.end(), key_pattern), end; it != end; ++it) {
        std::string key = (*it)[1];
        if (key.back() == '.' || key.back() == '-') continue; // a prefix with a variable part
        CAPTURE(entry.path().string());
        CAPTURE(key);
        CHECK(find_message(key) != nullptr);
        ++used;
      }
    }
  CHECK(used > 200);
}

TEST_CASE("severities are named in the chosen language") {
  CHECK(severity_label(Severity::error, Lang::en) == "error");
  CHECK(severity_label(Severity::warning, Lang::en) == "warning");
  CHECK(severity_label(Severity::info, Lang::en) == "info");
  CHECK(severity_label(Severity::error, Lang::zh) == "错误");
  CHECK(severity_label(Severity::warning, Lang::zh) == "警告");
  CHECK(severity_label(Severity::info, Lang::zh) == "提示");
}

TEST_CASE("an errno reason is kept as a key and read in the language of the message") {
  CHECK(errno_reason(ENOENT) == "reason.errno.enoent");
  CHECK(errno_reason(EROFS) == "reason.errno.erofs");
  // A value without an entry is strerror's text, shown as it is in both languages.
  CHECK(errno_reason(EPIPE) == std::strerror(EPIPE));

  StopError e{"stop.output", {arg("path", "out/r.md"), arg("reason", errno_reason(EACCES))}, {}};
  CHECK(stop_message(e, Lang::en) == "cannot write out/r.md: Permission denied");
  CHECK(stop_message(e, Lang::zh) == "无法写入 out/r.md：没有权限");

  StopError config{
      "stop.config-read", {arg("path", ".kaplan.yaml"), arg("reason", "reason.directory")}, {}};
  CHECK(stop_message(config, Lang::en) == "cannot read configuration .kaplan.yaml: it is a folder");
  CHECK(stop_message(config, Lang::zh) == "无法读取配置文件 .kaplan.yaml：这是一个目录");

  // A reason that is plan text, not a key, is never translated.
  StopError plain{"stop.output", {arg("path", "x"), arg("reason", "reason.made-up")}, {}};
  CHECK(stop_message(plain, Lang::zh) == "无法写入 x：reason.made-up");
}

} // namespace unit_i18n_no_inline_text
