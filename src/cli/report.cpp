// SPDX-License-Identifier: MIT
// `kaplan report PLAN... [--out-dir DIR] [--jobs N]`: the whole plan as one document.
// Each plan is validated and rendered on its own (its own SourceSet) by a pool of
// threads, which also write each report to a temporary file; the main thread then
// names the files and prints messages in input order, so the results are the same
// whatever the number of threads.
#include "kaplan/render/report.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "cli/portfolio.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/pipeline/checked_actuals.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/render/stop_message.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <optional>
#include <set>

namespace kaplan::cli {

// `kaplan report PLAN...`: the whole plan as one document (Markdown, text, HTML or JSON)
struct ReportOptions {
  CommonOptions common;
  std::vector<std::string> plans;
  std::vector<std::string> actuals; // --actuals FILE...: adds performance (one plan only)
  std::string format = "markdown";  // markdown, text, html or json
  std::string sections;             // --sections a,b,c; empty: all
  std::string output;               // -o FILE (one plan); empty: stdout
  std::string out_dir;              // --out-dir DIR: one file per plan, named after its id
  bool portfolio = false;           // --portfolio: one document across the plans
  std::string actuals_dir;          // --actuals-dir DIR (with --portfolio)
  bool force = false;               // replace reports that exist
};
namespace {

// What one plan's run produced.
struct Outcome {
  std::string plan_id;
  std::string content;               // the report; empty when none or when staged
  std::optional<std::size_t> staged; // with --out-dir: the report's handle in the staging folder
  std::string diagnostics;           // for stderr
  int status = 0;
  io::OutputGuard guard; // the files this plan's run read
};

ReportFormat format_of(const std::string& name) {
  if (name == "text") return ReportFormat::text;
  if (name == "html") return ReportFormat::html;
  if (name == "json") return ReportFormat::json;
  return ReportFormat::markdown;
}

std::string_view extension(ReportFormat f) {
  switch (f) {
  case ReportFormat::text:
    return "txt";
  case ReportFormat::html:
    return "html";
  case ReportFormat::json:
    return "json";
  case ReportFormat::markdown:
    break;
  }
  return "md";
}

// One plan validated: the first step, for every plan before the plan chain is checked.
struct Validated {
  SourceSet sources;
  std::optional<PlanRun> run;
  std::optional<StopError> stop;
  std::string internal; // an internal error's message
  // The actuals files (one plan only), parsed on the work pool while the plan is.
  std::unique_ptr<ActualsAhead> ahead;
};

void validate_one(const std::string& path, const ReportOptions& o, const RunOptions& run_options,
                  Validated& v) {
  try {
    v.ahead = std::make_unique<ActualsAhead>(o.actuals, run_options.load);
    v.run = validate_plan(path, v.sources, run_options);
  } catch (const StopError& e) {
    v.stop = e;
  } catch (const std::exception& e) {
    v.internal = fmt::format("kaplan: internal error: {}: {}\n", text::one_line(path), e.what());
  }
}

Outcome run_one(const std::string& path, Validated& v, const ReportOptions& o,
                const RunOptions& run_options, const std::vector<std::string>& sections,
                Lang lang) {
  Outcome out;
  if (v.stop) {
    out.diagnostics = stop_text(*v.stop, lang);
    out.status = 2;
    return out;
  }
  if (!v.run) {
    out.diagnostics = v.internal;
    out.status = 3;
    return out;
  }
  try {
    SourceSet& sources = v.sources;
    PlanRun& run = *v.run;
    out.plan_id = run.plan.header.id;
    // Taken whatever happens next: even an unreadable plan's files are never outputs.
    struct Guarded {
      Outcome& out;
      const SourceSet& sources;
      const Config& config;
      ~Guarded() { out.guard = guard_of(sources, config); }
    } guarded{out, sources, run.config};
    if (run.unreadable) {
      out.diagnostics = findings_text(run.findings, sources, lang);
      out.status = 2;
      return out;
    }
    ReportInput input;
    input.run = &run;
    input.sources = &sources;
    input.lang = lang;
    input.sections = sections;
    input.raw_values = format_of(o.format) == ReportFormat::json;
    if (!o.common.today.empty()) input.today = run_options.today;
    CheckedActuals checked;
    if (!o.actuals.empty()) {
      checked = load_checked_actuals(run, o.actuals, sources, run_options, v.ahead.get());
      if (checked.loaded.unreadable) {
        out.diagnostics = findings_text(checked.findings, sources, lang);
        out.status = 2;
        return out;
      }
      input.actuals = &checked.loaded.actuals;
      input.actual_findings = std::move(checked.findings);
    }
    out.content = render_report(build_report(input), format_of(o.format));
  } catch (const StopError& e) {
    out.diagnostics = stop_text(e, lang);
    out.status = 2;
  } catch (const std::exception& e) {
    out.diagnostics =
        fmt::format("kaplan: internal error: {}: {}\n", text::one_line(path), e.what());
    out.status = 3;
  }
  return out;
}

// A file name from a plan id: characters other than letters, digits, `.`, `_` and `-`
// become `_`; a leading dot too, so no report is hidden or escapes the folder.
std::string file_stem(const std::string& id) {
  std::string out;
  for (char c : id)
    out +=
        (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.') ? c : '_';
  if (out.empty()) out = "plan";
  if (out[0] == '.') out[0] = '_';
  return out;
}

} // namespace

int run_report(const ReportOptions& o) {
  Lang lang = select_lang(o.common.lang);
  try {
    std::vector<std::string> sections = parse_list(o.sections);
    for (const auto& s : sections)
      if (std::find(std::begin(kReportSections), std::end(kReportSections), s) ==
          std::end(kReportSections)) {
        std::string list;
        for (auto id : kReportSections)
          list += (list.empty() ? "" : ", ") + std::string(id);
        throw StopError{
            "report.stop.unknown-section", {arg("name", text::one_line(s)), arg("list", list)}, {}};
      }
    // A folder holding no plan.yaml stands for the plans found in it, in path order.
    const std::vector<std::string> plans = expand_plan_paths(o.plans, o.common);
    if (!o.actuals_dir.empty() && !o.portfolio)
      throw StopError{"report.stop.actuals-dir-needs-portfolio", {}, {}};
    if (o.portfolio) {
      if (!o.out_dir.empty() || !o.sections.empty() || !o.actuals.empty())
        throw StopError{"report.stop.portfolio-options", {}, {}};
      return write_portfolio(plans, o.actuals_dir, format_of(o.format), o.output, o.force, o.common,
                             lang);
    }
    if (!o.output.empty() && !o.out_dir.empty())
      throw StopError{"report.stop.output-and-out-dir", {}, {}};
    if (plans.size() > 1 && o.out_dir.empty())
      throw StopError{"report.stop.several-needs-out-dir", {}, {}};
    if (plans.size() > 1 && !o.actuals.empty())
      throw StopError{"report.stop.actuals-one-plan", {}, {}};
    io::check_output(o.output, {o.force, nullptr}); // refused before any work
    RunOptions run_options = run_options_from(o.common);

    std::vector<Outcome> outcomes(plans.size());
    // The reports of --out-dir appear together: staged while the plans are read, moved
    // into place at the end (io::StagedFiles), never over a file the runs read.
    io::OutputGuard guard;
    std::optional<io::StagedFiles> staged;
    if (!o.out_dir.empty()) staged.emplace(o.out_dir, io::WriteOptions{o.force, &guard});
    // Every plan is validated first, then the plan chain is checked across them (the P
    // rules, as validate does), then each report is built and written.
    std::vector<Validated> validated(plans.size());
    run_options.load.pool->run_all(
        plans.size(), [&](std::size_t i) { validate_one(plans[i], o, run_options, validated[i]); });
    if (plans.size() > 1) {
      std::vector<PlanRun*> chain;
      for (auto& v : validated)
        if (v.run) chain.push_back(&*v.run);
      check_plan_chain(chain, run_options);
    }
    auto work = [&](std::size_t i) {
      Outcome& out = outcomes[i];
      out = run_one(plans[i], validated[i], o, run_options, sections, lang);
      validated[i] = Validated{}; // its memory back as soon as its report is built
      // Writing (and syncing) each report in its task keeps the serial part below down
      // to renames; the names are still given in input order.
      if (!staged || out.content.empty()) return;
      try {
        out.staged = staged->stage(out.content);
      } catch (const StopError& e) {
        out.diagnostics += stop_text(e, lang);
        out.status = std::max(out.status, 2);
      }
      out.content.clear();
      out.content.shrink_to_fit();
    };
    // Each plan is a task of the process's work pool, which also reads each plan's files:
    // one set of threads (--jobs) for both.
    run_options.load.pool->run_all(plans.size(), work);

    int status = 0;
    std::set<std::string> used;
    std::size_t written = 0;
    for (auto& out : outcomes) {
      std::fputs(out.diagnostics.c_str(), stderr);
      status = std::max(status, out.status);
      guard.inputs.insert(guard.inputs.end(), out.guard.inputs.begin(), out.guard.inputs.end());
      guard.include_patterns.insert(guard.include_patterns.end(),
                                    out.guard.include_patterns.begin(),
                                    out.guard.include_patterns.end());
    }
    for (auto& out : outcomes) {
      if (!staged) {
        if (!out.content.empty()) emit(o.output, out.content, {o.force, &guard}, lang);
        continue;
      }
      if (!out.staged) continue;
      std::string stem = file_stem(out.plan_id), name = stem;
      for (int n = 2; !used.insert(name).second; ++n)
        name = fmt::format("{}-{}", stem, n);
      staged->name(*out.staged, fmt::format("{}.{}", name, extension(format_of(o.format))));
      ++written;
    }
    if (staged && written) {
      staged->commit();
      fmt::print(stderr, "{}\n",
                 text::one_line(render_message(
                     "io.wrote-files",
                     std::vector<Arg>{arg("count", written), arg("path", o.out_dir)}, lang)));
    }
    return status;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_report(OptionSink& sink) {
  auto o = std::make_shared<ReportOptions>();
  sink.values({"plans", "help.report.plans", {}, true}, o->plans);
  sink.values({"--actuals", "help.report.actuals"}, o->actuals);
  sink.value({"-f,--format", "help.report.format", {"markdown", "text", "html", "json"}},
             o->format);
  sink.value({"--sections", "help.report.sections"}, o->sections);
  sink.value({"-o,--output", "help.report.output"}, o->output);
  sink.value({"--out-dir", "help.report.out-dir"}, o->out_dir);
  sink.flag({"--portfolio", "help.report.portfolio"}, o->portfolio);
  sink.value({"--actuals-dir", "help.report.actuals-dir"}, o->actuals_dir);
  sink.flag({"--force", "help.common.force"}, o->force);
  declare_common(sink, o->common, true);
  sink.footer("help.report.footer");
  return [o] { return run_report(*o); };
}

} // namespace kaplan::cli
