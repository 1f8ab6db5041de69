// SPDX-License-Identifier: MIT
// The github, sarif and markdown finding renderers, fed hand-built runs whose message
// arguments try to break each format (`|`, HTML, line breaks, `%`, `,`, `:`, ESC).
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <doctest/doctest.h>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace unit_render_formats {

using namespace kaplan;

namespace {

// Message text that tries to escape from every format at once.
const std::string nasty = "a|b `c` <script>x</script>\ny%z,w:v\x1b[31m\r\n";

Finding finding(std::string rule, Severity severity, Location loc, std::string key,
                std::vector<Arg> args) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.loc = loc;
  f.message_key = std::move(key);
  f.args = std::move(args);
  return f;
}

// Two files; the second has a path with characters special to URIs and to GitHub properties.
struct Fixture {
  SourceSet sources;
  std::vector<PlanRun> runs;
  Fixture() {
    sources.add("plan.yaml", "kaplan: 1\nplan:\n  id: p\n  名称: 规划 x\n");
    sources.add("dir,a:b/规划 1.yaml", "units:\n  - id: u\n");
    runs.emplace_back();
    runs[0].path = "plan.yaml";
  }
  std::vector<Finding>& findings() { return runs[0].findings; }
};

// The typical run: one finding of each severity, one with a related place, one for a
// whole file, one suppressed.
Fixture typical() {
  Fixture fx;
  Finding dup = finding("KAP-S005", Severity::error, {0, 3, 7}, "KAP-S005", {arg("id", nasty)});
  dup.related.push_back({{1, 2, 9}, "note.first-defined-here", {}});
  fx.findings().push_back(dup);
  fx.findings().push_back(finding("KAP-S002", Severity::warning, {1, 1, 1}, "KAP-S002",
                                  {arg("key", "x,y"), arg("what", "units")}));
  fx.findings().push_back(finding("KAP-S001", Severity::info, {1, 0, 0}, "KAP-S001.empty", {}));
  Finding sup = finding("KAP-S008", Severity::error, {0, 2, 1}, "KAP-S008.date",
                        {arg("field", "date"), arg("found", "2026-02-30")});
  sup.suppressed = true;
  sup.suppress_reason = "known, fixed in Q3";
  fx.findings().push_back(sup);
  return fx;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// --- A small JSON reader: enough to prove the SARIF parses and to look keys up. -------

struct Json {
  enum Kind { null, boolean, number, string, array, object } kind = null;
  bool b = false;
  double n = 0;
  std::string s;
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> members; // in document order

  const Json* get(std::string_view key) const {
    for (const auto& [k, v] : members)
      if (k == key) return &v;
    return nullptr;
  }
  const Json& operator[](std::string_view key) const {
    static const Json none;
    const Json* v = get(key);
    return v ? *v : none;
  }
  const Json& operator[](std::size_t i) const {
    static const Json none;
    return i < items.size() ? items[i] : none;
  }
};

class JsonReader {
public:
  explicit JsonReader(std::string_view text) : t_(text) {}
  // Parses the whole text; false on any syntax error or trailing garbage.
  bool parse(Json& out) {
    if (!value(out, 0)) return false;
    space();
    return p_ == t_.size();
  }

private:
  void space() {
    while (p_ < t_.size() && (t_[p_] == ' ' || t_[p_] == '\n' || t_[p_] == '\t' || t_[p_] == '\r'))
      ++p_;
  }
  bool literal(std::string_view word) {
    if (t_.substr(p_, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }
  bool hex4(std::uint32_t& v) {
    if (p_ + 4 > t_.size()) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = t_[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }
  bool str(std::string& out) {
    if (p_ >= t_.size() || t_[p_] != '"') return false;
    ++p_;
    while (p_ < t_.size()) {
      auto c = static_cast<unsigned char>(t_[p_++]);
      if (c == '"') return true;
      if (c < 0x20) return false; // raw control characters are not allowed in JSON strings
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (p_ >= t_.size()) return false;
      char e = t_[p_++];
      switch (e) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case '/':
        out += '/';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        std::uint32_t v = 0;
        if (!hex4(v)) return false;
        if (v >= 0xD800 && v < 0xDC00) {
          std::uint32_t lo = 0;
          if (!literal("\\u") || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
          v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        }
        text::append_utf8(out, v);
        break;
      }
      default:
        return false;
      }
    }
    return false;
  }
  bool num(double& out) {
    std::size_t start = p_;
    if (p_ < t_.size() && t_[p_] == '-') ++p_;
    auto digits = [&] {
      std::size_t d = p_;
      while (p_ < t_.size() && t_[p_] >= '0' && t_[p_] <= '9')
        ++p_;
      return p_ > d;
    };
    if (!digits()) return false;
    if (p_ < t_.size() && t_[p_] == '.' && (++p_, !digits())) return false;
    if (p_ < t_.size() && (t_[p_] == 'e' || t_[p_] == 'E')) {
      ++p_;
      if (p_ < t_.size() && (t_[p_] == '+' || t_[p_] == '-')) ++p_;
      if (!digits()) return false;
    }
    out = std::stod(std::string(t_.substr(start, p_ - start)));
    return true;
  }
  bool value(Json& out, int depth) {
    if (depth > 64) return false;
    space();
    if (p_ >= t_.size()) return false;
    char c = t_[p_];
    if (c == '{') {
      out.kind = Json::object;
      ++p_;
      space();
      if (p_ < t_.size() && t_[p_] == '}') return ++p_, true;
      while (true) {
        space();
        std::string k;
        if (!str(k)) return false;
        space();
        if (!literal(":")) return false;
        Json v;
        if (!value(v, depth + 1)) return false;
        if (out.get(k)) return false; // duplicate keys would make lookups ambiguous
        out.members.emplace_back(std::move(k), std::move(v));
        space();
        if (literal("}")) return true;
        if (!literal(",")) return false;
      }
    }
    if (c == '[') {
      out.kind = Json::array;
      ++p_;
      space();
      if (p_ < t_.size() && t_[p_] == ']') return ++p_, true;
      while (true) {
        Json v;
        if (!value(v, depth + 1)) return false;
        out.items.push_back(std::move(v));
        space();
        if (literal("]")) return true;
        if (!literal(",")) return false;
      }
    }
    if (c == '"') return out.kind = Json::string, str(out.s);
    if (literal("true")) return out.kind = Json::boolean, out.b = true, true;
    if (literal("false")) return out.kind = Json::boolean, true;
    if (literal("null")) return true;
    out.kind = Json::number;
    return num(out.n);
  }

  std::string_view t_;
  std::size_t p_ = 0;
};

Json parse_json(const std::string& s) {
  Json j;
  JsonReader r(s);
  bool ok = r.parse(j);
  REQUIRE_MESSAGE(ok, s);
  return j;
}

// Markdown table cells: the `|` that are not backslash-escaped, per line.
std::size_t unescaped_pipes(std::string_view line) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    if (line[i] == '|') ++n;
  }
  return n;
}

} // namespace

// --- github --------------------------------------------------------------------------

TEST_CASE("github prints one escaped workflow command per unsuppressed finding") {
  Fixture fx = typical();
  std::string out = render_findings(fx.runs, fx.sources, Format::github, {});
  auto lines = lines_of(out);
  REQUIRE(lines.size() == 3);
  // ESC is shown as text, CR LF as %0D%0A, `%` as %25; `,` and `:` stay in the message.
  CHECK(lines[0] == "::error file=plan.yaml,line=3,col=7,title=KAP-S005::duplicate id `a|b `c` "
                    "<script>x</script>%0Ay%25z,w:v\\x1b[31m%0D%0A`%0Adir,a:b/规划 1.yaml:2:9: "
                    "first defined here");
  // In a property `,` and `:` are escaped too, else the runner would split the path.
  CHECK(lines[1] == "::warning file=dir%2Ca%3Ab/规划 1.yaml,line=1,col=1,title=KAP-S002::unknown "
                    "key `x,y` in `units`");
  // Line 0 is the whole file: no line or col; info is a notice.
  CHECK(lines[2] == "::notice file=dir%2Ca%3Ab/规划 1.yaml,title=KAP-S001::the file is empty: a "
                    "plan file holds one YAML mapping");
  CHECK(out.back() == '\n');
}

TEST_CASE("github output of a clean run is empty and messages follow the language") {
  Fixture clean;
  CHECK(render_findings(clean.runs, clean.sources, Format::github, {}).empty());

  Fixture fx;
  fx.findings().push_back(
      finding("KAP-S005", Severity::error, {0, 3, 0}, "KAP-S005", {arg("id", "KPI-x")}));
  RenderOptions zh;
  zh.lang = Lang::zh;
  CHECK(render_findings(fx.runs, fx.sources, Format::github, zh) ==
        "::error file=plan.yaml,line=3,title=KAP-S005::id `KPI-x` 重复\n");
}

// --- sarif ---------------------------------------------------------------------------

TEST_CASE("sarif is valid JSON with the SARIF 2.1.0 keys") {
  Fixture fx = typical();
  Json log = parse_json(render_findings(fx.runs, fx.sources, Format::sarif, {}));
  CHECK(log["$schema"].s.find("sarif-schema-2.1.0.json") != std::string::npos);
  CHECK(log["version"].s == "2.1.0");
  REQUIRE(log["runs"].items.size() == 1);
  const Json& run = log["runs"][0];
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"].s == "kaplan");
  CHECK(driver["version"].s == KAPLAN_VERSION);
  CHECK(driver["informationUri"].s == KAPLAN_HOMEPAGE);
  CHECK(run["columnKind"].s == "utf16CodeUnits");

  // Rules: those that occur, suppressed ones included, sorted by id.
  const auto& rules = driver["rules"].items;
  REQUIRE(rules.size() == 4);
  CHECK(rules[0]["id"].s == "KAP-S001");
  CHECK(rules[1]["id"].s == "KAP-S002");
  CHECK(rules[2]["id"].s == "KAP-S005");
  CHECK(rules[3]["id"].s == "KAP-S008");
  CHECK(rules[2]["name"].s == "DuplicateId");
  CHECK(rules[3]["name"].s == "BadDateMonthPeriodOrYear");
  CHECK(rules[2]["shortDescription"]["text"].s == "duplicate id");
  CHECK(!rules[2]["fullDescription"]["text"].s.empty());
  CHECK(!rules[2]["help"]["text"].s.empty());
  CHECK(rules[2]["defaultConfiguration"]["level"].s == "error");
  // Each rule links to its section of kaplan-rules(7) at this version: a line anchor.
  CHECK(rules[2]["helpUri"].s.starts_with(std::string(KAPLAN_HOMEPAGE) + "/blob/v" +
                                          KAPLAN_VERSION + "/man/kaplan-rules.7#L"));
  CHECK(rules[2]["helpUri"].s != rules[3]["helpUri"].s);

  const auto& results = run["results"].items;
  REQUIRE(results.size() == 4);
  for (const auto& r : results) {
    auto index = static_cast<std::size_t>(r["ruleIndex"].n);
    REQUIRE(index < rules.size());
    CHECK(rules[index]["id"].s == r["ruleId"].s);
  }
  const Json& dup = results[0];
  CHECK(dup["level"].s == "error");
  CHECK(dup["message"]["text"].s == "duplicate id `" + nasty + "`");
  const Json& loc = dup["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"].s == "plan.yaml");
  CHECK(loc["region"]["startLine"].n == 3);
  CHECK(loc["region"]["startColumn"].n == 7);
  const Json& rel = dup["relatedLocations"][0];
  CHECK(rel["message"]["text"].s == "first defined here");
  // Spaces, `,`, `:` and non-ASCII are percent-encoded (UTF-8 bytes).
  CHECK(rel["physicalLocation"]["artifactLocation"]["uri"].s ==
        "dir%2Ca%3Ab/%E8%A7%84%E5%88%92%201.yaml");
  CHECK(dup.get("suppressions") == nullptr);

  CHECK(results[1]["level"].s == "warning");
  // A whole-file finding has no region; info is a note.
  CHECK(results[2]["level"].s == "note");
  CHECK(results[2]["locations"][0]["physicalLocation"].get("region") == nullptr);
  // Suppressed findings stay, marked as suppressed in the source with the reason.
  const Json& sup = results[3];
  CHECK(sup["ruleId"].s == "KAP-S008");
  CHECK(sup["suppressions"][0]["kind"].s == "inSource");
  CHECK(sup["suppressions"][0]["justification"].s == "known, fixed in Q3");
}

