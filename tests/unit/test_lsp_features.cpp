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
  // The sources with one line of a file replaced (the buffer as an editor holds it).
  SourceSet edited(std::uint32_t f, std::string_view old_line, std::string_view new_line) const {
    SourceSet copy = sources;
    auto& text = copy.files[f].text;
    auto at = text.find(old_line);
    REQUIRE(at != std::string::npos);
    text.replace(at, old_line.size(), new_line);
    copy.line_starts.clear();
    return copy;
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

namespace {
std::vector<std::string> labels(const std::vector<Completion>& items) {
  std::vector<std::string> out;
  for (const auto& c : items)
    out.push_back(c.label);
  return out;
}
bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
// The cursor at the end of the first line holding `text`.
Location end_of(const SourceSet& sources, std::uint32_t f, std::string_view text) {
  // A line equal to `text` first, else the first line holding it.
  for (bool exact : {true, false})
    for (std::uint32_t l = 1; l < 5000; ++l) {
      auto line = sources.line(f, l);
      if (exact ? line == text : line.find(text) != std::string_view::npos)
        return Location{f, l, static_cast<std::uint32_t>(line.size()) + 1};
    }
  FAIL("no line " << text);
  return {};
}
} // namespace

TEST_CASE("hover on a KPI: its name, targets and cascade status, in English and Chinese") {
  const auto& ex = Example::get();
  auto nb = ex.file("ningbo.yaml");
  Location at = ex.find(nb, "id: KPI-rev-nb", "KPI-rev,", 1);
  auto en = hover(ex.plan(), ex.sources, at, Lang::en);
  REQUIRE(en);
  CHECK(ex.text_at(en->span) == "KPI-rev");
  CHECK(en->markdown.find("政企大客户业务收入") != std::string::npos);
  CHECK(en->markdown.find("targets: 2027: 520000, 2028: 560000, 2029: 600000") !=
        std::string::npos);
  CHECK(en->markdown.find("KPI cascade") != std::string::npos);
  CHECK(en->markdown.find("(KPI)") != std::string::npos);
  // The title names the id in bold.
  CHECK(en->markdown.find("**KPI-rev**") != std::string::npos);
  auto zh = hover(ex.plan(), ex.sources, at, Lang::zh);
  REQUIRE(zh);
  CHECK(zh->markdown.find("目标值：2027: 520000") != std::string::npos);
  CHECK(zh->markdown.find("（指标）") != std::string::npos);
  CHECK(zh->markdown.find("指标分解") != std::string::npos);
}

TEST_CASE("hover on a person shows the load by month; on a strategy its actions") {
  const auto& ex = Example::get();
  auto nb = ex.file("ningbo.yaml");
  auto person = hover(ex.plan(), ex.sources, ex.find(nb, "id: p-nb-he", "p-nb-he"), Lang::en);
  REQUIRE(person);
  CHECK(person->markdown.find("何军") != std::string::npos);
  CHECK(person->markdown.find("load by month: 2027-01") != std::string::npos);
  auto strategy =
      hover(ex.plan(), ex.sources, ex.find(nb, "strategy: STR-delivery", "STR-delivery"), Lang::en);
  REQUIRE(strategy);
  CHECK(strategy->markdown.find("AC-nb-delivery") != std::string::npos);
}

TEST_CASE("hover on a key gives its meaning from the format; on a rule id the explain text") {
  const auto& ex = Example::get();
  auto root = ex.file("telecom-2027/plan.yaml");
  auto key = hover(ex.plan(), ex.sources, ex.find(root, "weighted_by: KPI-rev", "weighted_by", 2),
                   Lang::en);
  REQUIRE(key);
  CHECK(key->markdown.find("`weighted_by` in `kpis`") != std::string::npos);
  auto rollup = hover(ex.plan(), ex.sources, ex.find(root, "    rollup: mean", "rollup"), Lang::en);
  REQUIRE(rollup);
  CHECK(rollup->markdown.find("one of: sum, mean, min, max") != std::string::npos);
  SourceSet commented =
      ex.edited(root, "    weighted_by: KPI-rev # ", "    weighted_by: KPI-rev # KAP-K004 ");
  auto rule =
      hover(ex.plan(), commented, ex.find(root, "weighted_by: KPI-rev", "KPI-rev", 0), Lang::en);
  REQUIRE(rule); // still the id
  Location on_rule = end_of(commented, root, "# KAP-K004");
  on_rule.column =
      static_cast<std::uint32_t>(commented.line(root, on_rule.line).find("KAP-K004") + 3);
  auto explain = hover(ex.plan(), commented, on_rule, Lang::en);
  REQUIRE(explain);
  CHECK(explain->markdown.starts_with("```text\nKAP-K004"));
}

TEST_CASE("completion of a reference offers ids of the right kind, with their names") {
  const auto& ex = Example::get();
  auto root = ex.file("telecom-2027/plan.yaml");
  SourceSet s = ex.edited(root, "    weighted_by: KPI-rev # ", "    parent: KPI-r # ");
  Location at = end_of(s, root, "    parent: KPI-r #");
  at.column = static_cast<std::uint32_t>(s.line(root, at.line).find(" #")) + 1;
  auto items = complete(ex.plan(), s, at, Lang::en);
  auto ls = labels(items);
  CHECK(has(ls, "KPI-rev"));
  CHECK(has(ls, "KPI-rev-nb"));
  CHECK(!has(ls, "KPI-dict"));   // does not start with the typed `KPI-r`
  CHECK(!has(ls, "p-nb-huang")); // a person is not a KPI
  REQUIRE(!items.empty());
  CHECK(items[0].kind == CompletionKind::id);
  // The typed `KPI-r` (columns 13..17) is what the label replaces.
  CHECK(items[0].replace.begin.column == 13);
  CHECK(items[0].replace.end.column == 18);
  // The name of the KPI is the detail.
  for (const auto& c : items)
    if (c.label == "KPI-rev") CHECK(c.detail == "政企大客户业务收入");
  // An empty value: every KPI; `owner:` in a KPI: people only.
  SourceSet empty = ex.edited(root, "    type: level\n", "    owner: \n");
  auto owners = labels(complete(ex.plan(), empty, end_of(empty, root, "    owner: "), Lang::en));
  CHECK(has(owners, "p-nb-huang"));
  CHECK(!has(owners, "KPI-rev"));
  CHECK(!has(owners, "prov"));
  // In a flow list of an action's `kpis`.
  SourceSet list = ex.edited(root, "    kpis: [KPI-cost-ratio]", "    kpis: [KPI-cost-ratio, ");
  auto kpis =
      labels(complete(ex.plan(), list, end_of(list, root, "kpis: [KPI-cost-ratio, "), Lang::en));
  CHECK(has(kpis, "KPI-rev"));
  CHECK(!has(kpis, "p-sun-li"));
}

TEST_CASE("completion of enumeration values and of the keys not yet written") {
  const auto& ex = Example::get();
  auto root = ex.file("telecom-2027/plan.yaml");
  SourceSet s = ex.edited(root, "    rollup: mean", "    rollup: m");
  auto values = labels(complete(ex.plan(), s, end_of(s, root, "    rollup: m"), Lang::en));
  CHECK(values == std::vector<std::string>{"mean", "min", "max"});
  SourceSet d = ex.edited(root, "    direction: down", "    direction: ");
  auto dirs = complete(ex.plan(), d, end_of(d, root, "    direction: "), Lang::en);
  CHECK(labels(dirs) == std::vector<std::string>{"up", "down"});
  CHECK(dirs[0].kind == CompletionKind::enum_value);
  // A key position in the KPI-cost-ratio entry: `weight` is written, `weighted_by` too.
  SourceSet k = ex.edited(root, "    type: level", "    we");
  auto keys = complete(ex.plan(), k, end_of(k, root, "    we"), Lang::en);
  CHECK(labels(keys).empty());
  SourceSet k2 = ex.edited(root, "    type: level", "    t");
  auto keys2 = complete(ex.plan(), k2, end_of(k2, root, "    t"), Lang::en);
  CHECK(labels(keys2) == std::vector<std::string>{"type", "thresholds"});
  REQUIRE(!keys2.empty());
  CHECK(keys2[0].kind == CompletionKind::key);
  CHECK(!keys2[0].detail.empty());
}

} // namespace unit_lsp_features
