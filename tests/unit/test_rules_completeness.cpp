// SPDX-License-Identifier: MIT
// The C rules on small plans: the figures they compute (KAP-C008's share, KAP-C013's
// missing kinds, KAP-C016's horizon), where plan-wide findings point, and their
// messages word for word.
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <algorithm>
#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace unit_rules_completeness {

namespace fs = std::filesystem;
using namespace kaplan;
using namespace kaplan::test;

namespace {

// The value of a finding's argument, or "(none)".
std::string arg_of(const Finding& f, std::string_view name) {
  for (const auto& a : f.args)
    if (a.name == name) return a.value;
  return "(none)";
}

const char* const kHeader = R"(kaplan: 1
plan:
  id: t-2027
  title: T
  cycle: 2027
)";

// Objectives of the four perspectives and top-level KPIs with the given weights
// (financial, financial, customer, internal).
std::string weighted(const char* w1, const char* w2, const char* w3, const char* w4) {
  return std::string(kHeader) + R"(objectives:
  - {id: O-f, perspective: financial, statement: s}
  - {id: O-c, perspective: customer, statement: s}
  - {id: O-i, perspective: internal, statement: s}
kpis:
  - {id: K1, name: a, objective: O-f, measure: x, targets: {2027: 1, 2028: 1, 2029: 1}, weight: )" +
         w1 + R"(}
  - {id: K2, name: b, objective: O-f, measure: x, targets: {2027: 1, 2028: 1, 2029: 1}, weight: )" +
         w2 + R"(}
  - {id: K3, name: c, objective: O-c, measure: x, targets: {2027: 1, 2028: 1, 2029: 1}, weight: )" +
         w3 + R"(}
  - {id: K4, name: d, objective: O-i, measure: x, targets: {2027: 1, 2028: 1, 2029: 1}, weight: )" +
         w4 + R"(}
  - {id: K1-a, name: a1, parent: K1, weight: 5, targets: {2027: 1, 2028: 1, 2029: 1}}
)";
}

} // namespace

TEST_CASE("KAP-C001 reports each missing section at the plan id, in English and Chinese") {
  Checked c(std::string(kHeader) +
            "capabilities: []\nstrategies:\n  - {id: S, statement: s, kind: market, "
            "objectives: [O]}\n");
  auto fs = c.of("KAP-C001");
  REQUIRE(fs.size() == 6);
  std::vector<std::string> sections;
  for (const auto& f : fs) {
    CHECK(f.severity == Severity::error);
    CHECK(f.loc.line == 3);
    CHECK(f.loc.column == 7);
    CHECK(f.entity == "t-2027");
    sections.push_back(arg_of(f, "section"));
  }
  std::sort(sections.begin(), sections.end());
  CHECK(sections == std::vector<std::string>{"actions", "capabilities", "environment", "kpis",
                                             "objectives", "people"});
  CHECK(en(fs[0]) ==
        "required section `" + arg_of(fs[0], "section") + "` is missing or has no entries");
  CHECK(render_message("KAP-C001", std::vector<Arg>{arg("section", "actions")}, Lang::zh) ==
        "缺少必备部分 `actions`：该部分没有出现或没有任何条目");
}

TEST_CASE("KAP-C001 without a plan header points at the top of the root file") {
  Checked c("kaplan: 1\nassumptions:\n  - {id: A, statement: s}\n");
  auto fs = c.of("KAP-C001");
  REQUIRE(fs.size() == 7);
  CHECK(fs[0].loc.file == c.run.plan.root_file);
  CHECK(fs[0].loc.line == 1);
  CHECK(fs[0].loc.column == 1);
}

TEST_CASE("KAP-C007, KAP-C010 and KAP-C014 stay quiet when KAP-C001 already reports the section") {
  Checked c(std::string(kHeader) + "assumptions:\n  - {id: A, statement: s}\n");
  CHECK(c.of("KAP-C001").size() == 7);
  CHECK(c.of("KAP-C007").empty());
  CHECK(c.of("KAP-C010").empty());
  CHECK(c.of("KAP-C014").empty());
  // C013 and C002 do not depend on a section being present.
  CHECK(c.of("KAP-C013").size() == 1);
}

