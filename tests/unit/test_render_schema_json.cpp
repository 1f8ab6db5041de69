// SPDX-License-Identifier: MIT
// `kaplan schema`: built from the loader's own tables, every field described, enum values
// as the loader accepts them. (tests/integration/schema_ajv.sh runs a real validator.)
#include "kaplan/load/format_doc.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/schema.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <string>

namespace unit_render_schema_json {

using namespace kaplan;

namespace {

const SectionDoc& section(const std::vector<SectionDoc>& all, std::string_view path) {
  auto it =
      std::find_if(all.begin(), all.end(), [&](const SectionDoc& s) { return s.path == path; });
  REQUIRE(it != all.end());
  return *it;
}

const FieldDoc& field(const SectionDoc& s, std::string_view key) {
  auto it = std::find_if(s.fields.begin(), s.fields.end(),
                         [&](const FieldDoc& f) { return f.key == key; });
  REQUIRE(it != s.fields.end());
  return *it;
}

} // namespace

TEST_CASE("the format description comes from the loader's field tables") {
  auto all = describe_plan_format();
  CHECK(all.size() == 24);
  const SectionDoc& kpis = section(all, "kpis");
  CHECK(field(kpis, "id").required);
  CHECK(field(kpis, "targets").type == "year_map");
  const FieldDoc& rollup = field(kpis, "rollup");
  CHECK(rollup.type == "enumeration");
  REQUIRE(rollup.values.size() == kRollupNames.size());
  CHECK(rollup.values[3] == "max");
  CHECK(field(section(all, "environment.factors"), "category").values.size() == 7);
  CHECK(field(section(all, "actions.team"), "effort").type == "fte");
  for (const auto& s : all) {
    CAPTURE(s.path);
    CHECK_FALSE(s.doc.empty());
    for (const auto& f : s.fields) {
      CAPTURE(f.key);
      CHECK_FALSE(f.doc.empty());
      CHECK(f.values.empty() == (f.type != "enumeration"));
    }
  }
}

TEST_CASE("the schema is draft 2020-12 and describes every field") {
  std::string schema = render_plan_schema();
  CHECK(
      schema.starts_with("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"));
  CHECK(schema.ends_with("}\n"));
  for (const auto& s : describe_plan_format()) {
    CHECK(schema.find("\"" + s.path + "\": {\n      \"description\": ") != std::string::npos);
    for (const auto& f : s.fields) {
      CAPTURE(f.key);
      std::string doc(f.doc);
      CHECK(schema.find("\"description\": \"" + doc) != std::string::npos);
    }
  }
  CHECK(schema.find("\"enum\": [\n            \"talent\",\n            \"information\",") !=
        std::string::npos);
  CHECK(schema.find("\"^x-\": {}") != std::string::npos);
  CHECK(schema.find("\"dependentRequired\": {\n    \"plan\": [\n      \"kaplan\"\n    ]\n  }") !=
        std::string::npos);
}

} // namespace unit_render_schema_json
