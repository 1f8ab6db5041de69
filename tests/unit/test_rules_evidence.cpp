// SPDX-License-Identifier: MIT
// Issue #19's checks on small plans: fresh evidence (KAP-C018, KAP-C019), the actions'
// expected effects (KAP-K014) and realistic ambition (KAP-R010), with their boundaries,
// hand-computed figures, messages word for word in both languages, and the
// configuration keys `evidence_max_age` and `ambition_margin`.
#include "kaplan/load/config_file.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <string>

namespace unit_rules_evidence {

using namespace kaplan;
using namespace kaplan::test;

namespace {

const char* const kHeader = R"(kaplan: 1
plan:
  id: t-2027
  title: T
  cycle: 2027
)";

// Validates `yaml` with a `.kaplan.yaml` holding `config`.
struct Configured {
  SourceSet sources;
  PlanRun run;

  Configured(const std::string& yaml, const std::string& config) {
    TempDir dir("configured");
    RunOptions options;
    options.today = {2027, 7, 5};
    options.config_path = dir.write(".kaplan.yaml", config).string();
    run = validate_plan(dir.write("plan.yaml", yaml).string(), sources, options);
  }
  std::vector<Finding> of(std::string_view rule) const {
    std::vector<Finding> out;
    for (const auto& f : run.findings)
      if (f.rule == rule) out.push_back(f);
    return out;
  }
};

std::string sources_plan(const char* date) {
  return std::string(kHeader) + R"(environment:
  factors:
    - {id: F-1, category: policy, finding: f, impact: high, effect: threat, sources: [SRC-a]}
  competitors:
    - {id: CMP-1, name: c, sources: [SRC-a, SRC-b]}
  sources:
    - {id: SRC-a, kind: survey, title: a, date: )" +
         date + R"(}
    - {id: SRC-b, kind: data, title: b}
    - {id: SRC-c, kind: data, title: c}
)";
}

std::string stop_where(const std::string& config) {
  try {
    parse_config(config, ".kaplan.yaml");
  } catch (const StopError& e) {
    return e.where + " " + e.key;
  }
  return "no error";
}

} // namespace

TEST_CASE("KAP-C018: a source exactly evidence_max_age years before the cycle passes") {
  Checked fresh(sources_plan("2025-01-01"));
  auto fs = fresh.of("KAP-C018");
  REQUIRE(fs.size() == 1); // SRC-b only: undated; SRC-c is cited by nobody
  CHECK(fs[0].message_key == "KAP-C018.undated");
  CHECK(fs[0].entity == "SRC-b");
  CHECK(en(fs[0]) == "source `SRC-b` has no `date`, so its age against the cycle 2027 is "
                     "unknown; 1 factor(s), segment(s) or competitor(s) cite it, the first "
                     "`CMP-1`");
  CHECK(zh(fs[0]) == "调研来源 `SRC-b` 没有 `date`，无法判断它距规划年度 2027 是否过久；有 1 "
                     "个环境因素、客户群或竞争对手引用它，第一个是 `CMP-1`");

  Checked stale(sources_plan("2024-12-31"));
  fs = stale.of("KAP-C018");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].entity == "SRC-a");
  CHECK(fs[0].severity == Severity::warning);
  CHECK(fs[0].loc.line == 12); // the date
  CHECK(en(fs[0]) == "source `SRC-a` is dated 2024-12-31, more than 2 year(s) before the cycle "
                     "2027 (older than 2025-01-01); 2 factor(s), segment(s) or competitor(s) "
                     "cite it, the first `F-1`");
  CHECK(zh(fs[0]) == "调研来源 `SRC-a` 的日期为 2024-12-31，比规划年度 2027 早了 2 年以上（早于 "
                     "2025-01-01）；有 2 个环境因素、客户群或竞争对手引用它，第一个是 `F-1`");
}

TEST_CASE("KAP-C018: evidence_max_age from the configuration moves the limit") {
  Configured three(sources_plan("2024-01-01"), "evidence_max_age: 3\n");
  CHECK(three.of("KAP-C018").size() == 1); // only the undated SRC-b
  Configured one(sources_plan("2025-06-30"), "evidence_max_age: 1\n");
  auto fs = one.of("KAP-C018");
  REQUIRE(fs.size() == 2);
  CHECK(en(fs[0]).find("older than 2026-01-01") != std::string::npos);
}

