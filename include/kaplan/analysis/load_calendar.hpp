// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"

#include <cstdint>
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

// One month of one person.
struct LoadMonth {
  Month month;
  double load = 0;             // committed in force + every part's effort
  double capacity = 0;         // the person's capacity
  double committed = 0;        // the part of `load` from `committed` (0 once released)
  std::vector<LoadPart> parts; // actions in plan order
  // Whether the load exceeds the capacity (beyond kLoadEpsilon).
  bool overloaded() const { return load > capacity + kLoadEpsilon; }
};

// One person's months: every month of the horizon, plus the months outside it that
// their own actions touch (within the calendar window), with no gap.
struct PersonLoad {
  std::uint32_t person = 0; // index into plan.people
  std::vector<LoadMonth> months;
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
