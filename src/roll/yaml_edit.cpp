// SPDX-License-Identifier: MIT
// Offsets come from the tree's 1-based line and byte column (the parser's marks); the
// ends of nodes, which the tree does not keep, are found by scanning the text with the few
// lexical rules that decide where a YAML scalar or flow collection stops.
#include "kaplan/roll/yaml_edit.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_break(char c) {
  return c == '\n' || c == '\r';
}
bool is_flow_indicator(char c) {
  return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

} // namespace

YamlEditor::YamlEditor(std::string_view text, const YamlTree& tree) : text_(text), tree_(tree) {
  // Columns on the first line count from after a byte order mark (see parse_yaml).
  line_starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  if (text.find("\r\n") != std::string_view::npos) newline_ = "\r\n";

  parent_.assign(tree.nodes.size(), kNoNode);
  in_flow_.assign(tree.nodes.size(), false);
  // Iterative walk: user files may nest up to the parser's depth limit.
  std::vector<NodeId> stack;
  if (tree.root != kNoNode) stack.push_back(tree.root);
  while (!stack.empty()) {
    NodeId n = stack.back();
    stack.pop_back();
    bool flow = in_flow_[n] || is_flow(n);
    for (NodeId c = tree.nodes[n].first_child; c != kNoNode; c = tree.nodes[c].next_sibling) {
      parent_[c] = n;
      in_flow_[c] = flow;
      stack.push_back(c);
    }
  }
}

std::size_t YamlEditor::begin(NodeId n) const {
  const auto& node = tree_.nodes[n];
  if (node.line == 0 || node.line > line_starts_.size()) return text_.size();
  return std::min(text_.size(), line_starts_[node.line - 1] + node.column - 1);
}

bool YamlEditor::is_flow(NodeId n) const {
  auto kind = tree_.nodes[n].kind;
  if (kind != NodeKind::mapping && kind != NodeKind::sequence) return false;
  std::size_t b = begin(n);
  return b < text_.size() && (text_[b] == '{' || text_[b] == '[');
}

std::size_t YamlEditor::end(NodeId n) const {
  // A block collection ends where its last child ends.
  while (tree_.nodes[n].first_child != kNoNode && !is_flow(n)) {
    NodeId last = tree_.nodes[n].first_child;
    while (tree_.nodes[last].next_sibling != kNoNode)
      last = tree_.nodes[last].next_sibling;
    n = last;
  }
  std::size_t b = begin(n);
  if (is_flow(n)) return flow_end(b);
  std::size_t e = scalar_end(b, in_flow_[n]);
  // A plain scalar continued on the next lines would be cut short: refuse to guess.
  char first = b < text_.size() ? text_[b] : '\0';
  bool plain = first != '"' && first != '\'' && first != '|' && first != '>';
  if (plain && tree_.nodes[n].kind == NodeKind::scalar && text_.substr(b, e - b) != tree_.text(n))
    fail(n, "a plain scalar continued over several lines");
  return e;
}

