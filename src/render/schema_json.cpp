// SPDX-License-Identifier: MIT
// `kaplan schema`: a JSON Schema (draft 2020-12) of a plan file built from the loader's
// own field tables (describe_plan_format), so editors complete and explain exactly the
// keys kaplan reads. One schema serves the root file and included files: `plan` and
// `kaplan` are optional, but `plan` needs `kaplan` beside it.
#include "kaplan/load/format_doc.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/render/schema.hpp"
#include "kaplan/util/json_writer.hpp"

#include <string>
#include <string_view>

namespace kaplan {
namespace {

constexpr std::string_view kIdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
constexpr std::string_view kDatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
constexpr std::string_view kMonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";
constexpr std::string_view kPeriodPattern = "^[0-9]{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$";

// Keys starting with `x-` are free for users everywhere the loader reads a mapping.
void free_keys(JsonWriter& w) {
  w.key("patternProperties").begin_object().key("^x-").begin_object().end_object().end_object();
  w.key("additionalProperties").value(false);
}

void id_string(JsonWriter& w) {
  w.key("type").value("string");
  w.key("pattern").value(kIdPattern);
}

// YAML scalars a text field accepts: the loader reads any scalar as text.
void text_types(JsonWriter& w) {
  w.key("type").begin_array().value("string").value("number").value("boolean").end_array();
}

void date_string(JsonWriter& w) {
  w.key("type").value("string");
  w.key("format").value("date");
  w.key("pattern").value(kDatePattern);
}

void number_range(JsonWriter& w, double lo, double hi) {
  w.key("type").value("number");
  w.key("minimum").value(lo);
  w.key("maximum").value(hi);
}

// The value part of one field's schema (its description is written by the caller).
void field_value(JsonWriter& w, const FieldDoc& f) {
  std::string_view t = f.type;
  if (f.key == "period") { // YYYY (a number to YAML), YYYY-Hn, YYYY-Qn or YYYY-MM
    w.key("type").begin_array().value("string").value("integer").end_array();
    w.key("pattern").value(kPeriodPattern);
  } else if (t == "id" || t == "ref") {
    id_string(w);
  } else if (t == "text") {
    text_types(w);
  } else if (t == "integer") {
    w.key("type").value("integer");
  } else if (t == "number" || t == "ratio") {
    w.key("type").value("number");
  } else if (t == "fte") {
    number_range(w, 0, 1.5);
  } else if (t == "level") {
    number_range(w, 1, 5);
  } else if (t == "year") {
    w.key("type").value("integer");
    w.key("minimum").value(kEarliestPlanYear);
    w.key("maximum").value(kLatestPlanYear);
  } else if (t == "date") {
    date_string(w);
  } else if (t == "month") {
    w.key("type").value("string");
    w.key("pattern").value(kMonthPattern);
  } else if (t == "enumeration") {
    w.key("type").value("string");
    w.key("enum").begin_array();
    for (auto v : f.values)
      w.value(v);
    w.end_array();
  } else if (t == "ref_list") {
    w.key("type").value("array");
    w.key("items").begin_object();
    id_string(w);
    w.end_object();
  } else if (t == "text_list") {
    w.key("type").value("array");
    w.key("items").begin_object();
    text_types(w);
    w.end_object();
  } else if (t == "year_map") {
    w.key("type").value("object");
    w.key("propertyNames").begin_object().key("pattern").value("^[0-9]{4}$").end_object();
    w.key("additionalProperties").begin_object().key("type").value("number").end_object();
  } else if (t == "number_map") {
    w.key("type").value("object");
    w.key("additionalProperties").begin_object().key("type").value("number").end_object();
  } else if (f.key == "contributes") {
    w.key("type").value("object");
    w.key("additionalProperties").begin_object();
    w.key("type").value("object");
    w.key("propertyNames").begin_object().key("pattern").value("^[0-9]{4}$").end_object();
    w.key("additionalProperties").begin_object().key("type").value("number").end_object();
    w.end_object();
  } else if (f.key == "ignore") {
    w.key("$ref").value("#/$defs/ignore");
  } else if (f.key == "thresholds") {
    w.key("type").value("object");
    w.key("properties").begin_object();
    for (std::string_view k : {"green", "amber"}) {
      w.key(k).begin_object();
      w.key("type").value("number");
      w.key("minimum").value(0);
      w.end_object();
    }
    w.end_object();
    w.key("additionalProperties").value(false);
  } else if (f.key == "team") {
    w.key("type").value("array");
    w.key("items").begin_object().key("$ref").value("#/$defs/actions.team").end_object();
  } else if (t == "list" && (f.key == "kpis" || f.key == "actions")) {
    // Only the `review` section has lists of entries under these keys.
    w.key("type").value("array");
    w.key("items").begin_object().key("$ref").value("#/$defs/review." + std::string(f.key));
    w.end_object();
  } else if (f.key == "phasing") {
    w.key("type").value("array");
    w.key("minItems").value(4);
    w.key("maxItems").value(4);
    w.key("items").begin_object();
    number_range(w, 0, 1);
    w.end_object();
  } else if (t == "mapping") {
    w.key("type").value("object");
  } else {
    w.key("type").value("array");
  }
}

// The definition of one entry kind: an object with the table's keys.
void entry_def(JsonWriter& w, const SectionDoc& s) {
  w.key(s.path).begin_object();
  w.key("description").value(s.doc);
  w.key("type").value("object");
  w.key("properties").begin_object();
  for (const auto& f : s.fields) {
    w.key(f.key).begin_object();
    w.key("description")
        .value(f.required ? std::string(f.doc) + " (required)" : std::string(f.doc));
    field_value(w, f);
    w.end_object();
  }
  w.end_object();
  w.key("required").begin_array();
  for (const auto& f : s.fields)
    if (f.required) w.value(f.key);
  w.end_array();
  free_keys(w);
  w.end_object();
}

// `ignore: {RULE-ID: reason}` or `{RULE-ID: {reason: ..., until: date}}`.
void ignore_def(JsonWriter& w) {
  w.key("ignore").begin_object();
  w.key("description").value("suppressions: {RULE-ID: reason} or {RULE-ID: {reason, until}}");
  w.key("type").value("object");
  w.key("propertyNames").begin_object().key("pattern").value("^KAP-[A-Z][0-9]+$").end_object();
  w.key("additionalProperties").begin_object().key("oneOf").begin_array();
  w.begin_object();
  w.key("description").value("why the finding is accepted");
  w.key("type").value("string");
  w.key("minLength").value(1);
  w.end_object();
  w.begin_object();
  w.key("type").value("object");
  w.key("properties").begin_object();
  w.key("reason").begin_object();
  w.key("description").value("why the finding is accepted (required)");
  w.key("type").value("string");
  w.key("minLength").value(1);
  w.end_object();
  w.key("until").begin_object();
  w.key("description").value("last day the suppression applies; after it, a warning (KAP-S012)");
  date_string(w);
  w.end_object();
  w.end_object();
  w.key("required").begin_array().value("reason").end_array();
  w.key("additionalProperties").value(false);
  w.end_object();
  w.end_array().end_object();
  w.end_object();
}

// A list section: an array of entries of the definition `def`.
void list_of(JsonWriter& w, std::string_view key, std::string_view def, std::string_view doc) {
  w.key(key).begin_object();
  w.key("description").value(doc);
  w.key("type").value("array");
  w.key("items").begin_object().key("$ref").value("#/$defs/" + std::string(def)).end_object();
  w.end_object();
}

// A mapping section (environment, resources, governance) holding list sections.
void group(JsonWriter& w, const std::vector<SectionDoc>& sections, std::string_view key,
           std::string_view doc) {
  w.key(key).begin_object();
  w.key("description").value(doc);
  w.key("type").value("object");
  w.key("properties").begin_object();
  std::string prefix = std::string(key) + ".";
  for (const auto& s : sections)
    if (s.path.starts_with(prefix)) list_of(w, s.path.substr(prefix.size()), s.path, s.doc);
  if (key == "resources")
    list_of(w, "people", "people", "the talent pool (also accepted at the top)");
  w.end_object();
  free_keys(w);
  w.end_object();
}

// Opens a schema of one kind of file: its header, then its `properties` up to and
// including `kaplan:` (the format version), left open for the file's own keys.
void begin_document(JsonWriter& w, std::string_view title, std::string_view description,
                    std::string_view version_doc) {
  w.begin_object();
  w.key("$schema").value("https://json-schema.org/draft/2020-12/schema");
  w.key("title").value(title);
  w.key("description").value(description);
  w.key("type").value("object");
  w.key("properties").begin_object();
  w.key("kaplan").begin_object();
  w.key("description").value(version_doc);
  w.key("const").value(1);
  w.end_object();
}

} // namespace

std::string render_actuals_schema() {
  auto sections = describe_actuals_format();
  JsonWriter w;
  begin_document(w, "kaplan actuals, format 1",
                 "The figures of one period of a kaplan plan: KPI values and the state of "
                 "actions; see kaplan-plan(5).",
                 "format version: 1 (required)");
  w.key("actuals").begin_object();
  w.key("description").value(sections[0].doc);
  w.key("$ref").value("#/$defs/actuals");
  w.end_object();
  for (std::size_t i = 1; i < sections.size(); ++i)
    list_of(w, sections[i].path, sections[i].path, sections[i].doc);
  w.end_object();
  w.key("required").begin_array().value("kaplan").value("actuals").end_array();
  free_keys(w);
  w.key("$defs").begin_object();
  for (const auto& s : sections)
    entry_def(w, s);
  w.end_object();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

std::string render_plan_schema() {
  auto sections = describe_plan_format();
  auto doc_of = [&](std::string_view path) -> std::string_view {
    for (const auto& s : sections)
      if (s.path == path) return s.doc;
    return {};
  };
  JsonWriter w;
  begin_document(w, "kaplan plan, format 1",
                 "A key-account marketing strategy plan file (the root file or an included "
                 "one); see kaplan-plan(5).",
                 "format version: 1 (required in the root file)");
  w.key("plan").begin_object();
  w.key("description").value(doc_of("plan"));
  w.key("$ref").value("#/$defs/plan");
  w.end_object();
  w.key("include").begin_object();
  w.key("description")
      .value("paths or glob patterns, relative to this file, of more files of the plan");
  w.key("oneOf").begin_array();
  w.begin_object().key("type").value("string").end_object();
  w.begin_object().key("type").value("array");
  w.key("items").begin_object().key("type").value("string").end_object();
  w.end_object();
  w.end_array();
  w.end_object();
  for (std::string_view key : {"units", "people", "assumptions"})
    list_of(w, key, key, doc_of(key));
  group(w, sections, "environment", "external environment analysis");
  for (std::string_view key : {"capabilities", "issues", "objectives", "kpis", "strategies"})
    list_of(w, key, key, doc_of(key));
  group(w, sections, "resources", "resource allocation: budget, assets, people");
  list_of(w, "actions", "actions", doc_of("actions"));
  group(w, sections, "governance", "organisation of the planning work");
  w.key("review").begin_object();
  w.key("description").value(doc_of("review"));
  w.key("$ref").value("#/$defs/review");
  w.end_object();
  w.end_object();
  free_keys(w);
  w.key("dependentRequired").begin_object();
  w.key("plan").begin_array().value("kaplan").end_array();
  w.end_object();
  w.key("$defs").begin_object();
  for (const auto& s : sections)
    entry_def(w, s);
  ignore_def(w);
  w.end_object();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan
