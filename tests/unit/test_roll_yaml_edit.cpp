// SPDX-License-Identifier: MIT
#include "kaplan/roll/yaml_edit.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

namespace unit_roll_yaml_edit {

using namespace kaplan;

namespace {

// A text, its tree and an editor over both (the editor keeps references to the first two).
struct Doc {
  std::string text;
  std::vector<Finding> findings;
  YamlTree tree;
  YamlEditor ed;
  explicit Doc(std::string t)
      : text(std::move(t)), tree(parse_yaml(text, 0, findings)), ed(text, tree) {}
  NodeId at(std::initializer_list<std::string_view> path) const {
    NodeId n = tree.root;
    for (auto key : path)
      n = ed.value(n, key);
    return n;
  }
  NodeId item(NodeId seq, std::size_t i) const {
    NodeId n = tree.nodes[seq].first_child;
    while (i-- > 0)
      n = tree.nodes[n].next_sibling;
    return n;
  }
};

} // namespace

TEST_CASE("node ends: plain, quoted, flow and block, with Chinese before them") {
  Doc d("a: {名称: 张伟, b: 'x''y', c: \"q\\\"r\"}  # 注释\n"
        "list:\n  - 1\n  - [2, {k: 3}]\n"
        "tail: 42 # c\n");
  NodeId a = d.at({"a"});
  CHECK(d.ed.is_flow(a));
  CHECK(d.ed.source(a) == "{名称: 张伟, b: 'x''y', c: \"q\\\"r\"}");
  CHECK(d.ed.source(d.ed.value(a, "名称")) == "张伟");
  CHECK(d.ed.source(d.ed.value(a, "b")) == "'x''y'");
  CHECK(d.ed.source(d.ed.value(a, "c")) == "\"q\\\"r\"");
  NodeId list = d.at({"list"});
  CHECK_FALSE(d.ed.is_flow(list));
  CHECK(d.ed.source(list) == "- 1\n  - [2, {k: 3}]");
  CHECK(d.ed.source(d.at({"tail"})) == "42");
}

TEST_CASE("replacing scalars and values keeps every other byte") {
  Doc d("# 头注释\nplan:\n  id: ka-2027   # 规划编号\n  cycle: 2027\n"
        "targets: {2027: 1, 2028: 2}\n");
  d.ed.replace_scalar(d.at({"plan", "id"}), "ka-2028");
  d.ed.replace_scalar(d.at({"plan", "cycle"}), "2028");
  d.ed.replace_value(d.ed.key(d.tree.root, "targets"), d.at({"targets"}), " {2028: 2, 2029: 3}");
  CHECK(d.ed.apply() == "# 头注释\nplan:\n  id: ka-2028   # 规划编号\n  cycle: 2028\n"
                        "targets: {2028: 2, 2029: 3}\n");
}

TEST_CASE("a pair is inserted in the mapping's own style and indentation") {
  SUBCASE("block, after a key and at the end") {
    Doc d("items:\n  - id: a\n    name: 甲\n  - id: b\n");
    NodeId first = d.item(d.at({"items"}), 0);
    d.ed.insert_pair(first, d.ed.key(first, "id"), "x-carried", "{plan: p}");
    NodeId second = d.item(d.at({"items"}), 1);
    d.ed.insert_pair(second, kNoNode, "baseline", "5");
    CHECK(
        d.ed.apply() ==
        "items:\n  - id: a\n    x-carried: {plan: p}\n    name: 甲\n  - id: b\n    baseline: 5\n");
  }
  SUBCASE("flow, in the middle and at the end") {
    Doc d("k: {id: a, name: 甲}\n");
    NodeId m = d.at({"k"});
    d.ed.insert_pair(m, d.ed.key(m, "id"), "x", "1");
    d.ed.insert_pair(m, kNoNode, "y", "2");
    CHECK(d.ed.apply() == "k: {id: a, x: 1, name: 甲, y: 2}\n");
  }
}

TEST_CASE("items are removed whole, comments of other items kept, an emptied list becomes []") {
  Doc d("actions:\n  # 第一项\n  - id: a\n    title: 甲\n  - id: b   # 乙\n    title: 乙\n"
        "  - {id: c}\n"
        "deps: [a, b, c]\n"
        "gone:\n  - x\n  - y\n");
  auto keep_b = [&](NodeId item) {
    NodeId id = d.tree.at(item).kind == NodeKind::mapping ? d.ed.value(item, "id") : item;
    return d.tree.text(id) == "b";
  };
  d.ed.filter_items(d.ed.key(d.tree.root, "actions"), d.at({"actions"}), keep_b);
  d.ed.filter_items(d.ed.key(d.tree.root, "deps"), d.at({"deps"}), keep_b);
  d.ed.filter_items(d.ed.key(d.tree.root, "gone"), d.at({"gone"}), [](NodeId) { return false; });
  CHECK(d.ed.apply() == "actions:\n  # 第一项\n  - id: b   # 乙\n    title: 乙\n"
                        "deps: [b]\n"
                        "gone: []\n");
}

TEST_CASE("a pair is removed with its comma or its lines, every other byte kept") {
  SUBCASE("flow: in the middle, and last") {
    Doc d("a: {id: k, x-forecast: {year: 2027}, name: 甲}\nb: {id: m, x-forecast: [1]}\n");
    NodeId a = d.at({"a"}), b = d.at({"b"});
    d.ed.remove_pair(a, d.ed.key(a, "x-forecast"));
    d.ed.remove_pair(b, d.ed.key(b, "x-forecast"));
    CHECK(d.ed.apply() == "a: {id: k, name: 甲}\nb: {id: m}\n");
  }
  SUBCASE("block: the whole line, comments around it kept") {
    Doc d("kpis:\n  - id: k\n    baseline: 5\n    x-forecast: {year: 2027}  # 预测\n"
          "    # 目标\n    targets: {2028: 6}\n");
    NodeId k = d.item(d.at({"kpis"}), 0);
    d.ed.remove_pair(k, d.ed.key(k, "x-forecast"));
    CHECK(d.ed.apply() ==
          "kpis:\n  - id: k\n    baseline: 5\n    # 目标\n    targets: {2028: 6}\n");
  }
}

TEST_CASE("CRLF files get CRLF in what is added, and a BOM does not shift columns") {
  Doc d("\xEF\xBB\xBFplan:\r\n  id: a\r\n  cycle: 2027\r\n");
  CHECK(d.ed.newline() == "\r\n");
  NodeId plan = d.at({"plan"});
  d.ed.replace_scalar(d.ed.value(plan, "cycle"), "2028");
  d.ed.insert_pair(plan, kNoNode, "previous", "old.yaml");
  CHECK(d.ed.apply() ==
        "\xEF\xBB\xBFplan:\r\n  id: a\r\n  cycle: 2028\r\n  previous: old.yaml\r\n");
}

TEST_CASE("a whole section is replaced, or appended when absent") {
  Doc d("kaplan: 1\nreview:\n  plan: old\n  kpis: []\nafter: 1\n");
  d.ed.replace_pair(d.ed.key(d.tree.root, "review"), d.at({"review"}), "review:\n  plan: new");
  CHECK(d.ed.apply() == "kaplan: 1\nreview:\n  plan: new\nafter: 1\n");
  Doc e("kaplan: 1");
  e.ed.append("review: {}\n");
  CHECK(e.ed.apply() == "kaplan: 1\nreview: {}\n");
}

TEST_CASE("layouts the editor cannot follow are refused, not guessed") {
  Doc d("title: a plain title\n  continued here\nn: 1\n");
  CHECK_THROWS_AS(d.ed.end(d.at({"title"})), EditError);
  Doc e("k: 1\n");
  e.ed.replace_scalar(e.at({"k"}), "2");
  e.ed.replace_scalar(e.at({"k"}), "3");
  CHECK_THROWS_AS(e.ed.apply(), EditError);
}

} // namespace unit_roll_yaml_edit
