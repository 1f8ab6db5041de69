// SPDX-License-Identifier: MIT
// `kaplan rollforward`: validate the plan and its closing actuals, compute the next
// cycle's files, check where they go, and write them all or none. The summary goes to
// stdout; findings about the plan or the actuals go to stderr.
#include "kaplan/render/rollforward.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/pipeline/checked_actuals.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <memory>

namespace kaplan::cli {

// `kaplan rollforward PLAN --actuals FILE... -o OUT`: the next cycle's draft plan
struct RollforwardOptions {
  CommonOptions common;
  std::string plan;
  std::vector<std::string> actuals; // the closing period's actuals (one set, several files)
  std::string output;               // -o DIR, or FILE for a one-file plan
  std::string id;                   // --id: the new plan's id (default: the year in it moved on)
  std::string format = "text";      // the summary: text or json
  bool force = false;               // overwrite existing files
  bool dry_run = false;             // print the summary only
};
namespace {

namespace fs = std::filesystem;

bool has_error(const std::vector<Finding>& findings, std::string_view family) {
  for (const auto& f : findings)
    if (!f.suppressed && f.severity == Severity::error && f.rule.starts_with(family)) return true;
  return false;
}

// Where each file of the new plan goes: the root file at `-o FILE`, or the whole layout
// mirrored under `-o DIR`.
struct Layout {
  fs::path dir;       // the folder the relative paths start from
  fs::path root_name; // the root file's name in it
};

Layout layout_of(const RollforwardOptions& o, const Plan& plan) {
  const fs::path old_root = plan.files.front();
  const std::size_t count = plan.files.size();
  if (o.output.empty()) return {".", old_root.filename()}; // --dry-run without -o
  fs::path out = o.output;
  bool is_dir = fs::is_directory(out) || o.output.ends_with('/');
  if (count > 1 && !is_dir) {
    auto ext = out.extension().string();
    if (fs::exists(out) || ext == ".yaml" || ext == ".yml")
      throw StopError{"stop.rollforward-folder",
                      {arg("count", count), arg("path", text::one_line(o.output))},
                      {}};
    is_dir = true;
  }
  if (is_dir) return {out, old_root.filename()};
  return {out.parent_path().empty() ? fs::path(".") : out.parent_path(), out.filename()};
}

} // namespace

int run_rollforward(const RollforwardOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    if (options.output.empty() && !options.dry_run)
      throw StopError{"stop.rollforward-output", {}, {}};
    RunOptions run_options = run_options_from(options.common);
    run_options.load.release_texts = false; // the files are edited from their texts

    SourceSet sources;
    ActualsAhead actuals_ahead(options.actuals, run_options.load); // parsed while the plan is
    PlanRun run = validate_plan(one_plan_path(options.plan, options.common), sources, run_options);
    if (run.unreadable || has_error(run.findings, "KAP-S")) {
      std::vector<Finding> structure;
      for (const auto& f : run.findings)
        if (f.rule.starts_with("KAP-S")) structure.push_back(f);
      print_findings(structure, sources, lang);
      if (run.unreadable) return 2;
      throw StopError{"stop.rollforward-structure", {}, {}};
    }

    auto [loaded, findings] =
        load_checked_actuals(run, options.actuals, sources, run_options, &actuals_ahead);
    print_findings(findings, sources, lang);
    if (loaded.unreadable) return 2;
    if (has_error(findings, "KAP-")) throw StopError{"stop.rollforward-actuals", {}, {}};
    if (!loaded.actuals.has_period) throw StopError{"stop.rollforward-no-period", {}, {}};
    if (loaded.actuals.period.year != run.plan.header.cycle.value)
      throw StopError{"stop.rollforward-period",
                      {arg("period", format_period(loaded.actuals.period)),
                       arg("year", run.plan.header.cycle.value)},
                      {}};
    // The next cycle's plan must be one kaplan reads: its last year within the years a
    // plan can name.
    if (run.plan.last_year() + 1 > kLatestPlanYear)
      throw StopError{"stop.rollforward-year",
                      {arg("cycle", run.plan.header.cycle.value + 1),
                       arg("last", run.plan.last_year() + 1), arg("latest", kLatestPlanYear)},
                      {}};
    Performance performance = score_performance(run.plan, loaded.actuals, run.config);

    const Layout layout = layout_of(options, run.plan);
    const fs::path old_root = run.plan.files.front();
    RollOptions roll_options;
    roll_options.new_id = options.id;
    roll_options.today = run_options.today;
    roll_options.previous = fs::absolute(old_root)
                                .lexically_normal()
                                .lexically_relative(fs::absolute(layout.dir).lexically_normal())
                                .generic_string();
    Rollforward roll = roll_forward(run.plan, sources, loaded.actuals, performance, roll_options);

    if (!options.dry_run) {
      // Every file of the new plan, or none; never over a file read here (the plan, its
      // actuals, its configuration) nor where the plan's includes would read one.
      io::OutputGuard guard = guard_of(sources, run.config);
      io::StagedFiles out(layout.dir.string(), {options.force, &guard});
      std::vector<std::pair<std::size_t, std::string>> named;
      for (const auto& f : roll.files) {
        fs::path rel = f.source == run.plan.root_file ? layout.root_name : fs::path(f.path);
        named.emplace_back(0, rel.lexically_normal().generic_string());
        out.check(named.back().second);
      }
      for (std::size_t i = 0; i < roll.files.size(); ++i) {
        named[i].first = out.stage(roll.files[i].text);
        out.name(named[i].first, named[i].second);
      }
      out.commit();
    }

    std::string summary = options.format == "json"
                              ? render_rollforward_json(roll, run.plan, options.dry_run)
                              : render_rollforward_text(roll, run.plan, lang, options.dry_run);
    if (!options.dry_run && options.format != "json")
      summary += text::one_line(render_message(
                     "roll.written",
                     std::vector<Arg>{
                         arg("path", (layout.dir / layout.root_name).lexically_normal().string())},
                     lang)) +
                 "\n";
    io::write_stdout(summary);
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_rollforward(OptionSink& sink) {
  auto o = std::make_shared<RollforwardOptions>();
  sink.value({"plan", "help.rollforward.plan", {}, true}, o->plan);
  sink.values({"--actuals", "help.rollforward.actuals", {}, true}, o->actuals);
  sink.value({"-o,--output", "help.rollforward.output"}, o->output);
  sink.value({"--id", "help.rollforward.id"}, o->id);
  sink.value({"-f,--format", "help.rollforward.format", {"text", "json"}}, o->format);
  sink.flag({"--force", "help.common.force"}, o->force);
  sink.flag({"--dry-run", "help.rollforward.dry-run"}, o->dry_run);
  declare_common(sink, o->common, true);
  sink.footer("help.rollforward.footer");
  return [o] { return run_rollforward(*o); };
}

} // namespace kaplan::cli
