// SPDX-License-Identifier: MIT
// A pull-request comment: a heading with the counts, a table of counts and a table of the
// unsuppressed findings. Every cell goes through text::markdown_escape, because messages
// carry the plan's own text, which may hold `|`, backticks or HTML.
#include "kaplan/render.hpp"
#include "kaplan/text.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

// Rows shown at most: a comment stays readable and far below GitHub's 65,536-character limit.
constexpr std::size_t max_rows = 200;

// The headings and labels of this format, in both languages.
struct Labels {
  std::string_view severity, count, rule, location, message, suppressed, note;
  std::string_view error, warning, info;
  std::string_view more; // followed by a count: "{n} more findings are not shown"
};

constexpr Labels en_labels{
    "Severity",
    "Count",
    "Rule",
    "Location",
    "Message",
    "suppressed",
    "note",
    "error",
    "warning",
    "info",
    "{} more findings are not shown; run `kaplan validate` for all of them."};
constexpr Labels zh_labels{"严重程度",
                           "数量",
                           "规则",
                           "位置",
                           "描述",
                           "已豁免",
                           "说明",
                           "错误",
                           "警告",
                           "提示",
                           "另有 {} 条发现未列出，完整结果请运行 `kaplan validate` 查看。"};

std::string_view label_of(Severity s, const Labels& l) {
  switch (s) {
  case Severity::error:
    return l.error;
  case Severity::warning:
    return l.warning;
  case Severity::info:
    return l.info;
  }
  return l.error;
}

std::string place(const SourceSet& sources, Location loc) {
  std::string shown = loc.file < sources.files.size() ? sources.files[loc.file].path : "?";
  if (!loc.line) return shown;
  if (!loc.column) return fmt::format("{}:{}", shown, loc.line);
  return fmt::format("{}:{}:{}", shown, loc.line, loc.column);
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

std::string markdown(std::span<const PlanRun> runs, const SourceSet& sources,
                     const RenderOptions& options) {
  const Labels& l = options.lang == Lang::zh ? zh_labels : en_labels;
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
  out += row(l.severity, l.count);
  out += "| --- | ---: |\n";
  out += row(l.error, fmt::to_string(total.error));
  out += row(l.warning, fmt::to_string(total.warning));
  out += row(l.info, fmt::to_string(total.info));
  out += row(l.suppressed, fmt::to_string(total.suppressed));
  if (shown_total == 0) return out;

  out += '\n';
  out += row(l.severity, l.rule, l.location, l.message);
  out += "| --- | --- | --- | --- |\n";
  std::size_t rows = 0;
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      if (f.suppressed) continue;
      if (rows++ == max_rows) break;
      // Related places go into the message cell on lines of their own (escaped to <br>).
      std::string msg = message(f, options.lang);
      for (const auto& r : f.related)
        msg += fmt::format("\n{}: {}: {}", l.note, place(sources, r.loc),
                           render_message(r.note_key, r.args, options.lang));
      out += row(label_of(f.severity, l), f.rule, place(sources, f.loc), msg);
    }
    if (rows > max_rows) break;
  }
  if (shown_total > max_rows) {
    out += '\n';
    out += fmt::format(fmt::runtime(l.more), shown_total - max_rows);
    out += '\n';
  }
  return out;
}

} // namespace kaplan::render
