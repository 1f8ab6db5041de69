// SPDX-License-Identifier: MIT
// `kaplan diff`: entities matched by id, budget by year and category, load by month runs,
// findings by identity (never by line); and the three renderings.
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/analysis/plan_diff.hpp"
#include "kaplan/render/plan_diff.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <string>

namespace unit_analysis_plan_diff {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

// Both versions in one SourceSet, as `kaplan diff` loads them.
struct Versions {
  SourceSet sources;
  PlanRun before, after;
};

PlanRun run_text(const std::string& yaml, SourceSet& sources) {
  test::TempDir dir("diff");
  RunOptions options;
  options.no_config = true;
  options.today = {2027, 7, 5};
  return validate_plan(dir.write("plan.yaml", yaml).string(), sources, options);
}

Versions load(const std::string& before, const std::string& after) {
  Versions v;
  v.before = run_text(before, v.sources);
  v.after = run_text(after, v.sources);
  return v;
}

const std::string kBase = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 2}
units:
  - {id: hq, name: HQ, kind: company}
people:
  - {id: p1, name: A, unit: hq}
  - {id: p2, name: B, unit: hq}
kpis:
  - {id: K1, name: k, objective: O1, measure: x, weight: 1, targets: {2027: 100, 2028: 120}}
resources:
  budget:
    - {year: 2027, category: marketing, amount: 50}
    - {year: 2027, category: marketing, amount: 10}
    - {year: 2027, category: training, amount: 20}
actions:
  - {id: A1, title: one, strategy: S1, owner: p1, start: 2027-01-01, due: 2027-03-31, effort: 0.5}
  - {id: A2, title: two, strategy: S1, owner: p1, start: 2027-02-01, due: 2027-02-28}
)";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  REQUIRE(pos != std::string::npos);
  return s.replace(pos, from.size(), to);
}

Finding finding(std::string rule, std::string entity, std::uint32_t line,
                std::vector<Arg> args = {}) {
  Finding f;
  f.rule = rule;
  f.message_key = rule;
  f.entity = std::move(entity);
  f.loc = {0, line, 5};
  f.args = std::move(args);
  return f;
}

} // namespace

TEST_CASE("an unchanged plan, even with lines added above its entries, shows no change") {
  std::string moved = replaced(kBase, "units:", "# a comment\n\nunits:");
  auto v = load(kBase, moved);
  PlanDiff d = diff_plans({v.before.plan, v.before.findings}, {v.after.plan, v.after.findings});
  CHECK(d.empty());
  CHECK(d.plan == "t");
  DiffRenderOptions o{Lang::en, false, "old", "new"};
  CHECK(render_plan_diff(d, v.sources, Format::text, o) == "plan t: old → new\nno changes\n");
}

TEST_CASE("target changes are listed per KPI and year, with the change") {
  auto v =
      load(kBase, replaced(kBase, "{2027: 100, 2028: 120}", "{2027: 90, 2028: 120, 2029: 130}"));
  PlanDiff d = diff_plans({v.before.plan, v.before.findings}, {v.after.plan, v.after.findings});
  REQUIRE(d.targets.size() == 2);
  CHECK(d.targets[0].kpi == "K1");
  CHECK(d.targets[0].year == 2027);
  CHECK(*d.targets[0].value.before == 100);
  CHECK(*d.targets[0].value.after == 90);
  CHECK(d.targets[1].year == 2029);
  CHECK_FALSE(d.targets[1].value.before);
  DiffRenderOptions o{Lang::en, false, "HEAD~1", "working tree"};
  std::string text = render_plan_diff(d, v.sources, Format::text, o);
  CHECK(text.find("KPI targets:\n  K1 2027: 100 → 90 (-10)\n  K1 2029: none → 130\n") !=
        std::string::npos);
}

TEST_CASE("budget is compared as the sum per year and category") {
  std::string after = replaced(kBase, "amount: 10}", "amount: 0}");
  after = replaced(after, "category: training, amount: 20}", "category: training, amount: 30}");
  auto v = load(kBase, after);
  PlanDiff d = diff_plans({v.before.plan, v.before.findings}, {v.after.plan, v.after.findings});
  REQUIRE(d.budget.size() == 2);
  CHECK(d.budget[0].category == "marketing");
  CHECK(*d.budget[0].amount.before == 60);
  CHECK(*d.budget[0].amount.after == 50);
  CHECK(d.budget[1].category == "training");
  DiffRenderOptions o{Lang::en, false, "a", "b"};
  std::string text = render_plan_diff(d, v.sources, Format::text, o);
  CHECK(text.find("budget:\n  2027 marketing: 60 → 50 (-10)\n  2027 training: 20 → 30 (+10)\n") !=
        std::string::npos);
}