TEST_CASE("KAP-C007 names each missing perspective and KAP-C014 fires on an environment without "
          "segments") {
  Checked c(std::string(kHeader) + R"(environment:
  factors:
    - {id: F, category: policy, finding: f, impact: high, effect: threat}
objectives:
  - {id: O-f, perspective: financial, statement: s}
  - {id: O-i, perspective: internal, statement: s}
)");
  auto fs = c.of("KAP-C007");
  REQUIRE(fs.size() == 2);
  // Both are at the plan id; their order among themselves is not part of the contract.
  std::vector<std::string> texts{en(fs[0]), en(fs[1]), zh(fs[0]), zh(fs[1])};
  std::sort(texts.begin(), texts.end());
  CHECK(texts[0] == "no objective in the `customer` perspective of the balanced scorecard");
  CHECK(texts[1] == "no objective in the `learning` perspective of the balanced scorecard");
  CHECK(texts[2] == "平衡计分卡的“学习与成长”维度没有任何战略目标");
  CHECK(texts[3] == "平衡计分卡的“客户”维度没有任何战略目标");
  auto core = c.of("KAP-C014");
  REQUIRE(core.size() == 1);
  CHECK(en(core[0]) == "no customer segment has `priority: core`");
}

TEST_CASE("KAP-C008 share of the top-level weight carried by financial KPIs") {
  SUBCASE("70% of 1 is reported with its figures") {
    Checked c(weighted("0.5", "0.2", "0.2", "0.1"));
    auto fs = c.of("KAP-C008");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::warning);
    CHECK(fs[0].loc.line == 3);
    CHECK(fs[0].entity == "t-2027");
    CHECK(en(fs[0]) ==
          "financial KPIs carry 70% of the top-level weight (0.7 of 1), more than 60%");
    CHECK(zh(fs[0]) == "财务类顶层指标的权重合计 0.7，占顶层指标总权重 1 的 70%，超过 60%");
  }
  SUBCASE("a share that is not a round percentage keeps one decimal") {
    Checked c(weighted("1", "1", "0.5", "0.5"));
    auto fs = c.of("KAP-C008");
    REQUIRE(fs.size() == 1);
    CHECK(arg_of(fs[0], "share") == "66.7%");
    CHECK(arg_of(fs[0], "financial") == "2");
    CHECK(arg_of(fs[0], "total") == "3");
  }
  SUBCASE("just above the limit shows enough decimals to say so") {
    Checked c(weighted("0.30002", "0.3", "0.2", "0.19998"));
    auto fs = c.of("KAP-C008");
    REQUIRE(fs.size() == 1);
    CHECK(arg_of(fs[0], "share") == "60.002%");
  }
  SUBCASE("exactly 60% is not more than 60%") {
    CHECK(Checked(weighted("0.3", "0.3", "0.3", "0.1")).of("KAP-C008").empty());
  }
  SUBCASE("a cascaded child's weight does not count: 0.4 of 1 stays under the limit") {
    CHECK(Checked(weighted("0.2", "0.2", "0.3", "0.3")).of("KAP-C008").empty());
  }
}

TEST_CASE("KAP-C013 lists the missing resource kinds in a fixed order") {
  SUBCASE("no people and no assets: all five kinds") {
    Checked c(std::string(kHeader) + "assumptions:\n  - {id: A, statement: s}\n");
    auto fs = c.of("KAP-C013");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].loc.line == 3);
    CHECK(en(fs[0]) ==
          "resource kinds never considered: talent, information, external, group, partner");
    CHECK(zh(fs[0]) ==
          "规划中完全没有考虑以下几类资源：人才、信息、外部关系、集团公司、产业合作伙伴");
  }
  SUBCASE("a talent asset counts for talent, fixed assets count for nothing") {
    Checked c(std::string(kHeader) + R"(resources:
  assets:
    - {id: X1, kind: partner, name: p}
    - {id: X2, kind: talent, name: t}
    - {id: X3, kind: fixed-asset, name: f}
    - {id: X4, kind: group, name: g}
)");
    auto fs = c.of("KAP-C013");
    REQUIRE(fs.size() == 1);
    CHECK(arg_of(fs[0], "kinds") == "information, external");
  }
  SUBCASE("people count for talent") {
    Checked c(std::string(kHeader) + R"(units: [{id: u, name: u, kind: company}]
people: [{id: p, name: p, unit: u}]
resources:
  assets:
    - {id: X1, kind: information, name: i}
    - {id: X2, kind: external, name: e}
    - {id: X3, kind: group, name: g}
    - {id: X4, kind: partner, name: p}
)");
    CHECK(c.of("KAP-C013").empty());
  }
}

