// SPDX-License-Identifier: MIT
// The plan rules and the actuals rules run at once on a work pool: every finding, the count of
// findings a structure finding hid and the "N more findings" notes are the same whatever the number
// of threads, on the flawed example and on a plan whose mistakes pass the per-rule limit. This file
// is also built with ThreadSanitizer (tests/CMakeLists.txt, kaplan_tsan), so it must not need more
// of the library than the rules.
#include "kaplan/load/actuals.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/work_pool.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <string>

namespace unit_rules_parallel {

using namespace kaplan;

namespace {

constexpr Date kToday{2027, 7, 5};

// The findings of the plan rules as text, places and skip counts included.
std::string dump(const Plan& plan, const std::vector<Finding>& structure, WorkPool* pool) {
  std::vector<Finding> findings = structure;
  run_plan_rules(plan, Config{}, kToday, findings, pool);
  std::string out;
  for (const auto& f : findings) {
    out += fmt::format("{} {}:{}:{} {} {} skipped={} {}", f.rule, f.loc.file, f.loc.line,
                       f.loc.column, f.message_key, f.entity, f.skipped, f.skipped_key);
    for (const auto& a : f.args)
      out += fmt::format(" {}={}", a.name, a.value);
    out += "\n";
  }
  return out;
}

// Returns the findings, as text, without threads.
std::string check_same_for_any_threads(const std::string& path) {
  SourceSet sources;
  LoadResult loaded = load_plan(path, sources);
  REQUIRE_FALSE(loaded.unreadable);
  const std::string alone = dump(loaded.plan, loaded.findings, nullptr);
  CHECK(alone.find("KAP-") != std::string::npos);
  for (std::size_t threads : {1u, 2u, 8u}) {
    CAPTURE(threads);
    WorkPool pool(threads);
    for (int round = 0; round < 3; ++round)
      CHECK(dump(loaded.plan, loaded.findings, &pool) == alone);
  }
  return alone;
}

} // namespace

TEST_CASE("the plan rules find the same on any number of threads") {
  check_same_for_any_threads(std::string(KAPLAN_SOURCE_DIR) + "/examples/flawed");
}

TEST_CASE("per-rule limits and hidden findings merge the same on any number of threads") {
  // 1,200 KPIs without owner or unit (past the limit of 1,000 listed findings of a
  // rule), actions that overload one person, and a misspelt key that hides what the
  // rules would say of the KPIs' weights.
  std::string plan = "kaplan: 1\n"
                     "plan: {id: p, title: t, organization: o, cycle: 2027, horizon: 1,"
                     " status: draft, owner: hq}\n"
                     "units:\n  - {id: hq, name: n, kind: company, head: p0}\n"
                     "people:\n  - {id: p0, name: n, unit: hq}\n"
                     "objectives:\n  - {id: O1, perspective: financial, statement: s}\n"
                     "kpis:\n";
  for (int i = 0; i < 1200; ++i)
    plan += fmt::format("  - {{id: K{}, name: n, objective: O1, measure: m, wieght: 2,"
                        " targets: {{2027: 1}}}}\n",
                        i);
  plan += "actions:\n";
  for (int i = 0; i < 40; ++i)
    plan += fmt::format("  - {{id: A{}, title: t, owner: p0, unit: hq, start: 2027-01-01,"
                        " due: 2027-03-31, effort: 0.5}}\n",
                        i);
  test::TempDir dir("rules-parallel");
  const std::string found = check_same_for_any_threads(dir.write("plan.yaml", plan).string());
  CHECK(found.find("note.more-findings") != std::string::npos); // a rule past its limit
  CHECK(found.find("skipped=1 weight") != std::string::npos);   // a check the typo hid
}

TEST_CASE("the actuals rules find the same on any number of threads") {
  // Each T rule's fixture that triggers it: their findings, places included.
  for (int rule = 1; rule <= 6; ++rule) {
    const std::string dir =
        fmt::format("{}/tests/fixtures/rules/KAP-T00{}/bad", KAPLAN_SOURCE_DIR, rule);
    CAPTURE(dir);
    SourceSet sources;
    LoadResult loaded = load_plan(dir + "/plan.yaml", sources);
    REQUIRE_FALSE(loaded.unreadable);
    const std::string paths[] = {dir + "/actuals.yaml"};
    ActualsLoad actuals = load_actuals(paths, sources);
    auto dump_actuals = [&](WorkPool* pool) {
      std::vector<Finding> findings;
      run_actuals_rules(loaded.plan, actuals.actuals, Config{}, kToday, findings, pool);
      std::string out;
      for (const auto& f : findings)
        out += fmt::format("{} {}:{}:{} {} {}\n", f.rule, f.loc.file, f.loc.line, f.loc.column,
                           f.message_key, f.entity);
      return out;
    };
    const std::string alone = dump_actuals(nullptr);
    CHECK(alone.find(fmt::format("KAP-T00{}", rule)) != std::string::npos);
    for (std::size_t threads : {1u, 2u, 8u}) {
      CAPTURE(threads);
      WorkPool pool(threads);
      CHECK(dump_actuals(&pool) == alone);
    }
  }
}

} // namespace unit_rules_parallel