TEST_CASE("actions added, removed, re-dated and re-assigned, and the load they move") {
  std::string after = replaced(kBase, "owner: p1, start: 2027-01-01, due: 2027-03-31",
                               "owner: p2, start: 2027-01-01, due: 2027-04-30");
  after = replaced(
      after,
      "  - {id: A2, title: two, strategy: S1, owner: p1, start: 2027-02-01, due: 2027-02-28}\n",
      "  - {id: A3, title: three, strategy: S1, owner: p1, start: 2027-05-01, due: 2027-05-31}\n");
  auto v = load(kBase, after);
  PlanDiff d = diff_plans({v.before.plan, v.before.findings}, {v.after.plan, v.after.findings});
  REQUIRE(d.actions_added.size() == 1);
  CHECK(d.actions_added[0].id == "A3");
  CHECK(d.actions_added[0].start == "2027-05-01");
  REQUIRE(d.actions_removed.size() == 1);
  CHECK(d.actions_removed[0].id == "A2");
  REQUIRE(d.actions_changed.size() == 1);
  const ActionChange& c = d.actions_changed[0];
  CHECK(c.id == "A1");
  CHECK_FALSE(c.start);
  REQUIRE(c.due);
  CHECK(c.due->before == "2027-03-31");
  CHECK(c.due->after == "2027-04-30");
  REQUIRE(c.owner);
  CHECK(c.owner->after == "p2");
  CHECK_FALSE(c.effort);
  // p1 loses A1 (0.5 in Jan..Mar); A2 had no effort. p2 gains 0.5 in Jan..Apr.
  REQUIRE(d.load.size() == 2);
  CHECK(d.load[0].person == "p1");
  CHECK(cal::format_months(d.load[0].first, d.load[0].last) == "2027-01..2027-03");
  CHECK(d.load[0].before == 0.5);
  CHECK(d.load[0].after == 0);
  CHECK(d.load[1].person == "p2");
  CHECK(cal::format_months(d.load[1].first, d.load[1].last) == "2027-01..2027-04");
  DiffRenderOptions o{Lang::en, false, "a", "b"};
  std::string text = render_plan_diff(d, v.sources, Format::text, o);
  CHECK(text.find("  added   A3 three (p1, 2027-05-01..2027-05-31)\n"
                  "  removed A2 two\n"
                  "  changed A1 one: due 2027-03-31 → 2027-04-30; owner p1 → p2\n") !=
        std::string::npos);
  CHECK(text.find("  p2 2027-01..2027-04: 0 → 0.5 (capacity 1)\n") != std::string::npos);
  std::string zh = render_plan_diff(d, v.sources, Format::text, {Lang::zh, false, "a", "b"});
  CHECK(zh.find("  变更 A1 one: 截止 2027-03-31 → 2027-04-30; 负责人 p1 → p2\n") !=
        std::string::npos);
}

TEST_CASE("findings are matched by identity, not by line, and counted as multisets") {
  std::vector<Finding> before = {finding("KAP-K004", "K1", 10, {arg("year", 2027)}),
                                 finding("KAP-R001", "p1", 20)};
  std::vector<Finding> after = {finding("KAP-K004", "K1", 14, {arg("year", 2027)}),
                                finding("KAP-K004", "K1", 14, {arg("year", 2028)}),
                                finding("KAP-R001", "p1", 25), finding("KAP-R001", "p1", 30)};
  auto fresh = new_findings(before, after);
  REQUIRE(fresh.size() == 2);
  CHECK(fresh[0].args[0].value == "2028");
  CHECK(fresh[1].loc.line == 30);
  CHECK(new_findings(after, before).empty());
  // A suppressed finding is neither new nor counted as present before.
  after[1].suppressed = true;
  CHECK(new_findings(before, after).size() == 1);
  before[0].suppressed = true;
  CHECK(new_findings(before, after).size() == 2);
  CHECK(finding_identity(before[1]) == finding_identity(after[2]));
}

TEST_CASE("the markdown diff escapes plan text and the json diff uses null for absent values") {
  std::string after = replaced(kBase, "{id: A2, title: two,", "{id: A9, title: \"a | <b>\",");
  after = replaced(after, "{2027: 100, 2028: 120}", "{2027: 100}");
  auto v = load(kBase, after);
  PlanDiff d = diff_plans({v.before.plan, v.before.findings}, {v.after.plan, v.after.findings});
  REQUIRE(d.targets.size() == 1);
  REQUIRE(d.actions_added.size() == 1);
  std::string md = render_plan_diff(d, v.sources, Format::markdown, {Lang::en, false, "a", "b"});
  CHECK(md.starts_with("<!-- kaplan diff -->\n### plan t: a → b\n"));
  CHECK(md.find("| A9 | a \\| &lt;b&gt; | added: p1, 2027-02-01..2027-02-28 |\n") !=
        std::string::npos);
  CHECK(md.find("| K1 | 2028 | 120 | none |  |\n") != std::string::npos);
  std::string json = render_plan_diff(d, v.sources, Format::json, {Lang::en, false, "a", "b"});
  CHECK(json.find("\"year\": 2028,\n      \"before\": 120,\n      \"after\": null,\n      "
                  "\"change\": null") != std::string::npos);
}

} // namespace unit_analysis_plan_diff
