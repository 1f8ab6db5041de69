// SPDX-License-Identifier: MIT
// Inline SVG charts of the HTML report, drawn by kaplan itself so the page needs no
// script and makes no request: KPI attainment bars, the load heat map and the Gantt
// chart. Every label is truncated to a width and HTML-escaped.
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/report.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

// Pixels per display cell of a label (13px sans-serif, roughly).
constexpr int kCellPx = 7;
constexpr std::size_t kLabelCells = 32;

std::string label(std::string_view s) {
  return text::html_escape(text::truncate_to_width(s, kLabelCells));
}

std::string_view fill(Mark m) {
  switch (m) {
  case Mark::good:
    return "#2e7d32";
  case Mark::warn:
    return "#f9a825";
  case Mark::bad:
    return "#c62828";
  case Mark::none:
    break;
  }
  return "#607d8b";
}

std::string open_svg(int width, int height, std::string_view title) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">"
      "<title>{2}</title>\n",
      width, height, text::html_escape(title));
}

} // namespace

bool has_cjk(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (i + static_cast<std::size_t>(len) > s.size()) return false;
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    // CJK punctuation, kana and the Han ideographs (with extension A, the compatibility
    // ideographs, the full-width forms and the supplementary planes' extensions).
    if ((cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF))
      return true;
    i += static_cast<std::size_t>(len);
  }
  return false;
}

std::string_view lang_attr(std::string_view s) {
  return has_cjk(s) ? " lang=\"zh-CN\"" : "";
}

std::string_view gantt_fill(TaskState s) {
  switch (s) {
  case TaskState::done:
    return "#78909c";
  case TaskState::active:
    return "#1e88e5";
  case TaskState::crit:
    return "#c62828";
  case TaskState::none:
    break;
  }
  return "#b0bec5";
}

std::string svg_bars(const std::vector<Bar>& bars, std::string_view title) {
  constexpr int left = static_cast<int>(kLabelCells) * kCellPx + 10, scale = 300, row = 20;
  constexpr double cap = 1.5; // bars longer than 150% are drawn at 150%
  int width = left + scale + 70, height = static_cast<int>(bars.size()) * row + 24;
  std::string out = open_svg(width, height, title);
  int x100 = left + static_cast<int>(scale / cap);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = static_cast<int>(i) * row + 4;
    double v = std::clamp(b.value, 0.0, cap);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>", left - 6, y + 13,
                       lang_attr(b.label), label(b.label));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>", left,
                       y + 2, static_cast<int>(v / cap * scale), row - 6, fill(b.mark));
    out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n",
                       left + static_cast<int>(v / cap * scale) + 4, y + 13,
                       text::format_percent(b.value, 1));
  }
  out += fmt::format(
      "<line x1=\"{0}\" y1=\"0\" x2=\"{0}\" y2=\"{1}\" stroke=\"#000\" stroke-dasharray=\"4 2\"/>"
      "<text x=\"{0}\" y=\"{2}\" text-anchor=\"middle\">100%</text>\n",
      x100, height - 14, height - 2);
  return out + "</svg>\n";
}

namespace {
// The colour of a load against capacity: shades of blue up to 100%, red beyond.
std::string heat_colour(double ratio) {
  if (ratio > 1 + kLoadEpsilon) return "#c62828";
  int shade = 235 - static_cast<int>(std::clamp(ratio, 0.0, 1.0) * 150);
  return fmt::format("rgb({},{},255)", shade, shade);
}
} // namespace

