// SPDX-License-Identifier: MIT
#pragma once

// The words reports and views use for computed states, in the reader's language.

#include "kaplan/analysis/cascade.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace kaplan {

// The status as the text and Markdown views show it, in the chosen language:
// "gap 2028: 200", "stretch 2027: +150", "not at execution level", "covered", joined.
std::string status_text(const Cascade& cascade, std::size_t node, Lang lang);

// The word a human output shows for an enumeration value: `kind` is the enumeration
// (status, impact, category, segment-priority, priority, stage, group, cadence,
// action-status, time-state, colour, kpi-type, direction, asset-kind), `value` its
// written name. English gives the written name itself; JSON never calls this.
std::string value_word(std::string_view kind, std::string_view value, Lang lang);

// A period in prose: "2027-Q2" in English, "2027 年二季度" in Chinese.
std::string period_words(const Period& period, Lang lang);

// A period and the day it is measured at: "2027-Q2 (as of 2027-07-05)", "2027 年二季度（截至
// 2027-07-05）".
std::string period_as_of(const Period& period, const Date& as_of, Lang lang);

} // namespace kaplan
