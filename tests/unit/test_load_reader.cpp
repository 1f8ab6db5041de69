// SPDX-License-Identifier: MIT
// Typed reading of plan fields: numbers, dates, years, types, unknown keys, required
// fields and ranges, with the exact message and place of each finding.
#include "kaplan/load/loader.hpp"
#include "kaplan/model/messages.hpp"
#include "load/reader.hpp"
#include "load/sections.hpp"
#include "support.hpp"

#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

namespace unit_load_reader {

using namespace kaplan;
using kaplan::load::Reader;

namespace {

std::string en(const Finding& f) {
  return render_message(f.message_key, f.args, Lang::en);
}
std::string where(const Location& l) {
  return std::to_string(l.line) + ":" + std::to_string(l.column);
}

// Reads the value of `v` in the one-key document `v: <text>` into a field of type T.
template <class T>
struct ReadValue {
  Field<T> field;
  std::vector<Finding> findings;
};

template <class T>
ReadValue<T> read_value(std::string_view value) {
  ReadValue<T> out;
  std::string doc = "v: " + std::string(value) + "\n";
  YamlTree tree = parse_yaml(doc, 0, out.findings);
  REQUIRE(out.findings.empty());
  Reader r(tree, out.findings);
  r.field = "v";
  NodeId v = tree.at(tree.root).first_child;
  v = tree.at(v).next_sibling;
  r.read(v, out.field);
  return out;
}

ReadValue<double> number(std::string_view v) {
  return read_value<double>(v);
}

// A whole document read as a root plan file, then indexed: the S findings of both.
struct ReadPlan {
  Plan plan;
  std::vector<Finding> findings;
};

ReadPlan read_plan(std::string_view text) {
  ReadPlan out;
  YamlTree tree = parse_yaml(text, 0, out.findings);
  Reader r(tree, out.findings);
  std::vector<load::IncludeEntry> includes;
  out.plan.files.push_back("plan.yaml");
  load::read_plan_document(r, out.plan, true, includes);
  index_plan(out.plan, out.findings);
  return out;
}

// The findings of one rule, as "line:col message".
std::vector<std::string> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    if (f.rule == rule) out.push_back(where(f.loc) + " " + en(f));
  return out;
}

constexpr std::string_view kHeader = "kaplan: 1\n"
                                     "plan: {id: p, title: t, cycle: 2027}\n"
                                     "units:\n"
                                     "  - {id: hq, name: HQ, kind: company}\n";

} // namespace

TEST_CASE("decimal numbers are read, everything else YAML calls a number is refused") {
  CHECK(number("12.5").field.value == 12.5);
  CHECK(number("1.5e2").field.value == 150);
  CHECK(number("+5").field.value == 5);
  CHECK(number(".5").field.value == 0.5);
  // `012` is the decimal 12, never octal 10 as YAML 1.1 (and yaml-cpp) would have it:
  // planners write leading zeros by accident, not to mean base 8.
  auto lead = number("012");
  CHECK(lead.field.set);
  CHECK(lead.field.value == 12);
  auto minus_zero = number("-0");
  CHECK(minus_zero.field.value == 0);
  CHECK_FALSE(std::signbit(minus_zero.field.value)); // -0 reads as plain 0
  for (std::string_view v :
       {"0x10", "1_000", "nan", ".nan", ".inf", "-.inf", "1e", "1,5", "ten", "true"}) {
    CAPTURE(v);
    auto r = number(v);
    CHECK_FALSE(r.field.set);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "KAP-S003");
    CHECK(en(r.findings[0]) == "`v` must be a number, not `" + std::string(v) + "`");
  }
}

TEST_CASE("a number too large for a double is an overflow, at the value") {
  auto r = number("1e400");
  CHECK_FALSE(r.field.set);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "KAP-S003");
  CHECK(where(r.findings[0].loc) == "1:4");
  CHECK(en(r.findings[0]) ==
        "`v`: `1e400` is out of the range kaplan accepts (0, or 10^-9 to 10^15 either side of it)");
  CHECK(render_message(r.findings[0].message_key, r.findings[0].args, Lang::zh) ==
        "`v`：`1e400` 超出了可接受的数值范围（0，或绝对值在 10^-9 到 10^15 之间）");
}

