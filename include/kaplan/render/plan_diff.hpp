// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/plan_diff.hpp"
#include "kaplan/render/findings.hpp"

#include <string>

namespace kaplan {

// How a diff is shown.
struct DiffRenderOptions {
  Lang lang = Lang::en;
  bool color = false;      // ANSI colour (text only)
  std::string before_name; // "HEAD~1" or the old path
  std::string after_name;  // "working tree" or the new path
};

// Renders a diff as text, markdown (a pull-request comment) or json; other formats
// are not offered by `kaplan diff`. The result ends with a newline.
std::string render_plan_diff(const PlanDiff& diff, const SourceSet& sources, Format format,
                             const DiffRenderOptions& options);

namespace render {
// One function per format, each in its own file.
std::string diff_text(const PlanDiff& diff, const SourceSet& sources,
                      const DiffRenderOptions& options);
std::string diff_markdown(const PlanDiff& diff, const SourceSet& sources,
                          const DiffRenderOptions& options);
std::string diff_json(const PlanDiff& diff, const SourceSet& sources,
                      const DiffRenderOptions& options);
} // namespace render

} // namespace kaplan
