// SPDX-License-Identifier: MIT
// How a node of the cascade stands, as `decompose` reports it.
#include "kaplan/analysis/decompose.hpp"

namespace kaplan {

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

} // namespace kaplan
