// SPDX-License-Identifier: MIT
// Every rule's fixtures: tests/fixtures/rules/<RULE>/bad/ must give exactly the findings
// of that rule listed in bad/expected (`path:line:col` per line, relative to bad/), and
// tests/fixtures/rules/<RULE>/good/ must give none of that rule. Other rules may fire:
// fixtures stay small.
#include "kaplan/io/discover.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/pipeline/portfolio_run.hpp"
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

// The same for a P rule (the plan chain): the fixture folder holds several plans, found
// and checked together as `kaplan validate .` does; places are relative to the folder.
std::vector<std::string> chain_findings_of(const std::string& rule, const fs::path& dir) {
  test::InDir in(dir);
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = true;
  io::Discovery found = io::discover_plans(".", {});
  REQUIRE(found.plans.size() >= 2);
  if (fs::is_directory("actuals")) {
    // Numbers reported twice (KAP-P009): the portfolio of the plans and their actuals.
    io::Discovery actuals = io::discover_actuals("actuals", {});
    WorkPool pool(1);
    options.load.pool = &pool;
    Portfolio portfolio = run_portfolio(found.plans, actuals.plans, options);
    std::vector<std::string> out;
    for (const auto& f : portfolio.findings)
      if (f.rule == rule) {
        std::string place = test::place(portfolio.sources, f.loc);
        if (place.starts_with("./")) place.erase(0, 2);
        out.push_back(place);
      }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<SourceSet> sources(found.plans.size());
  std::vector<PlanRun> runs;
  for (std::size_t i = 0; i < found.plans.size(); ++i)
    runs.push_back(validate_plan(found.plans[i], sources[i], options));
  std::vector<PlanRun*> chain;
  for (auto& r : runs)
    chain.push_back(&r);
  check_plan_chain(chain, options);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < runs.size(); ++i)
    for (const auto& f : runs[i].findings)
      if (f.rule == rule) {
        std::string place = test::place(sources[i], f.loc);
        if (place.starts_with("./")) place.erase(0, 2);
        out.push_back(place);
      }
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
    auto run = find_rule(rule)->family == 'P' ? chain_findings_of : findings_of;
    CHECK(run(rule, entry.path() / "bad") == expected);
    REQUIRE(fs::is_directory(entry.path() / "good"));
    CHECK(run(rule, entry.path() / "good").empty());
  }
  // Every structure rule and every rule with a registered check must have fixtures.
  std::set<std::string_view> checked;
  for (auto family : {rules::completeness_checks, rules::cascade_checks, rules::feasibility_checks,
                      rules::governance_checks})
    for (const auto& c : family())
      checked.insert(c.id);
  for (const auto& r : rule_catalogue()) {
    bool implemented = r.family == 'S' || r.family == 'P' || checked.count(r.id) == 1;
    if (implemented) {
      CAPTURE(r.id);
      CHECK(seen.count(std::string(r.id)) == 1);
    }
  }
}

} // namespace unit_rules_fixtures
