// SPDX-License-Identifier: MIT
// The load calendar: date and month arithmetic, each person's months and load, and the
// text of `--explain-load`.
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/render/person_load.hpp"
#include "kaplan/util/text.hpp"
#include "support.hpp"

#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace unit_analysis_load_calendar {

namespace fs = std::filesystem;
using namespace kaplan;
using kaplan::test::load_text;

namespace {

const std::string kHead = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 3}
units:
  - {id: hq, name: HQ, kind: company}
)";

// The load of a person in a month; -1 when the month is not in their calendar.
double load_at(const LoadCalendar& c, const Plan& p, std::string_view person, Month m) {
  const PersonLoad* pl = c.find(p, person);
  REQUIRE(pl != nullptr);
  const LoadMonth* lm = pl->at(m);
  return lm ? lm->load : -1;
}

} // namespace

TEST_CASE("leap years and month lengths follow the Gregorian calendar") {
  CHECK(cal::is_leap_year(2028));
  CHECK(cal::is_leap_year(2000));
  CHECK_FALSE(cal::is_leap_year(2027));
  CHECK_FALSE(cal::is_leap_year(1900));
  CHECK_FALSE(cal::is_leap_year(2100));
  CHECK(cal::days_in_month(2028, 2) == 29);
  CHECK(cal::days_in_month(2027, 2) == 28);
  CHECK(cal::days_in_month(2100, 2) == 28);
  CHECK(cal::days_in_month(2027, 4) == 30);
  CHECK(cal::days_in_month(2027, 12) == 31);
}

TEST_CASE("day numbers count from 1970-01-01 over the whole range of dates") {
  CHECK(cal::day_number({1970, 1, 1}) == 0);
  CHECK(cal::day_number({1969, 12, 31}) == -1);
  CHECK(cal::day_number({2000, 3, 1}) == 11017);
  CHECK(cal::day_number({2027, 1, 1}) == 20819);
  CHECK(cal::day_number({1, 1, 1}) == -719162);
  CHECK(cal::day_number({9999, 12, 31}) == 2932896);
  CHECK(cal::day_number({0, 3, 1}) - cal::day_number({0, 2, 28}) == 2); // year 0 is a leap year
}

TEST_CASE("inclusive day spans: one day, a leap February, whole years") {
  CHECK(cal::days_inclusive({2027, 6, 15}, {2027, 6, 15}) == 1);
  CHECK(cal::days_inclusive({2028, 2, 1}, {2028, 2, 29}) == 29);
  CHECK(cal::days_inclusive({2027, 2, 1}, {2027, 2, 28}) == 28);
  CHECK(cal::days_inclusive({2027, 12, 31}, {2028, 2, 29}) == 61);
  CHECK(cal::days_inclusive({2028, 1, 1}, {2028, 12, 31}) == 366);
  CHECK(cal::days_inclusive({2027, 1, 1}, {2029, 12, 31}) == 1096);
  CHECK(cal::days_inclusive({2027, 5, 2}, {2027, 5, 1}) == 0);
}

TEST_CASE("month indexes subtract and step across year ends") {
  CHECK(cal::month_index({2028, 1}) - cal::month_index({2027, 12}) == 1);
  CHECK(cal::month_index({2029, 12}) - cal::month_index({2027, 1}) == 35);
  CHECK(cal::month_at(cal::month_index({2027, 12}) + 1) == Month{2028, 1});
  CHECK(cal::month_at(cal::month_index({2028, 1}) - 1) == Month{2027, 12});
  CHECK(cal::month_at(-1) == Month{-1, 12});
  CHECK(cal::month_at(0) == Month{0, 1});
  for (int i = -30; i < 30; ++i)
    CHECK(cal::month_index(cal::month_at(i)) == i);
  CHECK(cal::month_of({2028, 2, 29}) == Month{2028, 2});
  CHECK(cal::format_month({2027, 3}) == "2027-03");
  CHECK(cal::format_months({2027, 3}, {2027, 3}) == "2027-03");
  CHECK(cal::format_months({2027, 11}, {2028, 2}) == "2027-11..2028-02");
}

TEST_CASE("committed is in force up to and including committed_until") {
  Plan p = load_text(kHead + R"(people:
  - {id: P-a, name: A, unit: hq, committed: 0.4, committed_until: 2027-03}
  - {id: P-b, name: B, unit: hq, committed: 0.3}
  - {id: P-c, name: C, unit: hq}
)");
  LoadCalendar c = build_load_calendar(p);
  REQUIRE(c.people.size() == 3);
  CHECK(c.horizon_first == Month{2027, 1});
  CHECK(c.horizon_last == Month{2029, 12});
  for (const auto& pl : c.people)
    CHECK(pl.months.size() == 36); // no actions: exactly the horizon
  CHECK(load_at(c, p, "P-a", {2027, 1}) == doctest::Approx(0.4));
  CHECK(load_at(c, p, "P-a", {2027, 3}) == doctest::Approx(0.4));
  CHECK(load_at(c, p, "P-a", {2027, 4}) == 0);
  CHECK(load_at(c, p, "P-b", {2029, 12}) == doctest::Approx(0.3));
  CHECK(load_at(c, p, "P-c", {2028, 6}) == 0);
  CHECK(c.find(p, "P-a")->committed_in(1) == doctest::Approx(0.4)); // 2027-02
  CHECK(c.find(p, "P-a")->committed_in(3) == 0);                    // 2027-04
  CHECK(c.find(p, "P-a")->capacity == 1.0);
  CHECK(c.find(p, "nobody") == nullptr);
  CHECK(c.find(p, "hq") == nullptr); // a unit, not a person
}

