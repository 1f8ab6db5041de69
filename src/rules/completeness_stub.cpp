// SPDX-License-Identifier: MIT
// Placeholder until the family is written.
#include "kaplan/rules.hpp"
#include "rules/message_tables.hpp"

namespace kaplan::rules {
std::span<const RuleCheck> completeness_checks() { return {}; }
std::span<const MessageText> completeness_messages() { return {}; }
} // namespace kaplan::rules
