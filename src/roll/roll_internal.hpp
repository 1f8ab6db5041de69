// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/roll/rollforward.hpp"

#include <string>
#include <string_view>

// The parts of `rollforward` shared between its files: the figures (plan_roll.cpp), the
// edited files (plan_edit.cpp) and the `review` section (review_section.cpp).
namespace kaplan::roll {

// Edits every file of the plan into the new cycle's and stores them in `roll.files`.
void write_files(const Plan& plan, const SourceSet& sources, const RollOptions& options,
                 Rollforward& roll);

// The `review` section as YAML, starting with `review:`, lines ended by `newline`, with
// no final line end.
std::string review_section(const Plan& plan, const Rollforward& roll, std::string_view newline);

// A YAML scalar for `s`: plain when it reads back as the same text, else double-quoted.
std::string yaml_scalar(std::string_view s);

// `v` rounded to `decimals` decimals and formatted as plans write numbers.
std::string number(double v, int decimals = 6);

// The date `days` days after `d`.

} // namespace kaplan::roll
