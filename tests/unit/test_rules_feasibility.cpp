// SPDX-License-Identifier: MIT
// The R rules on small plans: exact figures, where findings point, and their messages
// word for word (English, and Chinese for some).
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace unit_rules_feasibility {

namespace fs = std::filesystem;
using namespace kaplan;
using namespace kaplan::test;

namespace {

const std::string kHead = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 3}
units:
  - {id: hq, name: HQ, kind: company}
  - {id: gov, name: Gov, kind: department, parent: hq}
  - {id: hz, name: HZ, kind: branch, parent: hq}
)";

} // namespace

TEST_CASE("KAP-R001 reports each overloaded run once with its peak and actions") {
  Checked c(kHead + R"(people:
  - {id: P-wang, name: W, unit: gov, committed: 0.5}
  - {id: P-full, name: F, unit: gov, committed: 1.25, committed_until: 2027-02}
  - {id: P-team, name: T, unit: gov, capacity: 0.8}
actions:
  - {id: AC-01, title: t, strategy: S, owner: P-wang, start: 2027-03-01, due: 2027-06-30, effort: 0.4}
  - {id: AC-02, title: t, strategy: S, owner: P-wang, start: 2027-05-10, due: 2027-05-20, effort: 0.3}
  - {id: AC-03, title: t, strategy: S, owner: P-wang, start: 2027-06-01, due: 2027-07-31, effort: 0.25}
  - {id: AC-04, title: t, strategy: S, owner: P-wang, start: 2027-09-01, due: 2027-09-01, effort: 0.6}
  - {id: AC-05, title: t, strategy: S, owner: P-full, start: 2027-12-01, due: 2028-01-31, effort: 0.7,
     team: [{person: P-team, effort: 0.5}, {person: P-team, effort: 0.4}]}
)");
  auto f = c.of("KAP-R001");
  REQUIRE(f.size() == 4);
  // Findings are sorted by place: P-wang's two runs (both at the person, in either
  // order), then P-full, then P-team.
  CHECK(f[0].loc.line == 8);
  CHECK(f[1].loc.line == 8);
  CHECK(f[0].entity == "P-wang");
  if (f[0].args[1].value != "2027-05..2027-06") std::swap(f[0], f[1]);
  CHECK(en(f[0]) ==
        "person `P-wang` is overloaded in 2027-05..2027-06: peak load 1.2 against capacity 1, of "
        "which `committed` 0.5; actions: AC-01, AC-02, AC-03");
  CHECK(zh(f[0]) ==
        "人员 `P-wang` 在 2027 年 5 月至 2027 年 6 月超负荷：负荷峰值 1.2（其中原有工作 "
        "`committed` 占 0.5），可投入工作量 "
        "1；涉及的行动计划：AC-01, AC-02, AC-03");
  CHECK(en(f[1]) ==
        "person `P-wang` is overloaded in 2027-09: peak load 1.1 against capacity 1, of which "
        "`committed` 0.5; actions: AC-04");
  CHECK(en(f[2]) == "person `P-full` is overloaded in 2027-01..2027-02: `committed` 1.25 alone "
                    "exceeds capacity 1");
  CHECK(zh(f[2]) ==
        "人员 `P-full` 在 2027 年 1 月至 2027 年 2 月超负荷：仅原有工作 `committed` 1.25 "
        "就超过了可投入工作量 1");
  // Only through the team, listed twice: 0.9 against 0.8, across the year end.
  CHECK(en(f[3]) ==
        "person `P-team` is overloaded in 2027-12..2028-01: peak load 0.9 against capacity 0.8; "
        "actions: AC-05");
}

TEST_CASE("KAP-R001 lists at most 20 actions and counts the rest") {
  std::string yaml = kHead + "people:\n  - {id: P-a, name: A, unit: gov}\nactions:\n";
  for (int i = 1; i <= 25; ++i)
    yaml +=
        "  - {id: AC-" + std::to_string(100 + i) +
        ", title: t, strategy: S, owner: P-a, start: 2027-03-01, due: 2027-03-02, effort: 0.05}\n";
  Checked c(yaml);
  auto f = c.of("KAP-R001");
  REQUIRE(f.size() == 1);
  CHECK(
      en(f[0]) ==
      "person `P-a` is overloaded in 2027-03: peak load 1.25 against capacity 1; actions: AC-101, "
      "AC-102, AC-103, AC-104, AC-105, AC-106, AC-107, AC-108, AC-109, AC-110, AC-111, AC-112, "
      "AC-113, AC-114, AC-115, AC-116, AC-117, AC-118, AC-119, AC-120, … (+5)");
}

