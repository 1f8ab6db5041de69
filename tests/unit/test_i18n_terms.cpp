// SPDX-License-Identifier: MIT
// One term per concept in Chinese (/work/shared/docs/terms-zh.md, issue #18): no Chinese
// text of the message catalogue or of the rule catalogue uses a word that list says to
// avoid.
#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/rule_catalogue.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>

namespace unit_i18n_terms {

using namespace kaplan;

namespace {

// The "avoid" column of terms-zh.md, each with the term to use instead.
struct Avoid {
  std::string_view word;
  std::string_view use;
};
constexpr Avoid kAvoid[] = {
    {"产能", "可投入工作量 / 可用人力"},
    {"签认", "会签"},
    {"签批", "会签"},
    {"分期目标", "序时目标"},
    {"发现项", "检查结果 / 问题"},
    {"执行情况", "绩效得分"},
    {"颜色：", "亮灯："},
    {"这一关键决策从未举行", "尚未召开“X”阶段的决策会议"},
    {"引入的文件无法解析", "include 的文件不存在、越出规划目录或循环引用"},
    {"kaplan explain 规则", "kaplan explain <规则编号>"},
};

void check_text(std::string_view where, std::string_view text) {
  for (const auto& a : kAvoid) {
    CAPTURE(where);
    CAPTURE(a.word);
    CAPTURE(a.use);
    CHECK(text.find(a.word) == std::string_view::npos);
  }
}

} // namespace

TEST_CASE("no Chinese message uses a word terms-zh.md says to avoid") {
  std::size_t checked = 0;
  for (const auto& m : all_messages()) {
    check_text(m.key, m.zh);
    ++checked;
  }
  CHECK(checked > 300);
}

TEST_CASE("no Chinese rule text of kaplan explain uses a word terms-zh.md says to avoid") {
  for (const auto& r : rule_catalogue())
    for (auto text : {r.zh.title, r.zh.checks, r.zh.why, r.zh.fix})
      check_text(r.id, text);
}

} // namespace unit_i18n_terms

namespace unit_i18n_terms {

TEST_CASE("codes read as Chinese words in a `{x|zh}` placeholder") {
  using kaplan::prose_words_zh;
  CHECK(prose_words_zh("2027-Q2") == "2027 年二季度");
  CHECK(prose_words_zh("2027-H1") == "2027 年上半年");
  CHECK(prose_words_zh("2027-H2") == "2027 年下半年");
  CHECK(prose_words_zh("2027-07") == "2027 年 7 月");
  CHECK(prose_words_zh("2027") == "2027 年"); // a whole year as the period
  CHECK(prose_words_zh("2027-04..2027-05, 2027-09") == "2027 年 4 月至 2027 年 5 月, 2027 年 9 月");
  CHECK(prose_words_zh("talent, group, partner") == "人才、集团公司、产业合作伙伴");
  CHECK(prose_words_zh("learning") == "学习与成长");
  CHECK(prose_words_zh("talent, KPI-x") == "talent, KPI-x"); // not all kinds: as it is
  CHECK(prose_words_zh("2027-07-05") == "2027-07-05");       // a date stays a date
  CHECK(prose_words_zh("KPI-2027-Q2") == "KPI-2027-Q2");     // inside an id: kept
  const kaplan::Arg a{"period", "2027-Q2"};
  CHECK(kaplan::substitute("{period}：{period|zh}", std::span(&a, 1)) == "2027-Q2：2027 年二季度");
  CHECK(kaplan::placeholders("{period|zh}") == std::vector<std::string>{"period"});
}

} // namespace unit_i18n_terms
