// SPDX-License-Identifier: MIT
// The K rules through validate: their messages word for word, the tolerance from the
// configuration, KPIs on a cycle left to KAP-K011, and a cascade split over included
// files giving exactly the findings of the same cascade in one file.
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>

namespace unit_rules_cascade {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

using test::kRuleFixtures;

// Validates a plan directory with --today 2027-07-05 and no configuration file.
PlanRun run_dir(const fs::path& dir, SourceSet& sources, double tolerance = -1) {
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = true;
  fs::path config;
  if (tolerance >= 0) {
    config = dir / ".kaplan.yaml";
    std::ofstream(config) << "cascade_tolerance: " << tolerance << "\n";
    options.config_path = config.string();
    options.no_config = false;
  }
  return validate_plan((dir / "plan.yaml").string(), sources, options);
}

// The plan written to a fresh temporary directory and validated; only K findings kept.
std::vector<Finding> k_findings(const std::string& yaml, double tolerance = -1) {
  test::TempDir dir("krules");
  dir.write("plan.yaml", yaml);
  SourceSet sources;
  PlanRun run = run_dir(dir.path(), sources, tolerance);
  std::vector<Finding> out;
  for (auto& f : run.findings)
    if (f.rule.starts_with("KAP-K")) out.push_back(std::move(f));
  return out;
}

std::vector<std::string> messages(const std::vector<Finding>& findings, std::string_view rule,
                                  Lang lang = Lang::en) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(render_message(f.message_key, f.args, lang));
  return out;
}

const std::string kHead = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 3}
units:
  - {id: prov, name: 省公司, kind: company}
  - {id: east, name: 华东, kind: region, parent: prov}
  - {id: hz, name: 杭州, kind: branch, parent: east}
  - {id: west, name: 华西, kind: region, parent: prov}
people:
  - {id: P1, name: 甲, unit: hz}
objectives:
  - {id: O1, perspective: financial, statement: s}
)";

const std::string kRev = R"(  - id: KPI-rev
    name: 大客户收入
    objective: O1
    unit: prov
    measure: CNY 10k
    targets: {2027: 10000, 2028: 10500, 2029: 11000}
    weight: 1
)";

} // namespace

TEST_CASE("KAP-K004 names the year, both figures and the gap, in English and Chinese") {
  auto f = k_findings(
      kHead + "kpis:\n" + kRev +
      R"(  - {id: a, name: a, parent: KPI-rev, unit: hz, owner: P1, targets: {2027: 6000, 2028: 6300, 2029: 7000}}
  - {id: b, name: b, parent: KPI-rev, unit: hz, owner: P1, targets: {2027: 4000, 2028: 4000, 2029: 4000}}
actions:
  - {id: AC, title: t, strategy: S, owner: P1, kpis: [a], start: 2027-01-01, due: 2027-02-01}
)");
  auto en = messages(f, "KAP-K004");
  REQUIRE(en.size() == 1);
  CHECK(en[0] == "KPI `KPI-rev` 2028: children's combined target 10300 falls short of the parent's "
                 "10500 by 200 "
                 "(combined by `sum`)");
  CHECK(messages(f, "KAP-K004", Lang::zh)[0] ==
        "指标 `KPI-rev` 2028 年：下级指标汇总目标 10300，低于上级目标 10500，缺口 200（按 `sum` "
        "汇总）");
  const auto& k004 =
      *std::find_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "KAP-K004"; });
  CHECK(k004.entity == "KPI-rev");
  CHECK(k004.severity == Severity::error);
  CHECK(k004.loc.line == 13); // the parent KPI's id
  CHECK(messages(f, "KAP-K005").empty());
  CHECK(messages(f, "KAP-K003").empty());
  CHECK(messages(f, "KAP-K010").empty());
}

