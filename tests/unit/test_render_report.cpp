// SPDX-License-Identifier: MIT
// `kaplan report`: the report data of the bundled example (figures and order), and the
// adversarial plan whose text tries to break every format: Markdown tables keep their
// column counts, HTML stays balanced with no markup from the plan, text has no escape
// byte, JSON no raw control character.
#include "kaplan/document/report.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/report.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace unit_render_report {

namespace {

using namespace kaplan;

const std::string kSource = KAPLAN_SOURCE_DIR;

struct Loaded {
  SourceSet sources;
  PlanRun run;
  ActualsLoad actuals;
};

Loaded load(const std::string& path, const std::string& actuals = "") {
  Loaded l;
  RunOptions options;
  options.no_config = true;
  options.today = Date{2027, 7, 5};
  l.run = validate_plan(path, l.sources, options);
  if (!actuals.empty()) {
    std::vector<std::string> paths{actuals};
    l.actuals = load_actuals(paths, l.sources, options.load);
  }
  return l;
}

ReportData report_of(const Loaded& l, Lang lang, bool with_actuals = false,
                     std::vector<std::string> sections = {}) {
  ReportInput in;
  in.run = &l.run;
  in.sources = &l.sources;
  in.lang = lang;
  in.sections = std::move(sections);
  if (with_actuals) in.actuals = &l.actuals.actuals;
  return build_report(in);
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);)
    out.push_back(line);
  return out;
}

// Cell separators of a Markdown table row: `|` not escaped by a backslash.
std::size_t pipes(const std::string& line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
  return n;
}

// A small HTML checker: every non-void element closed in order, no comment, no script.
bool balanced_html(const std::string& html, std::string& why) {
  static const std::vector<std::string> kVoid{"meta", "br", "line", "rect", "!doctype"};
  std::vector<std::string> stack;
  for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    std::size_t end = html.find('>', i);
    if (end == std::string::npos) return why = "unclosed tag", false;
    std::string tag = html.substr(i + 1, end - i - 1);
    bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag = tag.substr(1);
    bool self_closing = !tag.empty() && tag.back() == '/';
    std::string name = tag.substr(0, tag.find_first_of(" /"));
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (name == "script" || name.starts_with("!--")) return why = "script or comment", false;
    if (self_closing || std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end()) continue;
    if (!closing) {
      stack.push_back(name);
    } else {
      if (stack.empty() || stack.back() != name) return why = "mismatched </" + name + ">", false;
      stack.pop_back();
    }
  }
  if (!stack.empty()) return why = "unclosed <" + stack.back() + ">", false;
  return true;
}

} // namespace

TEST_CASE("report of the example: sections in order with the example's figures") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  REQUIRE_FALSE(l.run.unreadable);
  ReportData d = report_of(l, Lang::en);
  REQUIRE(d.sections.size() == 9); // no performance without actuals
  CHECK(d.sections[0].id == "summary");
  CHECK(d.sections[8].id == "findings");
  CHECK(d.title == "Strategy plan report: ka-2027");
  const auto& facts = d.sections[0].blocks[0].facts;
  REQUIRE(facts.size() >= 7);
  CHECK(facts[0] == std::pair<std::string, std::string>{"Plan", "ka-2027"});
  CHECK(facts[3].second == "2027–2029 (3 years)");
  CHECK(facts[4].second == "approved");
  CHECK(facts[6].second == "0 errors, 0 warnings, 0 info, 0 suppressed");
  // Capabilities: largest gap first.
  const auto& caps = d.sections[2].blocks[0].table;
  REQUIRE(caps.rows.size() >= 2);
  CHECK(std::stod(caps.rows[0][4]) >= std::stod(caps.rows[1][4]));
}

TEST_CASE("report in Chinese: headings and labels translated, plan text kept") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::zh, false, {"summary", "cascade"});
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].heading == "概要");
  CHECK(d.sections[1].heading == "指标分解");
  CHECK(d.sections[0].blocks[0].facts[1].second == "2027–2029 政企大客户营销战略规划");
  CHECK(d.sections[0].blocks[0].facts[3].second == "2027–2029 年（共 3 年）");
  std::string md = render_report(d, ReportFormat::markdown);
  CHECK(md.starts_with("# 大客户营销战略规划报告：ka-2027\n\n## 1. 概要\n"));
}

