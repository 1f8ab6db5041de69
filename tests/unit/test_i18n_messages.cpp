// SPDX-License-Identifier: MIT
// The message catalogue is complete in both languages: every key has an English and a
// Chinese text with the same placeholders, and every key the sources use exists.
#include "kaplan/model/messages.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace unit_i18n_messages {

using namespace kaplan;

TEST_CASE("every message exists in English and Chinese with the same placeholders") {
  std::set<std::string_view> keys;
  REQUIRE(!all_messages().empty());
  for (const auto& m : all_messages()) {
    CAPTURE(m.key);
    CHECK(keys.insert(m.key).second); // no key twice
    CHECK(!m.en.empty());
    CHECK(!m.zh.empty());
    CHECK(placeholders(m.en) == placeholders(m.zh));
  }
}

TEST_CASE("every message key written in the sources is in the catalogue") {
  namespace fs = std::filesystem;
  const std::regex key_pattern(
      R"re("((?:KAP-[SCKRGTP][0-9]{3}\.[a-z0-9-]+)|(?:(?:note|stop|reason|summary)\.[a-z0-9.-]+))")re");
  std::size_t used = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(KAPLAN_SOURCE_DIR) / "src")) {
    if (entry.path().extension() != ".cpp") continue;
    std::ifstream in(entry.path());
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    for (std::sregex_iterator it(text.begin(), text.end(), key_pattern), end; it != end; ++it) {
      std::string key = (*it)[1];
      if (key.back() == '.' || key.back() == '-') continue; // a prefix joined with a variable part
      CAPTURE(entry.path().string());
      CAPTURE(key);
      CHECK(find_message(key) != nullptr);
      ++used;
    }
  }
  CHECK(used > 20);
}

TEST_CASE("placeholders are filled by name and braces can be escaped") {
  std::vector<Arg> args{arg("year", 2027), arg("gap", 200.5)};
  CHECK(substitute("{year}: gap {gap}, {{literal}} {unknown}", args) ==
        "2027: gap 200.5, {literal} {unknown}");
  CHECK(placeholders("a {x} b {y} {x} {{z}}") == std::vector<std::string>{"x", "y"});
}

TEST_CASE("a message renders in the language asked for") {
  std::vector<Arg> args{arg("id", "KPI-rev")};
  CHECK(render_message("KAP-S005", args, Lang::en) == "duplicate id `KPI-rev`");
  CHECK(render_message("KAP-S005", args, Lang::zh) == "id `KPI-rev` 重复");
}

} // namespace unit_i18n_messages
