// SPDX-License-Identifier: MIT
// Actuals files: the loader (locations, structure findings, several files as one set)
// and the T rules on their fixtures, tests/fixtures/rules/KAP-T00x/{bad,good}/, which
// hold plan.yaml and actuals.yaml; bad/expected lists `path:line:col` per finding.
#include "kaplan/load/actuals.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/rules/rules.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>

namespace unit_load_actuals {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

using test::kRuleFixtures;
using test::place;

// Loads plan.yaml and the actuals files of a folder as `kaplan score` does, from inside it,
// so that paths read as the fixture's expected file writes them.
struct Scored {
  SourceSet sources;
  LoadResult plan;
  ActualsLoad actuals;
  std::vector<Finding> findings; // actuals findings: S from loading, then T

  Scored(const fs::path& dir, std::vector<std::string> files = {"actuals.yaml"}) {
    {
      test::InDir in(dir);
      plan = load_plan("plan.yaml", sources);
      actuals = load_actuals(files, sources);
    }
    findings = actuals.findings;
    run_actuals_rules(plan.plan, actuals.actuals, Config{}, {2027, 7, 5}, findings);
    finish_findings(plan.plan, Config{}, {2027, 7, 5}, findings);
  }

  std::vector<std::string> places(std::string_view rule) const {
    std::vector<std::string> out;
    for (const auto& f : findings)
      if (f.rule == rule) out.push_back(place(sources, f.loc));
    std::sort(out.begin(), out.end());
    return out;
  }

  std::vector<std::string> messages(std::string_view rule, Lang lang = Lang::en) const {
    std::vector<std::string> out;
    for (const auto& f : findings)
      if (f.rule == rule) out.push_back(render_message(f.message_key, f.args, lang));
    return out;
  }
};

// A temporary folder of files written for one test.
struct Folder : test::TempDir {
  Folder(std::string_view tag, std::initializer_list<std::pair<const char*, const char*>> files)
      : TempDir(tag) {
    for (const auto& [file, text] : files)
      write(file, text);
  }
};

constexpr const char* kPlan = R"(kaplan: 1
plan: {id: ac-2027, title: 测试, cycle: 2027}
units:
  - {id: hq, name: 总部, kind: company}
objectives:
  - {id: O-1, perspective: financial, statement: 收入}
kpis:
  - {id: K-1, name: 收入, objective: O-1, unit: hq, owner: p-1, measure: x, targets: {2027: 100}, weight: 1}
  - {id: K-2, name: 利润, objective: O-1, unit: hq, measure: x, targets: {2027: 10}, weight: 1}
people:
  - {id: p-1, name: 甲, unit: hq}
)";

} // namespace

TEST_CASE("every T rule fires where its fixture expects and not on its clean twin") {
  for (const char* rule :
       {"KAP-T001", "KAP-T002", "KAP-T003", "KAP-T004", "KAP-T005", "KAP-T006"}) {
    CAPTURE(rule);
    auto expected = test::expected_lines(kRuleFixtures / rule / "bad" / "expected");
    REQUIRE(!expected.empty());
    Scored bad(kRuleFixtures / rule / "bad");
    CHECK(bad.places(rule) == expected);
    Scored good(kRuleFixtures / rule / "good");
    CHECK(good.places(rule).empty());
    CHECK(good.findings.empty()); // the clean actuals are clean of every rule
  }
}

TEST_CASE("T rule messages read as written, in both languages") {
  CHECK(Scored(kRuleFixtures / "KAP-T001" / "bad").messages("KAP-T001") ==
        std::vector<std::string>{"the actuals are for plan `fx-2026`, but this plan is `fx-2027`"});
  CHECK(Scored(kRuleFixtures / "KAP-T002" / "bad").messages("KAP-T002") ==
        std::vector<std::string>{
            "actual for `K-F-c`, which is not a KPI of the plan; did you mean `K-F-a`?",
            "actual for `AC-a`, which is not a KPI of the plan",
            "actual for `AC-z`, which is not an action of the plan; did you mean `AC-a`?"});
  Scored t3(kRuleFixtures / "KAP-T003" / "bad");
  CHECK(t3.messages("KAP-T003") ==
        std::vector<std::string>{"execution-level KPI `K-F-b` has no actual for 2027-Q2"});
  CHECK(t3.messages("KAP-T003", Lang::zh) ==
        std::vector<std::string>{"执行层指标 `K-F-b` 没有填报 2027 年二季度 的实际完成值"});
  CHECK(t3.findings[0].entity == "K-F-b");
  CHECK(t3.findings[0].severity == Severity::warning);
  CHECK(Scored(kRuleFixtures / "KAP-T004" / "bad").messages("KAP-T004") ==
        std::vector<std::string>{"period 2029-Q2 is outside the plan's horizon 2027–2027"});
  CHECK(
      Scored(kRuleFixtures / "KAP-T005" / "bad").messages("KAP-T005") ==
      std::vector<std::string>{"action `AC-a` is `done` but has no `finished` date",
                               "action `AC-b`: progress 30 is outside 0 to 1 (write 0.3, not 30)"});
  CHECK(Scored(kRuleFixtures / "KAP-T006" / "bad").messages("KAP-T006") ==
        std::vector<std::string>{
            "`as_of` 0001-01-01 cannot be the date of a report for 2027-Q2: it must fall between "
            "2027-04-01 and 2028-06-30",
            "action `AC-a`: `finished` 2027-08-02 is after the report's `as_of` 0001-01-01",
            "action `AC-a`: spent -40 on `opex`, less than nothing"});
  CHECK(
      Scored(kRuleFixtures / "KAP-T006" / "bad-finished").messages("KAP-T006", Lang::zh) ==
      std::vector<std::string>{
          "行动计划 `AC-a` 的完成日期 `finished` 0001-01-01 早于规划编制年度的开始（2026-01-01）"});
}

