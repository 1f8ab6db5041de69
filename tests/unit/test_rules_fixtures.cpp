// SPDX-License-Identifier: MIT
// Every rule's fixtures: tests/fixtures/rules/<RULE>/bad/ must give exactly the findings
// of that rule listed in bad/expected (`path:line:col` per line, relative to bad/), and
// tests/fixtures/rules/<RULE>/good/ must give none of that rule. Other rules may fire:
// fixtures stay small.
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/rules/rules.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <set>

namespace unit_rules_fixtures {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

using test::kRuleFixtures;

// The places of one rule's findings when the fixture folder is validated from inside it.
std::vector<std::string> findings_of(const std::string& rule, const fs::path& dir) {
  SourceSet sources;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = !fs::exists(dir / ".kaplan.yaml");
  if (!options.no_config) options.config_path = (dir / ".kaplan.yaml").string();
  PlanRun run;
  {
    test::InDir in(dir);
    run = validate_plan(".", sources, options);
  }
  std::vector<std::string> out;
  for (const auto& f : run.findings)
    if (f.rule == rule) out.push_back(test::place(sources, f.loc));
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("every rule fixture triggers its rule where expected and its clean twin does not") {
  REQUIRE(fs::is_directory(kRuleFixtures));
  std::set<std::string> seen;
  for (const auto& entry : fs::directory_iterator(kRuleFixtures)) {
    std::string rule = entry.path().filename().string();
    seen.insert(rule);
    CAPTURE(rule);
    REQUIRE(find_rule(rule) != nullptr);
    // Actuals rules need an actuals file: test_load_actuals.cpp runs their fixtures.
    if (find_rule(rule)->family == 'T') continue;
    REQUIRE(fs::exists(entry.path() / "bad" / "expected"));
    auto expected = test::expected_lines(entry.path() / "bad" / "expected");
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

} // namespace unit_rules_fixtures
