// SPDX-License-Identifier: MIT
// Placeholder: the github renderer is being written.
#include "kaplan/render.hpp"

namespace kaplan::render {

std::string github(std::span<const PlanRun> runs, const SourceSet& sources, const RenderOptions& options) {
  return text(runs, sources, options);
}

} // namespace kaplan::render