TEST_CASE("sarif columns count UTF-16 code units and absolute paths become file URIs") {
  Fixture fx;
  fx.sources.add("/tmp/a b/plan.yaml", "x: 规划😀 v\n");
  // Byte column 15 is `v`: 3 + 6 (two CJK) + 4 (emoji) + 1 space bytes before it,
  // which are 3 + 2 + 2 + 1 = 8 UTF-16 units.
  fx.findings().push_back(finding("KAP-S002", Severity::error, {2, 1, 15}, "KAP-S002",
                                  {arg("key", "v"), arg("what", "x")}));
  Json log = parse_json(render_findings(fx.runs, fx.sources, Format::sarif, {}));
  const Json& loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"].s == "file:///tmp/a%20b/plan.yaml");
  CHECK(loc["region"]["startColumn"].n == 9);
}

TEST_CASE("text, json, github, markdown, junit and codeclimate count columns in characters") {
  Fixture fx;
  fx.sources.add("plan.yaml", "x: 规划😀 v\n");
  // Byte column 15 is `v`: 3 + 2 + 1 + 1 characters before it.
  fx.findings().push_back(finding("KAP-S002", Severity::error, {2, 1, 15}, "KAP-S002",
                                  {arg("key", "v"), arg("what", "x")}));
  CHECK(fx.sources.char_column({2, 1, 15}) == 8);
  CHECK(fx.sources.char_column({2, 1, 0}) == 0);
  CHECK(fx.sources.char_column({2, 1, 20}) == 13); // past the end: the distance is kept
  RenderOptions o;
  o.snippets = false;
  CHECK(render_findings(fx.runs, fx.sources, Format::text, o).starts_with("plan.yaml:1:8: "));
  CHECK(
      parse_json(render_findings(fx.runs, fx.sources, Format::json, o))["diagnostics"][0]["column"]
          .n == 8);
  CHECK(render_findings(fx.runs, fx.sources, Format::github, o).find(",col=8,") !=
        std::string::npos);
  CHECK(render_findings(fx.runs, fx.sources, Format::markdown, o).find("plan.yaml:1:8") !=
        std::string::npos);
  CHECK(render_findings(fx.runs, fx.sources, Format::junit, o).find("plan.yaml:1:8:") !=
        std::string::npos);
  Json issues = parse_json(render_findings(fx.runs, fx.sources, Format::codeclimate, o));
  CHECK(issues[0]["location"]["positions"]["begin"]["column"].n == 8);
}

