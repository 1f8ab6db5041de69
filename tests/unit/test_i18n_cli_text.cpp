// SPDX-License-Identifier: MIT
// The command line's own texts: every help key app.cpp uses is in the catalogue, the
// language of --help is found in the raw arguments, and CLI11's errors are rewritten in
// Chinese with their values kept.
#include "i18n/cli_text.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace unit_i18n_cli_text {

using namespace kaplan;

TEST_CASE("every help and stop key of the command line is in the catalogue") {
  // The summaries of the command table's rows are checked in test_cli_commands.cpp.
  const std::regex key_pattern(R"re("((?:help|stop)\.[a-z0-9.-]+)")re");
  std::size_t used = 0;
  for (const auto& e :
       std::filesystem::directory_iterator(std::filesystem::path(KAPLAN_SOURCE_DIR) / "src/cli")) {
    std::ifstream in(e.path());
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    for (std::sregex_iterator it(text.begin(), text.end(), key_pattern), end; it != end; ++it) {
      std::string key = (*it)[1];
      if (key.back() == '.') continue; // a prefix with a variable part
      CAPTURE(e.path().string());
      CAPTURE(key);
      CHECK(find_message(key) != nullptr);
      ++used;
    }
  }
  CHECK(used > 60);
}

TEST_CASE("help texts come in the language asked for and a missing key shows itself") {
  CHECK(i18n::help_text("help.score.footer", Lang::en) == "Every formula is in kaplan-score(1).");
  CHECK(i18n::help_text("help.score.footer", Lang::zh) == "全部计算公式见 kaplan-score(1)。");
  CHECK(i18n::help_text("help.label.usage", Lang::en) == "Usage"); // CLI11's own word
  CHECK(i18n::help_text("help.nope", Lang::zh) == "help.nope");
}

TEST_CASE("the --lang of a command line is found before parsing") {
  using V = std::vector<const char*>;
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "validate", "--help"}).empty());
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "validate", "--lang", "zh", "--help"}) == "zh");
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "--help", "--lang=zh"}) == "zh");
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "x", "--lang=zh", "--lang", "en"}) == "en");
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "x", "--", "--lang", "zh"}).empty());
  CHECK(i18n::lang_flag_from_args(V{"kaplan", "x", "--lang"}).empty()); // no value
}

TEST_CASE("a pattern's values are read out of a text of its shape") {
  std::vector<Arg> args;
  REQUIRE(i18n::match_pattern("{option}: {value} not in {allowed}",
                              "--format: xml not in {text,json}", args));
  REQUIRE(args.size() == 3);
  CHECK(args[0].value == "--format");
  CHECK(args[1].value == "xml");
  CHECK(args[2].value == "{text,json}");
  CHECK(!i18n::match_pattern("{name} is required", "paths is needed", args));
  CHECK(!i18n::match_pattern("A subcommand is required", "A subcommand is required!", args));
  CHECK(i18n::match_pattern("A subcommand is required", "A subcommand is required", args));
  CHECK(args.empty());
}

TEST_CASE("CLI11 errors are rewritten in Chinese with their values and kept in English") {
  auto zh = [](std::string_view what) { return i18n::cli_error_text(what, Lang::zh); };
  CHECK(zh("The following argument was not expected: --bogus") == "无法识别的参数：--bogus");
  CHECK(zh("A subcommand is required") == "缺少子命令，例如 validate、score 或 report");
  CHECK(zh("paths is required") == "缺少必填参数 paths");
  CHECK(zh("--new-only requires --git") == "--new-only 需要与 --git 一起使用");
  CHECK(zh("--precision: Value 7 not in range 0 to 6") == "--precision：取值 7 不在 0 到 6 之间");
  CHECK(zh("--format: xml not in {text,json}") == "--format：xml 不是可选的取值，可选 {text,json}");
  CHECK(zh("something CLI11 never said") == "something CLI11 never said");
  CHECK(i18n::cli_error_text("paths is required", Lang::en) == "paths is required");
}

} // namespace unit_i18n_cli_text
