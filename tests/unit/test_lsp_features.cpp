// SPDX-License-Identifier: MIT
// The language features of `kaplan lsp` (lsp/features.hpp) over the telecom example and
// small plans: definition, references, the outline, hover, completion and code actions.
#include "kaplan/lsp/features.hpp"
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>
#include <string>

namespace unit_lsp_features {

using namespace kaplan;
using namespace kaplan::lsp;

namespace {

// The telecom example, loaded once for every test of this file.
struct Example {
  SourceSet sources;
  LoadResult loaded;
  Example() {
    loaded =
        load_plan(std::string(KAPLAN_SOURCE_DIR) + "/examples/telecom-2027/plan.yaml", sources);
  }
  static const Example& get() {
    static const Example e;
    return e;
  }
  const Plan& plan() const { return loaded.plan; }
  std::uint32_t file(std::string_view tail) const {
    for (std::uint32_t i = 0; i < sources.files.size(); ++i)
      if (sources.files[i].path.ends_with(tail)) return i;
    FAIL("no file " << tail);
    return 0;
  }
  // The place of the `nth` occurrence of `needle` on a line containing `context`, plus
  // `offset` bytes (a cursor inside the word).
  Location find(std::uint32_t f, std::string_view context, std::string_view needle,
                std::uint32_t offset = 0) const {
    for (std::uint32_t l = 1;; ++l) {
      auto text = sources.line(f, l);
      if (text.empty() && l > 2000) break;
      if (text.find(context) == std::string_view::npos) continue;
      auto at = text.find(needle, text.find(context));
      REQUIRE(at != std::string_view::npos);
      return Location{f, l, static_cast<std::uint32_t>(at) + 1 + offset};
    }
    FAIL("no line with " << context);
    return {};
  }
  std::string text_at(const Span& s) const {
    auto line = sources.line(s.begin.file, s.begin.line);
    return std::string(line.substr(s.begin.column - 1, s.end.column - s.begin.column));
  }
};

} // namespace

TEST_CASE("definition of a KPI's parent lands on the KPI's id in the root file") {
  const auto& ex = Example::get();
  REQUIRE(!ex.loaded.unreadable);
  auto nb = ex.file("ningbo.yaml");
  // The cursor inside `KPI-rev` of `parent: KPI-rev` in the Ningbo file.
  Location at = ex.find(nb, "id: KPI-rev-nb", "KPI-rev,", 3);
  auto defs = definition(ex.plan(), ex.sources, at);
  REQUIRE(defs.size() == 1);
  CHECK(defs[0].begin.file == ex.file("telecom-2027/plan.yaml"));
  CHECK(ex.text_at(defs[0]) == "KPI-rev");
  CHECK(ex.sources.line(defs[0].begin.file, defs[0].begin.line) == "  - id: KPI-rev");
  // On the definition itself, the definition is the id under the cursor.
  auto again = definition(ex.plan(), ex.sources, defs[0].begin);
  REQUIRE(again.size() == 1);
  CHECK(again[0].begin == defs[0].begin);
  // Nothing under a cursor on a key or a name.
  CHECK(definition(ex.plan(), ex.sources, ex.find(nb, "id: KPI-rev-nb", "name")).empty());
}

TEST_CASE("references of a KPI are every place its id is written, across the files") {
  const auto& ex = Example::get();
  auto root = ex.file("telecom-2027/plan.yaml");
  Location at = ex.find(root, "  - id: KPI-rev", "KPI-rev");
  auto with = references(ex.plan(), ex.sources, at, true);
  auto without = references(ex.plan(), ex.sources, at, false);
  // weighted_by, parent in hq, hangzhou, ningbo, wenzhou, an action's kpis, two reviews.
  CHECK(without.size() == 8);
  CHECK(with.size() == without.size() + 1);
  for (const auto& s : with)
    CHECK(ex.text_at(s) == "KPI-rev");
  std::set<std::uint32_t> files;
  for (const auto& s : with)
    files.insert(s.begin.file);
  CHECK(files.size() == 4);
}

TEST_CASE("the outline of a file: sections, then entities with id and name") {
  const auto& ex = Example::get();
  auto nb = ex.file("ningbo.yaml");
  auto syms = symbols(ex.plan(), ex.sources, nb, Lang::en);
  REQUIRE(syms.size() == 3);
  CHECK(syms[0].name == "people");
  CHECK(syms[0].selection.begin.line == 2);
  CHECK(syms[1].name == "kpis");
  CHECK(syms[2].name == "actions");
  REQUIRE(syms[0].children.size() == 3);
  CHECK(syms[0].children[0].name == "p-nb-huang");
  CHECK(syms[0].children[0].detail == "黄磊");
  CHECK(syms[0].children[0].kind == EntityKind::person);
  CHECK(syms[0].children[0].span.begin.line == 3);
  CHECK(syms[0].children[0].span.end.line == 9);
  CHECK(ex.text_at(syms[0].children[0].selection) == "p-nb-huang");
  REQUIRE(syms[1].children.size() == 8);
  // A flow entry continued on the next line spans both lines.
  CHECK(syms[1].children[0].span.end.line == syms[1].children[0].span.begin.line + 1);
  CHECK(syms[0].span.end.line >= syms[0].children[2].span.end.line);
}

} // namespace unit_lsp_features
