// SPDX-License-Identifier: MIT
#pragma once

// `kaplan decompose`: the cascade view in text, Markdown or JSON, and a split's child
// KPIs as YAML.

#include "kaplan/analysis/decompose.hpp"
#include "kaplan/document/wording.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/util/work_pool.hpp"

#include <span>
#include <string>
#include <vector>

namespace kaplan {

// --- The cascade view ---------------------------------------------------------

// Formats of the cascade view.
enum class DecomposeFormat { text, markdown, json };

// What a cascade view shows: the trees under `roots` (top-level KPIs, or the one KPI
// of --kpi), with the plan's horizon years as columns.
struct DecomposeView {
  const Plan& plan;
  const Cascade& cascade;
  std::vector<std::size_t> roots;
  Lang lang = Lang::en;
  double tolerance = 0.005; // cascade_tolerance the verdicts were computed with
  // Threads the text format lays out its trees and lines on (none: this one); the text
  // is the same either way.
  WorkPool* pool = nullptr;
};

// Renders the view; the result ends with a newline.
std::string render_decompose(const DecomposeView& view, DecomposeFormat format);

namespace render {
// One function per format, each in its own file (src/render/decompose_*.cpp).
std::string decompose_text(const DecomposeView& view);
std::string decompose_markdown(const DecomposeView& view);
std::string decompose_json(const DecomposeView& view);
} // namespace render

// The years shown as columns: the horizon (cycle .. cycle + horizon − 1), or, when the
// plan has no cycle, every year some shown KPI has a target for.
std::vector<int> view_years(const DecomposeView& view);

// The child KPI entries as a YAML document with a `kpis:` list, ready to include.
std::string render_split_yaml(const SplitResult& result, Lang lang);

// A derived plan's plan.yaml: header, the unit, its KPIs and budget from `parent`, and
// comments naming the sections its planners fill in.
std::string render_derived_plan_yaml(const Plan& parent, const DerivedPlan& plan, Lang lang);

namespace detail {
// render_message with the arguments written as a braced list.
inline std::string say(std::string_view key, const std::vector<Arg>& args, Lang lang) {
  return render_message(key, args, lang);
}
} // namespace detail

} // namespace kaplan
