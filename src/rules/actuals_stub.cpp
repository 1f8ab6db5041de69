// SPDX-License-Identifier: MIT
// Placeholder until the family is written.
#include "kaplan/rules.hpp"
#include "rules/message_tables.hpp"

namespace kaplan::rules {
std::span<const MessageText> actuals_messages() { return {}; }
} // namespace kaplan::rules
