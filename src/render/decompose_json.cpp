// SPDX-License-Identifier: MIT
// The cascade for scripts: one object per tree with its nodes listed flat, depth first,
// each naming its parent and children, so a 10,000-level cascade is not 10,000 levels
// of JSON nesting.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/util/json_writer.hpp"

#include <string>

namespace kaplan::render {
namespace {

void optional_id(JsonWriter& w, std::string_view key, const Field<Ref>& ref) {
  w.key(key);
  if (ref.set)
    w.value(ref->id);
  else
    w.null();
}

void node(JsonWriter& w, const DecomposeView& view, std::size_t i, std::size_t base_depth,
          bool is_root) {
  const Plan& plan = view.plan;
  const Cascade& c = view.cascade;
  const Kpi& k = plan.kpis[i];
  const CascadeNode& n = c.nodes[i];
  w.begin_object();
  w.key("id").value(k.id);
  w.key("name").value(k.name.value);
  w.key("parent");
  if (is_root || n.parent == Cascade::npos)
    w.null();
  else
    w.value(plan.kpis[n.parent].id);
  w.key("depth").value(n.depth - base_depth);
  optional_id(w, "unit", k.unit);
  optional_id(w, "owner", k.owner);
  w.key("measure").value(n.measure);
  w.key("direction").value(name(n.direction));
  w.key("rollup").value(name(n.rollup));
  // Only on a weighted mean, so that other plans' JSON keeps its shape.
  if (n.weighted_by != Cascade::npos) w.key("weighted_by").value(plan.kpis[n.weighted_by].id);
  w.key("type").value(name(n.type));
  w.key("execution_level").value(n.execution_level);
  w.key("covered").value(n.covered);
  w.key("status").value(status_name(node_status(c, i)));
  w.key("targets").begin_object();
  for (const auto& t : k.targets)
    w.key(std::to_string(t.year)).value(t.value);
  w.end_object();
  w.key("children").begin_array();
  for (std::size_t ch : n.children)
    w.value(plan.kpis[ch].id);
  w.end_array();
  if (!n.children.empty()) {
    w.key("combined").begin_array();
    for (const auto& y : n.years) {
      w.begin_object();
      w.key("year").value(y.year);
      w.key("target").value(y.target);
      w.key("children_with_target").value(y.contributing);
      w.key("combined");
      if (y.contributing)
        w.value(y.combined);
      else
        w.null();
      w.key("verdict");
      switch (y.verdict) {
      case CascadeVerdict::covered:
        w.value("covered");
        break;
      case CascadeVerdict::gap:
        w.value("gap");
        break;
      case CascadeVerdict::no_children:
        w.value("no-children");
        break;
      case CascadeVerdict::stretch:
        w.value("stretch");
        break;
      }
      w.key("difference").value(y.difference);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

} // namespace

std::string decompose_json(const DecomposeView& view) {
  JsonWriter w;
  w.begin_object();
  w.key("plan").value(view.plan.header.id);
  w.key("years").begin_array();
  for (int y : view_years(view))
    w.value(y);
  w.end_array();
  w.key("cascade_tolerance").value(view.tolerance);
  w.key("trees").begin_array();
  for (std::size_t root : view.roots) {
    const std::size_t base = view.cascade.nodes[root].depth;
    w.begin_object();
    w.key("root").value(view.plan.kpis[root].id);
    w.key("covered").value(view.cascade.nodes[root].covered);
    w.key("nodes").begin_array();
    for (std::size_t n : view.cascade.subtree(root))
      node(w, view, n, base, n == root);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
