// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <span>

// The message tables of the load layer; i18n/catalogue.cpp joins every layer's tables.
namespace kaplan::load {

std::span<const MessageText> structure_messages(); // KAP-S… and the notes every command shares
std::span<const MessageText> common_messages();    // notes, reasons, stop errors

} // namespace kaplan::load
