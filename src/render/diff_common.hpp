// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/render/plan_diff.hpp"

#include <string>
#include <string_view>

// Pieces the three renderings of `kaplan diff` share.
namespace kaplan::render::diff {

// A catalogue text in the chosen language (no arguments).
std::string label(std::string_view key, Lang lang);

// A value or the word for "none" when absent.
std::string value_text(const std::optional<double>& v, Lang lang);

// The signed change "+100" / "-50"; empty when one side is absent.
std::string change_text(const NumberChange& c);

// `2027-03` or `2027-03..2027-05`.
std::string months_text(const LoadChange& c);

// `file:line:col` of a finding (the file alone when it has no line).
std::string place(const SourceSet& sources, Location loc);

// The texts of an action's changes, "due 2027-11-30 → 2028-01-31", in field order.
std::vector<std::string> change_parts(const ActionChange& c, Lang lang);

} // namespace kaplan::render::diff