TEST_CASE("KAP-R001 is suppressed by an ignore entry on the person") {
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov, committed: 1.2, ignore: {KAP-R001: "handover agreed in March"}}
)");
  auto f = c.of("KAP-R001");
  REQUIRE(f.size() == 1);
  CHECK(f[0].suppressed);
  CHECK(f[0].suppress_reason == "handover agreed in March");
}

TEST_CASE("KAP-R002 gives year, category, cost, budget, excess and the actions") {
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov}
resources:
  budget:
    - {year: 2027, category: marketing, amount: 80}
    - {year: 2028, category: travel, amount: 100}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-05-10, due: 2027-05-20, cost: {marketing: 60}}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2027-03-01, due: 2027-04-30, cost: {marketing: 40.5}}
  - {id: AC-3, title: t, strategy: S, owner: P-a, start: 2027-12-01, due: 2028-01-31, cost: {travel: 62}}
  - {id: AC-4, title: t, strategy: S, owner: P-a, start: 2029-12-01, due: 2030-01-31, cost: {travel: 100}}
)");
  auto f = c.of("KAP-R002");
  REQUIRE(f.size() == 3);
  CHECK(f[0].loc.line == 11);
  CHECK(f[0].loc.column == 49); // the amount
  CHECK(f[0].entity == "t");
  CHECK(en(f[0]) == "2027 `marketing`: the actions' costs 100.5 exceed the budget 80 by 20.5; "
                    "actions: AC-1, AC-2");
  CHECK(zh(f[0]) == "2027 年 `marketing` 类：行动计划的计划成本合计 100.5，超出预算 80，超支 "
                    "20.5；涉及的行动计划：AC-1, AC-2");
  // No line for 2027 travel: at AC-3's cost key; 2029's share of AC-4 too. 2030 is
  // beyond the horizon.
  CHECK(f[1].loc.line == 16);
  CHECK(f[1].entity == "AC-3");
  CHECK(en(f[1]) == "2027 `travel`: the actions' costs 31 have no budget line for that year and "
                    "category; actions: AC-3");
  CHECK(zh(f[1]) ==
        "2027 年 `travel` 类：行动计划的计划成本合计 31，但预算中没有该年度、该类别的预算行；"
        "涉及的行动计划：AC-3");
  CHECK(f[2].loc.line == 17);
  CHECK(en(f[2]) == "2029 `travel`: the actions' costs 50 have no budget line for that year and "
                    "category; actions: AC-4");
}

TEST_CASE("KAP-R002 names the actions largest cost first, each once, as KAP-R001 does") {
  // Costs charged to 2027 marketing: AC-s 10, AC-m 30, AC-z 0 (named nowhere: it adds
  // nothing to the overrun), AC-l 70 and AC-t 30; equal costs keep the plan's order.
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov}
resources:
  budget:
    - {year: 2027, category: marketing, amount: 50}
    - {year: 2028, category: marketing, amount: 1000}
actions:
  - {id: AC-s, title: t, strategy: S, owner: P-a, start: 2027-01-01, due: 2027-01-31, cost: {marketing: 10}}
  - {id: AC-m, title: t, strategy: S, owner: P-a, start: 2027-02-01, due: 2027-02-28, cost: {marketing: 30}}
  - {id: AC-z, title: t, strategy: S, owner: P-a, start: 2027-02-01, due: 2027-02-28, cost: {marketing: 0}}
  - {id: AC-l, title: t, strategy: S, owner: P-a, start: 2027-07-01, due: 2027-12-31, cost: {marketing: 70}}
  - {id: AC-t, title: t, strategy: S, owner: P-a, start: 2027-03-01, due: 2027-03-31, cost: {marketing: 30}}
)");
  auto f = c.of("KAP-R002");
  REQUIRE(f.size() == 1);
  CHECK(en(f[0]) == "2027 `marketing`: the actions' costs 140 exceed the budget 50 by 90; "
                    "actions: AC-l, AC-m, AC-t, AC-s");
}

TEST_CASE("KAP-R003 at the needs key: a lower level, or the skill missing") {
  Checked c(kHead + R"(people:
  - {id: P-li, name: L, unit: gov, skills: {solution: 2, cloud: 5}}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-li, start: 2027-04-01, due: 2027-07-31,
     needs: {solution: 4, cloud: 5, ai: 1}}
)");
  auto f = c.of("KAP-R003");
  REQUIRE(f.size() == 2);
  CHECK(f[0].loc.line == 11);
  CHECK(f[0].loc.column == 14);
  CHECK(en(f[0]) == "owner `P-li` of `AC-1` has `solution` at level 2; the action needs 4");
  CHECK(zh(f[0]) == "行动计划 `AC-1` 要求 `solution` 达到 4 级，负责人 `P-li` 只有 2 级");
  CHECK(en(f[1]) == "owner `P-li` of `AC-1` lacks `ai`; the action needs level 1");
}

