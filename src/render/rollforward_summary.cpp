// SPDX-License-Identifier: MIT
// What `rollforward` prints: the changes it made, in text (either language) or JSON.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/rollforward.hpp"
#include "kaplan/util/json_writer.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace kaplan {
namespace {

// Counts over the roll, shared by both outputs.
struct Counts {
  std::size_t from_actual = 0, from_forecast = 0, from_target = 0;
  std::size_t trend = 0, share = 0, given = 0;
  std::size_t carried = 0, redated = 0, kept = 0, left = 0, done = 0, dropped = 0;
  std::array<std::size_t, kRollCategoryNames.size()> category{};
};

Counts count(const Rollforward& roll) {
  Counts c;
  for (const auto& k : roll.kpis) {
    c.from_actual += k.baseline_from == BaselineSource::actual;
    c.from_forecast += k.baseline_from == BaselineSource::forecast;
    c.from_target += k.baseline_from == BaselineSource::target;
    c.trend += k.method == TargetMethod::trend;
    c.share += k.method == TargetMethod::parent_share;
    c.given += k.method == TargetMethod::given;
  }
  for (const auto& a : roll.actions) {
    c.carried += a.outcome == RollOutcome::carried;
    c.redated += a.redated;
    c.kept += a.outcome == RollOutcome::kept;
    c.left += a.outcome == RollOutcome::left_out;
    c.done += a.category == RollCategory::finished;
    c.dropped += a.category == RollCategory::dropped;
    ++c.category[static_cast<std::size_t>(a.category)];
  }
  return c;
}

// The ids of the actions of one category, in plan order.
std::vector<std::string_view> ids_of(const Rollforward& roll, const Plan& plan, RollCategory c) {
  std::vector<std::string_view> ids;
  for (const auto& a : roll.actions)
    if (a.category == c) ids.push_back(plan.actions[a.action].id);
  return ids;
}

std::string years(int first, int horizon) {
  return horizon > 1 ? fmt::format("{}–{}", first, first + horizon - 1) : std::to_string(first);
}

} // namespace

std::string render_rollforward_text(const Rollforward& roll, const Plan& plan, Lang lang,
                                    bool dry_run) {
  const Counts c = count(roll);
  const int new_last = roll.old_cycle + roll.horizon;
  std::string out;
  auto say = [&](std::string_view key, std::vector<Arg> args, std::string_view indent = "") {
    out += indent;
    out += text::one_line(render_message(key, args, lang));
    out += '\n';
  };
  say("roll.title",
      {arg("old", roll.old_id), arg("old_years", years(roll.old_cycle, roll.horizon)),
       arg("new", roll.new_id), arg("new_years", years(roll.new_cycle, roll.horizon)),
       arg("period", format_period(roll.period)), arg("as_of", format_date(roll.as_of))});
  if (roll.year_closed)
    say("roll.kpis", {arg("count", roll.kpis.size()), arg("year", roll.old_cycle),
                      arg("actual", c.from_actual), arg("target", c.from_target)});
  else
    say("roll.kpis-forecast", {arg("count", roll.kpis.size()), arg("year", roll.old_cycle),
                               arg("forecast", c.from_forecast), arg("target", c.from_target)});
  if (!roll.year_closed)
    say("roll.year-open", {arg("period", format_period(roll.period)), arg("year", roll.old_cycle)},
        "  ");
  say("roll.targets",
      {arg("year", new_last), arg("trend", c.trend), arg("share", c.share), arg("given", c.given)},
      "  ");
  say("roll.actions", {arg("count", roll.actions.size()), arg("carried", c.carried),
                       arg("kept", c.kept), arg("left", c.left)});
  // Each category with its count, and its ids on the line below.
  const Date new_start{roll.new_cycle, 1, 1}, year_end{roll.old_cycle, 12, 31};
  const std::string separator = render_message("roll.id-separator", {}, lang);
  auto category = [&](RollCategory cat, std::string_view key) {
    const std::size_t n = c.category[static_cast<std::size_t>(cat)];
    say(key,
        {arg("count", n), arg("start", format_date(new_start)),
         arg("year_end", format_date(year_end)), arg("year", roll.old_cycle),
         arg("new_year", roll.new_cycle), arg("today", format_date(roll.today))},
        "  ");
    if (n == 0) return;
    std::string line;
    for (std::string_view id : ids_of(roll, plan, cat))
      line += (line.empty() ? "" : separator) + std::string(id);
    out += "    " + text::one_line(line) + "\n";
  };
  category(RollCategory::extends, "roll.category.extends");
  category(RollCategory::forecast_slip, "roll.category.forecast-slip");
  category(RollCategory::overdue,
           roll.year_closed ? "roll.category.overdue-carried" : "roll.category.overdue-open");
  category(RollCategory::finished, "roll.category.finished");
  category(RollCategory::dropped, "roll.category.dropped");
  if (!roll.year_closed) category(RollCategory::within_year, "roll.category.within-year");
  category(RollCategory::later, "roll.category.later");
  for (const auto& a : roll.actions) {
    const Action& action = plan.actions[a.action];
    const std::string from = format_date(action.start.value) + ".." + format_date(action.due.value);
    const std::string to = format_date(a.start) + ".." + format_date(a.due);
    if (a.redated)
      say("roll.redated",
          {arg("id", action.id), arg("from", from), arg("to", to),
           arg("progress", text::format_percent(a.progress, 0))},
          "  ");
    else if (a.category == RollCategory::forecast_slip && a.forecast_finish)
      say("roll.slip",
          {arg("id", action.id), arg("due", format_date(action.due.value)),
           arg("days", cal::day_number(*a.forecast_finish) - cal::day_number(action.due.value)),
           arg("finish", format_date(*a.forecast_finish)), arg("from", from), arg("to", to),
           arg("progress", text::format_percent(a.progress, 0))},
          "  ");
  }
  if (roll.dependencies_removed)
    say("roll.dependencies", {arg("count", roll.dependencies_removed)}, "  ");
  say("roll.budget", {arg("count", roll.budget_lines_removed), arg("year", roll.old_cycle),
                      arg("new_year", new_last)});
  say("roll.governance",
      {arg("decisions", roll.decisions_cleared), arg("signoffs", roll.signoffs_cleared)});
  if (roll.title_names_old_year) say("roll.title-year", {arg("year", roll.old_cycle)});
  say("roll.files", {});
  for (const auto& f : roll.files)
    say(f.changed ? "roll.file-edited" : "roll.file-copied", {arg("path", f.path)}, "  ");
  if (dry_run) say("roll.dry-run", {});
  return out;
}

