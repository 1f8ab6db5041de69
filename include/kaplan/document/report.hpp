// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/actuals.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// `kaplan report`: the whole plan as one document. The report is built once as data
// (ReportData: sections of generic blocks whose labels are already in the chosen
// language) and every format renders the same data, so the formats never disagree.
// Plan text is kept raw in the data; each renderer escapes it for its format.
namespace kaplan {

// How much a report shows: a document people read summarises beyond these sizes (the
// first rows of a table, the first tasks of the schedule, the most loaded people), and
// says how many it left out.
inline constexpr std::size_t kMaxTableRows = 1000;
inline constexpr std::size_t kMaxGanttTasks = 200;
inline constexpr std::size_t kMaxLoadPeople = 50;

// A mark on a table cell or chart item, drawn by each format in its own way.
enum class Mark : std::uint8_t { none, good, warn, bad };

// The written name of a mark ("good", "warn", "bad", "none"): a JSON value, an HTML class.
inline std::string_view mark_name(Mark m) {
  switch (m) {
  case Mark::good:
    return "good";
  case Mark::warn:
    return "warn";
  case Mark::bad:
    return "bad";
  case Mark::none:
    break;
  }
  return "none";
}

// A table: a caption (may be empty), column labels and rows of cells.
struct ReportTable {
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::vector<Mark>> marks; // parallel to rows when not empty
  std::vector<bool> numeric;            // right-aligned columns, parallel to header
  // Columns of ids (or of lists of ids separated by ", ") and of dates, parallel to header
  // (missing entries are false): HTML never breaks a line inside an id or a date.
  std::vector<bool> ids;
};

// One line of an indented tree (traceability in text and HTML).
struct TreeLine {
  std::size_t depth = 0;
  std::string kind; // label of the entity kind ("issue", "战略问题", …)
  std::string id;
  std::string text;
  // In the report's language when the line only points back to a subtree shown above
  // (an objective under a second issue, a strategy under a second objective): the text
  // is then empty and the children are not repeated.
  std::string note;
};

// A node and the edges of the traceability flowchart (Mermaid in Markdown).
struct FlowNode {
  std::string id;
  std::string label;
  std::string group;       // issues, objectives, strategies, actions
  std::string group_label; // the group in the report's language
};
struct FlowEdge {
  std::string from, to;
};

// One bar of the KPI attainment chart.
struct Bar {
  std::string label;
  double value = 0; // attainment ratio (1 = 100%)
  Mark mark = Mark::none;
};

// How a task of the Gantt chart stands, as Mermaid tags it: done, active, crit (late,
// overdue or slipping) and nothing (not started, or no actuals).
enum class TaskState : std::uint8_t { none, done, active, crit };

// The written name of a task state ("done", "active", "crit", "none"): a Mermaid tag,
// an HTML class.
inline std::string_view task_state_name(TaskState s) {
  switch (s) {
  case TaskState::done:
    return "done";
  case TaskState::active:
    return "active";
  case TaskState::crit:
    return "crit";
  case TaskState::none:
    break;
  }
  return "none";
}

// One task of the Gantt chart.
struct GanttTask {
  std::string group; // the strategy
  std::string id;
  std::string label;
  Date start, due;
  Mark mark = Mark::none; // good: on time or ahead, bad: late, overdue or slipping
  TaskState state = TaskState::none;
};

// The load heat map: rows of people, columns of months, cells load/capacity.
struct HeatMap {
  std::vector<std::string> rows, columns;
  std::vector<std::vector<double>> load; // [row][column]
  std::vector<double> capacity;          // per row
};

// A block of a section: exactly one of its parts is used, by `kind`.
struct ReportBlock {
  enum class Kind : std::uint8_t { facts, table, tree, flow, bars, gantt, heat, note };
  Kind kind = Kind::note;
  std::vector<std::pair<std::string, std::string>> facts; // label, value
  ReportTable table;
  std::vector<TreeLine> tree;
  std::vector<FlowNode> nodes;
  std::vector<FlowEdge> edges;
  std::vector<Bar> bars;
  std::vector<GanttTask> tasks;
  HeatMap heat;
  std::string note; // a paragraph (also the caption of charts)
  // The legend of a chart (the Gantt chart's task states), in the report's language.
  std::vector<std::pair<std::string, std::string>> legend; // class name, label
  // The Gantt chart's "today" line: the date of --today, when given (a chart never shows
  // the reader's own date, which would make the same report differ from day to day).
  std::optional<Date> today;
};

// One numbered section of the report.
struct ReportSection {
  std::string id;      // summary, context, capabilities, … (stable, for --sections and JSON)
  std::string heading; // in the report's language
  std::vector<ReportBlock> blocks;
};

// The report of one plan.
struct ReportData {
  Lang lang = Lang::en;
  std::string plan_id;
  std::string title; // the document's title
  std::vector<ReportSection> sections;
};

// The section ids in report order.
inline constexpr std::string_view kReportSections[] = {
    "summary",   "context", "capabilities", "traceability", "cascade",
    "resources", "actions", "governance",   "performance",  "findings"};

// What the report is built from.
struct ReportInput {
  const PlanRun* run = nullptr;
  const SourceSet* sources = nullptr;
  const Actuals* actuals = nullptr;     // optional
  std::vector<Finding> actual_findings; // findings about the actuals (T rules), optional
  Lang lang = Lang::en;
  std::vector<std::string> sections; // empty: all (performance only with actuals)
  // Enumeration values as the plan writes them (`approved`, `high`), not in the reader's
  // language: JSON is a machine format.
  bool raw_values = false;
  // --today when given: the Gantt chart marks it.
  std::optional<Date> today;
};

// Builds the report data. Unknown section ids are ignored (the CLI checks them).
ReportData build_report(const ReportInput& input);

// A label of the report in a language (a key of report_messages()).
std::string report_label(std::string_view key, Lang lang);

} // namespace kaplan