TEST_CASE("every touched month counts in full, for owners and team members alike") {
  Plan p = load_text(kHead + R"(people:
  - {id: P-a, name: A, unit: hq}
  - {id: P-b, name: B, unit: hq, capacity: 0.8}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-03-31, due: 2027-05-01, effort: 0.5,
     team: [{person: P-b, effort: 0.25}, {person: P-a, effort: 0.1}]}
  - {id: AC-leap, title: t, strategy: S, owner: P-b, start: 2028-02-29, due: 2028-02-29, effort: 0.7}
  - {id: AC-2, title: t, strategy: S, owner: P-a, start: 2027-04-10, due: 2027-04-10}
)");
  LoadCalendar c = build_load_calendar(p);
  CHECK(load_at(c, p, "P-a", {2027, 2}) == 0);
  CHECK(load_at(c, p, "P-a", {2027, 3}) == doctest::Approx(0.6)); // one day of March counts
  CHECK(load_at(c, p, "P-a", {2027, 5}) == doctest::Approx(0.6));
  CHECK(load_at(c, p, "P-a", {2027, 6}) == 0);
  CHECK(load_at(c, p, "P-b", {2027, 4}) == doctest::Approx(0.25));
  CHECK(load_at(c, p, "P-b", {2028, 2}) == doctest::Approx(0.7));
  CHECK(load_at(c, p, "P-b", {2028, 3}) == 0);

  // The owner listed on the team is one part; an action of no effort is still shown.
  const PersonLoad* a = c.find(p, "P-a");
  const LoadMonth* april = a->at({2027, 4});
  auto parts = a->parts_of(*april);
  REQUIRE(parts.size() == 2);
  CHECK(p.actions[parts[0].action].id == "AC-1");
  CHECK(parts[0].effort == doctest::Approx(0.6));
  CHECK(p.actions[parts[1].action].id == "AC-2");
  CHECK(parts[1].effort == 0);
  CHECK_FALSE(a->overloaded(*april));
  CHECK(c.find(p, "P-b")->capacity == doctest::Approx(0.8));
}

TEST_CASE("actions outside the horizon widen their people's months, clamped to the window") {
  Plan p = load_text(kHead + R"(people:
  - {id: P-a, name: A, unit: hq}
  - {id: P-b, name: B, unit: hq}
  - {id: P-c, name: C, unit: hq}
actions:
  - {id: AC-early, title: t, strategy: S, owner: P-a, start: 2026-11-20, due: 2027-01-05, effort: 0.5}
  - {id: AC-forever, title: t, strategy: S, owner: P-b, start: 0001-01-01, due: 9999-12-31, effort: 0.2}
  - {id: AC-reversed, title: t, strategy: S, owner: P-c, start: 2027-05-01, due: 2027-04-01, effort: 0.9}
)");
  LoadCalendar c = build_load_calendar(p);
  const PersonLoad* a = c.find(p, "P-a");
  CHECK(a->months.size() == 38);
  CHECK(a->month(0) == Month{2026, 11});
  CHECK(a->months.front().load == doctest::Approx(0.5));
  CHECK(load_at(c, p, "P-a", {2027, 1}) == doctest::Approx(0.5));
  CHECK(load_at(c, p, "P-a", {2027, 2}) == 0);

  // Horizon 2027..2029 ± 2 years: 7 years of months, not 9999 years of days.
  const PersonLoad* b = c.find(p, "P-b");
  CHECK(b->months.size() == 7 * 12);
  CHECK(b->month(0) == Month{2025, 1});
  CHECK(b->month(b->months.size() - 1) == Month{2031, 12});
  CHECK(b->months.back().load == doctest::Approx(0.2));

  // Reversed dates place the action nowhere (KAP-R004 reports it).
  const PersonLoad* pc = c.find(p, "P-c");
  CHECK(pc->months.size() == 36);
  CHECK(load_at(c, p, "P-c", {2027, 4}) == 0);
  int first = 0, last = 0;
  CHECK_FALSE(action_months(c, p.actions[2], first, last));
  REQUIRE(action_months(c, p.actions[0], first, last));
  CHECK(cal::month_at(first) == Month{2026, 11});
  CHECK(cal::month_at(last) == Month{2027, 1});
}