TEST_CASE("a number whose sums could overflow, or too small to count, is refused") {
  for (const char* v : {"1.79e308", "-2e15", "1e-12"}) {
    CAPTURE(v);
    auto r = number(v);
    CHECK_FALSE(r.field.set);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].message_key == "KAP-S003.overflow");
  }
  for (const char* v : {"0", "1e15", "-1e15", "0.000000001", "12.5"}) {
    CAPTURE(v);
    auto r = number(v);
    CHECK(r.field.set);
    CHECK(r.findings.empty());
  }
}

TEST_CASE("a quoted number is text and is shown quoted") {
  auto r = number("\"110\"");
  CHECK_FALSE(r.field.set);
  REQUIRE(r.findings.size() == 1);
  CHECK(en(r.findings[0]) == "`v` must be a number, not `\"110\"`");
}

TEST_CASE("whole numbers refuse fractions and exponents but read leading zeros as decimal") {
  CHECK(read_value<int>("012").field.value == 12);
  CHECK(read_value<int>("-3").field.value == -3);
  for (std::string_view v : {"2027.0", "1e3", "0x10", "1234567890"}) {
    CAPTURE(v);
    auto r = read_value<int>(v);
    CHECK_FALSE(r.field.set);
    REQUIRE(r.findings.size() == 1);
    CHECK(en(r.findings[0]) == "`v` must be a whole number, not `" + std::string(v) + "`");
  }
}

TEST_CASE("dates must exist in the calendar") {
  auto leap = read_value<Date>("2028-02-29");
  CHECK(leap.findings.empty());
  CHECK(leap.field.value == Date{2028, 2, 29});
  CHECK(read_value<Date>("2000-02-29").findings.empty()); // divisible by 400: a leap year
  for (std::string_view v : {"2027-02-30", "2027-02-29", "2100-02-29", "2027-13-01", "2027-00-10",
                             "2027-6-1", "2027/06/01", "27-06-01"}) {
    CAPTURE(v);
    auto r = read_value<Date>(v);
    CHECK_FALSE(r.field.set);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].rule == "KAP-S008");
    CHECK(en(r.findings[0]) == "`v`: `" + std::string(v) + "` is not a valid date (YYYY-MM-DD)");
  }
}

TEST_CASE("months are YYYY-MM with a month 1 to 12") {
  CHECK(read_value<Month>("2027-12").field.value == Month{2027, 12});
  auto r = read_value<Month>("2027-13");
  REQUIRE(r.findings.size() == 1);
  CHECK(en(r.findings[0]) == "`v`: `2027-13` is not a valid month (YYYY-MM)");
}

TEST_CASE("periods: a year, a half, a quarter or a month") {
  Period p;
  CHECK(Reader::parse_period("2027", p));
  CHECK((p.kind == Period::Kind::year && p.year == 2027));
  CHECK(Reader::parse_period("2027-H2", p));
  CHECK((p.kind == Period::Kind::half && p.index == 2));
  CHECK(Reader::parse_period("2027-Q4", p));
  CHECK((p.kind == Period::Kind::quarter && p.index == 4));
  CHECK(Reader::parse_period("2027-07", p));
  CHECK((p.kind == Period::Kind::month && p.index == 7));
  for (std::string_view v :
       {"2027-H3", "2027-Q0", "2027-Q5", "2027-13", "27", "2027-", "2027-Q1x"}) {
    CAPTURE(v);
    CHECK_FALSE(Reader::parse_period(v, p));
  }
}

