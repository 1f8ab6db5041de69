// SPDX-License-Identifier: MIT
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/pipeline/checked_actuals.hpp"
#include "kaplan/render/plan_diff.hpp"
#include "kaplan/vcs/git_revision.hpp"

#include <memory>

namespace kaplan::cli {

// `kaplan diff OLD NEW` / `kaplan diff --git REV [PLAN]`: the semantic diff of two versions
struct DiffOptions {
  CommonOptions common;
  std::vector<std::string> plans; // OLD NEW, or the one PLAN with --git
  std::string git;                // --git REV: the old version is PLAN at REV
  std::string format = "text";    // text, markdown or json
  std::string output;             // -o FILE; empty: stdout
  bool force = false;             // replace FILE
};

int run_diff(const DiffOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    RunOptions run_options = run_options_from(options.common);
    bool git = !options.git.empty();
    if (git ? options.plans.size() > 1 : options.plans.size() != 2)
      throw StopError{"stop.diff-args", {}, {}};
    io::check_output(options.output, {options.force, nullptr});

    SourceSet sources;
    PlanRun before, after;
    DiffRenderOptions render_options;
    render_options.lang = lang;
    if (git) {
      std::string path =
          one_plan_path(options.plans.empty() ? "." : options.plans.front(), options.common);
      // A plan added since REV has no old version: everything in it shows as added.
      if (auto old = validate_at_revision(options.git, path, sources, run_options))
        before = std::move(*old);
      after = validate_plan(path, sources, run_options);
      render_options.before_name = options.git;
      render_options.after_name = render_message("diff.working-tree", {}, lang);
    } else {
      before = validate_plan(one_plan_path(options.plans[0], options.common), sources, run_options);
      after = validate_plan(one_plan_path(options.plans[1], options.common), sources, run_options);
      render_options.before_name = options.plans[0];
      render_options.after_name = options.plans[1];
    }
    if (before.unreadable || after.unreadable) {
      // A version that could not be read has no meaningful diff: say why, write nothing.
      for (const PlanRun* run : {&before, &after})
        if (run->unreadable) print_findings(run->findings, sources, lang);
      return 2;
    }
    Format format = parse_format(options.format).value_or(Format::text);
    render_options.color =
        format == Format::text && options.output.empty() && use_color(options.common.no_color);
    io::OutputGuard guard = guard_of(sources, before.config);
    guard.add(after.config);
    emit(options.output,
         render_plan_diff(diff_plans({before.plan, before.findings}, {after.plan, after.findings}),
                          sources, format, render_options),
         {options.force, &guard}, lang);
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_diff(OptionSink& sink) {
  auto o = std::make_shared<DiffOptions>();
  sink.values({.names = "plans", .help = "help.diff.plans", .most = 2}, o->plans);
  sink.value({"--git", "help.diff.git"}, o->git);
  sink.value({"-f,--format", "help.diff.format", {"text", "markdown", "json"}}, o->format);
  sink.value({"-o,--output", "help.diff.output"}, o->output);
  sink.flag({"--force", "help.common.force"}, o->force);
  declare_common(sink, o->common, true);
  sink.footer("help.diff.footer");
  return [o] { return run_diff(*o); };
}

} // namespace kaplan::cli
