// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {

// How many findings one file may produce: past it the rest are counted, not kept, so a
// hostile file cannot exhaust memory with millions of findings.
inline constexpr std::uint32_t kMaxFindingsPerFile = 1000;

// Index of a node in a YamlTree; kNoNode marks "none".
using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xffffffffu;

// What a YAML node is.
enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping };

// One node of the compact tree: no per-node heap object, text lives in the tree's pool.
struct YamlNode {
  NodeKind kind = NodeKind::null;
  bool quoted = false;      // a quoted or block scalar: always text, never a number
  std::uint32_t line = 0;   // 1-based
  std::uint32_t column = 0; // 1-based, in bytes
  std::uint32_t text_offset = 0;
  std::uint32_t text_size = 0;
  NodeId first_child = kNoNode; // mappings: key, value, key, value, …
  NodeId next_sibling = kNoNode;
  std::uint32_t child_count = 0; // mappings count keys and values
};

// A YAML document as a compact tree of our own, built from libyaml's events.
// Building from events (not a parser's node graph) keeps memory near the file size and
// lets us see what a parser accepts silently: duplicate keys, aliases, deep nesting.
class YamlTree {
public:
  std::vector<YamlNode> nodes;
  std::string pool;
  NodeId root = kNoNode;
  std::uint32_t file = 0;
  // True when parsing stopped early or part of the text was refused (syntax error,
  // nesting, alias, unterminated quote): the tree is incomplete and reading it would
  // only add findings about what is missing because it could not be read.
  bool partial = false;
  std::uint32_t duplicate_keys = 0; // KAP-S010 occurrences, reported up to kMaxFindingsPerFile

  const YamlNode& at(NodeId id) const { return nodes[id]; }
  std::string_view text(NodeId id) const {
    const auto& n = nodes[id];
    return {pool.data() + n.text_offset, n.text_size};
  }
  Location location(NodeId id) const { return {file, nodes[id].line, nodes[id].column}; }
  bool is_scalar(NodeId id) const { return id != kNoNode && nodes[id].kind == NodeKind::scalar; }
  bool is_null(NodeId id) const { return id == kNoNode || nodes[id].kind == NodeKind::null; }
};

// Parse limits: applied before and while libyaml reads, so hostile input cannot
// exhaust memory (libyaml has no nesting limit of its own).
struct ParseLimits {
  std::uint32_t max_depth = 100;
  // Values (scalars, mappings, lists) in one file: 4 million keep its tree under 128 MiB
  // (a value is 32 bytes) whatever the file; a plan that big is split with `include:`.
  std::uint32_t max_nodes = 4'000'000;
};

// Parses one YAML document held in `buffer` into a tree. Problems become findings
// (KAP-S001 for unparsable text, invalid UTF-8, control characters, aliases (the
// first one only), extra documents, nesting, unterminated quotes, bare carriage
// returns, raw NEL/LS/PS; KAP-S010 for duplicate keys); the tree holds what could be
// read. An empty document gives a tree with root == kNoNode. A leading UTF-8 byte order
// mark is skipped: columns count from the character after it. Places are 1-based lines
// (ended by line feeds) and columns in UTF-8 bytes.
YamlTree parse_yaml(std::string_view buffer, std::uint32_t file, std::vector<Finding>& findings,
                    const ParseLimits& limits = {});

// Calls f(key_id, value_id) for each pair of a mapping node, in document order.
template <class F>
void for_each_pair(const YamlTree& tree, NodeId map, F&& f) {
  if (map == kNoNode || tree.nodes[map].kind != NodeKind::mapping) return;
  for (NodeId k = tree.nodes[map].first_child; k != kNoNode;) {
    NodeId v = tree.nodes[k].next_sibling;
    f(k, v);
    k = v == kNoNode ? kNoNode : tree.nodes[v].next_sibling;
  }
}

// Calls f(item_id) for each item of a sequence node, in document order.
template <class F>
void for_each_item(const YamlTree& tree, NodeId seq, F&& f) {
  if (seq == kNoNode || tree.nodes[seq].kind != NodeKind::sequence) return;
  for (NodeId i = tree.nodes[seq].first_child; i != kNoNode; i = tree.nodes[i].next_sibling)
    f(i);
}

} // namespace kaplan
