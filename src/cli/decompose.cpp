// SPDX-License-Identifier: MIT
// `kaplan decompose`: the cascade view, or with --by the split of one KPI into child
// KPIs. Either way the result goes to stdout or -o FILE, warnings to stderr.
#include "kaplan/render/decompose.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/load/config_file.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <tuple>

namespace kaplan::cli {

// `kaplan decompose PLAN` (the cascade view) and `decompose PLAN --kpi ID --by …` (the split)
struct DecomposeOptions {
  CommonOptions common;
  std::string plan;
  std::string format;           // text, markdown or json; empty: text (not allowed with --by)
  std::string kpi;              // --kpi ID: one KPI's tree, or the KPI to split
  std::string by;               // equal (alias units), weights or segments; empty: cascade view
  std::string units;            // --units a,b,c
  std::string weights;          // --weights a=0.5,b=0.5
  std::string segments;         // --segments s1,s2 (default: every non-exit segment with revenue)
  std::optional<int> precision; // --precision N decimals (default 0)
  std::string output;           // -o FILE; empty: stdout
  std::string write_plans;      // --write-plans DIR (with --by units): a plan per unit
  bool force = false;           // overwrite FILE (or the plans under DIR)
};
namespace {

// Option combinations the parser cannot express; checked before the plan is read.
void check_combinations(const DecomposeOptions& o) {
  auto stop = [](std::string key, std::vector<Arg> args) {
    return StopError{std::move(key), std::move(args), {}};
  };
  if (!o.write_plans.empty()) {
    if (o.by != "units") throw stop("decompose.write-plans-by", {});
    for (auto [flag, set] :
         {std::pair{"--kpi", !o.kpi.empty()}, std::pair{"--weights", !o.weights.empty()},
          std::pair{"--segments", !o.segments.empty()},
          std::pair{"--precision", o.precision.has_value()},
          std::pair{"--format", !o.format.empty()}, std::pair{"--output", !o.output.empty()}})
      if (set) throw stop("decompose.write-plans-with", {arg("option", flag)});
    return;
  }
  if (o.by.empty()) {
    for (auto [flag, set, by] :
         {std::tuple{"--units", !o.units.empty(), "equal"},
          std::tuple{"--weights", !o.weights.empty(), "weights"},
          std::tuple{"--segments", !o.segments.empty(), "segments"},
          std::tuple{"--precision", o.precision.has_value(), "equal|weights|segments"}})
      if (set) throw stop("decompose.only-with", {arg("option", flag), arg("by", by)});
    return;
  }
  if (o.kpi.empty()) throw stop("decompose.needs-kpi", {});
  if (!o.format.empty()) throw stop("decompose.format-with-by", {});
  if (o.by == "equal" && o.units.empty())
    throw stop("decompose.needs", {arg("by", "equal"), arg("option", "--units")});
  if (o.by == "weights" && o.weights.empty())
    throw stop("decompose.needs", {arg("by", "weights"), arg("option", "--weights")});
  for (auto [flag, set, by] : {std::tuple{"--units", !o.units.empty(), "equal"},
                               std::tuple{"--weights", !o.weights.empty(), "weights"},
                               std::tuple{"--segments", !o.segments.empty(), "segments"}})
    if (set && o.by != by) throw stop("decompose.only-with", {arg("option", flag), arg("by", by)});
}

void warn(std::string_view key, const std::vector<Arg>& args, Lang lang) {
  fmt::print(stderr, "kaplan: warning: {}\n", text::one_line(render_message(key, args, lang)));
}

std::size_t kpi_index(const Plan& plan, const std::string& id) {
  if (const Kpi* k = plan.kpi(id)) return static_cast<std::size_t>(k - plan.kpis.data());
  std::vector<std::string_view> ids;
  for (const auto& k : plan.kpis)
    ids.push_back(k.id);
  if (auto s = text::suggest(id, ids))
    throw StopError{"decompose.unknown-kpi-suggest", {arg("id", id), arg("suggestion", *s)}, {}};
  throw StopError{"decompose.unknown-kpi", {arg("id", id)}, {}};
}

// --by segments puts the children at the KPI's own unit: without one, say where to add it.
void check_segments_unit(const Plan& plan, const SourceSet& sources, const std::string& id) {
  const Kpi* k = plan.kpi(id);
  if (!k || k->unit.set) return;
  std::string where = k->loc.file < sources.files.size() ? sources.files[k->loc.file].path : "?";
  where += fmt::format(":{}:{}", k->loc.line, sources.char_column(k->loc));
  throw StopError{"decompose.segments-no-unit", {arg("id", k->id)}, where};
}

SplitRequest request_from(const DecomposeOptions& o) {
  SplitRequest r;
  r.kpi = o.kpi;
  r.precision = o.precision.value_or(0);
  if (o.by == "weights") {
    r.by = SplitBy::weights;
    r.weights = parse_weights(o.weights);
  } else if (o.by == "segments") {
    r.by = SplitBy::segments;
    r.units = parse_list(o.segments);
  } else {
    r.by = SplitBy::equal;
    r.units = parse_list(o.units);
  }
  return r;
}

// The plan decompose works on: loaded with its configuration, and its cascade.
struct DecomposeInput {
  Config config;
  SourceSet sources;
  LoadResult loaded;
  Cascade cascade;
};

// Loads the plan to split (the argument's one plan) and its configuration, and builds its
// cascade. An unreadable plan has nothing to show: its findings go to stderr, as validate
// would print them, and the result is false (status 2). Errors in a readable plan are
// one note: the split still runs.
bool load_for_decompose(DecomposeOptions& options, DecomposeInput& in, Lang lang) {
  options.plan = one_plan_path(options.plan, options.common);
  in.config = load_config(options.common.config, options.plan);
  LoadOptions load_options;
  load_options.pool = &work_pool(options.common);
  load_options.release_texts = true;
  in.loaded = load_plan(options.plan, in.sources, load_options);
  if (in.loaded.unreadable) {
    print_findings(in.loaded.findings, in.sources, lang);
    return false;
  }
  std::size_t errors = 0;
  for (const auto& f : in.loaded.findings)
    errors += f.severity == Severity::error ? 1 : 0;
  if (errors) warn("decompose.note.plan-errors", {arg("count", errors)}, lang);
  in.cascade = build_cascade(in.loaded.plan, in.config.cascade_tolerance);
  return true;
}

// --by units --write-plans DIR: a derived plan per unit, DIR/UNIT/plan.yaml, all or none.
int write_plans(DecomposeOptions& options, Lang lang) {
  DecomposeInput in;
  if (!load_for_decompose(options, in, lang)) return 2;
  const Plan& plan = in.loaded.plan;
  std::vector<DerivedPlan> plans = derive_plans(plan, in.cascade, parse_list(options.units));
  io::OutputGuard guard = guard_of(in.sources, in.config);
  io::StagedFiles staged(options.write_plans, {options.force, &guard});
  // Every destination is checked before anything is staged: a refusal writes nothing.
  for (const auto& d : plans)
    staged.check(d.unit->id + "/plan.yaml");
  for (const auto& d : plans)
    staged.name(staged.stage(render_derived_plan_yaml(plan, d, lang)), d.unit->id + "/plan.yaml");
  staged.commit();
  return 0;
}

} // namespace

int run_decompose(DecomposeOptions options) {
  Lang lang = select_lang(options.common.lang);
  try {
    if (!options.write_plans.empty()) {
      check_combinations(options);
      return write_plans(options, lang);
    }
    if (options.by == "units") options.by = "equal"; // the older name of the equal split
    check_combinations(options);
    io::check_output(options.output, {options.force, nullptr}); // refused before any work
    DecomposeInput in;
    if (!load_for_decompose(options, in, lang)) return 2;
    const Plan& plan = in.loaded.plan;
    const Cascade& cascade = in.cascade;
    const Config& config = in.config;
    const SourceSet& sources = in.sources;
    if (options.by.empty()) {
      DecomposeView view{
          plan, cascade, {}, lang, config.cascade_tolerance, &work_pool(options.common)};
      view.roots = options.kpi.empty() ? cascade.top_level
                                       : std::vector<std::size_t>{kpi_index(plan, options.kpi)};
      DecomposeFormat format = options.format == "markdown" ? DecomposeFormat::markdown
                               : options.format == "json"   ? DecomposeFormat::json
                                                            : DecomposeFormat::text;
      io::OutputGuard guard = guard_of(sources, config);
      emit(options.output, render_decompose(view, format), {options.force, &guard}, lang);
      return 0;
    }
    if (options.by == "segments") check_segments_unit(plan, sources, options.kpi);
    SplitResult split = split_kpi(plan, cascade, request_from(options));
    for (const auto& n : split.notes)
      warn(n.key, n.args, lang);
    io::OutputGuard guard = guard_of(sources, config);
    emit(options.output, render_split_yaml(split, lang), {options.force, &guard}, lang);
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_decompose(OptionSink& sink) {
  auto o = std::make_shared<DecomposeOptions>();
  sink.value({"plan", "help.decompose.plan", {}, true}, o->plan);
  sink.value({"-f,--format", "help.decompose.format", {"text", "markdown", "json"}}, o->format);
  sink.value({"--kpi", "help.decompose.kpi"}, o->kpi);
  sink.value({"--by",
              "help.decompose.by",
              {"equal", "weights", "segments"},
              false,
              false,
              0,
              false,
              {"units"}},
             o->by);
  sink.value({"--units", "help.decompose.units"}, o->units);
  sink.value({"--weights", "help.decompose.weights"}, o->weights);
  sink.value({"--segments", "help.decompose.segments"}, o->segments);
  sink.number({"--precision", "help.decompose.precision"}, o->precision, 0, 6);
  sink.value({"-o,--output", "help.decompose.output"}, o->output);
  sink.value({"--write-plans", "help.decompose.write-plans"}, o->write_plans);
  sink.flag({"--force", "help.common.force"}, o->force);
  declare_common(sink, o->common, true);
  sink.footer("help.decompose.footer");
  return [o] { return run_decompose(*o); };
}

} // namespace kaplan::cli