TEST_CASE("KAP-K004 for a lower-is-better KPI and for a year no child has a target for") {
  auto f = k_findings(kHead + R"(kpis:
  - {id: cost, name: c, objective: O1, unit: east, measure: '%', direction: down, rollup: mean, targets: {2027: 6.6, 2028: 6.3, 2029: 6}, weight: 1}
  - {id: c1, name: c, parent: cost, unit: hz, owner: P1, targets: {2027: 6.8, 2028: 6.3}}
)");
  auto en = messages(f, "KAP-K004");
  REQUIRE(en.size() == 2);
  CHECK(en[0] == "KPI `cost` 2027: children's combined target 6.8 is above the parent's 6.6 by "
                 "0.2, and lower is "
                 "better (combined by `mean`)");
  CHECK(en[1] == "KPI `cost` 2029: none of its 1 child KPI(s) has a target for the year, so the "
                 "parent's 6 is not "
                 "cascaded");
}

TEST_CASE("KAP-K004 on a mean weighted_by revenue names the weighting KPI") {
  // 2027: (6 × 4000 + 7 × 6000) / 10000 = 6.6 against 6.5 (the plain mean 6.5 would pass)
  auto f = k_findings(
      kHead + "kpis:\n" + kRev +
      R"(  - {id: rev-hz, name: r, parent: KPI-rev, unit: hz, owner: P1, targets: {2027: 4000, 2028: 4200, 2029: 4400}}
  - {id: rev-w, name: r, parent: KPI-rev, unit: west, targets: {2027: 6000, 2028: 6300, 2029: 6600}}
  - {id: cost, name: c, objective: O1, unit: prov, measure: '%', direction: down, rollup: mean, weighted_by: KPI-rev, targets: {2027: 6.5, 2028: 6.9, 2029: 6.9}, weight: 1}
  - {id: cost-hz, name: c, parent: cost, unit: hz, owner: P1, targets: {2027: 6, 2028: 6, 2029: 6}}
  - {id: cost-w, name: c, parent: cost, unit: west, targets: {2027: 7, 2028: 7, 2029: 7}}
)");
  auto en = messages(f, "KAP-K004");
  REQUIRE(en.size() == 1);
  CHECK(en[0] == "KPI `cost` 2027: children's combined target 6.6 is above the parent's 6.5 by "
                 "0.1, and lower is better (combined by `mean` `weighted_by: KPI-rev`)");
}

TEST_CASE("cascade_tolerance from the configuration decides what is a gap") {
  const std::string plan =
      kHead + "kpis:\n" + kRev +
      "  - {id: a, name: a, parent: KPI-rev, unit: hz, owner: P1, targets: {2027: 9960, 2028: "
      "10500, 2029: 11000}}\n";
  CHECK(messages(k_findings(plan), "KAP-K004").empty()); // 0.4% short: within the default 0.5%
  CHECK(messages(k_findings(plan, 0.001), "KAP-K004").size() == 1);
  CHECK(messages(k_findings(plan, 0), "KAP-K004").size() == 1);
}

TEST_CASE("KAP-K005 reports a stretch beyond 10 percent as info") {
  auto f = k_findings(
      kHead + "kpis:\n" + kRev +
      "  - {id: a, name: a, parent: KPI-rev, unit: hz, owner: P1, targets: {2027: 11500, 2028: "
      "10500, 2029: 11000}}\n");
  auto en = messages(f, "KAP-K005");
  REQUIRE(en.size() == 1);
  CHECK(en[0] == "KPI `KPI-rev` 2027: children's combined target 11500 exceeds the parent's 10000 "
                 "by 1500, more than "
                 "10% of it (combined by `sum`)");
  CHECK(messages(f, "KAP-K005", Lang::zh)[0] ==
        "指标 `KPI-rev` 2027 年：下级指标汇总目标 11500，超出上级目标 10000 "
        "1500，超过上级目标的 10%（按 `sum` 汇总）");
  CHECK(std::find_if(f.begin(), f.end(), [](const Finding& x) {
          return x.rule == "KAP-K005";
        })->severity == Severity::info);
}