TEST_CASE("ids: letters, digits, dot, underscore and dash, starting with a letter or digit") {
  CHECK(Reader::valid_id("KPI-rev.a_1"));
  CHECK(Reader::valid_id("2027"));
  CHECK_FALSE(Reader::valid_id(""));
  CHECK_FALSE(Reader::valid_id("-a"));
  CHECK_FALSE(Reader::valid_id("a b"));
  CHECK_FALSE(Reader::valid_id("收入"));
}

TEST_CASE("a year field outside 1900..2200 or not a year is KAP-S008") {
  auto r = read_plan("kaplan: 1\nplan: {id: p, title: t, cycle: 20270}\n");
  CHECK(of_rule(r.findings, "KAP-S008") ==
        std::vector<std::string>{"2:32 `cycle`: `20270` is not a valid year"});
  CHECK_FALSE(r.plan.header.cycle.set);
  auto budget = read_plan(std::string(kHeader) +
                          "resources:\n  budget:\n    - {year: 2027.5, category: x, amount: 1}\n"
                          "    - {year: '2027', category: x, amount: 1}\n");
  CHECK(of_rule(budget.findings, "KAP-S008") ==
        std::vector<std::string>{"7:14 `year`: `2027.5` is not a valid year",
                                 "8:14 `year`: `\"2027\"` is not a valid year"});
  auto targets = read_plan(std::string(kHeader) +
                           "kpis:\n  - {id: k, name: n, objective: o, measure: m, weight: 1,"
                           " targets: {2027: 1, 1800: 2, FY28: 3}}\n");
  CHECK(of_rule(targets.findings, "KAP-S008") ==
        std::vector<std::string>{"6:78 `targets`: `1800` is not a valid year",
                                 "6:87 `targets`: `FY28` is not a valid year"});
  REQUIRE(targets.plan.kpis.size() == 1);
  CHECK(targets.plan.kpis[0].targets.size() == 1);
}

TEST_CASE("unknown keys are reported with the nearest known key") {
  auto r = read_plan(std::string(kHeader) + "kpis:\n"
                                            "  - id: k\n"
                                            "    name: n\n"
                                            "    objective: o\n"
                                            "    tragets: {2027: 1}\n"
                                            "    x-note: free for users\n"
                                            "    colour: red\n"
                                            "objectivs: []\n");
  CHECK(of_rule(r.findings, "KAP-S002") ==
        std::vector<std::string>{
            "9:5 unknown key `tragets` in `kpis`; did you mean `targets`?",
            "11:5 unknown key `colour` in `kpis`",
            "12:1 unknown key `objectivs` in `document`; did you mean `objectives`?"});
  Finding f = r.findings[0];
  CHECK(render_message(f.message_key, f.args, Lang::zh) ==
        "`kpis` 中有未知的键 `tragets`，是否应为 `targets`？");
}

TEST_CASE("wrong types name the field and show what was found") {
  auto r = read_plan(std::string(kHeader) +
                     "people:\n"
                     "  - {id: p1, name: [a, b], unit: hq, capacity: high, skills: [sales]}\n"
                     "strategies:\n"
                     "  - {id: s1, statement: x, kind: market, objectives: o1}\n"
                     "actions: {id: a1}\n");
  CHECK(of_rule(r.findings, "KAP-S003") ==
        std::vector<std::string>{"6:20 `name` must be a single value, not […]",
                                 "6:48 `capacity` must be a number, not `high`",
                                 "6:62 `skills` must be a mapping of keys to values, not […]",
                                 "8:54 `objectives` must be a list, not `o1`",
                                 "9:10 `actions` must be a list, not {…}"});
  // A field written with a wrong value is not reported again as missing.
  CHECK(of_rule(r.findings, "KAP-S004").empty());
}

TEST_CASE("long values are cut in messages") {
  auto r = number(std::string(60, '9') + "x");
  REQUIRE(r.findings.size() == 1);
  CHECK(en(r.findings[0]) == "`v` must be a number, not `" + std::string(39, '9') + "…`");
}