TEST_CASE("sarif in Chinese translates texts, never rule ids or names") {
  Fixture fx;
  fx.findings().push_back(
      finding("KAP-S005", Severity::warning, {0, 3, 5}, "KAP-S005", {arg("id", "KPI-x")}));
  RenderOptions zh;
  zh.lang = Lang::zh;
  Json log = parse_json(render_findings(fx.runs, fx.sources, Format::sarif, zh));
  const Json& run = log["runs"][0];
  CHECK(run["results"][0]["ruleId"].s == "KAP-S005");
  CHECK(run["results"][0]["level"].s == "warning");
  CHECK(run["results"][0]["message"]["text"].s == "id `KPI-x` 重复");
  CHECK(run["tool"]["driver"]["rules"][0]["name"].s == "DuplicateId");
  CHECK(run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"].s == "error");
  CHECK(run["language"].s == "zh-CN");
}

TEST_CASE("sarif of a clean run has an empty rule list and no results") {
  Fixture fx;
  Json log = parse_json(render_findings(fx.runs, fx.sources, Format::sarif, {}));
  CHECK(log["runs"][0]["tool"]["driver"]["rules"].kind == Json::array);
  CHECK(log["runs"][0]["tool"]["driver"]["rules"].items.empty());
  CHECK(log["runs"][0]["results"].kind == Json::array);
  CHECK(log["runs"][0]["results"].items.empty());
}

// --- markdown ------------------------------------------------------------------------

TEST_CASE("markdown tables keep their columns whatever the plan text holds") {
  Fixture fx = typical();
  std::string out = render_findings(fx.runs, fx.sources, Format::markdown, {});
  auto lines = lines_of(out);
  REQUIRE(lines.size() >= 12);
  CHECK(lines[0] == "### kaplan: 1 error(s), 1 warning(s), 1 info, 1 suppressed");
  CHECK(lines[1].empty());
  CHECK(lines[2] == "| Severity | Count |");
  CHECK(lines[3] == "| --- | ---: |");
  CHECK(lines[4] == "| error | 1 |");
  CHECK(lines[5] == "| warning | 1 |");
  CHECK(lines[6] == "| info | 1 |");
  CHECK(lines[7] == "| suppressed | 1 |");
  CHECK(lines[8].empty());
  CHECK(lines[9] == "| Severity | Rule | Location | Message |");
  CHECK(lines[10] == "| --- | --- | --- | --- |");
  REQUIRE(lines.size() == 14); // the suppressed finding is counted, not listed
  for (std::size_t i = 9; i < lines.size(); ++i)
    CHECK(unescaped_pipes(lines[i]) == 5);
  // No tag from the plan survives, no control character either.
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\r') == std::string::npos);
  CHECK(lines[11] == "| error | KAP-S005 | plan.yaml:3:7 | duplicate id \\`a\\|b \\`c\\` "
                     "&lt;script&gt;x&lt;/script&gt;<br>y%z,w:v\\[31m<br>\\`<br>note: dir,a:b/规划 "
                     "1.yaml:2:9: first defined here |");
  CHECK(lines[12] == "| warning | KAP-S002 | dir,a:b/规划 1.yaml:1:1 | unknown key \\`x,y\\` in "
                     "\\`units\\` |");
  CHECK(lines[13] == "| info | KAP-S001 | dir,a:b/规划 1.yaml | the file is empty: a plan file "
                     "holds one YAML mapping |");
}

TEST_CASE("markdown shows the first 200 findings and counts the rest") {
  Fixture fx;
  for (std::uint32_t i = 1; i <= 205; ++i)
    fx.findings().push_back(
        finding("KAP-S005", Severity::error, {0, i, 1}, "KAP-S005", {arg("id", "x|y")}));
  std::string out = render_findings(fx.runs, fx.sources, Format::markdown, {});
  auto lines = lines_of(out);
  std::size_t rows =
      static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.starts_with("| error | KAP-S005 |");
      }));
  CHECK(rows == 200);
  CHECK(out.find("plan.yaml:200:1") != std::string::npos);
  CHECK(out.find("plan.yaml:201:1") == std::string::npos);
  CHECK(lines.back() == "5 more findings are not shown; run `kaplan validate` for all of them.");
  for (const auto& l : lines)
    if (l.starts_with("| error | KAP")) CHECK(unescaped_pipes(l) == 5);
}

