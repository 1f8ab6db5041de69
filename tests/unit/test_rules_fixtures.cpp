// SPDX-License-Identifier: MIT
// Every rule's fixtures: tests/fixtures/rules/<RULE>/bad/ must give exactly the findings
// of that rule listed in bad/expected (`path:line:col` per line, relative to bad/), and
// tests/fixtures/rules/<RULE>/good/ must give none of that rule. Other rules may fire:
// fixtures stay small.
#include "kaplan/rule_catalogue.hpp"
#include "kaplan/rules.hpp"
#include "kaplan/validate.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <set>

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

const fs::path kFixtures = fs::path(KAPLAN_SOURCE_DIR) / "tests" / "fixtures" / "rules";

std::vector<std::string> findings_of(const std::string& rule, const fs::path& dir) {
  SourceSet sources;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = !fs::exists(dir / ".kaplan.yaml");
  if (!options.no_config) options.config_path = (dir / ".kaplan.yaml").string();
  auto cwd = fs::current_path();
  fs::current_path(dir);
  PlanRun run = validate_plan(".", sources, options);
  fs::current_path(cwd);
  std::vector<std::string> out;
  for (const auto& f : run.findings)
    if (f.rule == rule)
      out.push_back(sources.files[f.loc.file].path + ":" + std::to_string(f.loc.line) + ":" +
                    std::to_string(f.loc.column));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> expected_of(const fs::path& file) {
  std::vector<std::string> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("every rule fixture triggers its rule where expected and its clean twin does not") {
  REQUIRE(fs::is_directory(kFixtures));
  std::set<std::string> seen;
  for (const auto& entry : fs::directory_iterator(kFixtures)) {
    std::string rule = entry.path().filename().string();
    seen.insert(rule);
    CAPTURE(rule);
    REQUIRE(find_rule(rule) != nullptr);
    // Actuals rules need an actuals file: test_load_actuals.cpp runs their fixtures.
    if (find_rule(rule)->family == 'T') continue;
    REQUIRE(fs::exists(entry.path() / "bad" / "expected"));
    auto expected = expected_of(entry.path() / "bad" / "expected");
    CHECK(!expected.empty());
    CHECK(findings_of(rule, entry.path() / "bad") == expected);
    REQUIRE(fs::is_directory(entry.path() / "good"));
    CHECK(findings_of(rule, entry.path() / "good").empty());
  }
  // Every structure rule and every rule with a registered check must have fixtures.
  std::set<std::string_view> checked;
  for (auto family : {rules::completeness_checks, rules::cascade_checks, rules::feasibility_checks,
                      rules::governance_checks})
    for (const auto& c : family())
      checked.insert(c.id);
  for (const auto& r : rule_catalogue()) {
    bool implemented = r.family == 'S' || checked.count(r.id) == 1;
    if (implemented) {
      CAPTURE(r.id);
      CHECK(seen.count(std::string(r.id)) == 1);
    }
  }
}
