// SPDX-License-Identifier: MIT
// Budget spending: cost spread over days pro rata, charged per year and category.
#include "kaplan/analysis/budget.hpp"
#include "kaplan/load/loader.hpp"
#include "support.hpp"

#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace unit_analysis_budget {

namespace fs = std::filesystem;
using namespace kaplan;
using kaplan::test::load_text;

namespace {

const std::string kHead = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 3}
units:
  - {id: hq, name: HQ, kind: company}
people:
  - {id: P-a, name: A, unit: hq}
)";

} // namespace

TEST_CASE("days per year split a range at year ends and count leap days") {
  auto d = days_per_year({2027, 12, 31}, {2028, 2, 29}, 2000, 2100);
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2027);
  CHECK(d[0].days == 1);
  CHECK(d[1].year == 2028);
  CHECK(d[1].days == 60);

  d = days_per_year({2027, 6, 15}, {2027, 6, 15}, 2000, 2100);
  REQUIRE(d.size() == 1);
  CHECK(d[0].days == 1);

  d = days_per_year({2027, 1, 1}, {2029, 12, 31}, 2000, 2100);
  REQUIRE(d.size() == 3);
  CHECK(d[0].days == 365);
  CHECK(d[1].days == 366);
  CHECK(d[2].days == 365);

  // Clamped: only the asked years, however long the range.
  d = days_per_year({1, 1, 1}, {9999, 12, 31}, 2027, 2028);
  REQUIRE(d.size() == 2);
  CHECK(d[0].days == 365);
  CHECK(d[1].days == 366);

  CHECK(days_per_year({2027, 5, 2}, {2027, 5, 1}, 2000, 2100).empty());
}

TEST_CASE("costs are charged per year pro rata and summed per category") {
  Plan p = load_text(kHead + R"(resources:
  budget:
    - {year: 2028, category: travel, amount: 20}
    - {year: 2027, category: marketing, amount: 80}
    - {year: 2027, category: marketing, amount: 5}
    - {year: 2029, category: capex, amount: 1}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-05-10, due: 2027-05-20, cost: {marketing: 60}}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2027-03-01, due: 2027-04-30, cost: {marketing: 40}}
  - {id: AC-3, title: t, strategy: S, owner: P-a, start: 2027-12-31, due: 2028-02-29, cost: {travel: 61, training: 6.1}}
  - {id: AC-4, title: t, strategy: S, owner: P-a, start: 2027-07-01, due: 2027-06-01, cost: {marketing: 999}}
)");
  BudgetSpending s = build_budget_spending(p);
  // Sorted by year, then category.
  REQUIRE(s.cells.size() == 6);
  CHECK(s.cells[0].year == 2027);
  CHECK(s.cells[0].category == "marketing");
  CHECK(s.cells[1].category == "training");
  CHECK(s.cells[2].category == "travel");
  CHECK(s.cells[3].year == 2028);
  CHECK(s.cells[5].year == 2029);

  const BudgetCell* m = s.find(2027, "marketing");
  REQUIRE(m != nullptr);
  CHECK(m->charged == doctest::Approx(100)); // reversed AC-4 charges nothing
  CHECK(m->amount == 85);                    // two lines for the same year and category add up
  CHECK(m->line == &p.budget[1]);
  CHECK(m->first_action == &p.actions[0]);

  CHECK(s.find(2027, "travel")->charged == doctest::Approx(1));
  CHECK(s.find(2027, "travel")->line == nullptr);
  CHECK(s.find(2027, "travel")->first_action == &p.actions[2]);
  CHECK(s.find(2028, "travel")->charged == doctest::Approx(60));
  CHECK(s.find(2028, "training")->charged == doctest::Approx(6.0));
  CHECK(s.find(2029, "capex")->charged == 0);
  CHECK(s.find(2029, "capex")->amount == 1);
  CHECK(s.find(2030, "capex") == nullptr);
  CHECK(s.find(2027, "capex") == nullptr);
}

TEST_CASE("a hostile date range charges only the years near the horizon, in constant time") {
  Plan p = load_text(kHead + R"(actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 0001-01-01, due: 9999-12-31, cost: {opex: 3652059}}
)");
  BudgetSpending s = build_budget_spending(p);
  // 0001-01-01..9999-12-31 is 3652059 days: one per day; 2025..2031 are tallied.
  REQUIRE(s.cells.size() == 7);
  CHECK(s.cells.front().year == 2025);
  CHECK(s.cells.back().year == 2031);
  CHECK(s.find(2027, "opex")->charged == doctest::Approx(365));
  CHECK(s.find(2028, "opex")->charged == doctest::Approx(366));
}

} // namespace unit_analysis_budget