std::string render_rollforward_json(const Rollforward& roll, const Plan& plan, bool dry_run) {
  const Counts c = count(roll);
  JsonWriter w;
  w.begin_object();
  w.key("from").begin_object();
  w.key("id").value(roll.old_id).key("cycle").value(roll.old_cycle);
  w.end_object();
  w.key("to").begin_object();
  w.key("id").value(roll.new_id).key("cycle").value(roll.new_cycle);
  w.end_object();
  w.key("horizon").value(roll.horizon);
  w.key("period").value(format_period(roll.period));
  w.key("as_of").value(format_date(roll.as_of));
  w.key("year_closed").value(roll.year_closed);
  w.key("kpis").begin_array();
  for (const auto& k : roll.kpis) {
    w.begin_object();
    w.key("kpi").value(plan.kpis[k.kpi].id);
    w.key("baseline_from").value(name(k.baseline_from));
    if (k.baseline_from != BaselineSource::none) w.key("baseline").value(k.baseline);
    if (k.forecast_share) w.key("forecast_share").value(*k.forecast_share);
    w.key("method").value(name(k.method));
    if (k.new_target)
      w.key("new_target")
          .begin_object()
          .key(std::to_string(roll.old_cycle + roll.horizon))
          .value(*k.new_target)
          .end_object();
    w.end_object();
  }
  w.end_array();
  w.key("actions").begin_array();
  for (const auto& a : roll.actions) {
    w.begin_object();
    w.key("action").value(plan.actions[a.action].id);
    w.key("status").value(a.status);
    w.key("outcome").value(name(a.outcome));
    w.key("category").value(name(a.category));
    w.key("progress").value(a.progress);
    if (a.forecast_finish) w.key("forecast_finish").value(format_date(*a.forecast_finish));
    if (a.outcome == RollOutcome::carried) {
      w.key("start").value(format_date(a.start));
      w.key("due").value(format_date(a.due));
      w.key("redated").value(a.redated);
    }
    w.end_object();
  }
  w.end_array();
  w.key("counts").begin_object();
  w.key("baseline_from_actual").value(c.from_actual);
  w.key("baseline_from_forecast").value(c.from_forecast);
  w.key("baseline_from_target").value(c.from_target);
  w.key("targets_by_trend").value(c.trend);
  w.key("targets_by_parent_share").value(c.share);
  w.key("targets_given").value(c.given);
  w.key("actions_carried").value(c.carried);
  w.key("actions_redated").value(c.redated);
  w.key("actions_kept").value(c.kept);
  w.key("actions_done").value(c.done);
  w.key("actions_dropped").value(c.dropped);
  w.key("actions_left_out").value(c.left);
  // A count per category (`actions_dropped` is written above, `actions_done` stays beside
  // `actions_finished`).
  for (std::size_t i = 0; i < kRollCategoryNames.size(); ++i) {
    if (static_cast<RollCategory>(i) == RollCategory::dropped) continue;
    std::string key = fmt::format("actions_{}", kRollCategoryNames[i]);
    std::replace(key.begin(), key.end(), '-', '_');
    w.key(key).value(c.category[i]);
  }
  w.key("dependencies_removed").value(roll.dependencies_removed);
  w.key("budget_lines_removed").value(roll.budget_lines_removed);
  w.key("decisions_cleared").value(roll.decisions_cleared);
  w.key("signoffs_cleared").value(roll.signoffs_cleared);
  w.end_object();
  // The actions by category: every category, its ids in plan order.
  w.key("categories").begin_object();
  for (std::size_t i = 0; i < kRollCategoryNames.size(); ++i) {
    w.key(kRollCategoryNames[i]).begin_array();
    for (std::string_view id : ids_of(roll, plan, static_cast<RollCategory>(i)))
      w.value(id);
    w.end_array();
  }
  w.end_object();
  w.key("files").begin_array();
  for (const auto& f : roll.files)
    w.begin_object().key("path").value(f.path).key("changed").value(f.changed).end_object();
  w.end_array();
  w.key("written").value(!dry_run);
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan
