// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <span>

// The messages of `kaplan rollforward`; i18n/catalogue.cpp joins every layer's tables.
namespace kaplan::roll {

std::span<const MessageText> rollforward_messages();

} // namespace kaplan::roll
