// SPDX-License-Identifier: MIT
#include "kaplan/lsp/features.hpp"

namespace kaplan::lsp {

std::vector<CodeAction> code_actions(const Plan&, const SourceSet&, const std::vector<Finding>&,
                                     Span, Lang) {
  return {};
}

} // namespace kaplan::lsp