TEST_CASE("missing required fields are reported at the entry") {
  auto r = read_plan(std::string(kHeader) + "people:\n"
                                            "  - {id: p1, unit: hq}\n"
                                            "  - name: 李四\n"
                                            "    unit: hq\n"
                                            "  - {id: p3, name: ~, unit: hq}\n");
  CHECK(of_rule(r.findings, "KAP-S004") ==
        std::vector<std::string>{"6:5 `people` entry is missing required field `name`",
                                 "7:5 `people` entry is missing required field `id`",
                                 "9:5 `people` entry is missing required field `name`"});
}

TEST_CASE("KPI fields required by the KPI's kind") {
  auto r = read_plan(std::string(kHeader) +
                     "kpis:\n"
                     "  - {id: top, name: n, objective: o, targets: {2027: 1}}\n"
                     "  - {id: child, name: n, parent: top}\n"
                     "  - {id: zero, name: n, objective: o, measure: m, weight: 0}\n"
                     "strategies:\n"
                     "  - {id: s1, statement: x, kind: market, objectives: []}\n");
  CHECK(of_rule(r.findings, "KAP-S004") ==
        std::vector<std::string>{"6:5 KPI `top` is missing `measure`",
                                 "6:5 KPI `top` is missing `weight`",
                                 "7:5 KPI `child` is missing `unit`",
                                 "10:54 `objectives` of `s1` must name at least one id"});
  // weight 0 is out of range (KAP-S007), not missing.
  CHECK(of_rule(r.findings, "KAP-S007") ==
        std::vector<std::string>{"8:59 `weight` is 0, outside x > 0"});
}

TEST_CASE("values outside their set or range") {
  auto r =
      read_plan(std::string(kHeader) +
                "  - {id: e, name: E, kind: brnach}\n"
                "  - {id: w, name: W, kind: shop}\n"
                "people:\n"
                "  - {id: p1, name: n, unit: hq, capacity: 0, committed: 1.6, skills: {sales: 6}}\n"
                "capabilities:\n"
                "  - {id: c1, area: a, rating: 0.5}\n"
                "kpis:\n"
                "  - {id: k, name: n, objective: o, measure: m, weight: 1, phasing: [0.5, 0.5],"
                " thresholds: {green: 0.8, amber: 0.9}}\n");
  CHECK(of_rule(r.findings, "KAP-S007") ==
        std::vector<std::string>{
            "5:28 `kind` must be one of company, department, region, branch, team, not `brnach`; "
            "did you mean "
            "`branch`?",
            "6:28 `kind` must be one of company, department, region, branch, team, not `shop`",
            "8:43 `capacity` is 0, outside 0 < x ≤ 1.5",
            "8:57 `committed` is 1.6, outside 0 ≤ x ≤ 1.5", "8:71 `skills` is 6, outside 1 ≤ x ≤ 5",
            "10:31 `rating` is 0.5, outside 1 ≤ x ≤ 5",
            "12:68 phasing must list 4 quarterly shares that sum to 1, found 2 summing to 1",
            "12:92 thresholds need 0 ≤ amber ≤ green, found green 0.8, amber 0.9"});
  REQUIRE(r.plan.people.size() == 1);
  CHECK(r.plan.people[0].capacity.value == 1.0); // the default replaces a refused value
  CHECK(r.plan.people[0].skills.empty());
}

TEST_CASE("the format version must be 1") {
  auto two = read_plan("kaplan: 2\nplan: {id: p, title: t, cycle: 2027}\n");
  CHECK(of_rule(two.findings, "KAP-S009") ==
        std::vector<std::string>{
            "1:9 format version `2` is not supported; this kaplan reads `kaplan: 1`"});
  auto none = read_plan("# a plan\nplan: {id: p, title: t, cycle: 2027}\n");
  CHECK(
      of_rule(none.findings, "KAP-S009") ==
      std::vector<std::string>{"2:1 missing format version: start the root file with `kaplan: 1`"});
  auto empty = read_plan("kaplan:\nplan: {id: p, title: t, cycle: 2027}\n");
  CHECK(of_rule(empty.findings, "KAP-S009") ==
        std::vector<std::string>{
            "1:1 format version ~ is not supported; this kaplan reads `kaplan: 1`"});
}