std::size_t YamlEditor::scalar_end(std::size_t pos, bool flow) const {
  const std::size_t size = text_.size();
  if (pos >= size) return size;
  char q = text_[pos];
  if (q == '"') {
    for (std::size_t i = pos + 1; i < size; ++i) {
      if (text_[i] == '\\')
        ++i;
      else if (text_[i] == '"')
        return i + 1;
    }
    return size;
  }
  if (q == '\'') {
    for (std::size_t i = pos + 1; i < size; ++i) {
      if (text_[i] != '\'') continue;
      if (i + 1 < size && text_[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
    return size;
  }
  if (q == '|' || q == '>') {
    // A block scalar: the lines indented deeper than the line of its indicator.
    std::size_t ls = line_start(pos);
    std::size_t indent = 0;
    while (ls + indent < size && text_[ls + indent] == ' ')
      ++indent;
    std::size_t last = line_end(pos);
    for (std::size_t l = last; l < size;) {
      std::size_t next = text_.find('\n', l);
      if (next == std::string_view::npos) break;
      l = next + 1;
      std::size_t i = l, spaces = 0;
      while (i < size && text_[i] == ' ') {
        ++i;
        ++spaces;
      }
      if (i >= size) break;
      if (is_break(text_[i])) continue; // blank lines belong while more follow
      if (spaces <= indent) break;
      last = line_end(l);
    }
    return last;
  }
  std::size_t last = pos;
  for (std::size_t i = pos; i < size; ++i) {
    char c = text_[i];
    if (is_break(c)) break;
    if (c == '#' && i > pos && is_blank(text_[i - 1])) break;
    if (c == ':') {
      char next = i + 1 < size ? text_[i + 1] : ' ';
      if (is_blank(next) || is_break(next) || (flow && is_flow_indicator(next))) break;
    }
    if (flow && is_flow_indicator(c)) break;
    if (!is_blank(c)) last = i + 1;
  }
  return last;
}

std::size_t YamlEditor::flow_end(std::size_t pos) const {
  const std::size_t size = text_.size();
  int depth = 0;
  for (std::size_t i = pos; i < size; ++i) {
    char c = text_[i];
    if (c == '"' || c == '\'') {
      i = scalar_end(i, true) - 1;
    } else if (c == '#' && i > pos && (is_blank(text_[i - 1]) || is_break(text_[i - 1]))) {
      i = line_end(i) - 1;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    }
  }
  return size;
}

std::size_t YamlEditor::line_start(std::size_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return it == line_starts_.begin() ? 0 : *(it - 1);
}

std::size_t YamlEditor::line_end(std::size_t pos) const {
  std::size_t i = pos;
  while (i < text_.size() && !is_break(text_[i]))
    ++i;
  return i;
}

std::size_t YamlEditor::after_colon(NodeId key) const {
  std::size_t i = end(key);
  while (i < text_.size() && is_blank(text_[i]))
    ++i;
  if (i >= text_.size() || text_[i] != ':') fail(key, "a key not followed by `:`");
  return i + 1;
}

void YamlEditor::fail(NodeId n, std::string_view what) const {
  throw EditError(fmt::format("line {}: cannot edit {}", tree_.nodes[n].line, what));
}

NodeId YamlEditor::key(NodeId map, std::string_view name) const {
  NodeId found = kNoNode;
  for_each_pair(tree_, map, [&](NodeId k, NodeId) {
    if (found == kNoNode && tree_.is_scalar(k) && tree_.text(k) == name) found = k;
  });
  return found;
}

NodeId YamlEditor::value(NodeId map, std::string_view name) const {
  NodeId k = key(map, name);
  return k == kNoNode ? kNoNode : tree_.nodes[k].next_sibling;
}

std::string YamlEditor::indent_of(NodeId n) const {
  return std::string(tree_.nodes[n].column > 0 ? tree_.nodes[n].column - 1 : 0, ' ');
}

void YamlEditor::add(std::size_t from, std::size_t to, std::string text) {
  edits_.push_back({from, to, std::move(text), edits_.size()});
}

void YamlEditor::replace_scalar(NodeId scalar, std::string text) {
  add(begin(scalar), end(scalar), std::move(text));
}

void YamlEditor::replace_value(NodeId key, NodeId value, std::string text) {
  std::size_t from = after_colon(key);
  std::size_t to = tree_.is_null(value) ? from : std::max(from, end(value));
  add(from, to, std::move(text));
}

void YamlEditor::insert_pair(NodeId map, NodeId after, std::string_view name,
                             std::string_view value) {
  NodeId next = kNoNode, last_value = kNoNode;
  bool take_next = false;
  for_each_pair(tree_, map, [&](NodeId k, NodeId v) {
    if (take_next && next == kNoNode) next = k;
    if (k == after) take_next = true;
    last_value = v;
  });
  std::string pair = fmt::format("{}: {}", name, value);
  if (is_flow(map)) {
    if (next != kNoNode) {
      add(begin(next), begin(next), pair + ", ");
    } else if (last_value != kNoNode) {
      add(end(last_value), end(last_value), ", " + pair);
    } else {
      add(begin(map) + 1, begin(map) + 1, pair);
    }
    return;
  }
  if (next != kNoNode) {
    add(begin(next), begin(next), pair + newline_ + indent_of(next));
    return;
  }
  std::size_t pos = line_end(end(last_value));
  add(pos, pos, newline_ + indent_of(map) + pair);
}

void YamlEditor::remove_item(NodeId seq, NodeId item) {
  std::size_t b = begin(item), e = end(item);
  if (is_flow(seq)) {
    remove_flow_entry(b, e);
    return;
  }
  std::size_t dash = b;
  while (dash > 0 && is_blank(text_[dash - 1]))
    --dash;
  if (dash == 0 || text_[dash - 1] != '-') fail(item, "a sequence item not on its `-` line");
  --dash;
  std::size_t from = line_start(dash);
  for (std::size_t i = from; i < dash; ++i)
    if (!is_blank(text_[i])) fail(item, "a sequence item sharing its line");
  remove_lines(from, e);
}

void YamlEditor::remove_pair(NodeId map, NodeId key) {
  const NodeId value = tree_.nodes[key].next_sibling;
  const std::size_t b = begin(key);
  const std::size_t e = value == kNoNode || tree_.is_null(value) ? end(key) : end(value);
  if (is_flow(map)) {
    remove_flow_entry(b, e);
    return;
  }
  std::size_t from = line_start(b);
  for (std::size_t i = from; i < b; ++i)
    if (!is_blank(text_[i])) fail(key, "a key sharing its line");
  remove_lines(from, e);
}

void YamlEditor::remove_flow_entry(std::size_t b, std::size_t e) {
  std::size_t i = e;
  while (i < text_.size() && (is_blank(text_[i]) || is_break(text_[i])))
    ++i;
  if (i < text_.size() && text_[i] == ',') {
    ++i;
    while (i < text_.size() && is_blank(text_[i]))
      ++i;
    add(b, i, "");
    return;
  }
  // The last entry: take the comma before it.
  std::size_t j = b;
  while (j > 0 && (is_blank(text_[j - 1]) || is_break(text_[j - 1])))
    --j;
  if (j > 0 && text_[j - 1] == ',') --j;
  add(j, e, "");
}

void YamlEditor::remove_lines(std::size_t from, std::size_t e) {
  std::size_t to = line_end(e);
  if (to < text_.size() && text_[to] == '\r') ++to;
  if (to < text_.size() && text_[to] == '\n') ++to;
  add(from, to, "");
}

void YamlEditor::replace_pair(NodeId key, NodeId value, std::string text) {
  std::size_t from = line_start(begin(key));
  for (std::size_t i = from; i < begin(key); ++i)
    if (!is_blank(text_[i])) fail(key, "a key sharing its line");
  std::size_t to = line_end(tree_.is_null(value) ? end(key) : end(value));
  add(from, to, std::move(text));
}

void YamlEditor::append(std::string_view text) {
  std::string out;
  if (!text_.empty() && text_.back() != '\n') out += newline_;
  out += text;
  add(text_.size(), text_.size(), std::move(out));
}

std::string YamlEditor::apply() const {
  std::vector<const Edit*> order;
  order.reserve(edits_.size());
  for (const auto& e : edits_)
    order.push_back(&e);
  std::sort(order.begin(), order.end(), [](const Edit* a, const Edit* b) {
    if (a->from != b->from) return a->from < b->from;
    if (a->to != b->to) return a->to < b->to; // insertions before a replacement there
    return a->order < b->order;
  });
  std::string out;
  out.reserve(text_.size() + 256);
  std::size_t at = 0;
  for (const Edit* e : order) {
    if (e->from < at) throw EditError(fmt::format("overlapping edits at byte {}", e->from));
    out.append(text_.substr(at, e->from - at));
    out += e->text;
    at = e->to;
  }
  out.append(text_.substr(at));
  return out;
}

} // namespace kaplan
