// SPDX-License-Identifier: MIT
#include "kaplan/document/wording.hpp"

#include "kaplan/analysis/decompose.hpp"

#include <fmt/format.h>

namespace kaplan {

std::string status_text(const Cascade& cascade, std::size_t node, Lang lang) {
  const CascadeNode& n = cascade.nodes[node];
  std::vector<std::string> parts;
  auto add = [&](std::string_view key, std::vector<Arg> args) {
    parts.push_back(render_message(key, args, lang));
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
  std::string sep = render_message("decompose.status.separator", {}, lang);
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i ? sep : std::string()) + parts[i];
  return out;
}

} // namespace kaplan
