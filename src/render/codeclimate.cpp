// SPDX-License-Identifier: MIT
// CodeClimate issues, the format of GitLab's Code Quality report: a JSON array with one
// issue per unsuppressed finding. GitLab reads description, check_name, fingerprint,
// severity and location (path from the repository root, begin line) and shows each issue
// beside the changed line in the merge request; `type` and `categories` complete the
// CodeClimate specification. Columns count characters.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/json_writer.hpp"

#include <fmt/format.h>

namespace kaplan::render {
namespace {

// GitLab's severities are info, minor, major, critical and blocker; a plan's error is a
// major defect, its warning a minor one.
std::string_view severity_of(Severity s) {
  switch (s) {
  case Severity::error:
    return "major";
  case Severity::warning:
    return "minor";
  case Severity::info:
    return "info";
  }
  return "major";
}

std::string place(const SourceSet& sources, const RenderOptions& options, Location loc) {
  std::string path = repo_path(sources, options, loc.file);
  if (!loc.line) return path;
  if (!loc.column) return fmt::format("{}:{}", path, loc.line);
  return fmt::format("{}:{}:{}", path, loc.line, sources.char_column(loc));
}

} // namespace

std::string findings_codeclimate(std::span<const PlanRun> runs, const SourceSet& sources,
                                 const RenderOptions& options) {
  std::vector<std::string> fingerprints = finding_fingerprints(runs, sources, options);
  JsonWriter w;
  w.begin_array();
  std::size_t n = 0;
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      const std::string& fingerprint = fingerprints[n++];
      if (f.suppressed) continue;
      std::string description = finding_message(f, options.lang);
      for (const auto& r : f.related)
        description += fmt::format("\n{}: {}", place(sources, options, r.loc),
                                   render_message(r.note_key, r.args, options.lang));
      w.begin_object();
      w.key("type").value("issue");
      w.key("check_name").value(f.rule);
      w.key("description").value(description);
      w.key("categories").begin_array().value("Bug Risk").end_array();
      w.key("severity").value(severity_of(f.severity));
      w.key("fingerprint").value(fingerprint);
      w.key("location").begin_object();
      w.key("path").value(repo_path(sources, options, f.loc.file));
      // Line 0 is the file as a whole: GitLab needs a line, and shows it on the first.
      std::uint32_t line = f.loc.line ? f.loc.line : 1;
      if (f.loc.column) {
        w.key("positions").begin_object();
        w.key("begin").begin_object();
        w.key("line").value(line);
        w.key("column").value(sources.char_column(f.loc));
        w.end_object().end_object();
      } else {
        w.key("lines").begin_object().key("begin").value(line).end_object();
      }
      w.end_object();
      w.end_object();
    }
  }
  w.end_array();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