TEST_CASE("an actuals file keeps every value's place and defaults as_of to the period's end") {
  Folder dir("basic",
             {{"plan.yaml", kPlan},
              {"actuals.yaml", "kaplan: 1\nactuals:\n  plan: ac-2027\n  period: 2027-H1\n"
                               "kpis:\n  - {kpi: K-1, value: 48, note: 估算}\n"
                               "actions:\n  - {action: AC-1, status: in-progress, progress: 0.5,"
                               " spent: {opex: 3, capex: 4}}\n"}});
  Scored s(dir.path());
  CHECK(s.actuals.findings.empty());
  const Actuals& a = s.actuals.actuals;
  REQUIRE(a.headers.size() == 1);
  CHECK(a.has_period);
  CHECK(format_period(a.period) == "2027-H1");
  CHECK(a.as_of(0) == Date{2027, 6, 30});
  REQUIRE(a.kpi("K-1"));
  CHECK(a.kpi("K-1")->value.value == 48);
  CHECK(place(s.sources, a.kpi("K-1")->value.loc) == "actuals.yaml:6:23");
  CHECK(a.kpi("K-1")->note.value == "估算");
  REQUIRE(a.action("AC-1"));
  CHECK(a.action("AC-1")->status.value == ActionStatus::in_progress);
  CHECK(a.action("AC-1")->spent.size() == 2);
  CHECK(a.action("AC-2") == nullptr);
}

TEST_CASE("structure problems in actuals files are findings at their place") {
  Folder dir("structure",
             {{"plan.yaml", kPlan},
              {"actuals.yaml", "actuals:\n  plan: ac-2027\n  period: 2027-Q5\n  asof: 2027-07-05\n"
                               "kpis:\n  - {kpi: K-1, valu: 48}\n"
                               "actions:\n  - {action: AC-1, status: started}\n"}});
  Scored s(dir.path());
  std::vector<std::string> lines;
  for (const auto& f : s.actuals.findings)
    lines.push_back(place(s.sources, f.loc) + " " + f.rule + " " +
                    render_message(f.message_key, f.args, Lang::en));
  std::sort(lines.begin(), lines.end());
  std::string got;
  for (const auto& l : lines)
    got += l + "\n";
  CHECK(
      got ==
      "actuals.yaml:1:1 KAP-S009 missing format version: start the root file with `kaplan: 1`\n"
      "actuals.yaml:3:11 KAP-S008 `period`: `2027-Q5` is not a valid period (YYYY, YYYY-Hn, "
      "YYYY-Qn or "
      "YYYY-MM)\n"
      "actuals.yaml:4:3 KAP-S002 unknown key `asof` in `actuals`; did you mean `as_of`?\n"
      "actuals.yaml:6:16 KAP-S002 unknown key `valu` in `kpis`; did you mean `value`?\n"
      "actuals.yaml:6:5 KAP-S004 `kpis` entry is missing required field `value`\n"
      "actuals.yaml:8:28 KAP-S007 `status` must be one of not-started, in-progress, done, dropped, "
      "not `started`\n");
  CHECK(!s.actuals.unreadable);
  CHECK(!s.actuals.actuals.has_period);
}

