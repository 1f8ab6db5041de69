// SPDX-License-Identifier: MIT
// `decompose --by units --write-plans`: which units get a plan, what it holds (the KPIs and
// money the parent allocates, the budget rounded down), text that reads back as written,
// and the round trip: each plan written, checked with its parent, has no P finding.
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/analysis/plan_chain.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/rules/rules.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>

namespace unit_decompose_plans {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

struct TempDir : test::TempDir {
  TempDir() : test::TempDir("derived") {}
};

// A parent whose texts would break plain YAML (a colon, a quote, a comment sign, a word
// YAML reads as a boolean, a direction override), a unit with a head and a sub-unit whose
// action's cost belongs to it, and KPIs summed, averaged and lower-is-better.
const std::string kParent = "kaplan: 1\n"
                            "plan: {id: prov-2027, title: 'Plan: \"P\" #1', cycle: 2027, "
                            "horizon: 2, money: CNY 10k, owner: hq}\n"
                            "units:\n"
                            "  - {id: prov, name: Province, kind: company}\n"
                            "  - {id: hq, name: HQ, kind: department, parent: prov}\n"
                            "  - {id: a, name: \"A\\u202e city: 'x'\", kind: branch, parent: "
                            "prov, head: p-a}\n"
                            "  - {id: a-team, name: A team, kind: team, parent: a}\n"
                            "  - {id: b, name: 'yes', kind: branch, parent: prov}\n"
                            "people:\n"
                            "  - {id: p-hq, name: Head, unit: hq}\n"
                            "  - {id: p-a, name: 'A: head', unit: a, role: head}\n"
                            "  - {id: p-t, name: T, unit: a-team}\n"
                            "objectives:\n"
                            "  - {id: O1, perspective: financial, statement: 'grow: fast'}\n"
                            "  - {id: O2, perspective: internal, statement: quick}\n"
                            "kpis:\n"
                            "  - {id: K1, name: Revenue, objective: O1, measure: CNY 10k, "
                            "weight: 0.5, targets: {2027: 100, 2028: 110}}\n"
                            "  - {id: K1-hq, name: HQ rev, parent: K1, unit: hq, owner: p-hq, "
                            "targets: {2027: 40, 2028: 40}}\n"
                            "  - {id: K1-a, name: A rev, parent: K1, unit: a, targets: "
                            "{2027: 30.5, 2028: 35}}\n"
                            "  - {id: K1-a-t, name: A team rev, parent: K1-a, unit: a-team, "
                            "owner: p-t, targets: {2027: 30.5, 2028: 35}}\n"
                            "  - {id: K1-b, name: B rev, parent: K1, unit: b, targets: "
                            "{2027: 29.5, 2028: 35}}\n"
                            "  - {id: K2, name: Days, objective: O2, measure: days, direction: "
                            "down, rollup: mean, weight: 0.5, targets: {2027: 10, 2028: 8}}\n"
                            "  - {id: K2-a, name: A days, parent: K2, unit: a, targets: "
                            "{2027: 10, 2028: 8}}\n"
                            "actions:\n"
                            "  - {id: AC-t, title: t, kpis: [K1-a-t], unit: a-team, owner: p-t, "
                            "start: 2027-01-01, due: 2028-12-31, cost: {marketing: 100}}\n"
                            "  - {id: AC-hq, title: h, kpis: [K1-hq], owner: p-hq, "
                            "start: 2027-01-01, due: 2027-12-31, cost: {opex: 5}}\n";

Plan load(const fs::path& file, SourceSet& sources) {
  LoadResult r = load_plan(file.string(), sources);
  return std::move(r.plan);
}

} // namespace

