// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <span>

// The labels and messages of the renderers; i18n/catalogue.cpp joins every layer's tables.
namespace kaplan::render {

std::span<const MessageText> render_messages();    // findings outputs, severity names
std::span<const MessageText> ecosystem_messages(); // diff, init, --git, JUnit
std::span<const MessageText> report_messages();    // `kaplan report` labels
std::span<const MessageText> score_messages();     // `kaplan score` labels and --explain
std::span<const MessageText> explain_messages();   // `kaplan explain` headings, families
std::span<const MessageText> decompose_messages(); // `kaplan decompose`
std::span<const MessageText> reason_messages();    // errno reasons of stop errors
std::span<const MessageText> value_messages();     // enumeration values and periods in words

} // namespace kaplan::render
