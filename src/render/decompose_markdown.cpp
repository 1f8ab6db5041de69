// SPDX-License-Identifier: MIT
// The cascade for pull-request comments and reports: per top-level KPI a table of its
// tree (with the level of each KPI) and a Mermaid flowchart of the same tree. Every
// plan text goes through markdown_escape (tables) or mermaid_label (diagram).
#include "kaplan/document/wording.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

std::string md(std::string_view s) {
  return text::markdown_escape(s);
}

std::string years_label(const std::vector<int>& years) {
  if (years.empty()) return "-";
  if (years.front() == years.back()) return std::to_string(years.front());
  return fmt::format("{}–{}", years.front(), years.back());
}

void table(std::string& out, const DecomposeView& view, const std::vector<int>& years,
           const std::vector<std::size_t>& nodes, std::size_t base_depth) {
  const Lang lang = view.lang;
  const Plan& plan = view.plan;
  const Cascade& c = view.cascade;
  out += fmt::format(
      "| {} | {} | {} | {} | {} | {} |", detail::say("decompose.col.level", {}, lang),
      detail::say("decompose.col.kpi", {}, lang), detail::say("decompose.col.name", {}, lang),
      detail::say("decompose.col.unit", {}, lang), detail::say("decompose.col.owner", {}, lang),
      detail::say("decompose.col.measure", {}, lang));
  for (int y : years)
    out += fmt::format(" {} |", y);
  out += fmt::format(" {} |\n|---:|---|---|---|---|---|",
                     detail::say("decompose.col.status", {}, lang));
  for (std::size_t i = 0; i < years.size(); ++i)
    out += "---:|";
  out += "---|\n";
  for (std::size_t node : nodes) {
    const Kpi& k = plan.kpis[node];
    const CascadeNode& n = c.nodes[node];
    out +=
        fmt::format("| {} | {} | {} | {} | {} | {} |", n.depth - base_depth, md(k.id),
                    md(k.name.value), k.unit.set ? md(k.unit->id) : "-",
                    k.owner.set ? md(k.owner->id) : "-", n.measure.empty() ? "-" : md(n.measure));
    for (int y : years) {
      const YearValue* t = target_for(k, y);
      out += fmt::format(" {} |", t ? text::format_number(t->value) : "-");
    }
    out += fmt::format(" {} |\n", md(status_text(c, node, lang)));
    if (n.children.empty()) continue;
    out += fmt::format(
        "| | ↳ {} | | | | |",
        md(n.weighted_by == Cascade::npos
               ? detail::say("decompose.children",
                             {arg("rollup", value_word("rollup", name(n.rollup), lang))}, lang)
               : detail::say("decompose.children-weighted",
                             {arg("kpi", plan.kpis[n.weighted_by].id)}, lang)));
    for (int y : years) {
      auto it = std::find_if(n.years.begin(), n.years.end(),
                             [&](const CascadeYear& cy) { return cy.year == y; });
      if (it == n.years.end())
        out += " |";
      else
        out += fmt::format(" {} |", it->contributing ? text::format_number(it->combined) : "-");
    }
    out += " |\n";
  }
}

void flowchart(std::string& out, const DecomposeView& view, const std::vector<std::size_t>& nodes) {
  const Plan& plan = view.plan;
  const Cascade& c = view.cascade;
  out += "```mermaid\nflowchart TD\n";
  std::vector<std::string> gaps, open;
  for (std::size_t node : nodes) {
    const Kpi& k = plan.kpis[node];
    std::string label = text::mermaid_label(k.id);
    if (!k.name.value.empty()) label += "<br/>" + text::mermaid_label(k.name.value);
    label += "<br/>" + text::mermaid_label(status_text(c, node, view.lang));
    out += fmt::format("  k{}[\"{}\"]\n", node, label);
    NodeStatus s = node_status(c, node);
    if (s == NodeStatus::gap)
      gaps.push_back(fmt::format("k{}", node));
    else if (s != NodeStatus::covered)
      open.push_back(fmt::format("k{}", node));
  }
  for (std::size_t node : nodes)
    for (std::size_t child : c.nodes[node].children)
      out += fmt::format("  k{} --> k{}\n", node, child);
  if (!gaps.empty())
    out += fmt::format("  classDef gap fill:#fdecea,stroke:#c62828\n  class {} gap\n",
                       fmt::join(gaps, ","));
  if (!open.empty())
    out += fmt::format("  classDef open fill:#fff8e1,stroke:#f9a825\n  class {} open\n",
                       fmt::join(open, ","));
  out += "```\n";
}

} // namespace

std::string decompose_markdown(const DecomposeView& view) {
  const std::vector<int> years = view_years(view);
  std::string out = fmt::format("## {}\n", md(detail::say("decompose.title",
                                                          {arg("plan", view.plan.header.id),
                                                           arg("years", years_label(years))},
                                                          view.lang)));
  if (view.roots.empty()) return out + "\n" + detail::say("decompose.empty", {}, view.lang) + "\n";
  for (std::size_t root : view.roots) {
    const Kpi& k = view.plan.kpis[root];
    std::vector<std::size_t> nodes = view.cascade.subtree(root);
    out += fmt::format("\n### {}{}\n\n", md(k.id),
                       k.name.value.empty() ? "" : " — " + md(k.name.value));
    table(out, view, years, nodes, view.cascade.nodes[root].depth);
    out += '\n';
    flowchart(out, view, nodes);
  }
  return out;
}

} // namespace kaplan::render
