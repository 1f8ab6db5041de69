// SPDX-License-Identifier: MIT
// What `rollforward` prints: the changes it made, in text (either language) or JSON.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/rollforward.hpp"
#include "kaplan/util/json_writer.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>

namespace kaplan {
namespace {

// Counts over the roll, shared by both outputs.
struct Counts {
  std::size_t from_actual = 0, from_target = 0;
  std::size_t trend = 0, share = 0, given = 0;
  std::size_t carried = 0, redated = 0, kept = 0, done = 0, dropped = 0;
};

Counts count(const Rollforward& roll) {
  Counts c;
  for (const auto& k : roll.kpis) {
    c.from_actual += k.baseline_from == BaselineSource::actual;
    c.from_target += k.baseline_from == BaselineSource::target;
    c.trend += k.method == TargetMethod::trend;
    c.share += k.method == TargetMethod::parent_share;
    c.given += k.method == TargetMethod::given;
  }
  for (const auto& a : roll.actions) {
    c.carried += a.outcome == RollOutcome::carried;
    c.redated += a.redated;
    c.kept += a.outcome == RollOutcome::kept;
    c.done += a.outcome == RollOutcome::left_out && a.status == "done";
    c.dropped += a.outcome == RollOutcome::left_out && a.status != "done";
  }
  return c;
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
  say("roll.kpis", {arg("count", roll.kpis.size()), arg("year", roll.old_cycle),
                    arg("actual", c.from_actual), arg("target", c.from_target)});
  if (!roll.year_closed)
    say("roll.year-open", {arg("period", format_period(roll.period)), arg("year", roll.old_cycle)},
        "  ");
  say("roll.targets",
      {arg("year", new_last), arg("trend", c.trend), arg("share", c.share), arg("given", c.given)},
      "  ");
  say("roll.actions",
      {arg("count", roll.actions.size()), arg("carried", c.carried), arg("redated", c.redated),
       arg("kept", c.kept), arg("left", c.done + c.dropped), arg("done", c.done),
       arg("dropped", c.dropped)});
  for (const auto& a : roll.actions) {
    const Action& action = plan.actions[a.action];
    if (a.outcome == RollOutcome::left_out)
      say(a.status == "done" ? "roll.left-out-done" : "roll.left-out-dropped",
          {arg("id", action.id)}, "  ");
  }
  for (const auto& a : roll.actions) {
    const Action& action = plan.actions[a.action];
    if (a.redated)
      say("roll.redated",
          {arg("id", action.id),
           arg("from", format_date(action.start.value) + ".." + format_date(action.due.value)),
           arg("to", format_date(a.start) + ".." + format_date(a.due)),
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
    w.key("progress").value(a.progress);
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
  w.key("baseline_from_target").value(c.from_target);
  w.key("targets_by_trend").value(c.trend);
  w.key("targets_by_parent_share").value(c.share);
  w.key("targets_given").value(c.given);
  w.key("actions_carried").value(c.carried);
  w.key("actions_redated").value(c.redated);
  w.key("actions_kept").value(c.kept);
  w.key("actions_done").value(c.done);
  w.key("actions_dropped").value(c.dropped);
  w.key("dependencies_removed").value(roll.dependencies_removed);
  w.key("budget_lines_removed").value(roll.budget_lines_removed);
  w.key("decisions_cleared").value(roll.decisions_cleared);
  w.key("signoffs_cleared").value(roll.signoffs_cleared);
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
