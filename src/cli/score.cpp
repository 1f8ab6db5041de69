// SPDX-License-Identifier: MIT
// `kaplan score`: validate the plan, score its quality from the findings, and with
// actuals score its performance. The scores go to stdout; findings about the actuals
// (S and T rules) go to stderr, so a script reading stdout gets only the result.
#include "kaplan/render/score.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "cli/portfolio.hpp"
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/io/discover.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/pipeline/checked_actuals.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>
#include <memory>

namespace kaplan::cli {

// `kaplan score PLAN [--actuals FILE...]`: plan quality; with actuals, the performance scorecard
struct ScoreOptions {
  CommonOptions common;
  std::string plan;
  std::vector<std::string> actuals; // --actuals FILE...: one set of actuals for one period
  std::string actuals_dir;          // --actuals-dir DIR: the portfolio, actuals matched by plan
  std::string format = "text";      // text, markdown or json
  std::string explain;              // --explain KPI: the arithmetic of one KPI's figures
  std::string output;               // -o FILE; empty: stdout
  bool force = false;               // replace FILE
};
namespace {

ScoreFormat format_of(const std::string& name) {
  if (name == "json") return ScoreFormat::json;
  if (name == "markdown") return ScoreFormat::markdown;
  return ScoreFormat::text;
}

} // namespace

int run_score(const ScoreOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    RunOptions run_options = run_options_from(options.common);
    io::check_output(options.output, {options.force, nullptr});
    // A folder of several plans, or --actuals-dir: the portfolio document (one plan, no
    // --actuals-dir: the plan's scorecard as before).
    std::vector<std::string> plans{options.plan};
    if (io::is_folder_to_search(options.plan)) plans = expand_plan_paths(plans, options.common);
    if (plans.size() > 1 || !options.actuals_dir.empty()) {
      if (!options.actuals.empty()) throw StopError{"stop.portfolio-actuals-files", {}, {}};
      if (!options.explain.empty()) throw StopError{"stop.portfolio-explain", {}, {}};
      ReportFormat format = options.format == "json"       ? ReportFormat::json
                            : options.format == "markdown" ? ReportFormat::markdown
                                                           : ReportFormat::text;
      return write_portfolio(plans, options.actuals_dir, format, options.output, options.force,
                             options.common, lang);
    }
    if (!options.explain.empty() && options.actuals.empty())
      throw StopError{"stop.score-explain-needs-actuals", {}, {}};

    SourceSet sources;
    ActualsAhead actuals_ahead(options.actuals, run_options.load); // parsed while the plan is
    // The actuals are read into their model while the plan rules run.
    ActualsLoad actuals_read;
    PlanRun run = validate_plan(plans.front(), sources, run_options, [&] {
      if (!options.actuals.empty())
        actuals_read = load_actuals(options.actuals, sources, run_options.load, &actuals_ahead);
    });
    if (run.unreadable) {
      // Nothing to score: say why, as validate would.
      print_findings(run.findings, sources, lang);
      return 2;
    }
    ScoreReport report;
    report.plan = &run.plan;
    report.sources = &sources;
    // The plan's quality and cascade and, at the same time on the pool, the actuals
    // checked: neither reads what the other writes. Then the actuals are scored.
    CheckedActuals checked;
    Cascade cascade;
    WorkPool* pool = run_options.load.pool;
    pool->run_all(2, [&](std::size_t part) {
      if (part == 0) {
        report.quality = score_quality(run.plan, run.config, run.findings);
        if (!options.actuals.empty())
          cascade = build_cascade(run.plan, run.config.cascade_tolerance);
      } else if (!options.actuals.empty()) {
        checked = check_actuals(run, std::move(actuals_read), run_options);
      }
    });
    if (!options.actuals.empty() && !checked.loaded.unreadable && checked.loaded.actuals.has_period)
      report.performance =
          score_performance(run.plan, checked.loaded.actuals, run.config, &cascade, pool);

    int status = 0;
    if (!options.actuals.empty()) {
      print_findings(checked.findings, sources, lang);
      if (checked.loaded.unreadable) return 2;
      status = exit_status_for(checked.findings, run.config.fail_on);
      if (!options.explain.empty()) {
        const Kpi* kpi = run.plan.kpi(options.explain);
        const KpiPerformance* figures =
            kpi && report.performance
                ? report.performance->find(static_cast<std::size_t>(kpi - run.plan.kpis.data()))
                : nullptr;
        if (!figures)
          throw StopError{
              "stop.score-unknown-kpi", {arg("id", text::one_line(options.explain))}, {}};
        io::OutputGuard guard = guard_of(sources, run.config);
        emit(options.output, render_score_explain(report, *figures, lang), {options.force, &guard},
             lang);
        return status;
      }
    }
    bool color =
        options.format == "text" && options.output.empty() && use_color(options.common.no_color);
    io::OutputGuard guard = guard_of(sources, run.config);
    emit(options.output,
         render_score(report, format_of(options.format), lang, color, run_options.load.pool),
         {options.force, &guard}, lang);
    return status;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_score(OptionSink& sink) {
  auto o = std::make_shared<ScoreOptions>();
  sink.value({"plan", "help.score.plan", {}, true}, o->plan);
  sink.values({"--actuals", "help.score.actuals"}, o->actuals);
  sink.value({"--actuals-dir", "help.score.actuals-dir"}, o->actuals_dir);
  sink.value({"-f,--format", "help.score.format", {"text", "markdown", "json"}}, o->format);
  sink.value({"--explain", "help.score.explain"}, o->explain);
  sink.value({"-o,--output", "help.score.output"}, o->output);
  sink.flag({"--force", "help.common.force"}, o->force);
  declare_common(sink, o->common, true);
  sink.footer("help.score.footer");
  return [o] { return run_score(*o); };
}

} // namespace kaplan::cli
