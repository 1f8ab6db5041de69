// SPDX-License-Identifier: MIT
// The G rules' messages, word for word, on their fixtures (where they fire is checked by
// test_rules_fixtures.cpp), and the cases at the edges of each rule.
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace unit_rules_governance {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

using test::kRuleFixtures;

// The findings of `rule` in a plan folder, validated with --today 2027-07-05.
std::vector<Finding> run_rule(const std::string& rule, const fs::path& dir,
                              Date today = {2027, 7, 5}) {
  SourceSet sources;
  RunOptions options;
  options.today = today;
  options.no_config = true;
  PlanRun run = validate_plan(dir.string(), sources, options);
  std::vector<Finding> out;
  for (auto& f : run.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

std::vector<std::string> messages(const std::vector<Finding>& findings, Lang lang = Lang::en) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    out.push_back(render_message(f.message_key, f.args, lang));
  return out;
}

// A copy of a fixture plan (`kind` is bad or good) with one text replaced, in a fresh folder.
struct Variant : test::TempDir {
  Variant(const std::string& rule, const std::string& kind, const std::string& from,
          const std::string& to)
      : TempDir("variant") {
    std::ifstream in(kRuleFixtures / rule / kind / "plan.yaml");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write("plan.yaml", text);
  }
};

} // namespace

TEST_CASE(
    "KAP-G001 names each unit with work that missed the objectives and strategies decisions") {
  auto f = run_rule("KAP-G001", kRuleFixtures / "KAP-G001" / "bad");
  REQUIRE(f.size() == 2);
  CHECK(messages(f) ==
        std::vector<std::string>{
            "unit `br-a` receives KPIs or actions (first `K-F-a`) but took part in no decision "
            "point of stage `objectives` or `strategies`",
            "unit `br-b` receives KPIs or actions (first `AC-b`) but took part in no decision "
            "point of stage `objectives` or `strategies`"});
  CHECK(f[0].entity == "br-a"); // so that `ignore:` on the unit suppresses it
  CHECK(messages({f[0]}, Lang::zh)[0] == "单位 `br-a` 承担了指标或行动计划（首个为 "
                                         "`K-F-a`），却没有参加任何“战略目标”或“实施战略”阶段"
                                         "（`objectives`、`strategies`）的关键决策点");
}

TEST_CASE("KAP-G002 asks for a chair at the issues, objectives and strategies decisions only") {
  auto f = run_rule("KAP-G002", kRuleFixtures / "KAP-G002" / "bad");
  REQUIRE(f.size() == 1);
  CHECK(messages(f)[0] == "decision point `D-iss` of stage `issues` has no `chair`");
  CHECK(f[0].entity == "D-iss");
}

TEST_CASE("KAP-G003 reports a plan without a review cadence once, at the plan id") {
  auto f = run_rule("KAP-G003", kRuleFixtures / "KAP-G003" / "bad");
  REQUIRE(f.size() == 1);
  CHECK(messages(f)[0] ==
        "no review cadence: `governance.reviews` is empty, so the plan has no evaluation loop");
  CHECK(f[0].entity == "fx-2027");
}

TEST_CASE("KAP-G004 applies only to approved plans") {
  auto f = run_rule("KAP-G004", kRuleFixtures / "KAP-G004" / "bad");
  REQUIRE(f.size() == 2);
  CHECK(messages(f)[0] == "the plan is `approved`, but unit `br-a`, which receives KPIs or actions "
                          "(first `K-F-a`), has not signed off");
  CHECK(f[0].severity == Severity::error);
  // The same missing sign-offs in a plan under review are no finding.
  CHECK(
      run_rule("KAP-G004", Variant("KAP-G004", "bad", "status: approved", "status: review").path())
          .empty());
}

TEST_CASE("KAP-G005 compares review_by with --today: the day itself is not past") {
  auto f = run_rule("KAP-G005", kRuleFixtures / "KAP-G005" / "bad");
  REQUIRE(f.size() == 1);
  CHECK(messages(f)[0] ==
        "assumption `A-econ` was due for review on 2027-06-30 and is past it (today 2027-07-05)");
  CHECK(messages(f, Lang::zh)[0] ==
        "基本假设 `A-econ` 应于 2027-06-30 复核，现已过期（今天为 2027-07-05）");
  // A day later, A-price (review_by 2027-07-05) is past too.
  CHECK(run_rule("KAP-G005", kRuleFixtures / "KAP-G005" / "bad", {2027, 7, 6}).size() == 2);
  CHECK(run_rule("KAP-G005", kRuleFixtures / "KAP-G005" / "bad", {2027, 6, 30}).empty());
}

TEST_CASE("KAP-G006 reports each key stage never held") {
  auto f = run_rule("KAP-G006", kRuleFixtures / "KAP-G006" / "bad");
  CHECK(messages(f) == std::vector<std::string>{
                           "no decision point of stage `issues`: that key decision was never held",
                           "no decision point of stage `strategies`: that key decision was never "
                           "held"});
  // A resources or approval decision does not stand in for a key stage.
  Variant dir("KAP-G006", "good", "stage: issues", "stage: approval");
  CHECK(messages(run_rule("KAP-G006", dir.path())) ==
        std::vector<std::string>{
            "no decision point of stage `issues`: that key decision was never held"});
}

TEST_CASE("the bundled example is clean of governance findings") {
  auto dir = fs::path(KAPLAN_SOURCE_DIR) / "examples" / "telecom-2027";
  for (const char* rule :
       {"KAP-G001", "KAP-G002", "KAP-G003", "KAP-G004", "KAP-G005", "KAP-G006"}) {
    CAPTURE(rule);
    CHECK(run_rule(rule, dir).empty());
  }
}

} // namespace unit_rules_governance