TEST_CASE("markdown of a clean run is one line, and Chinese has Chinese headings") {
  Fixture clean;
  CHECK(render_findings(clean.runs, clean.sources, Format::markdown, {}) ==
        "### kaplan: no findings\n");

  Fixture fx;
  fx.findings().push_back(
      finding("KAP-S005", Severity::warning, {0, 3, 5}, "KAP-S005", {arg("id", "KPI-x")}));
  RenderOptions zh;
  zh.lang = Lang::zh;
  auto lines = lines_of(render_findings(fx.runs, fx.sources, Format::markdown, zh));
  REQUIRE(lines.size() == 12);
  CHECK(lines[0] == "### kaplan: 0 个错误，1 个警告，0 条提示，0 条已豁免");
  CHECK(lines[2] == "| 严重程度 | 数量 |");
  CHECK(lines[5] == "| 警告 | 1 |");
  CHECK(lines[7] == "| 已豁免 | 0 |");
  CHECK(lines[9] == "| 严重程度 | 规则 | 位置 | 描述 |");
  CHECK(lines[11] == "| 警告 | KAP-S005 | plan.yaml:3:5 | id \\`KPI-x\\` 重复 |");
}

TEST_CASE("markdown with only suppressed findings shows the counts and no findings table") {
  Fixture fx;
  Finding f = finding("KAP-S005", Severity::error, {0, 3, 5}, "KAP-S005", {arg("id", "KPI-x")});
  f.suppressed = true;
  fx.findings().push_back(f);
  auto lines = lines_of(render_findings(fx.runs, fx.sources, Format::markdown, {}));
  REQUIRE(lines.size() == 8);
  CHECK(lines[0] == "### kaplan: 0 error(s), 0 warning(s), 0 info, 1 suppressed");
  CHECK(lines[7] == "| suppressed | 1 |");
}

