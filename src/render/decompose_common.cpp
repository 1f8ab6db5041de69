// SPDX-License-Identifier: MIT
// What every cascade view shares: the years shown, each node's status and its wording.
#include "kaplan/decompose.hpp"
#include "kaplan/enum_names.hpp"

#include <algorithm>

namespace kaplan {

std::string render_decompose(const DecomposeView& view, DecomposeFormat format) {
  switch (format) {
  case DecomposeFormat::markdown:
    return render::decompose_markdown(view);
  case DecomposeFormat::json:
    return render::decompose_json(view);
  case DecomposeFormat::text:
    break;
  }
  return render::decompose_text(view);
}

NodeStatus node_status(const Cascade& cascade, std::size_t node) {
  const CascadeNode& n = cascade.nodes[node];
  for (const auto& y : n.years)
    if (y.verdict == CascadeVerdict::gap || y.verdict == CascadeVerdict::no_children)
      return NodeStatus::gap;
  if (!n.covered)
    return n.children.empty() ? NodeStatus::not_execution_level : NodeStatus::not_covered;
  return NodeStatus::covered;
}

std::string_view status_name(NodeStatus status) {
  switch (status) {
  case NodeStatus::gap:
    return "gap";
  case NodeStatus::not_execution_level:
    return "not-execution-level";
  case NodeStatus::not_covered:
    return "not-covered";
  case NodeStatus::covered:
    return "covered";
  }
  return "covered";
}

std::string status_text(const Cascade& cascade, std::size_t node, Lang lang) {
  const CascadeNode& n = cascade.nodes[node];
  std::vector<std::string> parts;
  auto add = [&](std::string_view key, std::vector<Arg> args) {
    parts.push_back(detail::say(key, args, lang));
  };
  for (const auto& y : n.years) {
    if (y.verdict == CascadeVerdict::gap)
      add("decompose.status.gap", {arg("year", y.year), arg("amount", y.difference)});
    if (y.verdict == CascadeVerdict::no_children)
      add("decompose.status.none", {arg("year", y.year)});
  }
  if (!n.covered)
    add(n.children.empty() ? "decompose.status.not-execution" : "decompose.status.not-covered", {});
  for (const auto& y : n.years)
    if (y.verdict == CascadeVerdict::stretch)
      add("decompose.status.stretch", {arg("year", y.year), arg("amount", y.difference)});
  if (parts.empty()) add("decompose.status.covered", {});
  std::string sep = detail::say("decompose.status.separator", {}, lang);
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i ? sep : std::string()) + parts[i];
  return out;
}

std::vector<int> view_years(const DecomposeView& view) {
  std::vector<int> years;
  const Plan& plan = view.plan;
  if (plan.header.cycle.set) {
    for (int y = plan.first_year(); y <= plan.last_year(); ++y)
      years.push_back(y);
    return years;
  }
  for (std::size_t root : view.roots)
    for (std::size_t n : view.cascade.subtree(root))
      for (const auto& t : plan.kpis[n].targets)
        years.push_back(t.year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

} // namespace kaplan
