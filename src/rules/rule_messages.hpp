// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <span>

// The message tables of the rule families; i18n/catalogue.cpp joins every layer's tables.
namespace kaplan::rules {

std::span<const MessageText> completeness_messages();
std::span<const MessageText> cascade_messages();
std::span<const MessageText> feasibility_messages();
std::span<const MessageText> governance_messages();
std::span<const MessageText> actuals_messages(); // KAP-T…
std::span<const MessageText> chain_messages();   // KAP-P…

} // namespace kaplan::rules
