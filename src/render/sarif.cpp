// SPDX-License-Identifier: MIT
// SARIF 2.1.0 for code-scanning uploads: one run whose driver lists the rules that occur,
// and one result per finding. Suppressed findings stay in the log with a `suppressions`
// entry, as SARIF viewers expect; keys come out in a fixed order so the bytes are stable.
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/json_writer.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace kaplan::render {
namespace {

constexpr std::string_view schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level_of(Severity s) {
  switch (s) {
  case Severity::error:
    return "error";
  case Severity::warning:
    return "warning";
  case Severity::info:
    return "note";
  }
  return "error";
}

// A path as a URI reference (RFC 3986): every byte outside the unreserved set and `/` is
// percent-encoded, so spaces, `:` (which would read as a scheme), `#`, `?` and non-ASCII
// text all survive. An absolute path becomes a file: URI.
std::string path_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

// SARIF columns count UTF-16 code units by default (columnKind utf16CodeUnits); kaplan's
// count UTF-8 bytes. Converts using the source line, so CJK text before the place counts
// one unit per character, as editors and GitHub expect.
std::uint32_t utf16_column(const SourceSet& sources, Location loc) {
  std::string_view line = sources.line(loc.file, loc.line);
  std::size_t byte = loc.column - 1;
  std::size_t units = 0, pos = 0;
  while (pos < byte && pos < line.size()) {
    char32_t c = text::decode_utf8(line, pos);
    units += c >= 0x10000 ? 2 : 1;
  }
  if (byte > line.size()) units += byte - line.size(); // past the line end: keep the distance
  return static_cast<std::uint32_t>(units + 1);
}

// A physicalLocation: the file, and the region unless the place is the file as a whole.
void physical_location(JsonWriter& w, const SourceSet& sources, Location loc) {
  w.key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object();
  w.key("uri").value(path_uri(loc.file < sources.files.size() ? sources.files[loc.file].path : ""));
  w.end_object();
  if (loc.line) {
    w.key("region").begin_object();
    w.key("startLine").value(loc.line);
    if (loc.column) w.key("startColumn").value(utf16_column(sources, loc));
    w.end_object();
  }
  w.end_object();
}

// The rule's English title as an identifier, "unknown key" -> "UnknownKey" (SARIF's
// `name` is meant to be a stable, readable identifier, so it is never translated).
std::string pascal_name(std::string_view title) {
  std::string out;
  bool word_start = true;
  for (char c : title) {
    bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      word_start = true;
      continue;
    }
    out += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    word_start = false;
  }
  return out;
}

// A reportingDescriptor from the catalogue, texts in the chosen language.
void rule_descriptor(JsonWriter& w, std::string_view id, Lang lang) {
  w.begin_object();
  w.key("id").value(id);
  if (const RuleInfo* rule = find_rule(id)) {
    const RuleText& t = lang == Lang::zh ? rule->zh : rule->en;
    w.key("name").value(pascal_name(rule->en.title));
    w.key("shortDescription").begin_object().key("text").value(t.title).end_object();
    w.key("fullDescription").begin_object().key("text").value(t.checks).end_object();
    w.key("help").begin_object();
    w.key("text").value(fmt::format("{} {}", t.why, t.fix));
    // The catalogue's texts are Markdown already (`code` in backticks) and are ours, not
    // the plan's, so they need no escaping.
    w.key("markdown")
        .value(fmt::format("{}\n\n**{}** {}", t.why, render_message("sarif.fix", {}, lang), t.fix));
    w.end_object();
    w.key("defaultConfiguration").begin_object().key("level").value(level_of(rule->severity));
    w.end_object();
  }
  w.end_object();
}

} // namespace

std::string findings_sarif(std::span<const PlanRun> runs, const SourceSet& sources,
                           const RenderOptions& options) {
  std::vector<std::string_view> rule_ids;
  for (const auto& run : runs)
    for (const auto& f : run.findings)
      rule_ids.push_back(f.rule);
  std::sort(rule_ids.begin(), rule_ids.end());
  rule_ids.erase(std::unique(rule_ids.begin(), rule_ids.end()), rule_ids.end());

  JsonWriter w;
  w.begin_object();
  w.key("$schema").value(schema_uri);
  w.key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("kaplan");
  w.key("version").value(KAPLAN_VERSION);
  w.key("rules").begin_array();
  for (auto id : rule_ids)
    rule_descriptor(w, id, options.lang);
  w.end_array();
  w.end_object().end_object();
  w.key("language").value(render_message("sarif.language", {}, options.lang));
  w.key("columnKind").value("utf16CodeUnits");
  w.key("results").begin_array();
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      w.begin_object();
      w.key("ruleId").value(f.rule);
      auto index = std::lower_bound(rule_ids.begin(), rule_ids.end(), f.rule) - rule_ids.begin();
      w.key("ruleIndex").value(static_cast<long long>(index));
      w.key("level").value(level_of(f.severity));
      w.key("message")
          .begin_object()
          .key("text")
          .value(finding_message(f, options.lang))
          .end_object();
      w.key("locations").begin_array().begin_object();
      physical_location(w, sources, f.loc);
      w.end_object().end_array();
      if (!f.related.empty()) {
        w.key("relatedLocations").begin_array();
        int id = 0;
        for (const auto& r : f.related) {
          w.begin_object();
          w.key("id").value(id++);
          physical_location(w, sources, r.loc);
          w.key("message").begin_object();
          w.key("text").value(render_message(r.note_key, r.args, options.lang));
          w.end_object();
          w.end_object();
        }
        w.end_array();
      }
      if (f.suppressed) {
        w.key("suppressions").begin_array().begin_object();
        w.key("kind").value("inSource");
        if (!f.suppress_reason.empty()) w.key("justification").value(f.suppress_reason);
        w.end_object().end_array();
      }
      w.end_object();
    }
  }
  w.end_array();
  w.end_object().end_array();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
