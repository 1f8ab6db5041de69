// SPDX-License-Identifier: MIT
// The YAML layer (libyaml's events into our tree): what a YAML parser accepts silently
// must become KAP-S001 / KAP-S010
// findings at the right line and column, and hostile input must be refused quickly.
#include "kaplan/load/yaml_tree.hpp"
#include "kaplan/model/messages.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

namespace unit_load_yaml_tree {

using namespace kaplan;
using namespace std::string_view_literals;

namespace {

// A parse of one buffer with its findings.
struct Parsed {
  YamlTree tree;
  std::vector<Finding> findings;
};

Parsed parse(std::string_view text) {
  Parsed p;
  p.tree = parse_yaml(text, 0, p.findings);
  return p;
}

std::string en(const Finding& f) {
  return render_message(f.message_key, f.args, Lang::en);
}
std::string zh(const Finding& f) {
  return render_message(f.message_key, f.args, Lang::zh);
}

std::string where(const Location& l) {
  return std::to_string(l.line) + ":" + std::to_string(l.column);
}

// The value node of `key` in the root mapping, or kNoNode.
NodeId value_of(const YamlTree& t, std::string_view key) {
  NodeId out = kNoNode;
  for_each_pair(t, t.root, [&](NodeId k, NodeId v) {
    if (t.text(k) == key) out = v;
  });
  return out;
}

} // namespace

TEST_CASE("a plain document becomes a tree with 1-based byte positions") {
  auto p = parse("a: 1\nname: 张三\nlist: [x, 'y']\n");
  REQUIRE(p.findings.empty());
  REQUIRE(p.tree.at(p.tree.root).kind == NodeKind::mapping);
  CHECK(p.tree.at(p.tree.root).child_count == 6);
  NodeId name = value_of(p.tree, "name");
  CHECK(p.tree.text(name) == "张三");
  CHECK(where(p.tree.location(name)) == "2:7");
  NodeId list = value_of(p.tree, "list");
  REQUIRE(p.tree.at(list).kind == NodeKind::sequence);
  NodeId second = p.tree.at(p.tree.at(list).first_child).next_sibling;
  CHECK(p.tree.text(second) == "y");
  CHECK(p.tree.at(second).quoted);
  CHECK(where(p.tree.location(second)) == "3:11");
  CHECK_FALSE(p.tree.partial);
}

TEST_CASE("an empty value is null and sits at its key, not at the next token") {
  auto p = parse("a:\nbb: 2\n");
  NodeId a = value_of(p.tree, "a");
  CHECK(p.tree.is_null(a));
  CHECK(where(p.tree.location(a)) == "1:1");
  CHECK(p.tree.is_null(value_of(p.tree, "zz"))); // absent key
  auto q = parse("a: ~\nb: null\nc: 'null'\n");
  CHECK(q.tree.is_null(value_of(q.tree, "a")));
  CHECK(q.tree.is_null(value_of(q.tree, "b")));
  CHECK(q.tree.is_scalar(value_of(q.tree, "c"))); // quoted: the text "null"
}

TEST_CASE("duplicate keys are reported at the second key with a note at the first") {
  auto p = parse("units: []\nplan:\n  id: a\n  title: t\n  id: b\nunits: [x]\n");
  REQUIRE(p.findings.size() == 2);
  // Inner mappings end first, so the `id` duplicate comes first.
  const Finding& id = p.findings[0];
  CHECK(id.rule == "KAP-S010");
  CHECK(id.severity == Severity::error);
  CHECK(where(id.loc) == "5:3");
  CHECK(en(id) ==
        "the key `id` is written more than once in this mapping; only one value can count");
  CHECK(zh(id) == "同一映射中键 `id` 出现了不止一次，只能保留一个取值");
  REQUIRE(id.related.size() == 1);
  CHECK(where(id.related[0].loc) == "3:3");
  CHECK(id.related[0].note_key == "note.first-here");
  CHECK(render_message(id.related[0].note_key, id.related[0].args, Lang::en) ==
        "first written here");
  const Finding& units = p.findings[1];
  CHECK(where(units.loc) == "6:1");
  CHECK(where(units.related[0].loc) == "1:1");
  // Both values stay in the tree; readers see them in document order.
  CHECK(p.tree.at(p.tree.root).child_count == 6);
}

TEST_CASE("a key written three times gives two findings, each pointing back at the first") {
  auto p = parse("{a: 1, b: 2, a: 3, a: 4}\n");
  REQUIRE(p.findings.size() == 2);
  CHECK(where(p.findings[0].loc) == "1:14");
  CHECK(where(p.findings[1].loc) == "1:20");
  CHECK(where(p.findings[0].related[0].loc) == "1:2");
  CHECK(where(p.findings[1].related[0].loc) == "1:2");
}

TEST_CASE("the same key in different mappings is not a duplicate") {
  auto p = parse("- {id: a, name: x}\n- {id: b, name: y}\n");
  CHECK(p.findings.empty());
}

TEST_CASE("aliases are refused: only the first is reported and the tree is partial") {
  auto p = parse("a: &x 1\nb: *x\nc: *x\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "2:4");
  CHECK(en(p.findings[0]) == "YAML aliases (*name) are not supported in plans; write the value "
                             "out, and quote text that starts with `*`");
  CHECK(p.tree.partial);
}

TEST_CASE("a billion-laughs document is refused at once") {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 9; ++j)
      text += (j ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  auto start = std::chrono::steady_clock::now();
  auto p = parse(text);
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(1));
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].message_key == "KAP-S001.alias");
  CHECK(where(p.findings[0].loc) == "2:10");
  CHECK(p.tree.nodes.size() < 200); // aliases are never expanded
}