TEST_CASE("KAP-C019: core and grow segments need competitor shares and a survey or interview") {
  Checked c(std::string(kHeader) + R"(environment:
  segments:
    - {id: SEG-a, name: a, priority: core, sources: [SRC-r]}
    - {id: SEG-b, name: b, priority: grow, sources: [SRC-r]}
    - {id: SEG-c, name: c, priority: core, sources: [SRC-i]}
    - {id: SEG-d, name: d, priority: exit}
    - {id: SEG-e, name: e, priority: grow, sources: [SRC-i]}
  competitors:
    - {id: CMP-1, name: c, share: {SEG-b: 0.2, SEG-e: 0.1}}
  sources:
    - {id: SRC-r, kind: report, title: r, date: 2026-10-01}
    - {id: SRC-i, kind: interview, title: i, date: 2026-10-01}
)");
  auto fs = c.of("KAP-C019");
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].entity == "SEG-a");
  CHECK(en(fs[0]) == "core segment `SEG-a` has no competitor share and cites no source of kind "
                     "`survey` or `interview`");
  CHECK(zh(fs[0]) == "核心客户群 `SEG-a` 既没有竞争对手的市场份额，也没有引用 `survey` 或 "
                     "`interview` 类来源（市场调查和问卷访谈）");
  CHECK(en(fs[1]) ==
        "grow segment `SEG-b` cites no source of kind `survey` or `interview` in its `sources`");
  CHECK(zh(fs[1]) == "成长客户群 `SEG-b` 的 `sources` 中没有 `survey` 或 `interview` "
                     "类来源（市场调查和问卷访谈）");
  CHECK(en(fs[2]) ==
        "core segment `SEG-c` has no competitor share: no competitor's `share` names it");
  CHECK(zh(fs[2]) ==
        "核心客户群 `SEG-c` 没有竞争对手的市场份额：没有任何竞争对手的 `share` 写到它");
}

