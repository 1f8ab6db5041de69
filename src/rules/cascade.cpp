// SPDX-License-Identifier: MIT
// Placeholder: the KAP-K rules are being written; the catalogue already documents them.
#include "rules/message_tables.hpp"
#include "kaplan/rules.hpp"

namespace kaplan::rules {

std::span<const RuleCheck> cascade_checks() { return {}; }

std::span<const MessageText> cascade_messages() { return {}; }

} // namespace kaplan::rules
