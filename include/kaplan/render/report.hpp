// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/document/report.hpp"

#include <string>
#include <vector>

namespace kaplan {

// Output formats of `report`.
enum class ReportFormat : std::uint8_t { markdown, text, html, json };

// Renders the report; the result ends with a newline.
std::string render_report(const ReportData& data, ReportFormat format);

namespace render {
// One function per format, each in its own file.
std::string report_markdown(const ReportData& data);
std::string report_text(const ReportData& data);
std::string report_html(const ReportData& data);
std::string report_json(const ReportData& data);
// Inline SVG charts for the HTML report (report_svg.cpp); all text escaped.
std::string svg_bars(const std::vector<Bar>& bars);
std::string svg_heat(const HeatMap& heat);
std::string svg_gantt(const std::vector<GanttTask>& tasks);
} // namespace render

} // namespace kaplan