TEST_CASE("suppressions need a known rule id and a reason") {
  auto r = read_plan("kaplan: 1\n"
                     "plan:\n"
                     "  id: p\n"
                     "  title: t\n"
                     "  cycle: 2027\n"
                     "  ignore: {KAP-C002: '', KAP-C014: ~, KAP-C010: '  ', KAP-X1: why, c006: why,"
                     " KAP-C007: {reason: ok, until: 2027-12-31}}\n");
  CHECK(of_rule(r.findings, "KAP-S012") ==
        std::vector<std::string>{"6:12 `ignore: KAP-C002` needs a reason",
                                 "6:26 `ignore: KAP-C014` needs a reason",
                                 "6:39 `ignore: KAP-C010` needs a reason",
                                 "6:55 `ignore` names `KAP-X1`, which is not a rule id"});
  for (const auto& f : r.findings)
    if (f.rule == "KAP-S012") {
      CHECK(f.severity == Severity::warning);
      CHECK(f.entity == "p");
    }
  REQUIRE(r.plan.header.ignore.size() == 6);
  // A short or lower-case id names the rule, as in .kaplan.yaml and `kaplan explain`.
  CHECK(r.plan.header.ignore[4].rule == "KAP-C006");
  CHECK(r.plan.header.ignore[5].reason == "ok");
  CHECK(r.plan.header.ignore[5].until == Date{2027, 12, 31});
}

TEST_CASE("people are read both at the top level and under resources") {
  auto r = read_plan(std::string(kHeader) +
                     "people:\n  - {id: p1, name: a, unit: hq}\n"
                     "resources:\n  people:\n    - {id: p2, name: b, unit: hq}\n");
  CHECK(r.findings.empty());
  REQUIRE(r.plan.people.size() == 2);
  CHECK(r.plan.people[1].id == "p2");
  CHECK(r.plan.person("p2") != nullptr);
}

TEST_CASE("references must name an id of the expected kind") {
  auto r =
      read_plan(std::string(kHeader) +
                "people:\n  - {id: p1, name: a, unit: h}\n"
                "kpis:\n  - {id: k, name: n, objective: hq, owner: p1, measure: m, weight: 1}\n");
  CHECK(of_rule(r.findings, "KAP-S006") ==
        std::vector<std::string>{"6:29 `unit` refers to `h`, which is not defined (expected an id "
                                 "from `units`); did you mean `hq`?",
                                 "8:33 `objective` refers to `hq`, which is defined in `units`; "
                                 "expected an id from `objectives`"});
}

TEST_CASE("a unit's head and deputies are people") {
  auto r =
      read_plan(std::string(kHeader) +
                "  - {id: br, name: B, kind: branch, parent: hq, head: p1, deputies: [p2, br]}\n"
                "people:\n  - {id: p1, name: a, unit: hq}\n  - {id: p2, name: b, unit: br}\n");
  REQUIRE(r.plan.units.size() == 2);
  CHECK(r.plan.units[1].head.value.id == "p1");
  REQUIRE(r.plan.units[1].deputies.size() == 2);
  CHECK(r.plan.units[1].deputies[0].id == "p2");
  CHECK(of_rule(r.findings, "KAP-S006") ==
        std::vector<std::string>{"5:74 `deputies` refers to `br`, which is defined in `units`; "
                                 "expected an id from `people`"});
}

TEST_CASE("an accounts count must be whole") {
  auto r = read_plan(
      std::string(kHeader) +
      "environment:\n  segments:\n    - {id: s, name: n, priority: core, accounts: 85.5}\n");
  CHECK(of_rule(r.findings, "KAP-S003") ==
        std::vector<std::string>{"7:50 `accounts` must be a whole number, not `85.5`"});
}

} // namespace unit_load_reader
