// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/analysis/cascade.hpp"
#include "kaplan/model/plan.hpp"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// What a higher plan hands down to one of its units: the KPIs cascaded to it and the money
// its actions spend there. The P rules hold a derived plan to it, and `decompose
// --write-plans` starts a derived plan from it: one definition for both.
namespace kaplan {

// The unit of the higher plan a derived plan is for: `plan.unit`, else its owner; empty
// when it has neither.
std::string chain_unit(const Plan& plan);

// The KPIs of `parent` cascaded to `unit`: each KPI whose `unit` is that unit and none of
// whose ancestors has it (KPIs in a parent cycle left out), in plan order.
std::vector<std::size_t> allocated_kpis(const Plan& parent, const Cascade& cascade,
                                        std::string_view unit);

// The money `parent` allocates to `unit`, per (year, category): the cost of its actions
// whose `unit` (else their owner's unit) is that unit or below it, spread over the days as
// KAP-R002 spreads it. Empty when the parent charges nothing to the unit.
std::map<std::pair<int, std::string>, double> allocated_budget(const Plan& parent,
                                                               std::string_view unit);

} // namespace kaplan
