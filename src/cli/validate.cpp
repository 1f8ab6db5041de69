// SPDX-License-Identifier: MIT
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/io/repository.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/render/person_load.hpp"
#include "kaplan/render/plan_diff.hpp"
#include "kaplan/util/text.hpp"
#include "kaplan/vcs/git_revision.hpp"

#include <algorithm>
#include <exception>
#include <fmt/format.h>
#include <memory>
#include <optional>

namespace kaplan::cli {

// `kaplan validate PATH...`
struct ValidateOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> formats; // --format, repeatable; empty: text
  std::string fail_on;              // empty: from the configuration, else error
  std::vector<std::string> outputs; // --output FILE per --format, in order (`-`: stdout)
  std::string git;                  // --git REV: the revision --new-only compares with
  bool new_only = false;            // report only the findings the change since REV introduced
  std::string explain_load; // --explain-load PERSON: print their load calendar instead of findings
  bool force = false;       // replace existing output files
};

std::optional<std::optional<Severity>> fail_on_from(const std::string& flag) {
  if (flag.empty()) return std::nullopt;
  if (flag == "never") return std::optional<Severity>{};
  return parse_severity(flag);
}

// The text of --explain-load for one plan; a person the plan lacks stops the run.
std::string explain_load(const PlanRun& run, const std::string& person, Lang lang) {
  LoadCalendar calendar = build_load_calendar(run.plan);
  const PersonLoad* load = calendar.find(run.plan, person);
  if (!load)
    throw StopError{"stop.unknown-person", {arg("person", person), arg("path", run.path)}, {}};
  return render_person_load(run.plan, *load, lang);
}

// One rendering of the findings and where it goes (empty: stdout).
struct Target {
  Format format;
  std::string path;
};

// Pairs --format and --output in order: one format and no output is stdout; several
// formats need one output each, and at most one of them may be stdout (`-`).
std::vector<Target> destinations(const ValidateOptions& o) {
  std::vector<std::string> formats = o.formats;
  if (formats.empty()) formats.push_back("text");
  if (o.outputs.size() > formats.size() ||
      (formats.size() > 1 && o.outputs.size() != formats.size()))
    throw StopError{"stop.format-output",
                    {arg("formats", formats.size()), arg("outputs", o.outputs.size())},
                    {}};
  std::vector<Target> out;
  int to_stdout = 0;
  for (std::size_t i = 0; i < formats.size(); ++i) {
    std::string path = i < o.outputs.size() ? o.outputs[i] : std::string();
    if (path == "-") path.clear();
    if (path.empty()) ++to_stdout;
    out.push_back({parse_format(formats[i]).value_or(Format::text), path});
  }
  if (to_stdout > 1) throw StopError{"stop.stdout-twice", {}, {}};
  return out;
}

