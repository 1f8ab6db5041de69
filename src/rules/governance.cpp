// SPDX-License-Identifier: MIT
// Placeholder: the KAP-G rules are being written; the catalogue already documents them.
#include "rules/message_tables.hpp"
#include "kaplan/rules.hpp"

namespace kaplan::rules {

std::span<const RuleCheck> governance_checks() { return {}; }

std::span<const MessageText> governance_messages() { return {}; }

} // namespace kaplan::rules
