// SPDX-License-Identifier: MIT
// `kaplan report --format markdown`: GitHub-flavoured Markdown with Mermaid charts. Every
// piece of plan text goes through markdown_escape (tables) or mermaid_label (charts), so
// no plan text can break a table or inject markup.
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/report.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_map>

namespace kaplan::render {
namespace {

std::string md(std::string_view s) {
  return text::markdown_escape(s);
}

std::string mark_suffix(Mark m) {
  switch (m) {
  case Mark::good:
    return " ✅";
  case Mark::warn:
    return " ⚠️";
  case Mark::bad:
    return " ❌";
  case Mark::none:
    break;
  }
  return "";
}

void table(std::string& out, const ReportTable& t) {
  if (!t.caption.empty()) out += "**" + md(t.caption) + "**\n\n";
  out += "|";
  for (const auto& h : t.header)
    out += " " + md(h) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < t.header.size(); ++i)
    out += i < t.numeric.size() && t.numeric[i] ? "---:|" : "---|";
  out += "\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += "|";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      std::string cell = c < t.rows[r].size() ? md(t.rows[r][c]) : "";
      if (r < t.marks.size() && c < t.marks[r].size()) cell += mark_suffix(t.marks[r][c]);
      out += " " + cell + " |";
    }
    out += "\n";
  }
  out += "\n";
}

void flow(std::string& out, const ReportBlock& b) {
  if (b.nodes.empty()) return;
  out += "**" + md(b.note) + "**\n\n```mermaid\nflowchart LR\n";
  std::unordered_map<std::string, std::string> ids;
  std::string group;
  for (std::size_t i = 0; i < b.nodes.size(); ++i) {
    const auto& n = b.nodes[i];
    if (n.group != group) {
      if (!group.empty()) out += "  end\n";
      group = n.group;
      // The subgraph keeps its English id; its title is in the reader's language.
      if (n.group_label.empty() || n.group_label == group)
        out += fmt::format("  subgraph {}\n", group);
      else
        out += fmt::format("  subgraph {}[\"{}\"]\n", group, text::mermaid_label(n.group_label));
    }
    std::string id = fmt::format("n{}", i);
    ids.emplace(n.id, id);
    out += fmt::format("    {}[\"{}: {}\"]\n", id, text::mermaid_label(n.id),
                       text::mermaid_label(text::truncate_to_width(n.label, 60)));
  }
  if (!group.empty()) out += "  end\n";
  for (const auto& e : b.edges) {
    auto f = ids.find(e.from), t = ids.find(e.to);
    if (f != ids.end() && t != ids.end()) out += fmt::format("  {} --> {}\n", f->second, t->second);
  }
  out += "```\n\n";
}

void gantt(std::string& out, const ReportBlock& b, Lang lang) {
  if (b.tasks.empty()) return;
  // The axis shows the year; Mermaid's own today marker (the reader's date) is off: the
  // report marks --today instead, as a milestone.
  out +=
      "**" + md(b.note) +
      "**\n\n```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  axisFormat %Y-%m\n  todayMarker off\n";
  Date first = b.tasks.front().start, last = b.tasks.front().due;
  for (const auto& t : b.tasks) {
    first = std::min(first, t.start);
    last = std::max(last, t.due);
  }
  bool marked = b.today && first <= *b.today && *b.today <= last;
  std::string group = "\x01";
  for (std::size_t i = 0; i < b.tasks.size(); ++i) {
    const auto& t = b.tasks[i];
    if (t.group != group) {
      group = t.group;
      out += "  section " + text::mermaid_label(group.empty() ? "-" : group) + "\n";
    }
    // Mermaid's tags: done, active (in progress), crit (late or slipping); a task not
    // started, or without actuals, has none.
    std::string tag =
        t.state == TaskState::none ? "" : std::string(task_state_name(t.state)) + ", ";
    // The task's name ends at the colon: colons in the label become #58;.
    std::string label = text::mermaid_label(t.id + " " + text::truncate_to_width(t.label, 40));
    std::string safe;
    for (char c : label)
      safe += c == ':' ? std::string("#58;") : std::string(1, c);
    out += fmt::format("    {} :{}t{}, {}, {}\n", safe, tag, i, format_date(t.start),
                       format_date(t.due));
  }
  if (marked)
    out += fmt::format("  section {}\n    {} :milestone, today, {}, 0d\n",
                       text::mermaid_label(report_label("report.gantt.today-task", lang)),
                       format_date(*b.today), format_date(*b.today));
  out += "```\n\n";
  std::string legend;
  if (!b.legend.empty()) legend = report_label("report.gantt.legend-md", lang);
  if (marked)
    legend += (legend.empty() ? "" : " ") +
              render_message("report.gantt.legend-today",
                             std::vector<Arg>{arg("date", format_date(*b.today))}, lang);
  if (!legend.empty()) out += md(legend) + "\n\n";
}

} // namespace

std::string report_markdown(const ReportData& data) {
  std::string out = "# " + md(data.title) + "\n\n";
  int n = 0;
  for (const auto& s : data.sections) {
    out += fmt::format("## {}. {}\n\n", ++n, md(s.heading));
    for (const auto& b : s.blocks) {
      switch (b.kind) {
      case ReportBlock::Kind::facts:
        out += "| | |\n|---|---|\n";
        for (const auto& [k, v] : b.facts)
          out += "| **" + md(k) + "** | " + md(v) + " |\n";
        out += "\n";
        break;
      case ReportBlock::Kind::table:
        table(out, b.table);
        break;
      case ReportBlock::Kind::tree: // the flowchart shows the same links
        break;
      case ReportBlock::Kind::flow:
        flow(out, b);
        break;
      case ReportBlock::Kind::gantt:
        gantt(out, b, data.lang);
        break;
      case ReportBlock::Kind::bars:
      case ReportBlock::Kind::heat:
        break; // the tables beside them carry the figures
      case ReportBlock::Kind::note:
        out += md(b.note) + "\n\n";
        break;
      }
    }
  }
  while (out.size() > 1 && out[out.size() - 2] == '\n')
    out.pop_back();
  return out;
}

} // namespace kaplan::render
