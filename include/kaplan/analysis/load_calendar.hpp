// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <climits>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The month-by-month load of every person (plan-format-v1, `people` and `actions`):
// `committed` while in force plus the `effort` of every action owned or joined on the
// `team` that touches the month (a partial month counts in full). Used by KAP-R001,
// KAP-R007 and `kaplan validate --explain-load`.
namespace kaplan {

// --- The calendar -------------------------------------------------------------

// Two loads differ when they are further apart than this (sums of FTE shares).
inline constexpr double kLoadEpsilon = 1e-9;

// One action's part in a person's month.
struct LoadPart {
  std::uint32_t action = 0; // index into plan.actions
  double effort = 0;        // owner's effort plus any team effort of the same person
};

// One month of one person: 16 bytes. What is the person's (capacity, `committed`) and
// the month itself are kept once per person; ask the PersonLoad for them.
struct LoadMonth {
  double load = 0;              // committed in force + every part's effort
  std::uint32_t first_part = 0; // where this month's parts start in PersonLoad::parts
  std::uint32_t part_count = 0; // how many parts this month has
};

// One person's months: every month of the horizon, plus the months outside it that
// their own actions touch (within the calendar window), with no gap. The parts of all
// months lie in one vector, month after month, each month's in plan order (a month
// holds where its run starts and how long it is), sized exactly before it is filled:
// no vector per month. Kept per person, not per calendar, so that a PersonLoad is whole
// on its own (`--explain-load` renders one).
struct PersonLoad {
  std::uint32_t person = 0;      // index into plan.people
  int first = 0;                 // cal::month_index of months[0]
  double capacity = 0;           // the person's capacity
  double committed = 0;          // the person's `committed` (0 when not positive)
  int committed_last = INT_MAX;  // month index of `committed_until`; INT_MAX when not given
  std::vector<LoadMonth> months; // months[k] is the month first + k
  std::vector<LoadPart> parts;   // every month's parts, months in order

  // The month of months[k].
  Month month(std::size_t k) const { return cal::month_at(first + static_cast<int>(k)); }
  // The part of months[k]'s load from `committed` (0 once released).
  double committed_in(std::size_t k) const {
    return first + static_cast<long long>(k) <= committed_last ? committed : 0.0;
  }
  // Whether a month's load exceeds the capacity (beyond kLoadEpsilon).
  bool overloaded(const LoadMonth& m) const { return m.load > capacity + kLoadEpsilon; }
  // A month's parts: actions in plan order.
  std::span<const LoadPart> parts_of(const LoadMonth& m) const {
    return {parts.data() + m.first_part, m.part_count};
  }
  // The entry of a month, or nullptr when it lies outside this person's months.
  const LoadMonth* at(const Month& m) const;
};

// Every person's load, in plan order. Empty when the plan has no `cycle`.
struct LoadCalendar {
  Month horizon_first, horizon_last; // cycle-01 .. last year-12
  Month window_first, window_last;   // months actions may add: horizon ± kWindowYears
  std::vector<PersonLoad> people;    // parallel to plan.people
  // The load of a person by id, or nullptr.
  const PersonLoad* find(const Plan& plan, std::string_view person_id) const;
};

// Actions are placed in months only within the horizon extended by this many years on
// each side, so a hostile `0001-01-01..9999-12-31` costs no more than an action over
// the horizon and two years either side.
inline constexpr int kWindowYears = 2;

// The months of an action within the calendar window, as month indexes; false when
// the action has no months there (dates missing, start after due, or outside it).
bool action_months(const LoadCalendar& calendar, const Action& action, int& first, int& last);

// Whether a person's `committed` is in force in a month (from the start of the
// calendar up to and including `committed_until`, throughout when it is not given).
bool committed_in_force(const Person& person, const Month& m);

// Builds the calendar. O(P·H + S·M) for P people, H horizon months, S action shares
// (owner plus team entries) and M months per share (at most the window): linear in
// the plan's size.
LoadCalendar build_load_calendar(const Plan& plan);

} // namespace kaplan
