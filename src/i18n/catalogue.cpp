// SPDX-License-Identifier: MIT
// The message catalogue: every layer's tables joined in one list. It lives above every
// layer that has messages, so that each table stays beside the code that uses it while
// no layer includes one above it; model/messages.cpp looks keys up in this list.
#include "i18n/cli_text.hpp"
#include "kaplan/model/messages.hpp"
#include "load/load_messages.hpp"
#include "render/render_tables.hpp"
#include "roll/roll_messages.hpp"
#include "rules/rule_messages.hpp"

#include <vector>

namespace kaplan {

std::span<const MessageText> all_messages() {
  static const std::vector<MessageText> all = [] {
    std::vector<MessageText> v;
    for (auto table :
         {load::common_messages, load::structure_messages, rules::completeness_messages,
          rules::cascade_messages, rules::feasibility_messages, rules::governance_messages,
          rules::chain_messages, rules::actuals_messages, roll::rollforward_messages,
          render::ecosystem_messages, render::report_messages, render::score_messages,
          render::render_messages, render::reason_messages, render::explain_messages,
          render::decompose_messages, render::value_messages, i18n::cli_messages})
      for (const auto& m : table())
        v.push_back(m);
    return v;
  }();
  return all;
}

} // namespace kaplan
