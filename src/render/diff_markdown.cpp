// SPDX-License-Identifier: MIT
// `kaplan diff` as a pull-request comment: a table per kind of change. The first line
// is an HTML comment CI jobs look for to update their earlier comment instead of adding
// one per push. Every cell taken from the plans goes through markdown_escape.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"
#include "render/diff_common.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

using diff::label;
using text::markdown_escape;

// Rows per table at most, so that a comment stays far below GitHub's size limit.
constexpr std::size_t kMaxRows = 200;

void table_head(std::string& out, std::string_view title,
                std::initializer_list<std::string_view> keys, Lang lang) {
  out += fmt::format("\n#### {}\n\n|", markdown_escape(title));
  std::string rule = "|";
  for (auto k : keys) {
    out += " " + markdown_escape(label(k, lang)) + " |";
    rule += " --- |";
  }
  out += "\n" + rule + "\n";
}

void more_rows(std::string& out, std::size_t total) {
  if (total > kMaxRows) out += fmt::format("\n… {} more\n", total - kMaxRows);
}

} // namespace

std::string diff_markdown(const PlanDiff& d, const SourceSet& sources, const DiffRenderOptions& o) {
  Lang lang = o.lang;
  std::string out = "<!-- kaplan diff -->\n### " +
                    render_message("diff.title",
                                   std::vector<Arg>{arg("plan", markdown_escape(d.plan)),
                                                    arg("before", markdown_escape(o.before_name)),
                                                    arg("after", markdown_escape(o.after_name))},
                                   lang) +
                    "\n";
  if (d.empty()) return out + "\n" + label("diff.no-changes", lang) + "\n";

  if (!d.targets.empty()) {
    table_head(
        out, label("diff.targets", lang),
        {"diff.col.kpi", "diff.col.year", "diff.col.before", "diff.col.after", "diff.col.change"},
        lang);
    for (std::size_t i = 0; i < d.targets.size() && i < kMaxRows; ++i) {
      const auto& t = d.targets[i];
      out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown_escape(t.kpi), t.year,
                         diff::value_text(t.value.before, lang),
                         diff::value_text(t.value.after, lang), diff::change_text(t.value));
    }
    more_rows(out, d.targets.size() + d.omitted.targets);
  }
  if (!d.budget.empty()) {
    table_head(out, label("diff.budget", lang),
               {"diff.col.year", "diff.col.category", "diff.col.before", "diff.col.after",
                "diff.col.change"},
               lang);
    for (std::size_t i = 0; i < d.budget.size() && i < kMaxRows; ++i) {
      const auto& b = d.budget[i];
      out += fmt::format("| {} | {} | {} | {} | {} |\n", b.year, markdown_escape(b.category),
                         diff::value_text(b.amount.before, lang),
                         diff::value_text(b.amount.after, lang), diff::change_text(b.amount));
    }
    more_rows(out, d.budget.size() + d.omitted.budget);
  }
  std::size_t actions =
      d.actions_added.size() + d.actions_removed.size() + d.actions_changed.size();
  if (actions) {
    table_head(out, label("diff.actions", lang),
               {"diff.col.action", "diff.col.title", "diff.col.what"}, lang);
    std::size_t rows = 0;
    for (const auto& a : d.actions_added)
      if (rows++ < kMaxRows)
        out += fmt::format("| {} | {} | {}: {}, {}..{} |\n", markdown_escape(a.id),
                           markdown_escape(a.title), label("diff.added", lang),
                           markdown_escape(a.owner), a.start, a.due);
    for (const auto& a : d.actions_removed)
      if (rows++ < kMaxRows)
        out += fmt::format("| {} | {} | {} |\n", markdown_escape(a.id), markdown_escape(a.title),
                           label("diff.removed", lang));
    for (const auto& c : d.actions_changed) {
      if (rows++ >= kMaxRows) continue;
      std::string parts;
      for (const auto& p : diff::change_parts(c, lang))
        parts += (parts.empty() ? "" : "; ") + markdown_escape(p);
      out +=
          fmt::format("| {} | {} | {} |\n", markdown_escape(c.id), markdown_escape(c.title), parts);
    }
    more_rows(out, actions);
  }
  if (!d.load.empty()) {
    table_head(out, label("diff.load", lang),
               {"diff.col.person", "diff.col.months", "diff.col.before", "diff.col.after",
                "diff.col.capacity"},
               lang);
    for (std::size_t i = 0; i < d.load.size() && i < kMaxRows; ++i) {
      const auto& l = d.load[i];
      bool over = l.after > l.capacity + 1e-9;
      out += fmt::format("| {} | {} | {} | {}{} | {} |\n", markdown_escape(l.person),
                         diff::months_text(l), text::format_number(l.before), over ? "**" : "",
                         text::format_number(l.after),
                         over ? "** (" + label("diff.overloaded", lang) + ")" : std::string(),
                         text::format_number(l.capacity));
    }
    more_rows(out, d.load.size() + d.omitted.load);
  }
  if (!d.findings_new.empty() || !d.findings_fixed.empty()) {
    out += fmt::format("\n#### {}: {}\n\n", markdown_escape(label("diff.findings", lang)),
                       render_message("diff.summary",
                                      std::vector<Arg>{arg("new", d.findings_new.size()),
                                                       arg("fixed", d.findings_fixed.size())},
                                      lang));
    std::size_t rows = 0;
    auto item = [&](const Finding& f, std::string_view tag) {
      if (rows++ >= kMaxRows) return;
      out +=
          fmt::format("- **{}** {} `{}` {}: {}\n", markdown_escape(label(tag, lang)),
                      markdown_escape(diff::place(sources, f.loc)), f.rule,
                      severity_label(f.severity, lang), markdown_escape(finding_message(f, lang)));
    };
    for (const auto& f : d.findings_new)
      item(f, "diff.new");
    for (const auto& f : d.findings_fixed)
      item(f, "diff.fixed");
    more_rows(out, d.findings_new.size() + d.findings_fixed.size());
  }
  return out;
}

} // namespace kaplan::render
