// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/model/messages.hpp"

#include <string>

namespace kaplan {

// The text of `--explain-load`: the person's capacity and commitments, then one line
// per month with the load, the capacity, a mark on overloaded months and the parts
// behind the load. Ends with a newline.
std::string render_person_load(const Plan& plan, const PersonLoad& load, Lang lang);

} // namespace kaplan
