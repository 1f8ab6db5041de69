// SPDX-License-Identifier: MIT
// The P rules across plans (pipeline::check_plan_chain): suppressions and the
// configuration apply to their findings; a plan checked alone is not held to its higher
// plan; targets that derive from one KPI combine, and `direction: down` reverses the test.
#include "kaplan/pipeline/plan_run.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

namespace unit_rules_chain {

using namespace kaplan;

namespace {

const char* kParent = R"(kaplan: 1
plan: {id: prov, title: p, cycle: 2027, horizon: 2, owner: prov}
units:
  - {id: prov, name: 省公司, kind: company}
  - {id: hz, name: 杭州, kind: branch, parent: prov}
objectives:
  - {id: O, perspective: financial, statement: s}
kpis:
  - {id: R, name: r, objective: O, unit: prov, measure: x, weight: 0.5, targets: {2027: 100, 2028: 110}}
  - {id: R-hz, name: r, parent: R, unit: hz, targets: {2027: 100, 2028: 110}}
  - {id: C, name: c, objective: O, unit: prov, measure: '%', direction: down, rollup: mean, weight: 0.5, targets: {2027: 5, 2028: 4}}
  - {id: C-hz, name: c, parent: C, unit: hz, targets: {2027: 5, 2028: 4}}
)";

std::string child(const std::string& header_extra, const std::string& kpis) {
  return "kaplan: 1\nplan: {id: hz-plan, title: h, cycle: 2027, horizon: 2, owner: hz, "
         "derives_from: prov" +
         header_extra +
         "}\nunits:\n  - {id: hz, name: 杭州, kind: branch}\nobjectives:\n  - {id: O, "
         "perspective: financial, statement: s}\nkpis:\n" +
         kpis;
}

std::vector<Finding> chain(const std::vector<std::pair<std::string, std::string>>& plans,
                           const std::string& rule) {
  test::TempDir dir("chain");
  std::vector<SourceSet> sources(plans.size());
  std::vector<PlanRun> runs;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = true;
  for (std::size_t i = 0; i < plans.size(); ++i)
    runs.push_back(
        validate_plan(dir.write(plans[i].first, plans[i].second).string(), sources[i], options));
  std::vector<PlanRun*> ptrs;
  for (auto& r : runs)
    ptrs.push_back(&r);
  check_plan_chain(ptrs, options);
  std::vector<Finding> out;
  for (const auto& r : runs)
    for (const auto& f : r.findings)
      if (f.rule == rule) out.push_back(f);
  return out;
}

const std::string kBoth =
    "  - {id: K1, name: a, objective: O, measure: x, weight: 0.3, derives: R-hz, targets: {2027: "
    "60, 2028: 60}}\n"
    "  - {id: K2, name: b, objective: O, measure: x, weight: 0.3, derives: R-hz, targets: {2027: "
    "40, 2028: 50}}\n"
    "  - {id: K3, name: c, objective: O, measure: '%', weight: 0.4, derives: C-hz, targets: "
    "{2027: 5, 2028: 4.5}}\n";

} // namespace

TEST_CASE("targets deriving from one KPI add up; lower-is-better KPIs may not ask for more") {
  auto p006 = chain({{"prov/plan.yaml", kParent}, {"hz/plan.yaml", child("", kBoth)}}, "KAP-P006");
  // 2027: 60 + 40 reaches 100; 2028: 110 short by 0; C-hz 2028: 4.5 above 4.
  REQUIRE(p006.size() == 1);
  CHECK(p006[0].message_key == "KAP-P006.down");
  CHECK(p006[0].entity == "K3");
}

TEST_CASE("a missing higher plan is reported among several plans, not for a plan alone, and "
          "can be acknowledged") {
  std::string orphan = child("", kBoth);
  orphan.replace(orphan.find("derives_from: prov"), 18, "derives_from: group");
  CHECK(chain({{"hz/plan.yaml", orphan}}, "KAP-P001").empty());
  auto found = chain({{"prov/plan.yaml", kParent}, {"hz/plan.yaml", orphan}}, "KAP-P001");
  REQUIRE(found.size() == 1);
  CHECK(!found[0].suppressed);
  std::string acknowledged = orphan;
  acknowledged.replace(acknowledged.find("derives_from: group"), 19,
                       "derives_from: group, ignore: {KAP-P001: kept by the group}");
  found = chain({{"prov/plan.yaml", kParent}, {"hz/plan.yaml", acknowledged}}, "KAP-P001");
  REQUIRE(found.size() == 1);
  CHECK(found[0].suppressed);
}

TEST_CASE("a plan for a unit the higher plan lacks is told so, not silently unchecked") {
  std::string other = child(", unit: hz-typo", kBoth);
  auto p004 = chain({{"prov/plan.yaml", kParent}, {"hz/plan.yaml", other}}, "KAP-P004");
  REQUIRE(p004.size() == 1);
  CHECK(p004[0].message_key == "KAP-P004.unknown-unit");
  CHECK(
      chain({{"prov/plan.yaml", kParent}, {"hz/plan.yaml", child("", kBoth)}}, "KAP-P004").empty());
}

} // namespace unit_rules_chain