TEST_CASE("KAP-C016 horizon and target years outside it") {
  Checked c(R"(kaplan: 1
plan:
  id: t-2027
  title: T
  cycle: 2027
  horizon: 7
objectives: [{id: O, perspective: financial, statement: s}]
kpis:
  - {id: K, name: k, objective: O, measure: x, weight: 1, targets: {2026: 1, 2027: 1, 2033: 1, 2034: 1}}
)");
  auto fs = c.of("KAP-C016");
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].loc.line == 6);
  CHECK(fs[0].loc.column == 12);
  CHECK(fs[0].entity == "t-2027");
  CHECK(en(fs[0]) == "the horizon of 7 years is longer than 5 years");
  CHECK(zh(fs[0]) == "规划期为 7 年，超过 5 年");
  CHECK(fs[1].loc.line == 9);
  CHECK(fs[1].entity == "K");
  CHECK(en(fs[1]) == "KPI `K` has a target for 2026, outside the horizon 2027–2033");
  CHECK(zh(fs[1]) == "指标 `K` 有 2026 年的目标，超出了规划期 2027–2033 年");
  CHECK(arg_of(fs[2], "year") == "2034");
}

TEST_CASE("KAP-C016 default horizon of 3 years bounds the targets") {
  Checked c(std::string(kHeader) + R"(objectives: [{id: O, perspective: financial, statement: s}]
kpis:
  - {id: K, name: k, objective: O, measure: x, weight: 1, targets: {2027: 1, 2029: 1, 2030: 1}}
)");
  auto fs = c.of("KAP-C016");
  REQUIRE(fs.size() == 1);
  CHECK(arg_of(fs[0], "year") == "2030");
  CHECK(arg_of(fs[0], "last") == "2029");
}

TEST_CASE("KAP-C011 tells a strategy with no action from one whose actions miss the cycle year") {
  Checked c(std::string(kHeader) + R"(units: [{id: u, name: u, kind: company}]
people: [{id: p, name: p, unit: u}]
objectives: [{id: O, perspective: financial, statement: s}]
strategies:
  - {id: S-none, statement: s, kind: market, objectives: [O]}
  - {id: S-late, statement: s, kind: internal, objectives: [O]}
  - {id: S-edge, statement: s, kind: internal, objectives: [O]}
actions:
  - {id: A1, title: a, strategy: S-late, owner: p, start: 2028-01-01, due: 2028-02-01}
  - {id: A2, title: a, strategy: S-late, owner: p, start: 2026-01-01, due: 2026-12-31}
  - {id: A3, title: a, strategy: S-edge, owner: p, start: 2026-06-01, due: 2027-01-01}
)");
  auto fs = c.of("KAP-C011");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].severity == Severity::error);
  CHECK(fs[0].entity == "S-none");
  CHECK(en(fs[0]) ==
        "strategy `S-none` has no action: it needs at least one in the cycle year 2027");
  CHECK(fs[1].entity == "S-late");
  CHECK(en(fs[1]) == "strategy `S-late` has no action in the cycle year 2027 (2 outside it)");
  CHECK(zh(fs[1]) == "实施战略 `S-late` 在规划年度 2027 没有行动计划（另有 2 项在该年度之外）");
}

TEST_CASE("entity rules name the entity: C003 C009 C015 C017") {
  Checked c(std::string(kHeader) + R"(environment:
  factors:
    - {id: F1, category: policy, finding: f, impact: high, effect: threat}
  segments:
    - {id: SEG, name: s, priority: core}
objectives: [{id: O, perspective: financial, statement: s}]
strategies:
  - {id: S, statement: s, kind: market, objectives: [], basis: [F1]}
)");
  auto c003 = c.of("KAP-C003");
  REQUIRE(c003.size() == 0); // F1 is cited by the strategy's basis
  auto c009 = c.of("KAP-C009");
  REQUIRE(c009.size() == 1);
  CHECK(en(c009[0]) ==
        "market strategy `S` cites no customer segment and no competitor in its `basis`");
  auto c015 = c.of("KAP-C015");
  REQUIRE(c015.size() == 2);
  CHECK(c015[0].severity == Severity::info);
  CHECK(en(c015[0]) == "environment factor `F1` cites no source: `sources` is missing or empty");
  CHECK(en(c015[1]) == "customer segment `SEG` cites no source: `sources` is missing or empty");
  auto c017 = c.of("KAP-C017");
  REQUIRE(c017.size() == 1);
  CHECK(en(c017[0]) ==
        "objective `O` is named in no strategy's `objectives`: no strategy serves it");
  CHECK(zh(c017[0]) == "战略目标 `O` 没有出现在任何实施战略的 `objectives` 中，没有战略支撑它");
}

} // namespace unit_rules_completeness
