// SPDX-License-Identifier: MIT
// SARIF 2.1.0 for code-scanning uploads: one run whose driver lists the rules that occur,
// and one result per finding. Suppressed findings stay in the log with a `suppressions`
// entry, as SARIF viewers expect; keys come out in a fixed order so the bytes are stable.
// File URIs are relative to the root of the repository holding the plan (uriBaseId
// %SRCROOT%), the form GitHub code scanning maps onto its checkout; each result has a
// fingerprint that survives moved lines, and each rule links to its section of
// kaplan-rules(7) at this version.
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/explain.hpp"
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

constexpr std::string_view base_id = "%SRCROOT%";

// A physicalLocation: the file, and the region unless the place is the file as a whole.
// The region's columns count UTF-16 code units, the run's declared columnKind.
void physical_location(JsonWriter& w, const SourceSet& sources, const RenderOptions& options,
                       Location loc) {
  w.key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object();
  std::string path = repo_path(sources, options, loc.file);
  w.key("uri").value(path_uri(path));
  if (!path.starts_with('/')) w.key("uriBaseId").value(base_id);
  w.end_object();
  if (loc.line) {
    w.key("region").begin_object();
    w.key("startLine").value(loc.line);
    if (loc.column) w.key("startColumn").value(sources.utf16_column(loc));
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

// The line of each rule's section (`.SS "KAP\-K004 …`) in kaplan-rules(7) as generated
// by this build, which is the page committed at this version.
std::string_view man_page_line_key(std::string_view line) {
  constexpr std::string_view prefix = ".SS \"";
  if (!line.starts_with(prefix)) return {};
  line.remove_prefix(prefix.size());
  return line.substr(0, line.find(' '));
}

} // namespace

std::string help_uri(std::string_view id, const std::string& man_page) {
  std::string key;
  for (char c : id) {
    if (c == '-') key += '\\';
    key += c;
  }
  std::size_t line_no = 1;
  for (std::size_t pos = 0; pos < man_page.size(); ++line_no) {
    std::size_t end = man_page.find('\n', pos);
    if (end == std::string::npos) end = man_page.size();
    if (man_page_line_key(std::string_view(man_page).substr(pos, end - pos)) == key) break;
    pos = end + 1;
  }
  return fmt::format("{}/blob/v{}/man/kaplan-rules.7#L{}", KAPLAN_HOMEPAGE, KAPLAN_VERSION,
                     line_no);
}

namespace {

// A reportingDescriptor from the catalogue, texts in the chosen language.
void rule_descriptor(JsonWriter& w, std::string_view id, Lang lang, const std::string& man_page) {
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
    w.key("helpUri").value(help_uri(id, man_page));
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

  std::vector<std::string> fingerprints = finding_fingerprints(runs, sources, options);
  std::string man_page = rule_ids.empty() ? std::string() : render_rules_man_page();
  JsonWriter w;
  w.begin_object();
  w.key("$schema").value(schema_uri);
  w.key("version").value("2.1.0");
  w.key("runs").begin_array().begin_object();
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").value("kaplan");
  w.key("version").value(KAPLAN_VERSION);
  w.key("informationUri").value(KAPLAN_HOMEPAGE);
  w.key("rules").begin_array();
  for (auto id : rule_ids)
    rule_descriptor(w, id, options.lang, man_page);
  w.end_array();
  w.end_object().end_object();
  // The base is named, not given: an absolute path would differ from machine to machine,
  // and the consumer (code scanning) knows where its checkout is.
  w.key("originalUriBaseIds").begin_object();
  w.key(base_id).begin_object();
  w.key("description").begin_object();
  w.key("text").value("The root of the git work tree holding the plan (outside a repository, "
                      "the working directory kaplan ran in)");
  w.end_object().end_object().end_object();
  w.key("language").value(render_message("sarif.language", {}, options.lang));
  w.key("columnKind").value("utf16CodeUnits");
  w.key("results").begin_array();
  std::size_t n = 0;
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
      physical_location(w, sources, options, f.loc);
      w.end_object().end_array();
      w.key("partialFingerprints").begin_object();
      w.key("kaplanFinding/v1").value(fingerprints[n++]);
      w.end_object();
      if (!f.related.empty()) {
        w.key("relatedLocations").begin_array();
        int id = 0;
        for (const auto& r : f.related) {
          w.begin_object();
          w.key("id").value(id++);
          physical_location(w, sources, options, r.loc);
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