TEST_CASE(
    "KAP-K003 names the uncovered leaves, or the top-level KPI itself when it has no children") {
  auto f = k_findings(
      kHead + "kpis:\n" + kRev +
      R"(  - {id: a, name: a, parent: KPI-rev, unit: east, targets: {2027: 5000, 2028: 5250, 2029: 5500}}
  - {id: b, name: b, parent: KPI-rev, unit: east, targets: {2027: 5000, 2028: 5250, 2029: 5500}}
  - {id: solo, name: s, objective: O1, unit: east, measure: n, targets: {2027: 1, 2028: 1, 2029: 1}, weight: 0}
)");
  auto en = messages(f, "KAP-K003");
  REQUIRE(en.size() == 2);
  CHECK(en[0] == "KPI `KPI-rev` is not cascaded to the execution level: 2 leaf KPI(s) have neither "
                 "an `owner` nor an "
                 "execution-level unit, the first is `a`");
  CHECK(en[1] == "KPI `solo` is not at the execution level and has no child KPIs: give it an "
                 "`owner` or cascade it to "
                 "execution-level units");
}

TEST_CASE("the other K messages read as written") {
  auto f = k_findings(kHead + R"(  - {id: O2, perspective: customer, statement: s}
kpis:
  - id: KPI-rev
    name: r
    objective: O1
    unit: east
    measure: CNY 10k
    targets: {2027: 100, 2028: 100}
    weight: 0.5
  - {id: a, name: a, parent: KPI-rev, unit: west, measure: CNY, targets: {2027: 100, 2028: 100, 2030: 1}}
  - {id: h, name: h, parent: KPI-rev, unit: hz, targets: {2027: 0, 2028: 0}}
  - {id: both, name: b, objective: O1, parent: KPI-rev, unit: hz, owner: P1}
  - {id: none, name: n, unit: hz, owner: P1}
  - {id: x, name: x, parent: y, unit: hz}
  - {id: y, name: y, parent: x, unit: hz}
)");
  CHECK(messages(f, "KAP-K001") ==
        std::vector<std::string>{"objective `O2` has no KPI: no top-level KPI names it in "
                                 "`objective`"});
  CHECK(messages(f, "KAP-K002") ==
        std::vector<std::string>{"KPI `KPI-rev` has no target for 2029, a year of the "
                                 "horizon 2027–2029"});
  CHECK(messages(f, "KAP-K006") ==
        std::vector<std::string>{
            "KPI `a` is assigned to unit `west`, which is neither `east` (the unit of its parent "
            "`KPI-rev`) nor below it"});
  CHECK(messages(f, "KAP-K007") ==
        std::vector<std::string>{"KPI `a` is at the execution-level unit `west` but has no `owner`",
                                 "KPI `h` is at the execution-level unit `hz` but has no `owner`"});
  CHECK(
      messages(f, "KAP-K008") ==
      std::vector<std::string>{"KPI `a` is measured in `CNY`, its parent `KPI-rev` in `CNY 10k`"});
  CHECK(messages(f, "KAP-K009") ==
        std::vector<std::string>{"the weights of the 1 top-level KPI(s) sum to 0.5, not 1"});
  CHECK(messages(f, "KAP-K010") ==
        std::vector<std::string>{
            "no action lists KPI `KPI-rev`, or any KPI of its cascade, in its `kpis`"});
  // x and y form a cycle: reported once, and left out of K007 and K012.
  CHECK(messages(f, "KAP-K011") ==
        std::vector<std::string>{
            "KPI `x`: following `parent` leads back to it through 2 KPI(s): `x` → `y` → `x`"});
  CHECK(messages(f, "KAP-K011", Lang::zh) ==
        std::vector<std::string>{
            "指标 `x`：沿 `parent` 向上追溯，经过 2 个指标又回到自身：`x` → `y` → `x`"});
  CHECK(messages(f, "KAP-K012") ==
        std::vector<std::string>{
            "KPI `both` has both `objective` and `parent`: keep one of them",
            "KPI `none` has neither `objective` nor `parent`: it measures no objective and "
            "cascades from no KPI"});
  CHECK(messages(f, "KAP-K013") ==
        std::vector<std::string>{
            "KPI `a` has a target for 2030, but its parent `KPI-rev` has none for that year"});
}