TEST_CASE("a person's parts lie month after month in one vector, each month's in plan order") {
  Plan p = load_text(kHead + R"(people:
  - {id: P-a, name: A, unit: hq, capacity: 1, committed: 0.5, committed_until: 2027-02}
  - {id: P-b, name: B, unit: hq}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-02-01, due: 2027-03-31, effort: 0.25,
     team: [{person: P-b, effort: 0.1}, {person: P-a, effort: 0.125}, {person: P-b, effort: 0.1}]}
  - {id: AC-2, title: t, strategy: S, owner: P-b, start: 2027-01-01, due: 2027-02-28, effort: 0.5,
     team: [{person: P-a, effort: 0.5}]}
  - {id: AC-3, title: t, strategy: S, owner: P-a, start: 2026-12-01, due: 2027-01-31, effort: 0.5}
)");
  LoadCalendar c = build_load_calendar(p);
  const PersonLoad* a = c.find(p, "P-a");
  REQUIRE(a != nullptr);
  // Parts by month of P-a, as "action effort" in order.
  auto listed = [&](const PersonLoad& pl, Month m) {
    std::string out;
    for (const auto& part : pl.parts_of(*pl.at(m)))
      out += p.actions[part.action].id + " " + text::format_number(part.effort) + ";";
    return out;
  };
  CHECK(listed(*a, {2026, 12}) == "AC-3 0.5;");
  CHECK(listed(*a, {2027, 1}) == "AC-2 0.5;AC-3 0.5;");
  CHECK(listed(*a, {2027, 2}) == "AC-1 0.375;AC-2 0.5;");
  CHECK(listed(*a, {2027, 3}) == "AC-1 0.375;");
  CHECK(listed(*a, {2027, 4}).empty());
  CHECK(listed(*c.find(p, "P-b"), {2027, 2}) == "AC-1 0.2;AC-2 0.5;");
  // Exactly the parts listed, no room left over: 6 for P-a, 4 for P-b.
  CHECK(a->parts.size() == 6);
  CHECK(c.find(p, "P-b")->parts.size() == 4);
  // `committed` in force up to and including 2027-02, months from 2026-12.
  CHECK(a->month(0) == Month{2026, 12});
  CHECK(a->committed_in(0) == doctest::Approx(0.5));
  CHECK(a->committed_in(2) == doctest::Approx(0.5));
  CHECK(a->committed_in(3) == 0);
  CHECK(a->at({2027, 2})->load == doctest::Approx(0.5 + 0.25 + 0.125 + 0.5));
  CHECK(a->overloaded(*a->at({2027, 2})));
  CHECK_FALSE(a->overloaded(*a->at({2027, 3})));
}

TEST_CASE("a plan without a cycle has people but no months") {
  Plan p = load_text(R"(kaplan: 1
plan: {id: t, title: t}
units:
  - {id: hq, name: HQ, kind: company}
people:
  - {id: P-a, name: A, unit: hq, committed: 2}
actions:
  - {id: AC-1, title: t, strategy: S, owner: P-a, start: 2027-03-01, due: 2027-05-01, effort: 0.5}
)");
  LoadCalendar c = build_load_calendar(p);
  REQUIRE(c.people.size() == 1);
  CHECK(c.people[0].months.empty());
  CHECK(c.people[0].at({2027, 3}) == nullptr);
}

TEST_CASE("explain-load text lists each month with its load, capacity and parts") {
  Plan p = load_text(kHead + R"(  - {id: dept, name: D, kind: department, parent: hq}
people:
  - {id: P-wang, name: 王磊, unit: dept, committed: 0.5, committed_until: 2027-04}
actions:
  - {id: AC-01, title: t, strategy: S, owner: P-wang, start: 2027-03-01, due: 2027-04-30, effort: 0.6}
  - {id: AC-02, title: t, strategy: S, owner: P-wang, start: 2027-04-10, due: 2027-04-20, effort: 0.3}
)");
  p.header.horizon.value = 1; // keep the table short: 2027 only
  LoadCalendar c = build_load_calendar(p);
  std::string text = render_person_load(p, *c.find(p, "P-wang"), Lang::en);
  CHECK(text == "load of `P-wang` (王磊): capacity 1\n"
                "`committed` 0.5 up to and including 2027-04\n"
                "\n"
                "month    load  capacity   made up of\n"
                "2027-01   0.5         1   `committed` 0.5\n"
                "2027-02   0.5         1   `committed` 0.5\n"
                "2027-03   1.1         1 ! `committed` 0.5, AC-01 0.6\n"
                "2027-04   1.4         1 ! `committed` 0.5, AC-01 0.6, AC-02 0.3\n"
                "2027-05     0         1\n"
                "2027-06     0         1\n"
                "2027-07     0         1\n"
                "2027-08     0         1\n"
                "2027-09     0         1\n"
                "2027-10     0         1\n"
                "2027-11     0         1\n"
                "2027-12     0         1\n"
                "! load above capacity (KAP-R001)\n");
  std::string zh = render_person_load(p, *c.find(p, "P-wang"), Lang::zh);
  CHECK(zh.starts_with(
      "`P-wang`（王磊）的月度负荷：可投入工作量 1\n原有工作 `committed` 0.5，截至 2027-04\n\n"
      "月份     负荷  可投入工作量   构成\n"));
  CHECK(zh.ends_with("! 表示负荷超过可投入工作量（KAP-R001）\n"));
}

} // namespace unit_analysis_load_calendar
