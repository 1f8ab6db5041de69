// SPDX-License-Identifier: MIT
// `kaplan report --format json`: the report's data for other tools, block by block, with
// the same labels (in the report's language) and raw plan text.
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/report.hpp"
#include "kaplan/util/json_writer.hpp"

namespace kaplan::render {
namespace {

std::string_view kind_name(ReportBlock::Kind k) {
  switch (k) {
  case ReportBlock::Kind::facts:
    return "facts";
  case ReportBlock::Kind::table:
    return "table";
  case ReportBlock::Kind::tree:
    return "tree";
  case ReportBlock::Kind::flow:
    return "flow";
  case ReportBlock::Kind::bars:
    return "bars";
  case ReportBlock::Kind::gantt:
    return "gantt";
  case ReportBlock::Kind::heat:
    return "heat";
  case ReportBlock::Kind::note:
    break;
  }
  return "note";
}

void strings(JsonWriter& w, const std::vector<std::string>& v) {
  w.begin_array();
  for (const auto& s : v)
    w.value(s);
  w.end_array();
}

void table(JsonWriter& w, const ReportTable& t) {
  w.key("caption").value(t.caption);
  w.key("header");
  strings(w, t.header);
  w.key("numeric").begin_array();
  for (bool b : t.numeric)
    w.value(b);
  w.end_array();
  w.key("rows").begin_array();
  for (const auto& r : t.rows)
    strings(w, r);
  w.end_array();
  w.key("marks").begin_array();
  for (const auto& r : t.marks) {
    w.begin_array();
    for (Mark m : r)
      w.value(mark_name(m));
    w.end_array();
  }
  w.end_array();
}

void block(JsonWriter& w, const ReportBlock& b) {
  w.begin_object();
  w.key("kind").value(kind_name(b.kind));
  switch (b.kind) {
  case ReportBlock::Kind::facts:
    w.key("facts").begin_array();
    for (const auto& [k, v] : b.facts)
      w.begin_object().key("label").value(k).key("value").value(v).end_object();
    w.end_array();
    break;
  case ReportBlock::Kind::table:
    table(w, b.table);
    break;
  case ReportBlock::Kind::tree:
    w.key("lines").begin_array();
    for (const auto& l : b.tree) {
      w.begin_object()
          .key("depth")
          .value(l.depth)
          .key("kind")
          .value(l.kind)
          .key("id")
          .value(l.id)
          .key("text")
          .value(l.text);
      if (!l.note.empty()) w.key("note").value(l.note); // points back to a subtree above
      w.end_object();
    }
    w.end_array();
    break;
  case ReportBlock::Kind::flow:
    w.key("caption").value(b.note);
    w.key("nodes").begin_array();
    for (const auto& n : b.nodes)
      w.begin_object()
          .key("id")
          .value(n.id)
          .key("group")
          .value(n.group)
          .key("label")
          .value(n.label)
          .end_object();
    w.end_array();
    w.key("edges").begin_array();
    for (const auto& e : b.edges)
      w.begin_object().key("from").value(e.from).key("to").value(e.to).end_object();
    w.end_array();
    break;
  case ReportBlock::Kind::bars:
    w.key("caption").value(b.note);
    w.key("bars").begin_array();
    for (const auto& x : b.bars)
      w.begin_object()
          .key("label")
          .value(x.label)
          .key("value")
          .value(x.value)
          .key("mark")
          .value(mark_name(x.mark))
          .end_object();
    w.end_array();
    break;
  case ReportBlock::Kind::gantt:
    w.key("caption").value(b.note);
    w.key("tasks").begin_array();
    for (const auto& t : b.tasks)
      w.begin_object()
          .key("group")
          .value(t.group)
          .key("id")
          .value(t.id)
          .key("label")
          .value(t.label)
          .key("start")
          .value(format_date(t.start))
          .key("due")
          .value(format_date(t.due))
          .key("mark")
          .value(mark_name(t.mark))
          .key("state")
          .value(task_state_name(t.state))
          .end_object();
    w.end_array();
    break;
  case ReportBlock::Kind::heat:
    w.key("caption").value(b.note);
    w.key("rows");
    strings(w, b.heat.rows);
    w.key("columns");
    strings(w, b.heat.columns);
    w.key("capacity").begin_array();
    for (double c : b.heat.capacity)
      w.value(c);
    w.end_array();
    w.key("load").begin_array();
    for (const auto& r : b.heat.load) {
      w.begin_array();
      for (double v : r)
        w.value(v);
      w.end_array();
    }
    w.end_array();
    break;
  case ReportBlock::Kind::note:
    w.key("text").value(b.note);
    break;
  }
  w.end_object();
}

} // namespace

std::string report_json(const ReportData& data) {
  JsonWriter w;
  w.begin_object();
  w.key("version").value(1);
  w.key("plan").value(data.plan_id);
  w.key("lang").value(data.lang == Lang::zh ? "zh" : "en");
  w.key("title").value(data.title);
  w.key("sections").begin_array();
  for (const auto& s : data.sections) {
    w.begin_object();
    w.key("id").value(s.id);
    w.key("heading").value(s.heading);
    w.key("blocks").begin_array();
    for (const auto& b : s.blocks)
      block(w, b);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return std::move(w).str() + "\n";
}

} // namespace kaplan::render
