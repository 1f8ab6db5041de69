// SPDX-License-Identifier: MIT
// `kaplan diff` for a terminal: one heading per kind of change, one line per change.
// Everything taken from the plans goes through one_line.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"
#include "render/diff_common.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

using diff::label;
using text::one_line;

std::string paint(std::string_view s, const char* code, bool color) {
  if (!color) return std::string(s);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

void heading(std::string& out, std::string_view key, const DiffRenderOptions& o) {
  out += paint(render_message("diff.heading", std::vector<Arg>{arg("label", label(key, o.lang))},
                              o.lang),
               "1", o.color) +
         "\n";
}

std::string with_change(const NumberChange& c, Lang lang) {
  std::string s =
      fmt::format("{} → {}", diff::value_text(c.before, lang), diff::value_text(c.after, lang));
  std::string delta = diff::change_text(c);
  return delta.empty() ? s : s + " (" + delta + ")";
}

// The line saying how many changes of a list were left out, when some were.
void more(std::string& out, std::size_t omitted, Lang lang) {
  if (omitted)
    out +=
        "  " +
        render_message("diff.more",
                       std::vector<Arg>{arg("count", omitted), arg("limit", kMaxDiffRows)}, lang) +
        "\n";
}

} // namespace

std::string diff_text(const PlanDiff& d, const SourceSet& sources, const DiffRenderOptions& o) {
  Lang lang = o.lang;
  std::string out = render_message("diff.title",
                                   std::vector<Arg>{arg("plan", one_line(d.plan)),
                                                    arg("before", one_line(o.before_name)),
                                                    arg("after", one_line(o.after_name))},
                                   lang) +
                    "\n";
  if (d.empty()) return out + label("diff.no-changes", lang) + "\n";

  if (!d.targets.empty()) {
    heading(out, "diff.targets", o);
    for (const auto& t : d.targets)
      out += fmt::format("  {} {}: {}\n", one_line(t.kpi), t.year, with_change(t.value, lang));
    more(out, d.omitted.targets, lang);
  }
  if (!d.budget.empty()) {
    heading(out, "diff.budget", o);
    for (const auto& b : d.budget)
      out +=
          fmt::format("  {} {}: {}\n", b.year, one_line(b.category), with_change(b.amount, lang));
    more(out, d.omitted.budget, lang);
  }
  if (!d.actions_added.empty() || !d.actions_removed.empty() || !d.actions_changed.empty()) {
    heading(out, "diff.actions", o);
    std::string added = label("diff.added", lang), removed = label("diff.removed", lang),
                changed = label("diff.changed", lang);
    std::size_t width = std::max(
        {text::display_width(added), text::display_width(removed), text::display_width(changed)});
    for (const auto& a : d.actions_added)
      out += fmt::format("  {} {} {} ({}, {}..{})\n",
                         paint(text::pad_right(added, width), "32", o.color), one_line(a.id),
                         one_line(a.title), one_line(a.owner), a.start, a.due);
    for (const auto& a : d.actions_removed)
      out += fmt::format("  {} {} {}\n", paint(text::pad_right(removed, width), "31", o.color),
                         one_line(a.id), one_line(a.title));
    for (const auto& c : d.actions_changed) {
      std::string parts;
      for (const auto& p : diff::change_parts(c, lang))
        parts += (parts.empty() ? "" : "; ") + one_line(p);
      out += fmt::format("  {} {} {}: {}\n", paint(text::pad_right(changed, width), "33", o.color),
                         one_line(c.id), one_line(c.title), parts);
    }
    more(out, d.omitted.actions, lang);
  }
  if (!d.load.empty()) {
    heading(out, "diff.load", o);
    for (const auto& l : d.load) {
      bool over = l.after > l.capacity + 1e-9;
      std::string note =
          render_message(over ? "diff.capacity-overloaded" : "diff.capacity",
                         std::vector<Arg>{arg("capacity", l.capacity),
                                          arg("overloaded", paint(label("diff.overloaded", lang),
                                                                  "1;31", o.color))},
                         lang);
      out += fmt::format("  {} {}: {} → {} ({})\n", one_line(l.person), diff::months_text(l),
                         text::format_number(l.before), text::format_number(l.after), note);
    }
    more(out, d.omitted.load, lang);
  }
  if (!d.findings_new.empty() || !d.findings_fixed.empty()) {
    std::string summary = render_message(
        "diff.summary",
        std::vector<Arg>{arg("new", d.findings_new.size()), arg("fixed", d.findings_fixed.size())},
        lang);
    out += paint(render_message("diff.heading-summary",
                                std::vector<Arg>{arg("label", label("diff.findings", lang)),
                                                 arg("summary", summary)},
                                lang),
                 "1", o.color) +
           "\n";
    std::string fresh = label("diff.new", lang), fixed = label("diff.fixed", lang);
    std::size_t width = std::max(text::display_width(fresh), text::display_width(fixed));
    auto line = [&](const Finding& f, const std::string& tag, const char* color) {
      out +=
          fmt::format("  {} {}: {}: {} [{}]\n", paint(text::pad_right(tag, width), color, o.color),
                      one_line(diff::place(sources, f.loc)), severity_label(f.severity, lang),
                      one_line(finding_message(f, lang)), f.rule);
    };
    for (const auto& f : d.findings_new)
      line(f, fresh, "31");
    for (const auto& f : d.findings_fixed)
      line(f, fixed, "32");
  }
  return out;
}

} // namespace kaplan::render