TEST_CASE("a long cycle is shown by its first five KPIs") {
  std::string yaml = kHead + "kpis:\n";
  for (int i = 0; i < 7; ++i)
    yaml += "  - {id: c" + std::to_string(i) + ", name: c, parent: c" +
            std::to_string((i + 1) % 7) + ", unit: hz, owner: P1}\n";
  CHECK(messages(k_findings(yaml), "KAP-K011") ==
        std::vector<std::string>{
            "KPI `c0`: following `parent` leads back to it through 7 KPI(s): `c0` → `c1` → `c2` → "
            "`c3` → `c4` → … → `c0`"});
}

TEST_CASE("KAP-K006 ends on a unit tree with a cycle in it") {
  auto f = k_findings(R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 1}
units:
  - {id: u1, name: a, kind: region, parent: u2}
  - {id: u2, name: b, kind: region, parent: u1}
  - {id: v, name: v, kind: branch}
people:
  - {id: P1, name: 甲, unit: v}
objectives:
  - {id: O1, perspective: financial, statement: s}
kpis:
  - {id: top, name: t, objective: O1, unit: u1, owner: P1, measure: n, targets: {2027: 1}, weight: 1}
  - {id: in, name: i, parent: top, unit: u2, owner: P1, targets: {2027: 1}}
  - {id: out, name: o, parent: top, unit: v, owner: P1, targets: {2027: 0}}
)");
  CHECK(messages(f, "KAP-K006") ==
        std::vector<std::string>{
            "KPI `out` is assigned to unit `v`, which is neither `u1` (the unit of its parent "
            "`top`) nor below it"});
}

TEST_CASE(
    "a cascade over three included files gives the findings of the same cascade in one file") {
  auto key = [](const Finding& f) {
    std::string args;
    for (const auto& a : f.args)
      args += a.name + "=" + a.value + ";";
    return std::tuple{f.rule, f.entity, f.message_key, args, f.severity};
  };
  auto findings_of = [&](const fs::path& dir) {
    SourceSet sources;
    PlanRun run = run_dir(dir, sources);
    std::vector<decltype(key(run.findings[0]))> out;
    for (const auto& f : run.findings)
      out.push_back(key(f));
    std::sort(out.begin(), out.end());
    return std::pair{out, run.plan.files.size()};
  };
  auto [split, split_files] = findings_of(kRuleFixtures / "KAP-K004" / "bad");
  auto [one, one_files] = findings_of(kRuleFixtures / "KAP-K004" / "one-file");
  CHECK(split_files == 5);
  CHECK(one_files == 1);
  CHECK(std::count_if(split.begin(), split.end(),
                      [](const auto& k) { return std::get<0>(k) == "KAP-K004"; }) == 5);
  CHECK(split == one);
}

TEST_CASE("the bundled example has no K finding") {
  SourceSet sources;
  PlanRun run = run_dir(fs::path(KAPLAN_SOURCE_DIR) / "examples" / "telecom-2027", sources);
  // The example loaded, every file of it, with a cascade for the K rules to check: else
  // "no K finding" would hold of an example that is not there.
  REQUIRE_FALSE(run.unreadable);
  for (const auto& f : run.findings) {
    CAPTURE(f.message_key);
    REQUIRE_FALSE(f.rule.starts_with("KAP-S"));
  }
  REQUIRE(run.plan.files.size() > 1);
  CHECK(std::count_if(run.plan.kpis.begin(), run.plan.kpis.end(),
                      [](const Kpi& k) { return static_cast<bool>(k.parent); }) >= 10);
  for (const auto& f : run.findings) {
    CAPTURE(f.message_key);
    CHECK_FALSE(f.rule.starts_with("KAP-K"));
  }
}

} // namespace unit_rules_cascade
