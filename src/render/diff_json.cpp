// SPDX-License-Identifier: MIT
// `kaplan diff --format json`: the same content for scripts, with stable keys. A value
// that is absent on one side is null; `change` is null unless both sides have a value.
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/util/json_writer.hpp"
#include "render/diff_common.hpp"

namespace kaplan::render {
namespace {

void number_or_null(JsonWriter& w, const std::optional<double>& v) {
  if (v)
    w.value(*v);
  else
    w.null();
}

void number_change(JsonWriter& w, const NumberChange& c) {
  w.key("before");
  number_or_null(w, c.before);
  w.key("after");
  number_or_null(w, c.after);
  w.key("change");
  if (c.before && c.after)
    w.value(*c.after - *c.before);
  else
    w.null();
}

void action_summary(JsonWriter& w, const ActionSummary& a) {
  w.begin_object();
  w.key("id").value(a.id);
  w.key("title").value(a.title);
  w.key("owner").value(a.owner);
  w.key("start").value(a.start);
  w.key("due").value(a.due);
  w.end_object();
}

void finding(JsonWriter& w, const Finding& f, const SourceSet& sources, Lang lang) {
  w.begin_object();
  w.key("rule").value(f.rule);
  w.key("severity").value(severity_name(f.severity));
  w.key("message").value(finding_message(f, lang));
  w.key("file").value(f.loc.file < sources.files.size() ? sources.files[f.loc.file].path : "");
  w.key("line").value(f.loc.line);
  w.key("column").value(sources.char_column(f.loc));
  w.key("entity").value(f.entity);
  w.end_object();
}

} // namespace

std::string diff_json(const PlanDiff& d, const SourceSet& sources, const DiffRenderOptions& o) {
  JsonWriter w;
  w.begin_object();
  w.key("tool").value("kaplan");
  w.key("version").value(KAPLAN_VERSION);
  w.key("plan").value(d.plan);
  w.key("before").value(o.before_name);
  w.key("after").value(o.after_name);
  w.key("targets").begin_array();
  for (const auto& t : d.targets) {
    w.begin_object();
    w.key("kpi").value(t.kpi);
    w.key("year").value(t.year);
    number_change(w, t.value);
    w.end_object();
  }
  w.end_array();
  w.key("budget").begin_array();
  for (const auto& b : d.budget) {
    w.begin_object();
    w.key("year").value(b.year);
    w.key("category").value(b.category);
    number_change(w, b.amount);
    w.end_object();
  }
  w.end_array();
  w.key("actions").begin_object();
  w.key("added").begin_array();
  for (const auto& a : d.actions_added)
    action_summary(w, a);
  w.end_array();
  w.key("removed").begin_array();
  for (const auto& a : d.actions_removed)
    action_summary(w, a);
  w.end_array();
  w.key("changed").begin_array();
  for (const auto& c : d.actions_changed) {
    w.begin_object();
    w.key("id").value(c.id);
    w.key("title").value(c.title);
    auto text = [&](std::string_view key, const std::optional<TextChange>& t) {
      if (!t) return;
      w.key(key).begin_object().key("before").value(t->before).key("after").value(t->after);
      w.end_object();
    };
    text("start", c.start);
    text("due", c.due);
    text("owner", c.owner);
    if (c.effort) {
      w.key("effort").begin_object();
      number_change(w, *c.effort);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("load").begin_array();
  for (const auto& l : d.load) {
    w.begin_object();
    w.key("person").value(l.person);
    w.key("from").value(cal::format_month(l.first));
    w.key("to").value(cal::format_month(l.last));
    w.key("before").value(l.before);
    w.key("after").value(l.after);
    w.key("capacity").value(l.capacity);
    w.end_object();
  }
  w.end_array();
  if (d.omitted.any()) {
    // Only when lists were cut (kMaxDiffRows): how many changes of each are not listed.
    w.key("omitted").begin_object();
    w.key("targets").value(d.omitted.targets);
    w.key("budget").value(d.omitted.budget);
    w.key("actions").value(d.omitted.actions);
    w.key("load").value(d.omitted.load);
    w.end_object();
  }
  w.key("findings").begin_object();
  w.key("new").begin_array();
  for (const auto& f : d.findings_new)
    finding(w, f, sources, o.lang);
  w.end_array();
  w.key("fixed").begin_array();
  for (const auto& f : d.findings_fixed)
    finding(w, f, sources, o.lang);
  w.end_array();
  w.end_object();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
