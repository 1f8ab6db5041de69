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

// A copy of a fixture plan (`kind` is bad or good) with texts replaced, each once, in a
// fresh folder.
struct Variant : test::TempDir {
  Variant(const std::string& rule, const std::string& kind, const std::string& from,
          const std::string& to)
      : Variant(rule, kind, {{from, to}}) {}
  Variant(const std::string& rule, const std::string& kind,
          std::initializer_list<std::pair<std::string, std::string>> edits)
      : TempDir("variant") {
    std::ifstream in(kRuleFixtures / rule / kind / "plan.yaml");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const auto& [from, to] : edits) {
      auto at = text.find(from);
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
    }
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

TEST_CASE(
    "KAP-G007 asks the head of the owning unit or of a unit above all participants to chair") {
  auto f = run_rule("KAP-G007", kRuleFixtures / "KAP-G007" / "bad");
  REQUIRE(f.size() == 1);
  CHECK(messages(f)[0] ==
        "decision point `D-str` of stage `strategies` is chaired by `p-a`, not by the head of the "
        "plan's owning unit or of a unit above all its participants (`hq`: `p-li`)");
  CHECK(messages(f, Lang::zh)[0] ==
        "“实施战略”阶段的关键决策点 `D-str` 的主持人是 `p-a`，而不是规划所属单位或全体参与单位共"
        "同上级单位的负责人（`hq`：`p-li`）");
  CHECK(f[0].entity == "D-str");
  CHECK(f[0].severity == Severity::warning);
  const auto bad = kRuleFixtures / "KAP-G007" / "bad";
  SUBCASE("a branch's head may chair a decision among that branch alone, not one with a sibling") {
    Variant dir("KAP-G007", "bad", "participants: [br-a]}", "participants: [br-a, br-b]}");
    auto g = run_rule("KAP-G007", dir.path());
    REQUIRE(g.size() == 2);
    CHECK(g[1].entity == "D-res");
  }
  SUBCASE("without an owner, the root unit's head is the one expected") {
    Variant dir("KAP-G007", "bad", "  owner: hq\n", "");
    CHECK(messages(run_rule("KAP-G007", dir.path())) == messages(f));
  }
  SUBCASE("no unit that may chair names a head: nothing to check") {
    Variant dir("KAP-G007", "bad",
                {{"kind: company, head: p-li}", "kind: company}"},
                 {"parent: hq, head: p-a}", "parent: hq}"}});
    CHECK(run_rule("KAP-G007", dir.path()).empty());
  }
  SUBCASE("a decision without a chair is KAP-G002's alone") {
    Variant dir("KAP-G007", "bad", "2026-07-01, chair: p-a, ", "2026-07-01, ");
    CHECK(run_rule("KAP-G007", dir.path()).empty());
    CHECK(run_rule("KAP-G002", dir.path()).size() == 1);
  }
  SUBCASE("a chair who is no person is KAP-S006's alone") {
    Variant dir("KAP-G007", "bad", "2026-07-01, chair: p-a, ", "2026-07-01, chair: p-zz, ");
    CHECK(run_rule("KAP-G007", dir.path()).empty());
  }
  SUBCASE("a deputy does not chair") {
    Variant dir("KAP-G007", "bad", "kind: company, head: p-li}",
                "kind: company, head: p-li, deputies: [p-a]}");
    CHECK(run_rule("KAP-G007", dir.path()).size() == 1);
  }
  CHECK(run_rule("KAP-G007", bad).size() == 1);
}

TEST_CASE("KAP-G008 checks who signed an approved plan and when") {
  auto f = run_rule("KAP-G008", kRuleFixtures / "KAP-G008" / "bad");
  REQUIRE(f.size() == 3);
  CHECK(messages(f) ==
        std::vector<std::string>{
            "the sign-off of unit `br-a` is by `p-a2`, not by its head `p-a`",
            "the sign-off of unit `br-b` is dated 2026-07-25, after the plan's approval on "
            "2026-07-20",
            "the sign-off of unit `br-c` is dated 2027-07-06, after today (2027-07-05)"});
  CHECK(messages(f, Lang::zh) ==
        std::vector<std::string>{"单位 `br-a` 的会签人是 `p-a2`，而不是该单位负责人 `p-a`",
                                 "单位 `br-b` 的会签日期为 2026-07-25，晚于规划审批日期 2026-07-20",
                                 "单位 `br-c` 的会签日期为 2027-07-06，晚于今天（2027-07-05）"});
  CHECK(f[0].entity == "br-a");
  CHECK(f[0].severity == Severity::error);
  // The day after, br-c's sign-off (2027-07-06) is no longer in the future, but still after
  // the approval: a sign-off gets at most one finding on its date, the future first.
  CHECK(messages(run_rule("KAP-G008", kRuleFixtures / "KAP-G008" / "bad", {2027, 7, 6}))[2] ==
        "the sign-off of unit `br-c` is dated 2027-07-06, after the plan's approval on "
        "2026-07-20");
  SUBCASE("only approved plans") {
    Variant dir("KAP-G008", "bad", "status: approved", "status: review");
    CHECK(run_rule("KAP-G008", dir.path()).empty());
  }
  SUBCASE("a unit with deputies names them in the message") {
    Variant dir("KAP-G008", "bad", "head: p-a}", "head: p-a, deputies: [p-b]}");
    CHECK(messages(run_rule("KAP-G008", dir.path()))[0] ==
          "the sign-off of unit `br-a` is by `p-a2`, neither its head `p-a` nor one of its "
          "`deputies`");
    CHECK(messages(run_rule("KAP-G008", dir.path()), Lang::zh)[0] ==
          "单位 `br-a` 的会签人是 `p-a2`，既不是该单位负责人 `p-a`，也不是其副职（`deputies`）");
  }
  SUBCASE("a sign-off without a signatory or without a date") {
    Variant dir("KAP-G008", "good",
                {{"{unit: br-a, by: p-a, date: 2026-07-20}", "{unit: br-a, date: 2026-07-20}"},
                 {"{unit: br-b, by: p-b, date: 2026-07-19}", "{unit: br-b, by: p-b}"}});
    auto g = run_rule("KAP-G008", dir.path());
    CHECK(messages(g) ==
          std::vector<std::string>{
              "the sign-off of unit `br-a` names no signatory (`by`); its head is `p-a`",
              "the plan is `approved`, but the sign-off of unit `br-b` has no `date`"});
    CHECK(messages(g, Lang::zh) ==
          std::vector<std::string>{
              "单位 `br-a` 的会签没有写明会签人（`by`）；该单位负责人为 `p-a`",
              "规划已批准（`approved`），但单位 `br-b` 的会签没有日期（`date`）"});
  }
  SUBCASE("without an approval decision only today bounds the date") {
    Variant dir("KAP-G008", "bad", "stage: approval", "stage: resources");
    CHECK(run_rule("KAP-G008", dir.path()).size() == 2); // br-a's signatory, br-c's future date
    // Dated today is not in the future.
    CHECK(run_rule("KAP-G008", dir.path(), {2027, 7, 6}).size() == 1);
  }
  SUBCASE("several approval decisions: the latest is the approval") {
    Variant dir("KAP-G008", "bad", "stage: strategies, date: 2026-07-01",
                "stage: approval, date: 2026-07-25");
    CHECK(run_rule("KAP-G008", dir.path()).size() == 2);
  }
}

TEST_CASE("KAP-G009 wants the strategies and approval decisions by the planning deadline") {
  auto f = run_rule("KAP-G009", kRuleFixtures / "KAP-G009" / "bad");
  REQUIRE(f.size() == 1);
  CHECK(messages(f)[0] ==
        "decision point `D-str` of stage `strategies` on 2026-08-01 falls after the planning "
        "deadline 2026-07-31: too late to guide the business plan, the network plan and the "
        "budget of 2027");
  CHECK(messages(f, Lang::zh)[0] ==
        "“实施战略”阶段的关键决策点 `D-str` 于 2026-08-01 召开，晚于规划截止日期 2026-07-31，来"
        "不及指导 2027 年的经营计划、网络规划和预算");
  CHECK(f[0].entity == "D-str");
  CHECK(f[0].severity == Severity::warning);
  SUBCASE("the approval a day late too") {
    Variant dir("KAP-G009", "bad", "stage: approval, date: 2026-07-31",
                "stage: approval, date: 2026-08-01");
    CHECK(run_rule("KAP-G009", dir.path()).size() == 2);
  }
  SUBCASE("planning_deadline in .kaplan.yaml moves the day") {
    auto run_with = [](const fs::path& dir, const std::string& deadline) {
      test::TempDir cfg("deadline");
      cfg.write(".kaplan.yaml", "planning_deadline: \"" + deadline + "\"\n");
      SourceSet sources;
      RunOptions options;
      options.today = {2027, 7, 5};
      options.config_path = (cfg.path() / ".kaplan.yaml").string();
      PlanRun run = validate_plan(dir.string(), sources, options);
      std::vector<std::string> ids;
      for (const auto& x : run.findings)
        if (x.rule == "KAP-G009") ids.push_back(x.entity);
      return ids;
    };
    const auto bad = kRuleFixtures / "KAP-G009" / "bad";
    CHECK(run_with(bad, "08-01").empty()); // the deadline day itself is in time
    CHECK(run_with(bad, "07-31") == std::vector<std::string>{"D-str"});
    CHECK(run_with(bad, "07-30") == std::vector<std::string>{"D-str", "D-app"});
    // 02-29 is the 28th in a year without it: 2026-03-01 is late.
    Variant dir("KAP-G009", "bad", "date: 2026-08-01", "date: 2026-02-28");
    CHECK(run_with(dir.path(), "02-29") == std::vector<std::string>{"D-app"});
  }
}

TEST_CASE("the bundled example is clean of governance findings") {
  auto dir = fs::path(KAPLAN_SOURCE_DIR) / "examples" / "telecom-2027";
  for (const char* rule : {"KAP-G001", "KAP-G002", "KAP-G003", "KAP-G004", "KAP-G005", "KAP-G006",
                           "KAP-G007", "KAP-G008", "KAP-G009"}) {
    CAPTURE(rule);
    CHECK(run_rule(rule, dir).empty());
  }
}

} // namespace unit_rules_governance
