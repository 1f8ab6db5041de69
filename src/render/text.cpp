// SPDX-License-Identifier: MIT
// gcc-style lines: FILE:LINE:COL: SEVERITY: MESSAGE [RULE], with the source line and a
// caret placed by display width, so it sits under the right character in CJK text.
#include "kaplan/util/text.hpp"

#include "kaplan/render/findings.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

std::string place(const SourceSet& sources, Location loc) {
  const std::string& path =
      loc.file < sources.files.size() ? sources.files[loc.file].path : std::string("?");
  std::string shown = text::one_line(path);
  if (!loc.line) return shown;
  return fmt::format("{}:{}:{}", shown, loc.line, sources.char_column(loc));
}

std::string paint(std::string_view s, const char* code, bool color) {
  if (!color) return std::string(s);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

const char* severity_color(Severity s) {
  switch (s) {
  case Severity::error:
    return "1;31";
  case Severity::warning:
    return "1;35";
  case Severity::info:
    return "1;36";
  }
  return "1";
}

void snippet(std::string& out, const SourceSet& sources, Location loc, bool color) {
  if (!loc.line) return;
  std::string_view line = sources.line(loc.file, loc.line);
  if (line.empty()) return;
  std::size_t byte = loc.column ? loc.column - 1 : 0;
  if (byte > line.size()) byte = line.size();
  // A very long line (a generated file, a minified flow mapping) is shown as a window
  // around the column, cut at character boundaries and marked with "…" at each cut.
  constexpr std::size_t kMaxBytes = 240, kBefore = 80;
  std::string_view lead, trail;
  if (line.size() > kMaxBytes) {
    auto continuation = [&](std::size_t i) {
      return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
    };
    std::size_t from = byte > kBefore ? byte - kBefore : 0;
    while (from > 0 && continuation(from))
      --from;
    std::size_t to = std::min(line.size(), from + kMaxBytes);
    while (to < line.size() && continuation(to))
      --to;
    if (from > 0) lead = "…";
    if (to < line.size()) trail = "…";
    line = line.substr(from, to - from);
    byte -= from;
  }
  // The caret goes under the character at the byte column; the padding is its display
  // width, so wide characters before it count as two cells. Tabs are kept as tabs.
  std::string pad(lead.empty() ? 0 : 1, ' ');
  std::size_t pos = 0;
  while (pos < byte) {
    if (line[pos] == '\t') {
      pad += '\t';
      ++pos;
      continue;
    }
    std::size_t start = pos;
    char32_t cp = text::decode_utf8(line, pos);
    (void)start;
    pad.append(static_cast<std::size_t>(std::max(0, text::code_point_width(cp))), ' ');
  }
  out += fmt::format("  {}{}{}\n  {}{}\n", lead, text::terminal_sanitize(line), trail, pad,
                     paint("^", "1;32", color));
}

} // namespace

std::string findings_text(std::span<const PlanRun> runs, const SourceSet& sources,
                          const RenderOptions& options) {
  std::string out;
  Summary total;
  for (const auto& run : runs) {
    Summary s = summarize(run.findings);
    total.error += s.error;
    total.warning += s.warning;
    total.info += s.info;
    total.suppressed += s.suppressed;
    for (const auto& f : run.findings) {
      if (f.suppressed) continue;
      out += fmt::format("{}: {}: {} [{}]\n", paint(place(sources, f.loc), "1", options.color),
                         paint(severity_label(f.severity, options.lang), severity_color(f.severity),
                               options.color),
                         text::one_line(finding_message(f, options.lang)), f.rule);
      if (options.snippets) snippet(out, sources, f.loc, options.color);
      for (const auto& r : f.related) {
        out += fmt::format("{}: {}: {}\n", paint(place(sources, r.loc), "1", options.color),
                           render_message("findings.note", {}, options.lang),
                           text::one_line(render_message(r.note_key, r.args, options.lang)));
        if (options.snippets) snippet(out, sources, r.loc, options.color);
      }
    }
  }
  std::vector<Arg> args{arg("errors", total.error), arg("warnings", total.warning),
                        arg("infos", total.info), arg("suppressed", total.suppressed)};
  bool clean = total.error + total.warning + total.info + total.suppressed == 0;
  out += render_message(clean ? "summary.clean" : "summary.counts", args, options.lang);
  out += '\n';
  return out;
}

} // namespace kaplan::render