TEST_CASE("several actuals files are one set: the same KPI twice is an error pointing at both") {
  Folder dir("several",
             {{"plan.yaml", kPlan},
              {"a.yaml", "kaplan: 1\nactuals: {plan: ac-2027, period: 2027-Q2, as_of: 2027-07-03}\n"
                         "kpis:\n  - {kpi: K-1, value: 48}\n"},
              {"b.yaml", "kaplan: 1\nactuals: {plan: ac-2027, period: 2027-Q2}\n"
                         "kpis:\n  - {kpi: K-2, value: 5}\n  - {kpi: K-1, value: 50}\n"
                         "actions:\n  - {action: AC-1, status: not-started}\n"
                         "  - {action: AC-1, status: done, finished: 2027-05-01}\n"}});
  Scored s(dir.path(), {"a.yaml", "b.yaml"});
  const Actuals& a = s.actuals.actuals;
  CHECK(a.kpis.size() == 3);
  CHECK(a.kpi("K-1")->value.value == 48); // the first entry is the one used
  CHECK(a.kpi("K-2")->value.value == 5);
  CHECK(a.as_of(0) == Date{2027, 7, 3});
  CHECK(a.as_of(1) == Date{2027, 6, 30});
  CHECK(a.latest_as_of() == Date{2027, 7, 3});
  std::vector<std::string> got;
  for (const auto& f : s.actuals.findings) {
    REQUIRE(f.related.size() == 1);
    got.push_back(place(s.sources, f.loc) + " " + render_message(f.message_key, f.args, Lang::en) +
                  " / first: " + place(s.sources, f.related[0].loc));
  }
  CHECK(got == std::vector<std::string>{"b.yaml:5:11 KPI `K-1` is reported twice; each KPI has one "
                                        "actual per period, across all actuals "
                                        "files / first: a.yaml:4:11",
                                        "b.yaml:8:14 action `AC-1` is reported twice; each action "
                                        "has one entry per period, across all "
                                        "actuals files / first: b.yaml:7:14"});
  CHECK(s.actuals.findings[0].rule == "KAP-S005");
}

TEST_CASE("actuals files that disagree on the period are an error") {
  Folder dir("periods", {{"plan.yaml", kPlan},
                         {"a.yaml", "kaplan: 1\nactuals: {plan: ac-2027, period: 2027-Q2}\n"},
                         {"b.yaml", "kaplan: 1\nactuals: {plan: ac-2027, period: 2027-Q1}\n"}});
  Scored s(dir.path(), {"a.yaml", "b.yaml"});
  REQUIRE(s.actuals.findings.size() == 1);
  const Finding& f = s.actuals.findings[0];
  CHECK(f.rule == "KAP-S007");
  CHECK(place(s.sources, f.loc) == "b.yaml:2:34");
  CHECK(render_message(f.message_key, f.args, Lang::en) ==
        "period 2027-Q1 differs from 2027-Q2 of the first actuals file; all actuals files must "
        "cover the same period");
  CHECK(format_period(s.actuals.actuals.period) == "2027-Q2");
}

TEST_CASE("an actuals file that cannot be read makes the load unreadable") {
  Folder dir("missing", {{"plan.yaml", kPlan}, {"broken.yaml", "kpis: [\n"}});
  Scored s(dir.path(), {"absent.yaml", "broken.yaml"});
  CHECK(s.actuals.unreadable);
  REQUIRE(s.actuals.findings.size() >= 2);
  CHECK(s.actuals.findings[0].rule == "KAP-S001");
  CHECK(render_message(s.actuals.findings[0].message_key, s.actuals.findings[0].args, Lang::en) ==
        "cannot read the file: no such file or folder");
}

TEST_CASE("periods end on their last day and cover their months") {
  CHECK(period_end({Period::Kind::year, 2027, 0}) == Date{2027, 12, 31});
  CHECK(period_end({Period::Kind::half, 2027, 1}) == Date{2027, 6, 30});
  CHECK(period_end({Period::Kind::quarter, 2027, 3}) == Date{2027, 9, 30});
  CHECK(period_end({Period::Kind::month, 2028, 2}) == Date{2028, 2, 29});
  CHECK(months_elapsed({Period::Kind::half, 2027, 2}) == 12);
  CHECK(months_elapsed({Period::Kind::quarter, 2027, 2}) == 6);
  CHECK(months_elapsed({Period::Kind::month, 2027, 5}) == 5);
  CHECK(format_period({Period::Kind::month, 2027, 5}) == "2027-05");
  CHECK(format_period({Period::Kind::half, 2027, 2}) == "2027-H2");
  CHECK(format_period({Period::Kind::year, 2027, 0}) == "2027");
}

TEST_CASE("the bundled example's actuals are clean") {
  Scored s(fs::path(KAPLAN_SOURCE_DIR) / "examples" / "telecom-2027", {"actuals-2027-H1.yaml"});
  std::string shown;
  for (const auto& f : s.findings)
    shown += place(s.sources, f.loc) + " " + f.rule + "\n";
  CHECK(shown == "");
  CHECK(s.actuals.actuals.kpis.size() == 36);
  CHECK(s.actuals.actuals.actions.size() == 20);
}

} // namespace unit_load_actuals
