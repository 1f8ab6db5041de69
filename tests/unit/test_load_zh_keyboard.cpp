// SPDX-License-Identifier: MIT
// A plan typed with a Chinese input method: full-width punctuation where YAML needed
// its ASCII marks, and Chinese words for enumeration values. Each finding points at the
// mark (file:line:column) and says, in en and zh, what to write instead.
#include "kaplan/load/actuals.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/model/messages.hpp"
#include "load/reader.hpp"
#include "load/sections.hpp"
#include "load/zh_keyboard.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

namespace unit_load_zh_keyboard {

using namespace kaplan;
using kaplan::load::Reader;

namespace {

constexpr std::string_view kHeader = "kaplan: 1\n"
                                     "plan: {id: p, title: t, cycle: 2027}\n"
                                     "units:\n"
                                     "  - {id: hq, name: HQ, kind: company}\n"
                                     "people:\n"
                                     "  - {id: p-li, name: 李华, unit: hq}\n";

// The findings of a root plan file (read and indexed) as "rule line:col message", in
// one language.
std::vector<std::string> findings_of(std::string_view body, Lang lang) {
  std::string text = std::string(kHeader) + std::string(body);
  std::vector<Finding> findings;
  YamlTree tree = parse_yaml(text, 0, findings);
  Plan plan;
  plan.files.push_back("plan.yaml");
  if (!tree.partial) {
    Reader r(tree, findings);
    std::vector<load::IncludeEntry> includes;
    load::read_plan_document(r, plan, true, includes);
    index_plan(plan, findings);
  }
  std::vector<std::string> out;
  for (const auto& f : findings)
    out.push_back(f.rule + " " + std::to_string(f.loc.line) + ":" + std::to_string(f.loc.column) +
                  " " + finding_message(f, lang));
  return out;
}

// The only finding of a body, in both languages.
struct Both {
  std::string en, zh;
};
Both only_finding(std::string_view body) {
  auto en = findings_of(body, Lang::en);
  auto zh = findings_of(body, Lang::zh);
  CAPTURE(en);
  REQUIRE(en.size() == 1);
  REQUIRE(zh.size() == 1);
  return {en[0], zh[0]};
}

} // namespace

TEST_CASE("a key typed with the full-width colon in a flow mapping: S002 at the colon") {
  auto f = only_finding("actions:\n"
                        "  - {id: A1, title: t, strategy: S1, owner: p-li, start: 2027-01-01,\n"
                        "     due: 2027-02-01, team: [{person: p-li, effort：0.2}]}\n"
                        "strategies:\n"
                        "  - {id: S1, statement: s, kind: market, objectives: [O1]}\n"
                        "objectives:\n"
                        "  - {id: O1, perspective: financial, statement: s}\n");
  CHECK(f.en ==
        "KAP-S002 9:51 unknown key `effort：0.2` in `actions.team`; a full-width colon `：` "
        "at column 51: YAML needs the ASCII colon `:` followed by a space, as in "
        "`effort: 0.2`");
  CHECK(f.zh == "KAP-S002 9:51 `actions.team` 中有未知的键 `effort：0.2`；第 51 列是全角冒号 `：`，"
                "YAML 要求半角冒号 `:` 且其后加一个空格，如 `effort: 0.2`");
}

TEST_CASE("a key ending in the full-width colon gets the hint, not a guess beside it") {
  // `statement：` is one letter from `statement`: the hint says what to write instead.
  auto f = findings_of("assumptions:\n"
                       "  - {id: A1, statement：}\n",
                       Lang::en);
  REQUIRE(f.size() == 2);
  CHECK(f[0] == "KAP-S002 8:23 unknown key `statement：` in `assumptions`; a full-width colon "
                "`：` at column 23: YAML needs the ASCII colon `:` followed by a space, as in "
                "`statement:`");
  CHECK(f[1] == "KAP-S004 8:5 `assumptions` entry is missing required field `statement`");
}

TEST_CASE("a block key typed with the full-width colon: the syntax error points at the colon") {
  auto f = only_finding("objectives:\n"
                        "  - id: O1\n"
                        "    perspective：financial\n"
                        "    statement: s\n");
  CHECK(f.en.starts_with("KAP-S001 9:16 YAML syntax error: "));
  CHECK(f.en.ends_with("; a full-width colon `：` at column 16: YAML needs the ASCII colon `:` "
                       "followed by a space, as in `perspective: financial`"));
  CHECK(f.zh.ends_with("；第 16 列是全角冒号 `：`，YAML 要求半角冒号 `:` 且其后加一个空格，如 "
                       "`perspective: financial`"));
}

TEST_CASE("a full-width space after a key's colon: the syntax error points at the space") {
  auto f = only_finding("objectives:\n"
                        "  - id: O1\n"
                        "    perspective:\u3000financial\n"
                        "    statement: s\n");
  CHECK(f.en.starts_with("KAP-S001 9:17 YAML syntax error: "));
  CHECK(f.en.ends_with("; a full-width space at column 17: YAML needs the ASCII space, as in "
                       "`perspective: financial`"));
  CHECK(f.zh.ends_with("；第 17 列是全角空格，YAML 要求使用半角空格，如 `perspective: financial`"));
}

TEST_CASE("ids separated by a full-width comma, semicolon or enumeration comma: S007 at the mark") {
  std::string_view tail = "objectives:\n"
                          "  - {id: O1, perspective: financial, statement: s}\n"
                          "  - {id: O2, perspective: customer, statement: s}\n";
  auto comma = only_finding("strategies:\n"
                            "  - {id: S1, statement: s, kind: market, objectives: [O1，O2]}\n" +
                            std::string(tail));
  CHECK(comma.en ==
        "KAP-S007 8:57 `objectives`: `O1，O2` is not a valid id (letters, digits, `.`, "
        "`_` and `-`, starting with a letter or digit); a full-width comma `，` at "
        "column 57: YAML separates list items with the ASCII comma `,`, as in `O1, O2`");
  CHECK(comma.zh ==
        "KAP-S007 8:57 `objectives`：`O1，O2` 不是有效的 id（只能由英文字母、数字、`-`、"
        "`_`、`.` 组成，以字母或数字开头，不支持汉字）；第 57 列是全角逗号 `，`，YAML "
        "列表各项之间要用半角逗号 "
        "`,` 分隔，如 `O1, O2`");
  auto semicolon = only_finding("strategies:\n"
                                "  - {id: S1, statement: s, kind: market, objectives: [O1；O2]}\n" +
                                std::string(tail));
  CHECK(semicolon.en.starts_with("KAP-S007 8:57 `objectives`: `O1；O2` is not a valid id"));
  CHECK(semicolon.en.ends_with("; a full-width semicolon `；` at column 57: YAML separates list "
                               "items with the ASCII comma `,`, as in `O1, O2`"));
  CHECK(semicolon.zh.ends_with("；第 57 列是全角分号 `；`，YAML 列表各项之间要用半角逗号 `,` 分隔，"
                               "如 `O1, O2`"));
  auto enumeration =
      only_finding("strategies:\n"
                   "  - {id: S1, statement: s, kind: market, objectives: [O1、O2]}\n" +
                   std::string(tail));
  CHECK(enumeration.en.ends_with("; an enumeration comma `、` at column 57: YAML separates list "
                                 "items with the ASCII comma `,`, as in `O1, O2`"));
  CHECK(enumeration.zh.ends_with("；第 57 列是顿号 `、`，YAML 列表各项之间要用半角逗号 `,` 分隔，"
                                 "如 `O1, O2`"));
}

TEST_CASE("a list in full-width brackets: S003 at the bracket") {
  auto f = only_finding("strategies:\n"
                        "  - {id: S1, statement: s, kind: market, objectives: 【O1，O2】}\n"
                        "objectives:\n"
                        "  - {id: O1, perspective: financial, statement: s}\n"
                        "  - {id: O2, perspective: customer, statement: s}\n");
  CHECK(f.en ==
        "KAP-S003 8:54 `objectives` must be a list, not `【O1，O2】`; a full-width bracket "
        "`【` at column 54: YAML writes a list in the ASCII square brackets `[` and `]`, as "
        "in `[O1, O2]`");
  CHECK(f.zh ==
        "KAP-S003 8:54 `objectives` 应为列表，而不是 `【O1，O2】`；第 54 列是全角方括号 `【`，"
        "YAML 列表要用半角方括号 `[` 和 `]`，如 `[O1, O2]`");
}

TEST_CASE("a number or a fixed value in full-width quotes: the finding points at the quote") {
  auto number = only_finding("capabilities:\n"
                             "  - {id: CAP1, area: a, rating: “3”}\n");
  CHECK(number.en == "KAP-S003 8:33 `rating` must be a number, not `“3”`; a full-width "
                     "quotation mark `“` at column 33: YAML quotes text with the ASCII `\"`, and "
                     "an id, a number or a fixed value needs no quotes: `3`");
  CHECK(number.zh == "KAP-S003 8:33 `rating` 应为数值，而不是 `“3”`；第 33 列是全角引号 `“`：YAML "
                     "的引号是半角的 `\"`，而 id、数值和固定取值不需要引号：`3`");
  // Inside ASCII quotes the column counts the opening quote too.
  auto quoted = only_finding("objectives:\n"
                             "  - {id: O1, perspective: \"“learning”\", statement: s}\n");
  CHECK(quoted.en.starts_with("KAP-S007 8:28 `perspective` must be one of financial, customer, "
                              "internal, learning, not `\"“learning”\"`; a full-width quotation "
                              "mark `“` at column 28"));
}

TEST_CASE("full-width parentheses in an id: S007 at the parenthesis") {
  auto f = only_finding("assumptions:\n"
                        "  - {id: A（1）, statement: s}\n");
  CHECK(f.en.starts_with("KAP-S007 8:11 "));
  CHECK(
      f.en.ends_with("; a full-width parenthesis `（` at column 11: ids, numbers and fixed values "
                     "are written in ASCII characters only; put a remark in a comment after ` #`"));
  CHECK(f.zh.ends_with(
      "；第 11 列是全角括号 `（`：id、数值和固定取值只能使用半角字符，备注请写在 ` #` "
      "之后的注释中"));
}

TEST_CASE("a Chinese word for an enumeration value: did you mean the value (the term)?") {
  auto f = only_finding("objectives:\n"
                        "  - {id: O1, perspective: 学习成长, statement: s}\n");
  CHECK(f.en == "KAP-S007 8:27 `perspective` must be one of financial, customer, internal, "
                "learning, not `学习成长`; did you mean `learning` (学习与成长)?");
  CHECK(f.zh == "KAP-S007 8:27 `perspective` 只能取 financial, customer, internal, learning 之一，"
                "而不是 `学习成长`；是否应为 `learning`（学习与成长）？");
  // A word the table does not know keeps the plain message.
  auto unknown = only_finding("objectives:\n"
                              "  - {id: O1, perspective: 社会责任, statement: s}\n");
  CHECK(unknown.en == "KAP-S007 8:27 `perspective` must be one of financial, customer, internal, "
                      "learning, not `社会责任`");
}

TEST_CASE("an actuals file: a Chinese action status names the value, in both languages") {
  test::TempDir dir("zh-keyboard-actuals");
  dir.write("plan.yaml", std::string(kHeader));
  dir.write("actuals.yaml", "kaplan: 1\n"
                            "actuals: {plan: p, period: 2027-Q2}\n"
                            "actions:\n"
                            "  - {action: AC-1, status: 进行中, progress: 0.3}\n");
  SourceSet sources;
  ActualsLoad actuals;
  {
    test::InDir in(dir.path());
    load_plan("plan.yaml", sources);
    std::vector<std::string> files{"actuals.yaml"};
    actuals = load_actuals(files, sources);
  }
  REQUIRE(actuals.findings.size() == 1);
  const Finding& f = actuals.findings[0];
  CHECK(test::place(sources, f.loc) == "actuals.yaml:4:28");
  CHECK(finding_message(f, Lang::en) ==
        "`status` must be one of not-started, in-progress, done, dropped, not `进行中`; did you "
        "mean `in-progress` (进行中)?");
  CHECK(finding_message(f, Lang::zh) ==
        "`status` 只能取 not-started, in-progress, done, dropped 之一，而不是 `进行中`；是否应为 "
        "`in-progress`（进行中）？");
}

TEST_CASE("every enumeration of the format knows the Chinese words planners use") {
  struct Case {
    std::span<const std::string_view> names;
    std::string_view word, value, term;
  };
  const Case cases[] = {
      {kPerspectiveNames, "财务", "financial", "财务"},
      {kPerspectiveNames, "客户", "customer", "客户"},
      {kPerspectiveNames, "内部运营", "internal", "内部运营"},
      {kPerspectiveNames, "内部流程", "internal", "内部运营"},
      {kPerspectiveNames, "学习与成长", "learning", "学习与成长"},
      {kPlanStatusNames, "草稿", "draft", "草稿"},
      {kPlanStatusNames, "评审中", "review", "评审中"},
      {kPlanStatusNames, "已批准", "approved", "已批准"},
      {kSegmentPriorityNames, "核心", "core", "核心"},
      {kSegmentPriorityNames, "成长", "grow", "成长"},
      {kSegmentPriorityNames, "维持", "maintain", "维持"},
      {kSegmentPriorityNames, "退出", "exit", "退出"},
      {kActionStatusNames, "未开始", "not-started", "未开始"},
      {kActionStatusNames, "进行中", "in-progress", "进行中"},
      {kActionStatusNames, "已完成", "done", "已完成"},
      {kActionStatusNames, "已取消", "dropped", "已取消"},
      {kKpiTypeNames, "累计型", "cumulative", "累计型"},
      {kKpiTypeNames, "时点型", "level", "时点型"},
      {kDirectionNames, "越高越好", "up", "越高越好"},
      {kDirectionNames, "越低越好", "down", "越低越好"},
      {kUnitKindNames, "分公司", "branch", "分公司"},
      {kAssetKindNames, "人才", "talent", "人才"},
      {kAssetKindNames, "信息", "information", "信息"},
      {kAssetKindNames, "外部关系", "external", "外部关系"},
      {kAssetKindNames, "集团公司", "group", "集团公司"},
      {kAssetKindNames, "产业合作伙伴", "partner", "产业合作伙伴"},
      {kAssetKindNames, "固定资产", "fixed-asset", "固定资产"},
      {kAssetKindNames, "其他", "other", "其他"},
      {kStageNames, "审批", "approval", "审批"},
      {kCadenceNames, "季度", "quarterly", "每季度"},
      {kImpactNames, "高", "high", "高"},
      {kPriorityNames, "高", "high", "高"},
      {kEffectNames, "威胁", "threat", "威胁"},
      {kFactorCategoryNames, "政策", "policy", "政策"},
      {kSourceKindNames, "访谈", "interview", "访谈"},
      {kRollupNames, "求和", "sum", "求和"},
      {kStrategyKindNames, "内部", "internal", "管理提升"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    auto w = load::zh_enum_word(c.word, c.names);
    REQUIRE(w.has_value());
    CHECK(w->value == c.value);
    CHECK(w->term == c.term);
  }
  // A word belongs to its enumeration only: 核心 is no perspective.
  CHECK_FALSE(load::zh_enum_word("核心", kPerspectiveNames).has_value());
}

TEST_CASE("text values keep their Chinese punctuation: no finding, no hint") {
  CHECK(findings_of("assumptions:\n"
                    "  - {id: A1, statement: 目标：收入增长（同比），重点客户【政企】“优先”}\n",
                    Lang::en)
            .empty());
}

TEST_CASE("the corrected text replaces every full-width mark by its ASCII counterpart") {
  CHECK(load::ascii_fix("effort：0.5") == "effort: 0.5");
  CHECK(load::ascii_fix("【a，b；c】") == "[a, b, c]");
  CHECK(load::ascii_fix("“draft”") == "draft");
  CHECK(load::ascii_fix("a，\u3000b") == "a, b");
  auto mark = load::find_full_width("ab：c");
  REQUIRE(mark.has_value());
  CHECK(mark->offset == 2);
  CHECK(mark->mark == "：");
  CHECK_FALSE(load::find_full_width("plain ascii: text").has_value());
  CHECK_FALSE(load::key_colon_slip("title: 目标：增长").has_value());
  CHECK(load::key_colon_slip("  effort：0.5")->offset == 8);
}

} // namespace unit_load_zh_keyboard
