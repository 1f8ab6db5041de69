// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/messages.hpp"

#include <span>

namespace kaplan::rules {

// Message tables, each kept next to the code that uses it; all_messages() joins them.
std::span<const MessageText> common_messages();    // notes, stop errors, CLI texts
std::span<const MessageText> structure_messages(); // KAP-S…
std::span<const MessageText> completeness_messages();
std::span<const MessageText> cascade_messages();
std::span<const MessageText> feasibility_messages();
std::span<const MessageText> governance_messages();
std::span<const MessageText> actuals_messages();
std::span<const MessageText> ecosystem_messages();   // diff, init, --git, JUnit
std::span<const MessageText> report_messages();      // `kaplan report` labels
std::span<const MessageText> rollforward_messages(); // `kaplan rollforward`
std::span<const MessageText> score_messages();       // `kaplan score` labels and --explain
std::span<const MessageText> render_messages();      // findings outputs, severity names
std::span<const MessageText> reason_messages();      // errno reasons of stop errors
std::span<const MessageText> explain_messages();     // `kaplan explain` headings, families

} // namespace kaplan::rules
