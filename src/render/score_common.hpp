// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/render/score.hpp"

#include <string>
#include <string_view>
#include <vector>

// What the text, Markdown and explain renderings of `score` share: labels in both
// languages and the way figures are shown.
namespace kaplan::render::score_detail {

// The catalogue text of `key` (score.*, in score_messages.cpp) in `lang`, args filled.
std::string say(std::string_view key, Lang lang, const std::vector<Arg>& args = {});

// A figure as reports show it: rounded to 2 decimals, trailing zeros trimmed ("239200", "37.13").
std::string figure(double v);
// A figure with its sign ("+4450", "-0.2", "0").
std::string signed_figure(double v);
// A ratio as a percentage with one decimal ("101.9%").
std::string percent(double ratio);
// A signed percentage ("+1.9%").
std::string signed_percent(double ratio);
// A score with one decimal ("96.8").
std::string score(double v);

// Names in the report's language.
std::string dimension_label(Dimension d, Lang lang);
std::string perspective_label(Perspective p, Lang lang);
std::string colour_label(Colour c, Lang lang);
std::string source_label(const KpiPerformance& k, Lang lang);
std::string status_label(std::string_view status, Lang lang);
std::string state_label(TimeState s, Lang lang);
// "12 days late", "21 days behind", "on time", or "—".
std::string time_deviation_label(const ActionPerformance& a, Lang lang);

// Rows laid out in columns padded by display width (CJK counts two cells); `right[i]`
// right-aligns column i. Each line starts with `indent` and ends with a newline.
std::string columns(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& right, std::string_view indent);

} // namespace kaplan::render::score_detail