TEST_CASE("text shows a very long line as a window around the column, caret included") {
  SourceSet sources;
  // 300 wide characters (900 bytes), to check the cut and the caret by cells.
  std::string wide;
  for (int i = 0; i < 300; ++i)
    wide += "长";
  const std::string line = "plan: {x-pad: \"" + wide + "\", comitted: 1}";
  sources.add("plan.yaml", "kaplan: 1\n" + line + "\n");
  std::vector<PlanRun> runs(1);
  const auto column = static_cast<std::uint32_t>(line.find("comitted") + 1);
  runs[0].findings.push_back(finding("KAP-S002", Severity::error, {0, 2, column}, "KAP-S002",
                                     {arg("key", "comitted"), arg("what", "plan")}));
  RenderOptions options;
  std::string out = render_findings(runs, sources, Format::text, options);
  auto first = out.find('\n');
  auto second = out.find('\n', first + 1);
  auto third = out.find('\n', second + 1);
  std::string shown = out.substr(first + 1, second - first - 1);
  std::string caret = out.substr(second + 1, third - second - 1);
  CHECK(shown.size() < 260);
  CHECK(shown.starts_with("  …"));
  CHECK(shown.ends_with("\", comitted: 1}"));
  // The caret sits under the `c` of `comitted`, counting each 长 as two cells.
  CHECK(text::display_width(caret) - 1 ==
        text::display_width(shown.substr(0, shown.find("comitted"))));
  CHECK(caret.ends_with("^"));
}

} // namespace unit_render_formats