int run_validate(const ValidateOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    RunOptions run_options = run_options_from(options.common);
    std::vector<Target> targets = destinations(options);
    for (const auto& target : targets) // refused before any work, when it can be
      io::check_output(target.path, {options.force, nullptr});
    auto fail_on_flag = fail_on_from(options.fail_on);

    // A folder holding no plan.yaml stands for the plans found in it, in path order.
    std::vector<std::string> paths = expand_plan_paths(options.paths, options.common);
    // Each plan is a task of the process's work pool with a SourceSet of its own; the
    // results are joined in input order, so the output is the same for any --jobs.
    struct Outcome {
      SourceSet sources;
      std::optional<PlanRun> run;
      std::optional<StopError> stop;
    };
    std::vector<Outcome> outcomes(paths.size());
    auto work = [&](std::size_t i) {
      Outcome& out = outcomes[i];
      try {
        PlanRun run = validate_plan(paths[i], out.sources, run_options);
        if (options.new_only) {
          // Only what the change introduced: findings matched by identity, not by line.
          auto old = validate_at_revision(options.git, paths[i], out.sources, run_options);
          run.findings = new_findings(old ? old->findings : std::vector<Finding>{}, run.findings);
        }
        out.run = std::move(run);
      } catch (const StopError& e) {
        out.stop = e;
      }
    };
    run_options.load.pool->run_all(paths.size(), work);

    // The plan chain: the plans that name each other are checked together (the P rules),
    // while each plan's places are still in its own SourceSet.
    {
      std::vector<PlanRun*> chain;
      for (auto& out : outcomes)
        if (out.run) chain.push_back(&*out.run);
      check_plan_chain(chain, run_options);
    }

    SourceSet sources;
    std::vector<PlanRun> runs;
    int status = 0;
    for (auto& out : outcomes) {
      if (out.stop) {
        status = std::max(status, print_stop(*out.stop, lang));
        continue;
      }
      PlanRun& run = *out.run;
      // The plan's files join the invocation's SourceSet: its places move by an offset.
      auto offset = static_cast<std::uint32_t>(sources.files.size());
      for (auto& file : out.sources.files)
        sources.add(std::move(file));
      sources.include_patterns.insert(sources.include_patterns.end(),
                                      out.sources.include_patterns.begin(),
                                      out.sources.include_patterns.end());
      for (auto& f : run.findings) {
        f.loc.file += offset;
        for (auto& r : f.related)
          r.loc.file += offset;
      }
      run.plan.root_file += offset;
      std::optional<Severity> fail_on = fail_on_flag ? *fail_on_flag : run.config.fail_on;
      run.config.fail_on = fail_on; // what JUnit's failures follow
      int s = run.unreadable ? 2 : exit_status_for(run.findings, fail_on);
      status = std::max(status, s);
      runs.push_back(std::move(run));
    }
    // Nothing is written until every destination is known to be writable: a refusal of
    // the second output must not leave the first one written.
    io::OutputGuard guard;
    for (const auto& run : runs) {
      guard.add(run.config);
    }
    guard.add(sources);
    io::WriteOptions write_options{options.force, &guard};
    if (!options.explain_load.empty()) {
      std::string text;
      for (const auto& run : runs)
        text += (runs.size() > 1 ? text::one_line(run.path) + "\n" : "") +
                explain_load(run, options.explain_load, lang);
      emit(targets.front().path, text, write_options, lang);
      return status >= 2 ? status : 0; // findings do not fail an explanation
    }
    // When no plan could even be started (a bad configuration), there is no result to
    // print: "no findings" would claim a check that never ran.
    if (runs.empty()) return status;
    for (const auto& target : targets)
      io::check_output(target.path, write_options);
    // SARIF and CodeClimate name files from the repository root, as CI maps them.
    std::vector<std::string> repo_paths;
    for (const auto& target : targets)
      if (repo_paths.empty() &&
          (target.format == Format::sarif || target.format == Format::codeclimate))
        for (const auto& file : sources.files)
          repo_paths.push_back(io::repository_path(file.path));
    for (const auto& target : targets) {
      RenderOptions render_options;
      render_options.lang = lang;
      render_options.repo_paths = repo_paths;
      render_options.color = target.format == Format::text && target.path.empty() &&
                             use_color(options.common.no_color);
      emit(target.path, render_findings(runs, sources, target.format, render_options),
           write_options, lang);
    }
    return status;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_validate(OptionSink& sink) {
  auto o = std::make_shared<ValidateOptions>();
  sink.values({"paths", "help.validate.paths", {}, true}, o->paths);
  sink.values({"-f,--format",
               "help.validate.format",
               {"text", "json", "github", "sarif", "markdown", "junit", "codeclimate"},
               false,
               true},
              o->formats);
  sink.value({"--fail-on", "help.validate.fail-on", {"error", "warning", "info", "never"}},
             o->fail_on);
  sink.values({"-o,--output", "help.validate.output", {}, false, true}, o->outputs);
  sink.value({"--git", "help.validate.git"}, o->git);
  sink.flag({"--new-only", "help.validate.new-only"}, o->new_only);
  sink.together("--git", "--new-only"); // each is meaningless without the other
  sink.value({"--explain-load", "help.validate.explain-load"}, o->explain_load);
  sink.flag({"--force", "help.common.force"}, o->force);
  declare_common(sink, o->common, true);
  return [o] { return run_validate(*o); };
}

} // namespace kaplan::cli
