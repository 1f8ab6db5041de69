// SPDX-License-Identifier: MIT
#include "kaplan/lsp/features.hpp"

namespace kaplan::lsp {

std::optional<Hover> hover(const Plan&, const SourceSet&, Location, Lang) {
  return {};
}
std::vector<Completion> complete(const Plan&, const SourceSet&, Location, Lang) {
  return {};
}
std::vector<CodeAction> code_actions(const Plan&, const SourceSet&, const std::vector<Finding>&,
                                     Span, Lang) {
  return {};
}

} // namespace kaplan::lsp