TEST_CASE("nesting of 100 levels is accepted and 101 refused") {
  auto ok = parse(std::string(100, '[') + std::string(100, ']') + "\n");
  CHECK(ok.findings.empty());
  auto deep = parse(std::string(101, '[') + std::string(101, ']') + "\n");
  REQUIRE(deep.findings.size() == 1);
  CHECK(deep.findings[0].rule == "KAP-S001");
  CHECK(where(deep.findings[0].loc) == "1:101");
  CHECK(en(deep.findings[0]) == "nesting deeper than 100 levels");
  CHECK(zh(deep.findings[0]) == "嵌套层级超过 100 层");
  CHECK(deep.tree.partial);
}

TEST_CASE("block mappings nested 101 deep are refused at the 101st") {
  std::string text;
  for (int i = 0; i < 101; ++i)
    text += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
  auto p = parse(text);
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].message_key == "KAP-S001.depth");
  CHECK(where(p.findings[0].loc) == "101:101");
}

TEST_CASE("100000 open brackets do not crash and are refused quickly") {
  auto start = std::chrono::steady_clock::now();
  auto p = parse(std::string(100000, '[') + "\n");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].message_key == "KAP-S001.depth");
  CHECK(p.findings[0].loc.line == 1);
  auto braces = parse(std::string(100000, '{') + "\n");
  REQUIRE(braces.findings.size() == 1);
  CHECK(braces.findings[0].message_key == "KAP-S001.depth");
  auto dashes = parse([] {
    std::string s;
    for (int i = 0; i < 100000; ++i)
      s += "- ";
    return s + "x\n";
  }());
  REQUIRE(dashes.findings.size() == 1);
  CHECK(dashes.findings[0].message_key == "KAP-S001.depth");
}

