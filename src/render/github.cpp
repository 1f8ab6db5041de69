// SPDX-License-Identifier: MIT
// GitHub Actions workflow commands, one per unsuppressed finding:
//   ::error file=F,line=L,col=C,title=RULE::MESSAGE
// The runner turns each into an annotation on the pull request. Nothing else is printed:
// a summary line would become one more annotation without a file, and the exit status
// already says whether the job fails.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

// The runner reads a command up to the line end and splits properties at `,` and `:`;
// these are GitHub's own escapes (toolkit/core command.ts), which it decodes again.
// Control characters other than line breaks are first made visible, because the log
// viewer would interpret ANSI escape sequences.
std::string escape_data(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    // A CR byte never occurs inside a UTF-8 sequence, so splitting at it is safe; the
    // sanitizer would otherwise show it as `\x0d` instead of keeping the line break.
    std::size_t cr = s.find('\r');
    for (char c : text::terminal_sanitize(s.substr(0, cr))) {
      switch (c) {
      case '%':
        out += "%25";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
      }
    }
    if (cr == std::string_view::npos) break;
    out += "%0D";
    s.remove_prefix(cr + 1);
  }
  return out;
}

// A property value: like data, and `:` and `,` too, which would end the value.
std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    switch (c) {
    case ':':
      out += "%3A";
      break;
    case ',':
      out += "%2C";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string_view command_of(Severity s) {
  switch (s) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "notice";
  }
  return "error";
}

const std::string* path_of(const SourceSet& sources, Location loc) {
  return loc.file < sources.files.size() ? &sources.files[loc.file].path : nullptr;
}

// `path:line:col` of a related place, written into the message (annotations have no
// second location).
std::string place(const SourceSet& sources, Location loc) {
  const std::string* path = path_of(sources, loc);
  std::string shown = path ? *path : std::string("?");
  if (!loc.line) return shown;
  if (!loc.column) return fmt::format("{}:{}", shown, loc.line);
  return fmt::format("{}:{}:{}", shown, loc.line, sources.char_column(loc));
}

} // namespace

std::string findings_github(std::span<const PlanRun> runs, const SourceSet& sources,
                            const RenderOptions& options) {
  std::string out;
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      if (f.suppressed) continue;
      std::string properties;
      if (const std::string* path = path_of(sources, f.loc)) {
        properties = "file=" + escape_property(*path) + ",";
        // Line 0 is the file as a whole: an annotation without a line sits on the file.
        if (f.loc.line) {
          properties += fmt::format("line={},", f.loc.line);
          if (f.loc.column) properties += fmt::format("col={},", sources.char_column(f.loc));
        }
      }
      properties += "title=" + escape_property(f.rule);
      std::string msg = finding_message(f, options.lang);
      for (const auto& r : f.related)
        msg += fmt::format("\n{}: {}", place(sources, r.loc),
                           render_message(r.note_key, r.args, options.lang));
      out += fmt::format("::{} {}::{}\n", command_of(f.severity), properties, escape_data(msg));
    }
  }
  return out;
}

} // namespace kaplan::render