TEST_CASE("report with actuals adds the performance section and action status") {
  Loaded l = load(kSource + "/examples/telecom-2027",
                  kSource + "/examples/telecom-2027/actuals-2027-H1.yaml");
  ReportData d = report_of(l, Lang::en, true);
  REQUIRE(d.sections.size() == 10);
  CHECK(d.sections[8].id == "performance");
  const auto& facts = d.sections[0].blocks[0].facts;
  CHECK(facts[7].first == "Period");
  CHECK(facts[7].second == "2027-Q2 (2027-07-05)");
  // The headline score carries the count of red KPIs beside it.
  CHECK(facts[8].first == "Performance score");
  CHECK(facts[8].second.ends_with(" (4 of 41 KPIs red)"));
  CHECK(facts[9].second == "KPI-dict-hz-ind, KPI-dict-wz, KPI-delivery-days-nb, KPI-certified-wz");
  const auto& actions = d.sections[6].blocks[0].table;
  CHECK(actions.header.back() == "deviation (days)");
}

TEST_CASE("the Gantt chart tags each action by its status, not by being on time") {
  Loaded l = load(kSource + "/examples/telecom-2027",
                  kSource + "/examples/telecom-2027/actuals-2027-H1.yaml");
  ReportData d = report_of(l, Lang::zh, true, {"actions"});
  REQUIRE(d.sections.size() == 1);
  const ReportBlock* gantt = nullptr;
  for (const auto& b : d.sections[0].blocks)
    if (b.kind == ReportBlock::Kind::gantt) gantt = &b;
  REQUIRE(gantt != nullptr);
  auto state_of = [&](std::string_view id) {
    for (const auto& t : gantt->tasks)
      if (t.id == id) return t.state;
    FAIL("no task ", id);
    return TaskState::none;
  };
  CHECK(state_of("AC-hq-ai-solution") == TaskState::none);     // not started, on time
  CHECK(state_of("AC-hz-gov-digital") == TaskState::active);   // in progress, ahead
  CHECK(state_of("AC-hq-govcloud") == TaskState::crit);        // in progress, slipping
  CHECK(state_of("AC-hq-delivery-center") == TaskState::done); // done early
  CHECK(gantt->legend.size() == 4);
  std::string md = render_report(d, ReportFormat::markdown);
  CHECK(md.find("行业大模型与算力解决方案产品化 :t") != std::string::npos);
  CHECK(md.find(":active, t") != std::string::npos);
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("class=\"task active\"") != std::string::npos);
  CHECK(html.find("图例：") != std::string::npos);
}

TEST_CASE("the traceability tree shows each subtree once") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::en, false, {"traceability"});
  REQUIRE(d.sections.size() == 1);
  const ReportBlock* tree = nullptr;
  for (const auto& b : d.sections[0].blocks)
    if (b.kind == ReportBlock::Kind::tree) tree = &b;
  REQUIRE(tree != nullptr);
  std::map<std::string, int> full, back;
  for (const auto& line : tree->tree)
    ++(line.note.empty() ? full : back)[line.id];
  for (const auto& a : l.run.plan.actions)
    CHECK_MESSAGE(full[a.id] == 1, a.id);
  for (const auto& s : l.run.plan.strategies)
    CHECK_MESSAGE(full[s.id] == 1, s.id);
  for (const auto& o : l.run.plan.objectives)
    CHECK_MESSAGE(full[o.id] == 1, o.id);
  CHECK_FALSE(back.empty()); // the example has objectives under several issues
  for (const auto& [id, n] : back)
    CHECK_MESSAGE(full[id] == 1, id);
  std::string txt = render_report(d, ReportFormat::text);
  CHECK(txt.find(" (shown above)\n") != std::string::npos);
}

TEST_CASE("HTML never breaks a line inside an id") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::en, false, {"cascade", "actions", "governance"});
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find(".id{white-space:nowrap}") != std::string::npos);
  // An id column, an indented KPI, a person's id before the name, a list of ids.
  CHECK(html.find("<td><span class=\"id\">AC-hq-govcloud</span></td>") != std::string::npos);
  CHECK(html.find("<td><span class=\"id\">hq-marketing</span></td>") != std::string::npos);
  CHECK(html.find("<td>· <span class=\"id\">KPI-rev-hq</span></td>") != std::string::npos);
  CHECK(html.find("<td>· · <span class=\"id\">KPI-dict-hz-gov</span></td>") != std::string::npos);
  CHECK(html.find("<span class=\"id\">KPI-rev</span>, <span class=\"id\">") != std::string::npos);
  // Plan text is not wrapped.
  CHECK(html.find("<span class=\"id\">省级") == std::string::npos);
}

