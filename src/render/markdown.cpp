// SPDX-License-Identifier: MIT
// A pull-request comment: a heading with the counts, a table of counts and a table of the
// unsuppressed findings. Every cell goes through text::markdown_escape, because messages
// carry the plan's own text, which may hold `|`, backticks or HTML.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

// Rows shown at most: a comment stays readable and far below GitHub's 65,536-character limit.
constexpr std::size_t max_rows = 200;

std::string place(const SourceSet& sources, Location loc) {
  std::string shown = loc.file < sources.files.size() ? sources.files[loc.file].path : "?";
  if (!loc.line) return shown;
  if (!loc.column) return fmt::format("{}:{}", shown, loc.line);
  return fmt::format("{}:{}:{}", shown, loc.line, sources.char_column(loc));
}

// One table row; the cells are escaped here, so a caller cannot forget it.
template <typename... Cells>
std::string row(const Cells&... cells) {
  std::string out = "|";
  ((out += " " + text::markdown_escape(cells) + " |"), ...);
  out += '\n';
  return out;
}

} // namespace

std::string findings_markdown(std::span<const PlanRun> runs, const SourceSet& sources,
                              const RenderOptions& options) {
  auto l = [&](std::string_view key) { return render_message(key, {}, options.lang); };
  Summary total;
  for (const auto& run : runs) {
    Summary s = summarize(run.findings);
    total.error += s.error;
    total.warning += s.warning;
    total.info += s.info;
    total.suppressed += s.suppressed;
  }
  std::vector<Arg> args{arg("errors", total.error), arg("warnings", total.warning),
                        arg("infos", total.info), arg("suppressed", total.suppressed)};
  std::size_t shown_total = total.error + total.warning + total.info;
  if (shown_total + total.suppressed == 0)
    return fmt::format("### kaplan: {}\n", render_message("summary.clean", args, options.lang));

  std::string out =
      fmt::format("### kaplan: {}\n\n", render_message("summary.counts", args, options.lang));
  out += row(l("findings.col.severity"), l("findings.col.count"));
  out += "| --- | ---: |\n";
  out += row(severity_label(Severity::error, options.lang), fmt::to_string(total.error));
  out += row(severity_label(Severity::warning, options.lang), fmt::to_string(total.warning));
  out += row(severity_label(Severity::info, options.lang), fmt::to_string(total.info));
  out += row(l("findings.suppressed"), fmt::to_string(total.suppressed));
  if (shown_total == 0) return out;

  out += '\n';
  out += row(l("findings.col.severity"), l("findings.col.rule"), l("findings.col.location"),
             l("findings.col.message"));
  out += "| --- | --- | --- | --- |\n";
  std::size_t rows = 0;
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      if (f.suppressed) continue;
      if (rows++ == max_rows) break;
      // Related places go into the message cell on lines of their own (escaped to <br>).
      std::string msg = finding_message(f, options.lang);
      for (const auto& r : f.related)
        msg += fmt::format("\n{}: {}: {}", l("findings.note"), place(sources, r.loc),
                           render_message(r.note_key, r.args, options.lang));
      out += row(severity_label(f.severity, options.lang), f.rule, place(sources, f.loc), msg);
    }
    if (rows > max_rows) break;
  }
  if (shown_total > max_rows) {
    out += '\n';
    out += render_message("findings.more", std::vector<Arg>{arg("count", shown_total - max_rows)},
                          options.lang);
    out += '\n';
  }
  return out;
}

} // namespace kaplan::render
