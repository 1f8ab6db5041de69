// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/yaml_tree.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Edits to a YAML file that keep every byte the edit does not touch: comments, key order,
// quoting, blank lines and the Chinese text around them. `rollforward` writes the next
// cycle's plan through it, so planners review a small diff, not a reformatted file.
namespace kaplan {

// An edit the file's layout does not allow (a multi-line plain scalar, a value on a line of
// its own after a lone `-`): the message names the line.
struct EditError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Collects edits against one file's text and its tree (parsed from that same text), then
// applies them all at once. Edits must not overlap; offsets refer to the original text.
class YamlEditor {
public:
  YamlEditor(std::string_view text, const YamlTree& tree);

  const YamlTree& tree() const { return tree_; }

  // Byte offset of a node's first character, and just past its last one (scalars without
  // a trailing comment; collections through their last child).
  std::size_t begin(NodeId n) const;
  std::size_t end(NodeId n) const;
  // The node's text exactly as written in the file.
  std::string_view source(NodeId n) const { return text_.substr(begin(n), end(n) - begin(n)); }
  // Whether a collection is written in flow style (`{…}`, `[…]`).
  bool is_flow(NodeId n) const;

  // The value of `key` in a mapping, and the key node itself; kNoNode when absent.
  NodeId value(NodeId map, std::string_view key) const;
  NodeId key(NodeId map, std::string_view key) const;

  // Replaces a scalar value with `text` (written as is: the caller quotes when needed).
  void replace_scalar(NodeId scalar, std::string text);
  // Replaces the value of the pair starting at `key` with `text`, which is written after
  // `key:` as is (start it with a space for a flow value or a newline for a block one).
  void replace_value(NodeId key, NodeId value, std::string text);
  // Adds `name: value` to a mapping, right after the pair whose key is `after` (kNoNode:
  // at the end), in the mapping's own style and indentation.
  void insert_pair(NodeId map, NodeId after, std::string_view name, std::string_view value);
  // Removes the items of a sequence for which keep(item) is false; a sequence left empty
  // becomes `[]` after its key (`key` is the sequence's key node in its mapping).
  template <class Keep>
  void filter_items(NodeId key, NodeId seq, Keep&& keep) {
    std::vector<NodeId> gone;
    std::size_t kept = 0;
    for_each_item(tree_, seq, [&](NodeId item) {
      if (keep(item))
        ++kept;
      else
        gone.push_back(item);
    });
    if (gone.empty()) return;
    if (kept == 0) {
      replace_value(key, seq, " []");
      return;
    }
    for (NodeId item : gone)
      remove_item(seq, item);
  }
  // Removes the pair starting at `key` from a mapping: in flow style with its comma, in
  // block style with its lines (the key must begin its line).
  void remove_pair(NodeId map, NodeId key);
  // Replaces the pair starting at `key` and everything up to the end of its value's last
  // line with `text` (a whole top-level section, say).
  void replace_pair(NodeId key, NodeId value, std::string text);
  // Appends `text` at the end of the file, on a line of its own.
  void append(std::string_view text);

  // The line end the file uses ("\r\n" or "\n"), for text the caller builds.
  std::string_view newline() const { return newline_; }
  // Spaces that indent the node's line up to its column.
  std::string indent_of(NodeId n) const;
  // Whether any edit was made.
  bool changed() const { return !edits_.empty(); }
  // The text with every edit applied. Throws EditError when two edits overlap.
  std::string apply() const;

private:
  struct Edit {
    std::size_t from, to;
    std::string text;
    std::size_t order;
  };
  void add(std::size_t from, std::size_t to, std::string text);
  void remove_item(NodeId seq, NodeId item);
  // Removes the entry [b, e) of a flow collection with the comma that separates it.
  void remove_flow_entry(std::size_t b, std::size_t e);
  // Removes the lines [line of b, end of e's line] of a block collection.
  void remove_lines(std::size_t from, std::size_t e);
  std::size_t scalar_end(std::size_t pos, bool flow) const;
  std::size_t flow_end(std::size_t pos) const;
  std::size_t line_start(std::size_t pos) const;
  std::size_t line_end(std::size_t pos) const; // the offset of the line's end (its \r or \n)
  std::size_t after_colon(NodeId key) const;
  [[noreturn]] void fail(NodeId n, std::string_view what) const;

  std::string_view text_;
  const YamlTree& tree_;
  std::vector<std::size_t> line_starts_;
  std::vector<NodeId> parent_;
  std::vector<bool> in_flow_; // the node sits inside a flow collection
  std::string newline_ = "\n";
  std::vector<Edit> edits_;
};

} // namespace kaplan
