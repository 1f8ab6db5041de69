// SPDX-License-Identifier: MIT
// The plan's id table: first definition wins, lookups through the entities' own ids,
// growth, copies and moves of the plan, and hostile numbers of ids.
#include "kaplan/model/id_table.hpp"
#include "kaplan/model/plan.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_model_id_table {

using namespace kaplan;

namespace {

// A plan of n people P-0 … P-(n-1) and n actions A-0 …, indexed in that order.
Plan people_and_actions(std::uint32_t n) {
  Plan p;
  p.header.id = "plan";
  for (std::uint32_t i = 0; i < n; ++i) {
    p.people.emplace_back().id = "P-" + std::to_string(i);
    p.actions.emplace_back().id = "A-" + std::to_string(i);
  }
  p.ids.insert(p, {EntityKind::plan, 0, {}});
  for (std::uint32_t i = 0; i < n; ++i) {
    p.ids.insert(p, {EntityKind::person, i, {0, i + 1, 1}});
    p.ids.insert(p, {EntityKind::action, i, {1, i + 1, 1}});
  }
  return p;
}

} // namespace

TEST_CASE("ids are found through the entities they name, whatever the table's size") {
  for (std::uint32_t n : {0u, 1u, 5u, 6u, 100u, 5000u}) {
    Plan p = people_and_actions(n);
    CHECK(p.ids.size() == 1 + 2 * std::size_t{n});
    REQUIRE(p.find("plan") != nullptr);
    CHECK(p.find("plan")->kind == EntityKind::plan);
    for (std::uint32_t i = 0; i < n; ++i) {
      const IdEntry* person = p.find("P-" + std::to_string(i));
      const IdEntry* action = p.find("A-" + std::to_string(i));
      REQUIRE(person != nullptr);
      REQUIRE(action != nullptr);
      CHECK(person->kind == EntityKind::person);
      CHECK(person->index == i);
      CHECK(action->kind == EntityKind::action);
      CHECK(action->loc == Location{1, i + 1, 1});
    }
    CHECK(p.find("P-" + std::to_string(n)) == nullptr);
    CHECK(p.find("") == nullptr);
    CHECK(p.find("P-") == nullptr);
  }
  IdTable empty;
  Plan none;
  CHECK(empty.find(none, "x") == nullptr);
}

TEST_CASE("the first definition of an id wins and the table keeps the order of addition") {
  Plan p;
  p.header.id = "X";
  p.units.emplace_back().id = "X";
  p.people.emplace_back().id = "u";
  p.kpis.emplace_back().id = "X";
  p.ids.reserve(4);
  CHECK(p.ids.insert(p, {EntityKind::kpi, 0, {0, 7, 3}}).second);
  auto [first, inserted] = p.ids.insert(p, {EntityKind::unit, 0, {0, 9, 1}});
  CHECK_FALSE(inserted);
  CHECK(first->kind == EntityKind::kpi);
  CHECK(first->loc == Location{0, 7, 3});
  CHECK_FALSE(p.ids.insert(p, {EntityKind::plan, 0, {}}).second);
  CHECK(p.ids.insert(p, {EntityKind::person, 0, {}}).second);
  REQUIRE(p.ids.entries().size() == 2);
  CHECK(p.ids.entries()[0].kind == EntityKind::kpi);
  CHECK(p.ids.entries()[1].kind == EntityKind::person);
  CHECK(p.find("X")->kind == EntityKind::kpi);
  CHECK(p.person("u") == &p.people[0]);
  CHECK(p.unit("X") == nullptr); // the id names a KPI
  CHECK(p.kpi("X") == &p.kpis[0]);
}

TEST_CASE("a copied or moved plan's table looks up in its own entities") {
  Plan original = people_and_actions(50);
  Plan copy = original;
  original.people[7].id = "changed"; // the copy keeps its own ids
  CHECK(copy.person("P-7") == &copy.people[7]);
  Plan moved = std::move(copy);
  CHECK(moved.person("P-7") == &moved.people[7]);
  CHECK(moved.action("A-49") == &moved.actions[49]);
}

TEST_CASE("100,000 definitions of one id cost one lookup each and keep one entry") {
  Plan p;
  for (std::uint32_t i = 0; i < 100000; ++i)
    p.actions.emplace_back().id = "AC-1";
  std::size_t added = 0;
  for (std::uint32_t i = 0; i < 100000; ++i)
    added += p.ids.insert(p, {EntityKind::action, i, {}}).second ? 1 : 0;
  CHECK(added == 1);
  CHECK(p.ids.size() == 1);
  CHECK(p.find("AC-1")->index == 0);
}

TEST_CASE("ids differing in one character or only in length are told apart") {
  Plan p;
  const std::string base(200, 'a');
  for (std::uint32_t i = 0; i < 300; ++i)
    p.people.emplace_back().id = base.substr(0, i % 200) + std::string(1 + i / 200, 'b');
  for (std::uint32_t i = 0; i < p.people.size(); ++i)
    CHECK(p.ids.insert(p, {EntityKind::person, i, {}}).second);
  for (std::uint32_t i = 0; i < p.people.size(); ++i)
    CHECK(p.find(p.people[i].id)->index == i);
  CHECK(p.find(base) == nullptr);
}

} // namespace unit_model_id_table