TEST_CASE("invalid UTF-8 is refused at the offending byte") {
  auto p = parse("a: 1\nbb: \xFF\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "2:5");
  CHECK(en(p.findings[0]) == "the file is not valid UTF-8 (byte 0xFF); save it as UTF-8");
  CHECK(zh(p.findings[0]) == "文件不是有效的 UTF-8 编码（字节 0xFF），请以 UTF-8 保存");
  CHECK(p.tree.root == kNoNode);
  CHECK(p.tree.partial);
}

TEST_CASE("overlong forms, surrogates and truncated sequences are not UTF-8") {
  auto overlong = parse("a: 1\nb: \xC0\xAF\n"); // '/' written in two bytes
  REQUIRE(overlong.findings.size() == 1);
  CHECK(where(overlong.findings[0].loc) == "2:4");
  CHECK(en(overlong.findings[0]) == "the file is not valid UTF-8 (byte 0xC0); save it as UTF-8");
  auto three = parse("名: \xE0\x80\xAF\n"); // overlong three-byte form; `名` is 3 bytes
  REQUIRE(three.findings.size() == 1);
  CHECK(where(three.findings[0].loc) == "1:6");
  auto surrogate = parse("a: \xED\xA0\x80\n");
  REQUIRE(surrogate.findings.size() == 1);
  CHECK(en(surrogate.findings[0]) == "the file is not valid UTF-8 (byte 0xED); save it as UTF-8");
  auto truncated = parse("a: 中\xE4\xB8");
  REQUIRE(truncated.findings.size() == 1);
  CHECK(where(truncated.findings[0].loc) == "1:7");
}

TEST_CASE("a byte order mark is accepted and columns count from after it") {
  auto p = parse("\xEF\xBB\xBF"
                 "a: 1\nbb: x\n");
  CHECK(p.findings.empty());
  NodeId a = value_of(p.tree, "a");
  CHECK(p.tree.text(a) == "1");
  CHECK(where(p.tree.location(a)) == "1:4");
  CHECK(where(p.tree.location(p.tree.at(p.tree.root).first_child)) == "1:1");
  // Findings after a BOM are placed the same way.
  auto bad = parse("\xEF\xBB\xBF"
                   "a: \xFF\n");
  REQUIRE(bad.findings.size() == 1);
  CHECK(where(bad.findings[0].loc) == "1:4");
}

TEST_CASE("CRLF line ends give the same lines and columns, and no carriage return in values") {
  auto p = parse("a: 1\r\nbb:  x\r\nc: [1, 2]\r\nd: 'q'\r\n");
  CHECK(p.findings.empty());
  NodeId bb = value_of(p.tree, "bb");
  CHECK(p.tree.text(bb) == "x");
  CHECK(where(p.tree.location(bb)) == "2:6");
  NodeId c = value_of(p.tree, "c");
  CHECK(where(p.tree.location(p.tree.at(c).first_child)) == "3:5");
  CHECK(p.tree.text(value_of(p.tree, "d")) == "q");
  auto dup = parse("a: 1\r\nb: 2\r\na: 3\r\n");
  REQUIRE(dup.findings.size() == 1);
  CHECK(where(dup.findings[0].loc) == "3:1");
  auto bad = parse("a: 1\r\nb: x\x01\r\n");
  REQUIRE(bad.findings.size() == 1);
  CHECK(where(bad.findings[0].loc) == "2:5");
}

TEST_CASE("NUL bytes and other control characters are refused") {
  auto nul = parse("a: 1\nb: x\0y\n"sv);
  REQUIRE(nul.findings.size() == 1);
  CHECK(nul.findings[0].rule == "KAP-S001");
  CHECK(where(nul.findings[0].loc) == "2:5");
  CHECK(en(nul.findings[0]) == "control character 0x00 is not allowed in YAML text");
  CHECK(zh(nul.findings[0]) == "YAML 文本中不允许出现控制字符 0x00");
  auto esc = parse("a: \x1b[31mred\n");
  REQUIRE(esc.findings.size() == 1);
  CHECK(en(esc.findings[0]) == "control character 0x1B is not allowed in YAML text");
  auto del = parse("a: x\x7f\n");
  REQUIRE(del.findings.size() == 1);
  CHECK(en(del.findings[0]) == "control character 0x7F is not allowed in YAML text");
  auto c1 = parse("a: x\xC2\x9B\n"); // U+009B, the one-byte terminal escape introducer
  REQUIRE(c1.findings.size() == 1);
  CHECK(en(c1.findings[0]) == "control character 0xC2 is not allowed in YAML text");
  CHECK(parse("a:\tx\n").findings.empty()); // tabs are fine between tokens
}

TEST_CASE("an unterminated quoted string is reported at its opening quote") {
  auto p = parse("a: \"abc\nb: 2\nc: 3\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "1:4");
  CHECK(en(p.findings[0]) == "quoted text is never closed: add the closing quote");
  CHECK(p.tree.partial);
  auto single = parse("a: 1\nb: 'it''s\nc: 3\n");
  REQUIRE(single.findings.size() == 1);
  CHECK(where(single.findings[0].loc) == "2:4");
  auto escaped = parse("a: \"x\\\"\nb: 2\n"); // the only quote after x is escaped
  REQUIRE(escaped.findings.size() == 1);
  CHECK(where(escaped.findings[0].loc) == "1:4");
}

TEST_CASE("closed quotes with escaped quote characters are fine") {
  auto p = parse("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: '' \nd: \"a\\\\\"\ne: |\n  \"open\n");
  CHECK(p.findings.empty());
  CHECK(p.tree.text(value_of(p.tree, "a")) == "say \"hi\"");
  CHECK(p.tree.text(value_of(p.tree, "b")) == "it's");
  CHECK(p.tree.text(value_of(p.tree, "d")) == "a\\");
  CHECK(p.tree.text(value_of(p.tree, "e")) == "\"open\n");
}

TEST_CASE("a second document is refused where it starts, and the first is kept") {
  auto p = parse("a: 1\n---\nb: 2\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "2:1");
  CHECK(en(p.findings[0]) ==
        "more than one YAML document in the file; a plan file holds exactly one");
  CHECK(p.tree.text(value_of(p.tree, "a")) == "1");
  CHECK_FALSE(p.tree.partial);
  // A malformed second document is still a second document.
  auto broken = parse("a: 1\n--- [\n");
  REQUIRE(broken.findings.size() == 1);
  CHECK(broken.findings[0].message_key == "KAP-S001.documents");
  // An explicit start or end marker around a single document is fine.
  CHECK(parse("---\na: 1\n...\n").findings.empty());
}

TEST_CASE("an empty file or a file of comments has no root and no finding") {
  auto empty = parse("");
  CHECK(empty.findings.empty());
  CHECK(empty.tree.root == kNoNode);
  auto comments = parse("# nothing yet\n\n");
  CHECK(comments.findings.empty());
  CHECK(comments.tree.root == kNoNode);
}

TEST_CASE("a syntax error carries libyaml's reason, its context and place") {
  auto p = parse("units:\n  - id: a\n    name: x\n   kind: b\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "4:4");
  CHECK(en(p.findings[0]) == "YAML syntax error: did not find expected '-' indicator (while "
                             "parsing a block collection from line 2, column 3)");
  CHECK(p.tree.partial);
  auto flow = parse("a: [1, 2\n");
  REQUIRE(flow.findings.size() == 1);
  CHECK(where(flow.findings[0].loc) == "2:1");
  CHECK(en(flow.findings[0]) == "YAML syntax error: did not find expected ',' or ']' (while "
                                "parsing a flow sequence from line 1, column 4)");
  // Places after multi-byte text count bytes, as every other place does.
  auto cjk = parse("名称: [甲, 乙\n");
  REQUIRE(cjk.findings.size() == 1);
  CHECK(en(cjk.findings[0]).ends_with("from line 1, column 9)"));
  auto escape = parse("a: 1\nb: \"\\q\"\n");
  REQUIRE(escape.findings.size() == 1);
  CHECK(where(escape.findings[0].loc) == "2:5");
  CHECK(en(escape.findings[0]).starts_with("YAML syntax error: found unknown escape character"));
}

TEST_CASE("an empty sequence item sits at its dash") {
  auto p = parse("a:\n  - \n  - x\n  -\nb: 1\n");
  CHECK(p.findings.empty());
  NodeId a = value_of(p.tree, "a");
  REQUIRE(p.tree.at(a).child_count == 3);
  NodeId first = p.tree.at(a).first_child;
  CHECK(p.tree.is_null(first));
  CHECK(where(p.tree.location(first)) == "2:3");
  NodeId third = p.tree.at(p.tree.at(first).next_sibling).next_sibling;
  CHECK(p.tree.is_null(third));
  CHECK(where(p.tree.location(third)) == "4:3");
  // A document of a lone `---` has a null root; `- -` items are not dashes of their own.
  auto doc = parse("---\n");
  CHECK(doc.findings.empty());
  CHECK(doc.tree.root != kNoNode);
  CHECK(doc.tree.is_null(doc.tree.root));
}

TEST_CASE("tags make text, a plain empty scalar or a null word is null") {
  auto p = parse("a: !!str 12\nb: !!str\nc: ! x\nd: \"\"\ne: !!int 3\n");
  CHECK(p.findings.empty());
  CHECK(p.tree.at(value_of(p.tree, "a")).quoted);
  CHECK(p.tree.text(value_of(p.tree, "a")) == "12");
  CHECK(p.tree.is_scalar(value_of(p.tree, "b")));
  CHECK(p.tree.text(value_of(p.tree, "b")).empty());
  CHECK(p.tree.at(value_of(p.tree, "c")).quoted);
  CHECK(p.tree.is_scalar(value_of(p.tree, "d")));
  CHECK(p.tree.at(value_of(p.tree, "e")).quoted);
}

TEST_CASE("an alias without its anchor is refused as an alias") {
  auto p = parse("a: *nope\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].message_key == "KAP-S001.alias");
  CHECK(where(p.findings[0].loc) == "1:4");
}

TEST_CASE("a bare carriage return is refused where it stands") {
  auto p = parse("kaplan: 1\rplan:\r  id: x\r");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "1:10");
  CHECK(en(p.findings[0]) == "a carriage return without a line feed: kaplan reads LF or CRLF "
                             "line ends; save the file with one of them");
  CHECK(p.tree.partial);
  auto last = parse("a: 1\r\nb: 2\r");
  REQUIRE(last.findings.size() == 1);
  CHECK(where(last.findings[0].loc) == "2:5");
}

TEST_CASE("raw NEL, line and paragraph separators are refused, their escapes are fine") {
  auto ls = parse("a: x\xE2\x80\xA8y\n");
  REQUIRE(ls.findings.size() == 1);
  CHECK(where(ls.findings[0].loc) == "1:5");
  CHECK(en(ls.findings[0]) == "the character U+2028 is a line break to some YAML readers and "
                              "text to others; write it as `\\u2028` inside double quotes");
  auto nel = parse("a: x\xC2\x85y\n");
  REQUIRE(nel.findings.size() == 1);
  CHECK(nel.findings[0].message_key == "KAP-S001.separator");
  auto escaped = parse("a: \"x\\u2028y\\Lz\"\n");
  CHECK(escaped.findings.empty());
  CHECK(escaped.tree.text(value_of(escaped.tree, "a")) == "x\xE2\x80\xA8y\xE2\x80\xA8z");
}

TEST_CASE("the noncharacters U+FFFE and U+FFFF are refused at their place") {
  auto p = parse("a: 1\nb: \xEF\xBF\xBE\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].rule == "KAP-S001");
  CHECK(where(p.findings[0].loc) == "2:4");
  CHECK(en(p.findings[0]) == "YAML syntax error: control characters are not allowed");
}

TEST_CASE("tabs on blank lines and before a comment line are read as spaces") {
  auto p = parse("a: 1\n\t\n  \t# note\nb:\n  - x\n\t\nc: \"t\tab\"\n");
  CHECK(p.findings.empty());
  CHECK(p.tree.text(value_of(p.tree, "a")) == "1");
  NodeId b = value_of(p.tree, "b");
  CHECK(where(p.tree.location(p.tree.at(b).first_child)) == "5:5");
  CHECK(p.tree.text(value_of(p.tree, "c")) == "t\tab"); // a tab inside text stays
  // A tab used as indentation is still an error, at its place.
  auto indent = parse("a:\n\tb: 1\n");
  REQUIRE(indent.findings.size() == 1);
  CHECK(where(indent.findings[0].loc) == "2:1");
}

TEST_CASE("a %YAML 1.1 or 1.2 directive is accepted, another version refused") {
  CHECK(parse("%YAML 1.2\n---\na: 1\n").findings.empty());
  CHECK(parse("%YAML 1.1\n---\na: 1\n").findings.empty());
  auto two = parse("%YAML 2.0\n---\na: 1\n");
  REQUIRE(two.findings.size() == 1);
  CHECK(where(two.findings[0].loc) == "1:1");
  CHECK(en(two.findings[0]) == "YAML syntax error: found incompatible YAML document");
}

TEST_CASE("a third document is not read: the finding stays at the second") {
  auto p = parse("a: 1\n---\nb: 2\n---\nc: [\n");
  REQUIRE(p.findings.size() == 1);
  CHECK(p.findings[0].message_key == "KAP-S001.documents");
  CHECK(where(p.findings[0].loc) == "2:1");
  auto after_end = parse("a: 1\n...\nb\n");
  REQUIRE(after_end.findings.size() == 1);
  CHECK(after_end.findings[0].message_key == "KAP-S001.documents");
}

TEST_CASE("the value limit stops the reading at the first value past it") {
  ParseLimits limits;
  limits.max_nodes = 5;
  std::vector<Finding> findings;
  YamlTree t = parse_yaml("a: 1\nb: 2\nc: 3\n", 0, findings, limits);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message_key == "KAP-S001.nodes");
  CHECK(where(findings[0].loc) == "3:1");
  CHECK(t.nodes.size() == 5);
  CHECK(t.partial);
}

} // namespace unit_load_yaml_tree
