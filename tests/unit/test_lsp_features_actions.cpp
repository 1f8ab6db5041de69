// SPDX-License-Identifier: MIT
// Code actions of `kaplan lsp` (lsp/features.hpp): a finding's suggestion as the exact
// edit, and "suppress with a reason" adding an `ignore:` entry to the entity.
#include "kaplan/lsp/features.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_lsp_features_actions {

using namespace kaplan;
using namespace kaplan::lsp;

namespace {

const char* const kPlan = R"(kaplan: 1
plan:
  id: fx-lsp
  title: Test plan
  cycle: 2027
units:
  - {id: hq, name: HQ, kind: company}
  - {id: east, name: East, kind: brnach, parent: hq}
people:
  - id: p-wang
    name: Wang
    unit: hq
    capacty: 0.8
  - id: p-li
    name: Li
    unit: hq
    ignore:
      KAP-C004: not applicable here
)";

// The text `edit` leaves in the file.
std::string applied(const SourceSet& sources, const TextEdit& edit) {
  const std::string& text = sources.files[edit.span.begin.file].text;
  auto offset = [&](Location l) {
    std::size_t at = 0;
    for (std::uint32_t n = 1; n < l.line; ++n)
      at = text.find('\n', at) + 1;
    return at + l.column - 1;
  };
  std::string out = text;
  out.replace(offset(edit.span.begin), offset(edit.span.end) - offset(edit.span.begin),
              edit.new_text);
  return out;
}

Span line_span(std::uint32_t file, std::uint32_t line) {
  return Span{Location{file, line, 1}, Location{file, line, 1}};
}

const CodeAction* find_action(const std::vector<CodeAction>& actions, std::string_view rule,
                              bool preferred) {
  for (const auto& a : actions)
    if (a.rule == rule && a.preferred == preferred) return &a;
  return nullptr;
}

} // namespace

TEST_CASE("a misspelled enumeration value: the action writes the suggestion in its place") {
  test::Checked c(kPlan);
  auto actions = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 8), Lang::en);
  const CodeAction* fix = find_action(actions, "KAP-S007", true);
  REQUIRE(fix);
  CHECK(fix->title == "Change `brnach` to `branch`");
  REQUIRE(fix->edits.size() == 1);
  CHECK(fix->edits[0].new_text == "branch");
  CHECK(fix->edits[0].span.begin.line == 8);
  CHECK(applied(c.sources, fix->edits[0]).find("kind: branch, parent: hq}") != std::string::npos);
  // Chinese title.
  auto zh = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 8), Lang::zh);
  REQUIRE(find_action(zh, "KAP-S007", true));
  CHECK(find_action(zh, "KAP-S007", true)->title == "将 `brnach` 改为 `branch`");
  // Nothing for a line without findings.
  CHECK(code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 11), Lang::en).empty());
}

TEST_CASE("a misspelled key: the action renames the key") {
  test::Checked c(kPlan);
  auto actions = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 13), Lang::en);
  const CodeAction* fix = find_action(actions, "KAP-S002", true);
  REQUIRE(fix);
  REQUIRE(fix->edits.size() == 1);
  CHECK(fix->edits[0].new_text == "capacity");
  CHECK(applied(c.sources, fix->edits[0]).find("    capacity: 0.8\n") != std::string::npos);
}

