// SPDX-License-Identifier: MIT
// The load calendar: every person's load month by month (plan-format-v1 `people`).
#include "kaplan/analysis/load_calendar.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan {

static_assert(sizeof(LoadMonth) == 16 && sizeof(LoadPart) == 16, "as the header says");

const LoadMonth* PersonLoad::at(const Month& m) const {
  if (months.empty()) return nullptr;
  long long i = static_cast<long long>(cal::month_index(m)) - first;
  if (i < 0 || i >= static_cast<long long>(months.size())) return nullptr;
  return &months[static_cast<std::size_t>(i)];
}

const PersonLoad* LoadCalendar::find(const Plan& plan, std::string_view person_id) const {
  const IdEntry* e = plan.find(person_id);
  if (!e || e->kind != EntityKind::person || e->index >= people.size()) return nullptr;
  return &people[e->index];
}

bool committed_in_force(const Person& person, const Month& m) {
  if (person.committed.value <= 0) return false;
  return !person.committed_until.set || m <= person.committed_until.value;
}

bool action_months(const LoadCalendar& calendar, const Action& action, int& first, int& last) {
  if (!action.start.set || !action.due.set || action.due.value < action.start.value) return false;
  if (calendar.window_last < calendar.window_first) return false;
  first = std::max(cal::month_index(cal::month_of(action.start.value)),
                   cal::month_index(calendar.window_first));
  last = std::min(cal::month_index(cal::month_of(action.due.value)),
                  cal::month_index(calendar.window_last));
  return first <= last;
}

namespace {

// The index in plan.people of a reference to a person, or -1.
long person_index(const Plan& plan, const Field<Ref>& ref) {
  if (!ref.set) return -1;
  const IdEntry* e = plan.find(ref.value.id);
  if (!e || e->kind != EntityKind::person) return -1;
  return static_cast<long>(e->index);
}

// Calls f(person index, effort) for the owner and each team member of an action.
template <class F>
void for_each_share(const Plan& plan, const Action& a, F&& f) {
  if (long p = person_index(plan, a.owner); p >= 0) f(static_cast<std::size_t>(p), a.effort.value);
  for (const auto& m : a.team)
    if (long p = person_index(plan, m.person); p >= 0)
      f(static_cast<std::size_t>(p), m.effort.value);
}

} // namespace

// Complexity: three passes over the actions' shares, the last touching each share's
// months (at most the window, 12·(horizon + 2·kWindowYears) months), and two passes
// over each person's months: O(P·H + S·M), linear in people and actions. No per-day
// arrays: a share is a month range, so a hostile date range costs no more than the
// clamped window. Memory: 16 bytes a month and 16 a part, no allocation per month.
LoadCalendar build_load_calendar(const Plan& plan) {
  LoadCalendar c;
  c.people.resize(plan.people.size());
  for (std::size_t i = 0; i < plan.people.size(); ++i) {
    const Person& person = plan.people[i];
    PersonLoad& pl = c.people[i];
    pl.person = static_cast<std::uint32_t>(i);
    pl.capacity = person.capacity.value;
    pl.committed = person.committed.value > 0 ? person.committed.value : 0.0;
    if (person.committed_until.set)
      pl.committed_last = cal::month_index(person.committed_until.value);
  }
  if (!plan.header.cycle.set) {
    c.window_first = {0, 2}; // empty window: window_last < window_first
    c.window_last = {0, 1};
    return c;
  }
  c.horizon_first = {plan.first_year(), 1};
  c.horizon_last = {plan.last_year(), 12};
  c.window_first = {plan.first_year() - kWindowYears, 1};
  c.window_last = {plan.last_year() + kWindowYears, 12};

  // Each person's span: the horizon, widened by the months of their own actions.
  std::vector<int> lo(plan.people.size(), cal::month_index(c.horizon_first));
  std::vector<int> hi(plan.people.size(), cal::month_index(c.horizon_last));
  for (const auto& a : plan.actions) {
    int first = 0, last = 0;
    if (!action_months(c, a, first, last)) continue;
    for_each_share(plan, a, [&](std::size_t p, double) {
      lo[p] = std::min(lo[p], first);
      hi[p] = std::max(hi[p], last);
    });
  }
  for (std::size_t i = 0; i < plan.people.size(); ++i) {
    PersonLoad& pl = c.people[i];
    pl.first = lo[i];
    pl.months.resize(static_cast<std::size_t>(hi[i] - lo[i] + 1));
    for (std::size_t k = 0; k < pl.months.size(); ++k)
      pl.months[k].load = pl.committed_in(k);
  }
  // Each month's parts, counted first with a difference array per person so the parts
  // are laid out once, exactly. The owner also listed on the team (or a member listed
  // twice) is one part: a person counts once per action (`seen` holds, per person, the
  // last action that counted them).
  std::vector<std::size_t> base(plan.people.size() + 1, 0);
  for (std::size_t i = 0; i < plan.people.size(); ++i)
    base[i + 1] = base[i] + c.people[i].months.size() + 1;
  std::vector<std::int64_t> count(base.back(), 0);
  std::vector<std::uint32_t> seen(plan.people.size(), UINT32_MAX);
  for (std::uint32_t ai = 0; ai < plan.actions.size(); ++ai) {
    int first = 0, last = 0;
    if (!action_months(c, plan.actions[ai], first, last)) continue;
    for_each_share(plan, plan.actions[ai], [&](std::size_t p, double) {
      if (seen[p] == ai) return;
      seen[p] = ai;
      ++count[base[p] + static_cast<std::size_t>(first - lo[p])];
      --count[base[p] + static_cast<std::size_t>(last - lo[p] + 1)];
    });
  }
  // Where each month's parts start. Offsets are 32-bit: a person with 2^32 parts would
  // need 64 GB for them, which fails to allocate before an offset could wrap.
  for (std::size_t i = 0; i < plan.people.size(); ++i) {
    PersonLoad& pl = c.people[i];
    std::int64_t running = 0;
    std::size_t total = 0;
    for (std::size_t k = 0; k < pl.months.size(); ++k) {
      running += count[base[i] + k];
      pl.months[k].first_part = static_cast<std::uint32_t>(total);
      total += static_cast<std::size_t>(running);
    }
    pl.parts.resize(total);
  }
  // The actions, in plan order, so every month lists its parts in plan order;
  // part_count grows from 0 to the month's count as its parts are placed.
  for (std::uint32_t ai = 0; ai < plan.actions.size(); ++ai) {
    const Action& a = plan.actions[ai];
    int first = 0, last = 0;
    if (!action_months(c, a, first, last)) continue;
    for_each_share(plan, a, [&](std::size_t p, double effort) {
      PersonLoad& pl = c.people[p];
      for (int mi = first; mi <= last; ++mi) {
        LoadMonth& m = pl.months[static_cast<std::size_t>(mi - lo[p])];
        m.load += effort;
        LoadPart* end = pl.parts.data() + m.first_part + m.part_count;
        if (m.part_count > 0 && end[-1].action == ai)
          end[-1].effort += effort;
        else {
          *end = {ai, effort};
          ++m.part_count;
        }
      }
    });
  }
  return c;
}

} // namespace kaplan
