// SPDX-License-Identifier: MIT
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/explain.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace unit_rules_catalogue {

using namespace kaplan;

namespace {

// Every rule of rules-v1.md with its default severity, in id order, and the project's
// own additions (KAP-R009, see docs/decisions.md).
struct Expected {
  std::string_view id;
  Severity severity;
};

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;
constexpr Severity I = Severity::info;

const std::vector<Expected> expected_rules = {
    {"KAP-C001", E}, {"KAP-C002", W}, {"KAP-C003", W}, {"KAP-C004", W}, {"KAP-C005", W},
    {"KAP-C006", I}, {"KAP-C007", W}, {"KAP-C008", W}, {"KAP-C009", W}, {"KAP-C010", W},
    {"KAP-C011", E}, {"KAP-C012", W}, {"KAP-C013", W}, {"KAP-C014", W}, {"KAP-C015", I},
    {"KAP-C016", W}, {"KAP-C017", W}, {"KAP-C018", W}, {"KAP-C019", W}, {"KAP-G001", W},
    {"KAP-G002", W}, {"KAP-G003", W}, {"KAP-G004", E}, {"KAP-G005", W}, {"KAP-G006", W},
    {"KAP-G007", W}, {"KAP-G008", E}, {"KAP-G009", W}, {"KAP-K001", E}, {"KAP-K002", E},
    {"KAP-K003", E}, {"KAP-K004", E}, {"KAP-K005", I}, {"KAP-K006", W}, {"KAP-K007", W},
    {"KAP-K008", E}, {"KAP-K009", W}, {"KAP-K010", W}, {"KAP-K011", E}, {"KAP-K012", E},
    {"KAP-K013", W}, {"KAP-K014", W}, {"KAP-P001", E}, {"KAP-P002", E}, {"KAP-P003", E},
    {"KAP-P004", E}, {"KAP-P005", E}, {"KAP-P006", E}, {"KAP-P007", E}, {"KAP-P008", E},
    {"KAP-P009", E}, {"KAP-R001", E}, {"KAP-R002", E}, {"KAP-R003", W}, {"KAP-R004", E},
    {"KAP-R005", W}, {"KAP-R006", W}, {"KAP-R007", I}, {"KAP-R008", W}, {"KAP-R009", W},
    {"KAP-R010", I}, {"KAP-S001", E}, {"KAP-S002", E}, {"KAP-S003", E}, {"KAP-S004", E},
    {"KAP-S005", E}, {"KAP-S006", E}, {"KAP-S007", E}, {"KAP-S008", E}, {"KAP-S009", E},
    {"KAP-S010", E}, {"KAP-S011", E}, {"KAP-S012", W}, {"KAP-T001", E}, {"KAP-T002", E},
    {"KAP-T003", W}, {"KAP-T004", E}, {"KAP-T005", E}, {"KAP-T006", E},
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

void check_text(const RuleText& t, std::string_view id) {
  for (std::string_view field : {t.title, t.checks, t.why, t.fix}) {
    CHECK_MESSAGE(!field.empty(), id);
    CHECK_MESSAGE(field.find('\n') == std::string_view::npos, id);
    CHECK_MESSAGE(std::count(field.begin(), field.end(), '`') % 2 == 0, id);
  }
}

} // namespace

TEST_CASE("the catalogue holds every rule of rules-v1 exactly once, sorted, with its severity") {
  const auto rules = rule_catalogue();
  REQUIRE(rules.size() == expected_rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    CAPTURE(expected_rules[i].id);
    CHECK(rules[i].id == expected_rules[i].id);
    CHECK(rules[i].severity == expected_rules[i].severity);
    CHECK(rules[i].family == rules[i].id[4]);
  }
}

TEST_CASE("every rule is documented in both languages with an example and its fix") {
  for (const RuleInfo& r : rule_catalogue()) {
    CAPTURE(r.id);
    check_text(r.en, r.id);
    check_text(r.zh, r.id);
    CHECK(!r.example.empty());
    CHECK(!r.example_fixed.empty());
    CHECK(r.example != r.example_fixed);
    CHECK(r.example.find('\t') == std::string_view::npos);
    CHECK(!family_name(r.family, Lang::en).empty());
    CHECK(!family_name(r.family, Lang::zh).empty());
  }
}

TEST_CASE("find_rule accepts the id in any case, with or without the KAP- prefix") {
  const RuleInfo* k004 = find_rule("KAP-K004");
  REQUIRE(k004 != nullptr);
  CHECK(k004->id == "KAP-K004");
  CHECK(find_rule("kap-k004") == k004);
  CHECK(find_rule("K004") == k004);
  CHECK(find_rule("k004") == k004);
  CHECK(find_rule("KAP-K099") == nullptr);
  CHECK(find_rule("K04") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK(find_rule("KAP-") == nullptr);
}

TEST_CASE("family names in both languages") {
  CHECK(family_name('S', Lang::en) == "structure");
  CHECK(family_name('C', Lang::en) == "completeness and problem orientation");
  CHECK(family_name('K', Lang::en) == "KPI cascade");
  CHECK(family_name('R', Lang::en) == "resource feasibility");
  CHECK(family_name('G', Lang::en) == "governance and the evaluation loop");
  CHECK(family_name('T', Lang::en) == "actuals");
  CHECK(family_name('S', Lang::zh) == "结构");
  CHECK(family_name('C', Lang::zh) == "完整性与问题导向");
  CHECK(family_name('K', Lang::zh) == "指标分解");
  CHECK(family_name('R', Lang::zh) == "资源可行性");
  CHECK(family_name('G', Lang::zh) == "规划组织与评价闭环");
  CHECK(family_name('T', Lang::zh) == "实际完成");
  CHECK(family_name('P', Lang::en) == "plan chain");
  CHECK(family_name('P', Lang::zh) == "规划链");
  CHECK(family_name('X', Lang::en).empty());
}

TEST_CASE("explain text of KAP-K009 in English") {
  const std::string expected = R"(KAP-K009  top-level weights do not sum to 1  (warning)

What it checks
  The `weight` of all top-level KPIs adds up to less than 0.99 or more than
  1.01. When a KPI's `weight` cannot be read (`weight: 40%`), its structure
  finding says so and this check is skipped (one mistake, one finding).

Why it matters
  Weights say how much each indicator counts in the performance scorecard.
  When they do not sum to 1, the overall score is on a different scale than
  everyone reads it, and the balance between perspectives is not what it
  appears to be.

Example
    kpis:
      - id: KPI-rev
        name: 大客户收入
        objective: OBJ-F1
        measure: CNY 10k
        targets: {2027: 1000, 2028: 1150, 2029: 1300}
        weight: 0.5
      - id: KPI-sat
        name: 核心客户满意度
        objective: OBJ-C1
        measure: 分
        rollup: mean
        targets: {2027: 86, 2028: 88, 2029: 90}
        weight: 0.3

Fix
  Adjust the weights so that they sum to 1.
    kpis:
      - id: KPI-rev
        name: 大客户收入
        objective: OBJ-F1
        measure: CNY 10k
        targets: {2027: 1000, 2028: 1150, 2029: 1300}
        weight: 0.6
      - id: KPI-sat
        name: 核心客户满意度
        objective: OBJ-C1
        measure: 分
        rollup: mean
        targets: {2027: 86, 2028: 88, 2029: 90}
        weight: 0.4
)";
  CHECK(render_explain(*find_rule("K009"), Lang::en) == expected);
}

TEST_CASE("explain text in Chinese uses Chinese headings and breaks lines between characters") {
  const std::string text = render_explain(*find_rule("KAP-C002"), Lang::zh);
  const std::string head =
      "KAP-C002  没有基本假设  （默认级别：警告）\n\n检查内容\n"
      "  规划中 `assumptions` 没有任何条目。基本假设写明规划所依赖的环境前提\n"
      "  （`statement`），最好同时写出说明它不再成立的信号（`signal`）和复核日期\n"
      "  （`review_by`）。\n\n为什么重要\n";
  CHECK(text.substr(0, head.size()) == head);
  CHECK(text.find("\n修改方法\n") != std::string::npos);
  CHECK(text.find("\n示例\n    assumptions: []\n") != std::string::npos);
}

TEST_CASE("explain lines never exceed 78 columns, and no line starts with closing punctuation") {
  for (const RuleInfo& r : rule_catalogue()) {
    for (Lang lang : {Lang::en, Lang::zh}) {
      for (const std::string& line : lines_of(render_explain(r, lang))) {
        CAPTURE(line);
        CHECK(text::display_width(line) <= 78);
        CHECK(line.find("  ，") != 0);
        CHECK(line.find("  。") != 0);
        CHECK(line.find("  、") != 0);
        CHECK(line.find("  ）") != 0);
        CHECK(line.find("  ；") != 0);
        CHECK(line.find("  ：") != 0);
        CHECK((line.empty() || line.back() != ' '));
      }
    }
  }
}

TEST_CASE("the man page lists every rule and escapes roff") {
  const std::string page = render_rules_man_page();
  CHECK(page.find(".TH KAPLAN\\-RULES 7") != std::string::npos);
  for (const RuleInfo& r : rule_catalogue()) {
    std::string id(r.id);
    id.replace(3, 1, "\\-");
    CHECK_MESSAGE(page.find(".SS \"" + id + " \\(em ") != std::string::npos, r.id);
  }
  CHECK(page.find(".SH \"KPI CASCADE (KAP\\-K)\"") != std::string::npos);
  CHECK(page.find("\\fB\\%cascade_tolerance\\fR") != std::string::npos);
  CHECK(page.find("\\-\\-actuals") != std::string::npos);
  CHECK(page.find("--") == std::string::npos);
  for (const std::string& line : lines_of(page)) {
    CAPTURE(line);
    // A line starting with a dot is a request we meant to write, never escaped text.
    if (!line.empty() && line[0] == '.') {
      const std::string name = line.substr(0, line.find(' '));
      const bool known = name == ".\\\"" || name == ".TH" || name == ".SH" || name == ".SS" ||
                         name == ".TP" || name == ".B" || name == ".BR" || name == ".EX" ||
                         name == ".EE" || name == ".IP" || name == ".PP" || name == ".in" ||
                         name == ".if";
      CHECK(known);
    }
    for (unsigned char c : line)
      CHECK(c < 0x80);
  }
}

TEST_CASE("the man page renders with groff -man -ww without a warning") {
  if (std::system("command -v groff >/dev/null 2>&1") != 0) {
    MESSAGE("groff not installed: skipped");
    return;
  }
  const auto dir = std::filesystem::temp_directory_path();
  const auto page = dir / "kaplan-test-rules.7";
  const auto err = dir / "kaplan-test-rules.err";
  {
    std::ofstream out(page, std::ios::binary);
    out << render_rules_man_page();
  }
  const std::string cmd = "groff -man -ww -z '" + page.string() + "' 2>'" + err.string() + "'";
  CHECK(std::system(cmd.c_str()) == 0);
  std::ifstream in(err);
  const std::string warnings((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  CHECK(warnings == "");
  std::filesystem::remove(page);
  std::filesystem::remove(err);
}

} // namespace unit_rules_catalogue