namespace {

// KPI-r asks 120 - 100 = 20 in 2027 and 20 more in 2028; KPI-d (down) 50 -> 40 -> 40.
std::string contributions(const char* a2027, const char* b2027, const char* d2027) {
  return std::string(kHeader) + R"(kpis:
  - {id: KPI-r, name: r, objective: O, measure: x, baseline: 100, targets: {2027: 120, 2028: 140, 2029: 130}}
  - {id: KPI-d, name: d, objective: O, measure: x, direction: down, baseline: 50, targets: {2027: 40, 2028: 40}}
actions:
  - {id: AC-a, title: a, strategy: S, owner: p, start: 2027-01-01, due: 2027-12-31, contributes: {KPI-r: {2027: )" +
         a2027 + R"(, 2028: 20}, KPI-d: {2027: )" + d2027 + R"(}}}
  - {id: AC-b, title: b, strategy: S, owner: p, start: 2027-01-01, due: 2027-12-31, contributes: {KPI-r: {2027: )" +
         b2027 + R"(}}}
)";
}

} // namespace

TEST_CASE("KAP-K014: contributions against the growth the targets ask for, by hand") {
  // 2027: asked 120 - 100 = 20, tolerance 5% = 1; 10 + 8 = 18 leaves a gap of 2.
  Checked c(contributions("10", "8", "10"));
  auto fs = c.of("KAP-K014");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].entity == "KPI-r");
  CHECK(fs[0].severity == Severity::warning);
  CHECK(en(fs[0]) == "KPI `KPI-r` 2027: the actions' contributions sum to 18, short of the 20 "
                     "its target asks for (from 100 to 120) by 2: `AC-a` 10, `AC-b` 8");
  CHECK(zh(fs[0]) == "指标 `KPI-r` 2027 年：行动计划的预期贡献合计 18，比目标要求的增量 20（从 "
                     "100 到 120）少 2：`AC-a` 10, `AC-b` 8");
}

TEST_CASE("KAP-K014: a shortfall of exactly 5% passes; down KPIs mirror; no contribution") {
  // 10 + 9 = 19 against 20: gap 1 = 5% of 20. KPI-d asks 50 - 40 = 10: 9.5 passes.
  Checked at(contributions("10", "9", "9.5"));
  CHECK(at.of("KAP-K014").empty());
  // KPI-d: 9.4 leaves 0.6 > 0.5. 2029 asks nothing (130 < 140) and 2028 of KPI-d neither.
  Checked down(contributions("10", "9", "9.4"));
  auto fs = down.of("KAP-K014");
  REQUIRE(fs.size() == 1);
  CHECK(en(fs[0]) == "KPI `KPI-d` 2027: the actions' contributions sum to 9.4, short of the 10 "
                     "its target asks for (from 50 to 40) by 0.6: `AC-a` 9.4");
  // A year the KPI asks for growth but no action names.
  Checked none(std::string(kHeader) + R"(kpis:
  - {id: KPI-r, name: r, objective: O, measure: x, baseline: 100, targets: {2027: 120, 2028: 130}}
actions:
  - {id: AC-a, title: a, strategy: S, owner: p, start: 2027-01-01, due: 2027-12-31, contributes: {KPI-r: {2027: 20}}}
)");
  fs = none.of("KAP-K014");
  REQUIRE(fs.size() == 1);
  CHECK(en(fs[0]) == "KPI `KPI-r` 2028: no action contributes to it in the year, and its target "
                     "asks for 10 (from 120 to 130)");
  CHECK(zh(fs[0]) == "指标 `KPI-r` 2028 年：当年没有任何行动计划写明对它的预期贡献，而目标要求的"
                     "增量为 10（从 120 到 130）");
}

TEST_CASE("contributes: the KPI id is a reference and the amounts are checked numbers") {
  Checked c(std::string(kHeader) + R"(kpis:
  - {id: KPI-r, name: r, objective: O, measure: x, baseline: 0, targets: {2027: 1}}
actions:
  - {id: AC-a, title: a, strategy: S, owner: p, start: 2027-01-01, due: 2027-12-31, contributes: {KPI-x: {2027: 1}, KPI-r: {2027: -5, 2028: lots}}}
)");
  bool missing = false, range = false, number = false;
  for (const auto& f : c.run.findings) {
    missing = missing || (f.rule == "KAP-S006" && en(f).find("`KPI-x`") != std::string::npos);
    range = range || f.message_key == "KAP-S007.range";
    number = number || (f.rule == "KAP-S003" && en(f).find("lots") != std::string::npos);
  }
  CHECK(missing);
  CHECK(range);
  CHECK(number);
  // One mistake, one finding: with an amount rejected the sum is unknown.
  CHECK(c.of("KAP-K014").empty());
}

namespace {

// SEG-a grows 8% on 300, SEG-b 100 -> 110 (10%) on 110: (24 + 11) / 410 = 8.5366%.
std::string ambition(const char* target) {
  return std::string(kHeader) + R"(environment:
  segments:
    - {id: SEG-a, name: a, priority: core, growth: 0.08, revenue: {2025: 280, 2026: 300}}
    - {id: SEG-b, name: b, priority: grow, revenue: {2025: 100, 2026: 110}}
kpis:
  - {id: KPI-r, name: r, objective: O, measure: x, segments: [SEG-a, SEG-b], baseline: 100, targets: {2027: )" +
         target + R"(}}
)";
}

} // namespace

TEST_CASE("KAP-R010: KPI growth against the revenue-weighted growth of its segments, by hand") {
  // 20% - 8.5366% = 11.46 points > 10.
  Checked c(ambition("120"));
  auto fs = c.of("KAP-R010");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::info);
  CHECK(en(fs[0]) == "KPI `KPI-r` grows 20.0% in 2027, 11.5 percentage points above the 8.5% its "
                     "segments grow by (revenue-weighted: `SEG-a` 8.0% × 300, `SEG-b` 10.0% × "
                     "110), beyond the margin of 10 points (1 year(s) beyond it)");
  CHECK(zh(fs[0]) == "指标 `KPI-r` 2027 年增长 20.0%，比其客户群按收入加权的增长 8.5%（`SEG-a` "
                     "8.0% × 300, `SEG-b` 10.0% × 110）高 11.5 个百分点，超过 10 个百分点的容许"
                     "幅度（共 1 个年度超出）");
  // 18.5% - 8.5366% = 9.96 points: within the margin.
  Checked within(ambition("118.5"));
  CHECK(within.of("KAP-R010").empty());
  // ambition_margin: 15 lets 20% pass.
  Configured margin(ambition("120"), "ambition_margin: 15\n");
  CHECK(margin.of("KAP-R010").empty());
}

TEST_CASE("evidence_max_age and ambition_margin: read, and bad values stop with a place") {
  Config c = parse_config("evidence_max_age: 3\nambition_margin: 12.5\n", ".kaplan.yaml");
  CHECK(c.evidence_max_age == 3);
  CHECK(c.ambition_margin == 12.5);
  Config d = parse_config("fail_on: error\n", ".kaplan.yaml");
  CHECK(d.evidence_max_age == 2);
  CHECK(d.ambition_margin == 10);
  CHECK(stop_where("evidence_max_age: 0\n") == ".kaplan.yaml:1:19 KAP-S007.range");
  CHECK(stop_where("evidence_max_age: 1.5\n") == ".kaplan.yaml:1:19 KAP-S003.integer");
  CHECK(stop_where("evidence_max_age: two\n") == ".kaplan.yaml:1:19 KAP-S003.integer");
  CHECK(stop_where("ambition_margin: -1\n") == ".kaplan.yaml:1:18 KAP-S007.range");
  CHECK(stop_where("ambition_margin: lots\n") == ".kaplan.yaml:1:18 KAP-S003.number");
}

} // namespace unit_rules_evidence
