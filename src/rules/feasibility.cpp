// SPDX-License-Identifier: MIT
// Placeholder: the KAP-R rules are being written; the catalogue already documents them.
#include "rules/message_tables.hpp"
#include "kaplan/rules.hpp"

namespace kaplan::rules {

std::span<const RuleCheck> feasibility_checks() { return {}; }

std::span<const MessageText> feasibility_messages() { return {}; }

} // namespace kaplan::rules