TEST_CASE("KAP-R004: reversed dates at start, whole action outside the horizon at the id") {
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-07-31, due: 2027-04-01}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2030-01-01, due: 2030-01-01}
  - {id: AC-3, title: t, strategy: S, owner: P-a, start: 2026-12-31, due: 2027-01-01}
)");
  auto f = c.of("KAP-R004");
  REQUIRE(f.size() == 2);
  CHECK(f[0].loc.column == 58);
  CHECK(en(f[0]) == "`AC-1` starts on 2027-07-31, after its due date 2027-04-01");
  CHECK(f[1].loc.column == 10);
  CHECK(en(f[1]) == "`AC-2` runs 2030-01-01..2030-01-01, entirely outside the horizon 2027–2029");
  CHECK(zh(f[1]) == "行动计划 `AC-2`（2030-01-01 至 2030-01-01）完全在规划期 2027–2029 年之外");
}

TEST_CASE("KAP-R005 at the depends_on entry, with the days between") {
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-04-01, due: 2027-07-31}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2027-07-31, due: 2027-08-31, depends_on: [AC-1]}
  - {id: AC-3, title: t, strategy: S, owner: P-a, start: 2027-07-01, due: 2027-10-31, depends_on: [AC-2, AC-1, AC-3]}
)");
  auto f = c.of("KAP-R005");
  REQUIRE(f.size() == 2);
  CHECK(
      en(f[0]) ==
      "`AC-3` starts on 2027-07-01, but `AC-2`, which it depends on, is due 2027-08-31, 61 day(s) "
      "later");
  CHECK(f[1].loc.column == 106);
  CHECK(
      en(f[1]) ==
      "`AC-3` starts on 2027-07-01, but `AC-1`, which it depends on, is due 2027-07-31, 30 day(s) "
      "later");
  CHECK(zh(f[1]) == "行动计划 `AC-3` 于 2027-07-01 开始，但其前置行动计划 `AC-1` 的截止日期是 "
                    "2027-07-31，晚了 30 天");
}

TEST_CASE("KAP-R006 once per unit, at the first KPI naming it, counting units below") {
  Checked c(kHead + R"(  - {id: hz-team, name: T, kind: team, parent: hz}
  - {id: loop-a, name: A, kind: team, parent: loop-b}
  - {id: loop-b, name: B, kind: team, parent: loop-a}
people:
  - {id: P-a, name: A, unit: hz-team}
  - {id: P-b, name: B, unit: loop-a}
kpis:
  - {id: K-1, name: k, objective: O, unit: hq, measure: x, weight: 1, targets: {2027: 1}}
  - {id: K-2, name: k, objective: O, unit: gov, measure: x, weight: 1, targets: {2027: 1}}
  - {id: K-3, name: k, objective: O, unit: gov, measure: x, weight: 1, targets: {2027: 1}}
  - {id: K-4, name: k, objective: O, unit: hz, measure: x, weight: 1, targets: {2027: 1}}
  - {id: K-5, name: k, objective: O, unit: loop-b, measure: x, weight: 1, targets: {2027: 1}}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-04-01, due: 2027-07-31}
  - {id: AC-2, title: t, strategy: S, owner: P-b, start: 2027-04-01, due: 2027-07-31}
)");
  auto f = c.of("KAP-R006");
  REQUIRE(f.size() == 1);
  CHECK(f[0].entity == "K-2");
  CHECK(f[0].loc.line == 15);
  CHECK(en(f[0]) == "unit `gov` is given targets (KPI `K-2`) but no action is owned by a person of "
                    "the unit or of "
                    "a unit below it");
  CHECK(zh(f[0]) == "单位 `gov` 承担指标（`K-2`），但没有任何由本单位或下级单位人员负责的行动计划");
}