TEST_CASE("derived plans: the units, their KPIs and the money, rounded down") {
  TempDir dir;
  std::ofstream(dir.path() / "plan.yaml") << kParent;
  SourceSet sources;
  Plan parent = load(dir.path() / "plan.yaml", sources);
  Cascade cascade = build_cascade(parent);
  std::vector<DerivedPlan> plans = derive_plans(parent, cascade, {});
  // hq is the parent's own unit and prov is above it; a-team is part of a's plan.
  REQUIRE(plans.size() == 2);
  CHECK(plans[0].id == "prov-2027-a");
  CHECK(plans[1].id == "prov-2027-b");
  REQUIRE(plans[0].kpis.size() == 2);
  CHECK(plans[0].kpis[0].source->id == "K1-a");
  CHECK(plans[0].kpis[1].source->id == "K2-a");
  CHECK(plans[0].kpis[1].direction == Direction::down);
  CHECK(plans[0].kpis[1].measure == "days");
  CHECK(plans[0].kpis[0].weight == "0.5");
  CHECK(plans[0].kpis[0].targets ==
        std::vector<std::pair<int, std::string>>{{2027, "30.5"}, {2028, "35"}});
  REQUIRE(plans[0].head);
  CHECK(plans[0].head->id == "p-a");
  // 100 over 731 days (2028 is a leap year), rounded down: 36500/731 = 49.931…, 36600/731
  // = 50.068….
  REQUIRE(plans[0].budget.size() == 2);
  CHECK(plans[0].budget[0].amount == "49.93");
  CHECK(plans[0].budget[1].amount == "50.06");
  CHECK(plans[1].budget.empty());
  CHECK(plans[1].head == nullptr);
  // --units: any unit of the parent; an unknown one stops, naming the nearest.
  CHECK(derive_plans(parent, cascade, {"b"}).size() == 1);
  CHECK_THROWS_AS(derive_plans(parent, cascade, {"bb"}), StopError);
  CHECK_THROWS_AS(derive_plans(parent, cascade, {"a", "a"}), StopError);
}

TEST_CASE("derived plans read back as written and hold to their parent") {
  TempDir dir;
  std::ofstream(dir.path() / "plan.yaml") << kParent;
  SourceSet parent_sources;
  Plan parent = load(dir.path() / "plan.yaml", parent_sources);
  Cascade cascade = build_cascade(parent);
  std::vector<DerivedPlan> plans = derive_plans(parent, cascade, {});
  Config config;
  for (Lang lang : {Lang::en, Lang::zh}) {
    std::vector<Plan> written;
    std::vector<SourceSet> sources(plans.size());
    for (std::size_t i = 0; i < plans.size(); ++i) {
      fs::path folder = dir.path() / (plans[i].unit->id + (lang == Lang::en ? "-en" : "-zh"));
      fs::create_directories(folder);
      std::string text = render_derived_plan_yaml(parent, plans[i], lang);
      // No raw direction override: it is escaped as \u202e.
      CHECK(text.find("\u202e") == std::string::npos);
      if (plans[i].unit->id == "a") CHECK(text.find("\\u202e") != std::string::npos);
      std::ofstream(folder / "plan.yaml") << text;
      LoadResult r = load_plan((folder / "plan.yaml").string(), sources[i]);
      for (const auto& f : r.findings)
        CHECK_MESSAGE(f.rule.rfind("KAP-S", 0) != 0, f.rule, " ", f.message_key);
      written.push_back(std::move(r.plan));
    }
    CHECK(written[0].units[0].name.value == parent.unit("a")->name.value);
    CHECK(written[1].units[0].name.value == "yes");
    CHECK(written[0].header.derives_from.value == "prov-2027");
    CHECK(written[0].header.unit.value == "a");
    CHECK(written[0].people[0].name.value == "A: head");
    CHECK(written[0].objectives[0].statement.value == "grow: fast");
    std::vector<rules::ChainPlan> chain{{&parent, &config, "plan.yaml", false}};
    for (const auto& p : written)
      chain.push_back({&p, &config, "x/plan.yaml", false});
    std::vector<std::vector<Finding>> found;
    rules::run_chain_rules(chain, found);
    for (const auto& fs : found)
      for (const auto& f : fs)
        FAIL_CHECK("a P finding: ", f.rule, " ", f.message_key);
  }
}

} // namespace unit_decompose_plans