TEST_CASE("the Gantt chart has a legend, a line for --today and years on its axis") {
  Loaded l = load(kSource + "/examples/telecom-2027",
                  kSource + "/examples/telecom-2027/actuals-2027-H1.yaml");
  ReportInput in;
  in.run = &l.run;
  in.sources = &l.sources;
  in.actuals = &l.actuals.actuals;
  in.sections = {"actions"};
  in.today = Date{2027, 7, 15};
  ReportData d = build_report(in);
  std::string md = render_report(d, ReportFormat::markdown);
  CHECK(md.find("  axisFormat %Y-%m\n  todayMarker off\n") != std::string::npos);
  CHECK(md.find("  section today\n    2027-07-15 :milestone, today, 2027-07-15, 0d\n```") !=
        std::string::npos);
  CHECK(md.find("\nLegend: grey = done, light blue = in progress, red = late or slipping, blue = "
                "not started. The milestone ◆ marks today (2027-07-15, --today).\n") !=
        std::string::npos);
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find("<line class=\"today\"") != std::string::npos);
  CHECK(html.find(">2027-04</text>") != std::string::npos);
  CHECK(html.find(">2028-01</text>") != std::string::npos);
  CHECK(html.find("today (2027-07-15, --today)</p>") != std::string::npos);
  CHECK(html.find("<td><span class=\"id\">2027-01-04</span></td>") != std::string::npos);
  // Without --today no line, and Mermaid still shows no date of its own.
  in.today.reset();
  d = build_report(in);
  md = render_report(d, ReportFormat::markdown);
  CHECK(md.find("todayMarker off") != std::string::npos);
  CHECK(md.find("milestone") == std::string::npos);
  CHECK(render_report(d, ReportFormat::html).find("class=\"today\"") == std::string::npos);
}

TEST_CASE("the HTML heat map shows its colour scale") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  for (Lang lang : {Lang::en, Lang::zh}) {
    ReportData d = report_of(l, lang, false, {"resources"});
    std::string html = render_report(d, ReportFormat::html);
    auto scale = html.find("<g class=\"scale\">");
    REQUIRE(scale != std::string::npos);
    std::string g = html.substr(scale, html.find("</g>", scale) - scale);
    for (auto v : {">0%<", ">25%<", ">50%<", ">75%<", ">100%<"})
      CHECK(g.find(v) != std::string::npos);
    CHECK(g.find("fill=\"#c62828\"") != std::string::npos); // over capacity
    CHECK(g.find(lang == Lang::en ? "over capacity" : "超负荷") != std::string::npos);
  }
}

TEST_CASE("money columns carry the plan's money unit") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  REQUIRE(l.run.plan.header.money.value == "CNY 10k");
  ReportData d = report_of(l, Lang::en, false, {"context", "resources"});
  REQUIRE(d.sections.size() == 2);
  const ReportTable* segments = nullptr;
  for (const auto& b : d.sections[0].blocks)
    if (b.kind == ReportBlock::Kind::table && b.table.caption == "Key-account segments")
      segments = &b.table;
  REQUIRE(segments != nullptr);
  CHECK(segments->header[3] == "revenue (CNY 10k)");
  const auto& budget = d.sections[1].blocks[0].table;
  CHECK(budget.header == std::vector<std::string>{"year", "category", "budget (CNY 10k)",
                                                  "cost (CNY 10k)", "balance (CNY 10k)"});
  ReportData zh = report_of(l, Lang::zh, false, {"resources"});
  CHECK(zh.sections[0].blocks[0].table.header[2] == "预算（CNY 10k）");
}

TEST_CASE("growth and shares print as percentages, JSON keeps the ratios") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportInput in;
  in.run = &l.run;
  in.sources = &l.sources;
  in.sections = {"context"};
  for (bool raw : {false, true}) {
    in.raw_values = raw;
    ReportData d = build_report(in);
    const ReportTable *segments = nullptr, *competitors = nullptr;
    for (const auto& b : d.sections[0].blocks) {
      if (b.table.caption == "Key-account segments") segments = &b.table;
      if (b.table.caption == "Competitors") competitors = &b.table;
    }
    REQUIRE(segments != nullptr);
    REQUIRE(competitors != nullptr);
    CHECK(segments->rows[0][0] == "SEG-gov");
    CHECK(segments->rows[0][4] == (raw ? "0.06" : "6%"));
    CHECK(competitors->rows[0][4].starts_with(raw ? "SEG-gov: 0.3, " : "SEG-gov: 30%, "));
    if (!raw)
      CHECK(render_report(d, ReportFormat::html)
                .find("<span class=\"id\">SEG-gov:</span> 30%, <span class=\"id\">SEG-finance:") !=
            std::string::npos);
  }
}