TEST_CASE("suppress with a reason adds an ignore entry at the entity's indentation") {
  test::Checked c(kPlan);
  // A block entry with no `ignore:`: a line after its last one.
  auto actions = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 13), Lang::en);
  const CodeAction* suppress = find_action(actions, "KAP-S002", false);
  REQUIRE(suppress);
  CHECK(suppress->title == "Suppress KAP-S002 for p-wang with a reason");
  REQUIRE(suppress->edits.size() == 1);
  CHECK(suppress->edits[0].new_text ==
        "\n    ignore: {KAP-S002: \"TODO: why KAP-S002 does not apply\"}");
  CHECK(
      applied(c.sources, suppress->edits[0])
          .find("    capacty: 0.8\n    ignore: {KAP-S002: \"TODO: why KAP-S002 does not apply\"}\n"
                "  - id: p-li") != std::string::npos);
  // A flow entry: before its closing brace.
  auto flow = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 8), Lang::zh);
  const CodeAction* s2 = find_action(flow, "KAP-S007", false);
  REQUIRE(s2);
  CHECK(applied(c.sources, s2->edits[0])
            .find("parent: hq, ignore: {KAP-S007: \"待填写 KAP-S007 不适用的原因\"}}") !=
        std::string::npos);
}

TEST_CASE("suppress appends to an existing ignore mapping, and the result loads") {
  test::Checked c(kPlan);
  Finding f;
  f.rule = "KAP-C006";
  f.entity = "p-li";
  f.loc = Location{0, 14, 7};
  auto actions = code_actions(c.run.plan, c.sources, {f}, line_span(0, 14), Lang::en);
  REQUIRE(actions.size() == 1);
  std::string text = applied(c.sources, actions[0].edits[0]);
  CHECK(text.ends_with("      KAP-C004: not applicable here\n"
                       "      KAP-C006: \"TODO: why KAP-C006 does not apply\"\n"));
  Plan plan = test::load_text(text);
  REQUIRE(plan.people.size() == 2);
  CHECK(plan.people[1].ignore.size() == 2);
}

TEST_CASE("a plan-wide finding is suppressed in the plan header; the edit really suppresses") {
  test::Checked c(kPlan);
  REQUIRE(c.of("KAP-C001").size() > 1);
  auto actions = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, 3), Lang::en);
  std::vector<const CodeAction*> suppress;
  for (const auto& a : actions)
    if (a.rule == "KAP-C001") suppress.push_back(&a);
  REQUIRE(suppress.size() == 1); // one action for the several sections missing
  CHECK(suppress[0]->title == "Suppress KAP-C001 for fx-lsp with a reason");
  std::string text = applied(c.sources, suppress[0]->edits[0]);
  CHECK(text.find("  cycle: 2027\n  ignore: {KAP-C001: ") != std::string::npos);
  test::Checked again(text);
  REQUIRE(!again.of("KAP-C001").empty());
  for (const auto& f : again.of("KAP-C001"))
    CHECK(f.suppressed);
  // A finding about no entity gets no suppress action.
  Finding loose;
  loose.rule = "KAP-S001";
  loose.loc = Location{0, 3, 1};
  CHECK(code_actions(c.run.plan, c.sources, {loose}, line_span(0, 3), Lang::en).empty());
}

TEST_CASE("hover escapes plan text for Markdown") {
  test::Checked c(kPlan + std::string("  - id: p_zhao\n    name: \"*Zhao* <b>|x|</b>\"\n"
                                      "    unit: hq\n"));
  auto h = hover(c.run.plan, c.sources, Location{0, 19, 9}, Lang::en);
  REQUIRE(h);
  CHECK(h->markdown.find("**p\\_zhao** (person): \\*Zhao\\* &lt;b&gt;\\|x\\|&lt;/b&gt;") !=
        std::string::npos);
}

TEST_CASE("a full-width colon typed for a key's colon: the action writes the ASCII colon") {
  test::Checked c(kPlan + std::string("  - id: p-zhao\n    name: Zhao\n    unit：hq\n"));
  std::uint32_t line = 21;
  CAPTURE(c.sources.line(0, line));
  auto actions = code_actions(c.run.plan, c.sources, c.run.findings, line_span(0, line), Lang::en);
  const CodeAction* fix = nullptr;
  for (const auto& a : actions)
    if (a.preferred) fix = &a;
  REQUIRE(fix);
  CHECK(applied(c.sources, fix->edits[0]).find("    unit: hq\n") != std::string::npos);
}

} // namespace unit_lsp_features_actions
