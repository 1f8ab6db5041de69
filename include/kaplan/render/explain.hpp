// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"
#include "kaplan/model/rule_catalogue.hpp"

#include <string>

namespace kaplan {

// Plain text for `kaplan explain`: checks, why, example and fix, wrapped at 78 columns.
std::string render_explain(const RuleInfo& rule, Lang lang);

// The roff source of kaplan-rules(7) in English, every rule grouped by family.
std::string render_rules_man_page();

} // namespace kaplan
