// SPDX-License-Identifier: MIT
#pragma once

// The words reports and views use for computed states, in the reader's language.

#include "kaplan/analysis/cascade.hpp"
#include "kaplan/model/messages.hpp"

#include <cstddef>
#include <string>

namespace kaplan {

// The status as the text and Markdown views show it, in the chosen language:
// "gap 2028: 200", "stretch 2027: +150", "not at execution level", "covered", joined.
std::string status_text(const Cascade& cascade, std::size_t node, Lang lang);

} // namespace kaplan
