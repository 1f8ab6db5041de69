// SPDX-License-Identifier: MIT
// `kaplan report --format text`: for a terminal. Columns are aligned by display width
// (East Asian wide characters count two cells), every piece of plan text goes through
// one_line so no escape sequence reaches the terminal, and there is no colour.
#include "kaplan/render/report.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

// Table cells longer than this many cells are cut with "…" so rows stay readable.
constexpr std::size_t kCellWidth = 60;

// One line of plan text, safe for a terminal: line breaks become spaces first.
std::string clean(std::string_view s) {
  std::string flat(s);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  return text::one_line(flat);
}

std::string cell(std::string_view s) {
  return text::truncate_to_width(clean(s), kCellWidth);
}

std::string mark_suffix(Mark m) {
  switch (m) {
  case Mark::warn:
    return " (!)";
  case Mark::bad:
    return " (!!)";
  case Mark::good:
  case Mark::none:
    break;
  }
  return "";
}

std::string underline(const std::string& s, char c) {
  return s + "\n" + std::string(text::display_width(s), c) + "\n\n";
}

void table(std::string& out, const ReportTable& t) {
  if (!t.caption.empty()) out += clean(t.caption) + "\n\n";
  std::vector<std::vector<std::string>> rows;
  rows.emplace_back();
  for (const auto& h : t.header)
    rows.back().push_back(cell(h));
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    rows.emplace_back();
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      std::string v = c < t.rows[r].size() ? cell(t.rows[r][c]) : "";
      if (r < t.marks.size() && c < t.marks[r].size()) v += mark_suffix(t.marks[r][c]);
      rows.back().push_back(std::move(v));
    }
  }
  std::vector<std::size_t> widths(t.header.size(), 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c)
      widths[c] = std::max(widths[c], text::display_width(row[c]));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string line;
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (c) line += "  ";
      bool right = r > 0 && c < t.numeric.size() && t.numeric[c];
      line +=
          right ? text::pad_left(rows[r][c], widths[c]) : text::pad_right(rows[r][c], widths[c]);
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line + "\n";
    if (r == 0) {
      std::string rule;
      for (std::size_t c = 0; c < widths.size(); ++c)
        rule += (c ? "  " : "") + std::string(widths[c], '-');
      out += rule + "\n";
    }
  }
  out += "\n";
}

} // namespace

std::string report_text(const ReportData& data) {
  std::string out = underline(clean(data.title), '=');
  int n = 0;
  for (const auto& s : data.sections) {
    out += underline(fmt::format("{}. {}", ++n, clean(s.heading)), '-');
    for (const auto& b : s.blocks) {
      switch (b.kind) {
      case ReportBlock::Kind::facts: {
        std::size_t w = 0;
        for (const auto& f : b.facts)
          w = std::max(w, text::display_width(clean(f.first)));
        for (const auto& [k, v] : b.facts)
          out += text::pad_right(clean(k), w) + "  " + clean(v) + "\n";
        out += "\n";
        break;
      }
      case ReportBlock::Kind::table:
        table(out, b.table);
        break;
      case ReportBlock::Kind::tree:
        for (const auto& l : b.tree)
          out += std::string(l.depth * 2, ' ') + clean(l.kind) + " " + clean(l.id) +
                 (l.note.empty() ? ": " + clean(l.text) : " " + clean(l.note)) + "\n";
        if (!b.tree.empty()) out += "\n";
        break;
      case ReportBlock::Kind::note:
        out += clean(b.note) + "\n\n";
        break;
      case ReportBlock::Kind::flow:
      case ReportBlock::Kind::bars:
      case ReportBlock::Kind::gantt:
      case ReportBlock::Kind::heat:
        break; // charts: the tables and the tree carry the figures
      }
    }
  }
  while (out.size() > 1 && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

} // namespace kaplan::render