TEST_CASE("KAP-R007 names the best-skilled person with room, ties to free capacity then id") {
  Checked c(kHead + R"(people:
  - {id: P-owner, name: O, unit: gov, skills: {design: 2}}
  - {id: P-star, name: S, unit: gov, committed: 0.8, skills: {design: 5}}
  - {id: P-z, name: Z, unit: gov, committed: 0.5, skills: {design: 4}}
  - {id: P-y, name: Y, unit: gov, committed: 0.3, skills: {design: 4}}
  - {id: P-x, name: X, unit: gov, committed: 0.3, skills: {design: 4}}
  - {id: P-busy, name: B, unit: gov, skills: {design: 5, cloud: 5}}
  - {id: P-team, name: T, unit: gov, committed: 0.6, skills: {design: 3, cloud: 4}}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-owner, start: 2027-04-01, due: 2027-05-31, effort: 0.3,
     needs: {design: 2}, priority: critical}
  - {id: AC-busy, title: t, strategy: S, owner: P-busy, start: 2027-09-15, due: 2027-09-20, effort: 0.9}
  - {id: AC-2, title: t, strategy: S, owner: P-owner, start: 2027-08-01, due: 2027-09-30, effort: 0.3,
     needs: {design: 2, cloud: 1}, priority: critical, team: [{person: P-team, effort: 0.2}]}
  - {id: AC-3, title: t, strategy: S, owner: P-owner, start: 2027-08-01, due: 2027-09-30, effort: 0.3,
     needs: {design: 2}, priority: high}
)");
  auto f = c.of("KAP-R007");
  REQUIRE(f.size() == 2);
  // AC-1: P-star (5) has 0.2 free only; P-busy (5) is free in April and May; the
  // level-4 people rank below.
  CHECK(f[0].loc.line == 16);
  CHECK(f[0].loc.column == 46);
  CHECK(f[0].entity == "AC-1");
  CHECK(en(f[0]) ==
        "critical action `AC-1`: `P-busy` fits its needs at level 5 against 2 for owner `P-owner`, "
        "and has at least 1 free in each of its months");
  CHECK(zh(f[0]) == "关键行动计划 `AC-1`：`P-busy` 的技能等级为 5，高于负责人 `P-owner` 的 "
                    "2，且在该计划涉及的每个月"
                    "都至少还有 1 的富余的可投入工作量");
  // AC-2 needs cloud too: P-busy is full in September; P-team (3) is on the team, so
  // their 0.2 on this action counts as room: 1 − 0.6 − 0.2 + 0.2 = 0.4.
  CHECK(en(f[1]) ==
        "critical action `AC-2`: `P-team` fits its needs at level 3 against 0 for owner `P-owner`, "
        "and has at least 0.4 free in each of its months");
}

TEST_CASE("KAP-R007 among equals prefers more free capacity, then the smaller id") {
  Checked c(kHead + R"(people:
  - {id: P-owner, name: O, unit: gov, skills: {design: 2}}
  - {id: P-z, name: Z, unit: gov, committed: 0.2, skills: {design: 4}}
  - {id: P-y, name: Y, unit: gov, committed: 0.3, skills: {design: 4}}
  - {id: P-x, name: X, unit: gov, committed: 0.3, skills: {design: 4}}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-owner, start: 2027-04-01, due: 2027-05-31, effort: 0.3,
     needs: {design: 2}, priority: critical}
  - {id: AC-2, title: t, strategy: S, owner: P-z, start: 2027-06-01, due: 2027-06-30, effort: 0.1}
  - {id: AC-3, title: t, strategy: S, owner: P-owner, start: 2027-06-01, due: 2027-06-30, effort: 0.3,
     needs: {design: 2}, priority: critical}
)");
  auto f = c.of("KAP-R007");
  REQUIRE(f.size() == 2);
  CHECK(f[0].args[1].value == "P-z"); // 0.8 free against 0.7
  CHECK(f[1].args[1].value == "P-x"); // P-z has 0.7 in June like P-x and P-y: smallest id
}

TEST_CASE("KAP-R008 needs committed at capacity while the owned action starts") {
  Checked c(kHead + R"(people:
  - {id: P-a, name: A, unit: gov, committed: 1.0}
  - {id: P-b, name: B, unit: gov, committed: 1.2, capacity: 1.2, committed_until: 2027-03}
  - {id: P-c, name: C, unit: gov, committed: 0.9}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-02-01, due: 2027-06-30}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2028-02-01, due: 2028-06-30}
  - {id: AC-3, title: t, strategy: S, owner: P-b, start: 2027-03-31, due: 2027-06-30}
  - {id: AC-4, title: t, strategy: S, owner: P-b, start: 2027-04-01, due: 2027-06-30}
  - {id: AC-5, title: t, strategy: S, owner: P-c, start: 2027-04-01, due: 2027-06-30}
)");
  auto f = c.of("KAP-R008");
  REQUIRE(f.size() == 2);
  CHECK(f[0].loc.line == 8);
  CHECK(en(f[0]) ==
        "person `P-a` is fully committed (`committed` 1 against capacity 1) but owns AC-1, AC-2");
  CHECK(zh(f[0]) == "人员 `P-a` 的原有工作已占满可投入工作量（`committed` 1，可投入工作量 "
                    "1），却仍负责行动计划 AC-1, AC-2");
  CHECK(en(f[1]) ==
        "person `P-b` is fully committed (`committed` 1.2 against capacity 1.2) but owns AC-3");
}

} // namespace unit_rules_feasibility