TEST_CASE("HTML marks Chinese plan text zh-CN in an English report") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::en);
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  // A fact, a table cell, a tree line, a chart label; the report's own words stay English.
  CHECK(html.find("<th>Title</th><td lang=\"zh-CN\">2027–2029 政企大客户营销战略规划</td>") !=
        std::string::npos);
  CHECK(html.find("<th>Plan</th><td>ka-2027</td>") != std::string::npos);
  CHECK(html.find("<td lang=\"zh-CN\">省级政务云二期项目攻坚</td>") != std::string::npos);
  CHECK(
      html.find("<code>AC-hq-govcloud</code> <span lang=\"zh-CN\">省级政务云二期项目攻坚</span>") !=
      std::string::npos);
  CHECK(html.find("text-anchor=\"end\" lang=\"zh-CN\">AC-hq-govcloud 省级") != std::string::npos);
  CHECK(html.find("<th>status</th>") != std::string::npos);
  CHECK(html.find("<td class=\"good\">covered</td>") != std::string::npos);
  CHECK(render::has_cjk("，"));
  CHECK(render::has_cjk("a 温"));
  CHECK_FALSE(render::has_cjk("Straße – ü"));
}

TEST_CASE("the load per month is one table per year of the horizon") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::en, false, {"resources"});
  std::vector<const ReportTable*> load;
  for (const auto& b : d.sections[0].blocks)
    if (b.kind == ReportBlock::Kind::table && b.table.caption.starts_with("Load per month"))
      load.push_back(&b.table);
  REQUIRE(load.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    std::string year = std::to_string(2027 + i);
    CHECK(load[i]->caption.ends_with(", " + year));
    REQUIRE(load[i]->header.size() == 16);
    CHECK(load[i]->header[0] == "person");
    CHECK(load[i]->header[4] == year + "-01");
    CHECK(load[i]->header[15] == year + "-12");
    for (const auto& row : load[i]->rows)
      CHECK(row.size() == 16);
    REQUIRE(load[i]->marks.size() == load[i]->rows.size());
    CHECK(load[i]->marks[0].size() == 16);
  }
}

TEST_CASE("HTML shows inline code as <code>, not backquotes") {
  Loaded l = load(kSource + "/examples/flawed");
  ReportData d = report_of(l, Lang::zh, false, {"findings"});
  std::string html = render_report(d, ReportFormat::html);
  CHECK(html.find("<code>") != std::string::npos);
  std::string body = html.substr(html.find("<body>"));
  CHECK(body.find('`') == std::string::npos);
}

TEST_CASE("adversarial plan: every format stays well-formed") {
  Loaded l = load(kSource + "/tests/fixtures/report/adversarial/plan.yaml");
  REQUIRE_FALSE(l.run.unreadable);
  for (Lang lang : {Lang::en, Lang::zh}) {
    ReportData d = report_of(l, lang);
    CAPTURE(static_cast<int>(lang));

    std::string md = render_report(d, ReportFormat::markdown);
    auto lines = lines_of(md);
    bool in_fence = false;
    std::size_t columns = 0;
    for (const auto& line : lines) {
      CAPTURE(line);
      if (line.starts_with("```")) {
        in_fence = !in_fence;
        continue;
      }
      if (in_fence) {
        CHECK(line.find('`') == std::string::npos);
        continue;
      }
      if (line.starts_with("|")) {
        if (columns == 0) columns = pipes(line);
        CHECK(pipes(line) == columns);
      } else {
        columns = 0;
      }
      if (line.starts_with("#")) CHECK((line.starts_with("# ") || line.starts_with("## ")));
      CHECK(line.find("<script") == std::string::npos);
      CHECK(line.find('\x1b') == std::string::npos);
    }
    CHECK_FALSE(in_fence);
    CHECK(md.find("\\# not a heading") != std::string::npos);

    std::string txt = render_report(d, ReportFormat::text);
    CHECK(txt.find('\x1b') == std::string::npos);
    CHECK(txt.find('\x07') == std::string::npos);
    CHECK(txt.find("\\x1b[31m") != std::string::npos);

    std::string html = render_report(d, ReportFormat::html);
    std::string why;
    CHECK_MESSAGE(balanced_html(html, why), why);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find('\x1b') == std::string::npos);

    std::string json = render_report(d, ReportFormat::json);
    CHECK(json.starts_with("{"));
    CHECK(json.ends_with("}\n"));
    CHECK(std::none_of(json.begin(), json.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\n'; }));
  }
}

TEST_CASE("report sections filter keeps report order") {
  Loaded l = load(kSource + "/examples/telecom-2027");
  ReportData d = report_of(l, Lang::en, false, {"findings", "summary"});
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].id == "summary");
  CHECK(d.sections[1].id == "findings");
  CHECK(render_report(d, ReportFormat::text).find("2. Findings\n-----------\n\nnone\n") !=
        std::string::npos);
}

} // namespace unit_render_report
