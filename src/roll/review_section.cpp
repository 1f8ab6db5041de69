// SPDX-License-Identifier: MIT
// The `review` section of the new plan: every KPI's and action's figures in the closing
// period, as `score` computes them, and what the roll did. One flow mapping per entry
// keeps the section short enough to read; its shape is in kaplan-plan(5).
#include "kaplan/model/enum_names.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "roll/roll_internal.hpp"

#include <fmt/format.h>

namespace kaplan::roll {
namespace {

// Builds `{key: value, …}` from the pairs added.
class FlowMap {
public:
  void add(std::string_view key, std::string value) {
    out_ += out_.empty() ? "{" : ", ";
    out_ += fmt::format("{}: {}", key, value);
  }
  std::string str() const { return out_.empty() ? "{}" : out_ + "}"; }

private:
  std::string out_;
};

std::string kpi_entry(const Plan& plan, const Rollforward& roll, const KpiRoll& r) {
  FlowMap m;
  m.add("kpi", yaml_scalar(plan.kpis[r.kpi].id));
  if (const KpiPerformance* f = r.figures) {
    if (f->has_target) m.add("target", number(f->target));
    if (f->source != ActualSource::none) m.add("actual", number(f->actual));
    if (f->has_target && f->source != ActualSource::none) m.add("deviation", number(f->deviation));
    // Ratios to four decimals, as `score` writes them.
    if (f->relative_deviation) m.add("relative_deviation", number(*f->relative_deviation, 4));
    if (f->attainment) m.add("attainment", number(*f->attainment, 4));
    m.add("status", std::string(colour_name(f->colour)));
  }
  if (r.baseline_from != BaselineSource::none) m.add("baseline", number(r.baseline));
  m.add("baseline_from", std::string(name(r.baseline_from)));
  if (r.forecast_share) m.add("forecast_share", number(*r.forecast_share, 4));
  if (r.new_target)
    m.add("new_target",
          fmt::format("{{{}: {}}}", roll.old_cycle + roll.horizon, number(*r.new_target)));
  m.add("method", std::string(name(r.method)));
  return m.str();
}

std::string action_entry(const Plan& plan, const ActionRoll& r) {
  const Action& a = plan.actions[r.action];
  FlowMap m;
  m.add("action", yaml_scalar(a.id));
  m.add("status", r.status);
  m.add("outcome", std::string(name(r.outcome)));
  m.add("category", std::string(name(r.category)));
  m.add("progress", number(r.progress, 4));
  if (const ActionPerformance* f = r.figures) {
    m.add("expected_progress", number(f->expected_progress, 4));
    if (f->time_deviation_days) m.add("days_late", std::to_string(*f->time_deviation_days));
    m.add("cost", number(f->cost));
    m.add("spent", number(f->spent));
  }
  if (a.start.set) m.add("start", format_date(a.start.value));
  if (a.due.set) m.add("due", format_date(a.due.value));
  if (r.forecast_finish && *r.forecast_finish != a.due.value)
    m.add("forecast_finish", format_date(*r.forecast_finish));
  return m.str();
}

} // namespace

std::string review_section(const Plan& plan, const Rollforward& roll, std::string_view newline) {
  std::string out = "review:";
  auto line = [&](std::string_view text) {
    out += newline;
    out += text;
  };
  line(fmt::format("  plan: {}", yaml_scalar(roll.old_id)));
  line(fmt::format("  cycle: {}", roll.old_cycle));
  line(fmt::format("  period: {}", format_period(roll.period)));
  line(fmt::format("  as_of: {}", format_date(roll.as_of)));
  if (roll.kpis.empty())
    line("  kpis: []");
  else
    line("  kpis:");
  for (const auto& k : roll.kpis)
    line("    - " + kpi_entry(plan, roll, k));
  if (roll.actions.empty())
    line("  actions: []");
  else
    line("  actions:");
  for (const auto& a : roll.actions)
    line("    - " + action_entry(plan, a));
  // The actions by category, every category listed (an empty one with count 0).
  line("  categories:");
  for (std::size_t c = 0; c < kRollCategoryNames.size(); ++c) {
    std::string ids;
    std::size_t count = 0;
    for (const auto& a : roll.actions)
      if (static_cast<std::size_t>(a.category) == c) {
        ids += (count++ ? ", " : "") + yaml_scalar(plan.actions[a.action].id);
      }
    line(fmt::format("    - {{category: {}, count: {}, actions: [{}]}}", kRollCategoryNames[c],
                     count, ids));
  }
  return out;
}

} // namespace kaplan::roll
