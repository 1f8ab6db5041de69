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
// `title` is the chart's accessible name, in the report's language.
std::string svg_bars(const std::vector<Bar>& bars, std::string_view title);
// The heat map ends with its colour scale: `scale` labels it, `over` names the colour of
// a month over capacity.
std::string svg_heat(const HeatMap& heat, std::string_view title, std::string_view scale,
                     std::string_view over);
// The Gantt chart: each bar has the class and colour of its TaskState (gantt_fill).
// A dashed red line marks `today` when it falls within the chart; the axis shows each
// quarter as YYYY-MM.
std::string svg_gantt(const std::vector<GanttTask>& tasks, std::optional<Date> today,
                      std::string_view title);
// The colour of the Gantt chart's today line, shared by the chart and the HTML legend.
inline constexpr std::string_view kTodayColour = "#d81b60";
// Plan text in Chinese: a text holding CJK characters (Han, kana, CJK punctuation,
// full-width forms) carries ` lang="zh-CN"` (lang_attr; "" otherwise) in the HTML report,
// so a browser draws it with Chinese glyphs whatever the page's language.
bool has_cjk(std::string_view s);
std::string_view lang_attr(std::string_view s);
// The colour of a Gantt task state, shared by the chart and the HTML legend.
std::string_view gantt_fill(TaskState s);
} // namespace render

} // namespace kaplan