std::string svg_heat(const HeatMap& heat, std::string_view title, std::string_view scale,
                     std::string_view over) {
  constexpr int left = static_cast<int>(kLabelCells) * kCellPx + 10, cell = 16, top = 34;
  constexpr int legend = 30; // the colour scale below the map
  int scale_width = left + 6 * 52 + static_cast<int>(text::display_width(over)) * kCellPx;
  int width = std::max(left + static_cast<int>(heat.columns.size()) * cell + 10, scale_width);
  int bottom = top + static_cast<int>(heat.rows.size()) * cell + 6;
  int height = bottom + legend;
  std::string out = open_svg(width, height, title);
  for (std::size_t c = 0; c < heat.columns.size(); ++c) {
    const std::string& m = heat.columns[c];
    int x = left + static_cast<int>(c) * cell;
    if (m.size() == 7 && (m.ends_with("-01") || c == 0))
      out += fmt::format("<text x=\"{}\" y=\"12\">{}</text>", x, text::html_escape(m.substr(0, 4)));
    out += fmt::format("<text x=\"{}\" y=\"28\" font-size=\"9\">{}</text>", x + 2,
                       text::html_escape(m.size() == 7 ? m.substr(5) : m));
  }
  out += "\n";
  for (std::size_t r = 0; r < heat.rows.size(); ++r) {
    int y = top + static_cast<int>(r) * cell;
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>", left - 6, y + 12,
                       lang_attr(heat.rows[r]), label(heat.rows[r]));
    double capacity = r < heat.capacity.size() ? heat.capacity[r] : 1;
    for (std::size_t c = 0;
         c < heat.columns.size() && r < heat.load.size() && c < heat.load[r].size(); ++c) {
      double v = heat.load[r][c];
      double ratio = capacity > 0 ? v / capacity : (v > 0 ? 2 : 0);
      std::string colour = heat_colour(ratio);
      out += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" stroke=\"#fff\">"
          "<title>{} {}: {}</title></rect>",
          left + static_cast<int>(c) * cell, y, cell, cell, colour, text::html_escape(heat.rows[r]),
          text::html_escape(heat.columns[c]), text::format_fixed(v, 2));
    }
    out += "\n";
  }
  // The scale: what each colour means, as a share of the person's capacity.
  int y = bottom + 8;
  out += fmt::format("<g class=\"scale\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                     left - 6, y + 12, text::html_escape(scale));
  int x = left;
  for (int step = 0; step <= 4; ++step, x += 52) {
    double ratio = step / 4.0;
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
                       "<text x=\"{}\" y=\"{}\">{}</text>",
                       x, y, cell, cell, heat_colour(ratio), x + cell + 3, y + 12,
                       text::format_percent(ratio, 0));
  }
  out +=
      fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>"
                  "<text x=\"{}\" y=\"{}\">{}</text></g>\n",
                  x, y, cell, cell, heat_colour(2), x + cell + 3, y + 12, text::html_escape(over));
  return out + "</svg>\n";
}

std::string svg_gantt(const std::vector<GanttTask>& tasks, std::optional<Date> today,
                      std::string_view title) {
  constexpr int left = static_cast<int>(kLabelCells) * kCellPx + 10, span = 600, row = 18, top = 20;
  if (tasks.empty()) return "";
  Date d0 = tasks.front().start, d1 = tasks.front().due;
  for (const auto& t : tasks) {
    d0 = std::min(d0, t.start);
    d1 = std::max(d1, t.due);
  }
  long long first = cal::day_number(d0), last = cal::day_number(d1);
  double days = static_cast<double>(last - first + 1);
  auto x_of = [&](long long d) {
    return left + static_cast<int>(static_cast<double>(d - first) / days * span);
  };
  bool marked = today && cal::day_number(*today) >= first && cal::day_number(*today) <= last;
  int bottom = top + static_cast<int>(tasks.size()) * row + 2;
  int height = bottom + (marked ? 16 : 4);
  std::string out = open_svg(left + span + 40, height, title);
  // The axis: a tick at the start of each quarter labelled YYYY-MM, a stronger line at
  // each new year. Labels keep 44 px apart so they never overlap.
  int last_label = -1000;
  for (int m = cal::month_index(Month{d0.year, d0.month}) + 1;
       m <= cal::month_index(Month{d1.year, d1.month}); ++m) {
    Month month = cal::month_at(m);
    if ((month.month - 1) % 3 != 0) continue;
    int x = x_of(cal::day_number(Date{month.year, month.month, 1}));
    out += fmt::format("<line x1=\"{0}\" y1=\"14\" x2=\"{0}\" y2=\"{1}\" stroke=\"{2}\"/>", x,
                       bottom, month.month == 1 ? "#999" : "#e0e0e0");
    if (x - last_label >= 44) {
      out += fmt::format("<text x=\"{}\" y=\"11\" font-size=\"10\">{}</text>", x,
                         cal::format_month(month));
      last_label = x;
    }
  }
  out += "\n";
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const GanttTask& t = tasks[i];
    int y = top + static_cast<int>(i) * row;
    int x0 = x_of(cal::day_number(t.start)), x1 = x_of(cal::day_number(t.due) + 1);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>", left - 6, y + 12,
                       lang_attr(t.label), label(t.id + " " + t.label));
    out += fmt::format("<rect class=\"task {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" "
                       "fill=\"{}\"><title>{}: {}..{}</title></rect>\n",
                       task_state_name(t.state), x0, y + 2, std::max(2, x1 - x0), row - 5,
                       gantt_fill(t.state), text::html_escape(t.id), format_date(t.start),
                       format_date(t.due));
  }
  if (marked) {
    int x = x_of(cal::day_number(*today));
    out += fmt::format("<line class=\"today\" x1=\"{0}\" y1=\"14\" x2=\"{0}\" y2=\"{1}\" "
                       "stroke=\"{2}\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
                       "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" font-size=\"10\" "
                       "fill=\"{2}\">{4}</text>\n",
                       x, bottom, kTodayColour, height - 3, format_date(*today));
  }
  return out + "</svg>\n";
}

} // namespace kaplan::render
