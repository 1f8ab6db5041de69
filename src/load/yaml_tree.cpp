// SPDX-License-Identifier: MIT
#include "kaplan/load/yaml_tree.hpp"

#include "kaplan/util/text.hpp"
#include "load/zh_keyboard.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>
#include <streambuf>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace kaplan {
namespace {

// Reads a buffer we already hold without copying it into a stringstream.
class MemoryBuffer : public std::streambuf {
public:
  explicit MemoryBuffer(std::string_view s) {
    char* p = const_cast<char*>(s.data()); // streambuf wants char*; we never write
    setg(p, p, p + s.size());
  }
};

// Thrown from the event handler to stop yaml-cpp when nesting is too deep: its own
// guard sits at 500 levels, far deeper than any plan, and needs a large stack.
struct DepthExceeded {
  YAML::Mark mark;
};

// Thrown when a file holds more values than ParseLimits::max_nodes.
struct TooManyNodes {
  YAML::Mark mark;
};

Location location_of(std::string_view buf, std::size_t offset, std::uint32_t file) {
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < buf.size(); ++i) {
    if (buf[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {file, line, static_cast<std::uint32_t>(offset - line_start + 1)};
}

// A syntax error on a line where a key was typed with `：` (or `:` and a full-width
// space) points at that mark and says what YAML needs.
void add_key_colon_hint(Finding& f, std::string_view buffer) {
  if (f.loc.line == 0) return;
  // yaml-cpp often reports the error on the line after the slip: look at both.
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::uint32_t n = 1; n <= f.loc.line && start <= buffer.size(); ++n) {
    std::size_t end = std::min(buffer.find('\n', start), buffer.size());
    if (n + 1 >= f.loc.line) lines.push_back(buffer.substr(start, end - start));
    start = end + 1;
  }
  for (std::size_t i = lines.size(); i-- > 0;) {
    std::string_view line = lines[i];
    auto slip = load::key_colon_slip(line);
    if (!slip) continue;
    f.loc.line -= static_cast<std::uint32_t>(lines.size() - 1 - i);
    f.loc.column = static_cast<std::uint32_t>(slip->offset + 1);
    // Only the mark is corrected: the value after it is the planner's text.
    std::size_t indent = std::min(line.find_first_not_of(" -"), slip->offset);
    std::size_t end = slip->offset + slip->mark.size();
    std::string fix = load::ascii_fix(line.substr(indent, end - indent));
    std::string_view rest = line.substr(end);
    if (!rest.starts_with(' ') && !fix.ends_with(' ')) fix += ' ';
    fix += rest;
    if (text::display_width(fix) > 40) fix = text::truncate_to_width(fix, 40);
    f.hint_key = std::string(slip->hint_key);
    f.hint_args = {arg("mark", slip->mark), arg("column", f.loc.column), arg("fix", fix)};
    return;
  }
}

Finding s001(Location loc, std::string key, std::vector<Arg> args = {}) {
  Finding f;
  f.rule = "KAP-S001";
  f.severity = Severity::error;
  f.loc = loc;
  f.message_key = std::move(key);
  f.args = std::move(args);
  return f;
}

// Finds bytes YAML forbids and yaml-cpp passes through: invalid UTF-8 and control
// characters other than tab, line feed and carriage return. Returns npos when clean.
std::size_t find_forbidden_byte(std::string_view buf, bool& is_utf8_error) {
  std::size_t bad = text::find_invalid_utf8(buf);
  std::size_t ctrl = std::string_view::npos;
  for (std::size_t i = 0; i < buf.size() && i < bad; ++i) {
    auto c = static_cast<unsigned char>(buf[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      ctrl = i;
      break;
    }
    // C1 controls U+0080..U+009F (but NEL U+0085 is a YAML line break) are C2 80..C2 9F.
    if (c == 0xc2 && i + 1 < buf.size()) {
      auto d = static_cast<unsigned char>(buf[i + 1]);
      if (d >= 0x80 && d <= 0x9f && d != 0x85) {
        ctrl = i;
        break;
      }
    }
  }
  is_utf8_error = bad < ctrl;
  return std::min(bad, ctrl);
}

bool is_null_word(std::string_view v) {
  return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

class TreeBuilder : public YAML::EventHandler {
public:
  TreeBuilder(YamlTree& tree, std::string_view buf, std::vector<Finding>& findings,
              const ParseLimits& limits)
      : tree_(tree), buf_(buf), findings_(findings), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark& mark) override { doc_start_ = loc(mark); }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { add(NodeKind::null, mark); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    // Aliases would let a small file expand exponentially for any walker: refused.
    // Only the first is reported: a hostile file can hold millions of them.
    if (!tree_.partial) findings_.push_back(s001(loc(mark), "KAP-S001.alias"));
    tree_.partial = true;
    add(NodeKind::null, mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    bool plain = tag == "?";
    if (plain && is_null_word(value)) {
      add(NodeKind::null, mark);
      return;
    }
    NodeId id = add(NodeKind::scalar, mark);
    auto& n = tree_.nodes[id];
    n.quoted = !plain;
    n.text_offset = static_cast<std::uint32_t>(tree_.pool.size());
    n.text_size = static_cast<std::uint32_t>(value.size());
    tree_.pool += value;
    if (!plain) check_closed_quote(mark);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::sequence, mark);
  }
  void OnSequenceEnd() override { stack_.pop_back(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(NodeKind::mapping, mark);
  }
  void OnMapEnd() override {
    check_duplicate_keys(stack_.back().node);
    stack_.pop_back();
  }

  // Where the (last) document began, for "more than one document".
  Location document_start() const { return doc_start_; }

private:
  struct Open {
    NodeId node;
    NodeId last_child;
  };

  Location loc(const YAML::Mark& m) const {
    return {tree_.file, static_cast<std::uint32_t>(m.line + 1),
            static_cast<std::uint32_t>(m.column + 1)};
  }

  NodeId add(NodeKind kind, const YAML::Mark& mark) {
    auto id = static_cast<NodeId>(tree_.nodes.size());
    YamlNode n;
    n.kind = kind;
    n.line = static_cast<std::uint32_t>(mark.line + 1);
    n.column = static_cast<std::uint32_t>(mark.column + 1);
    if (stack_.empty()) {
      if (tree_.root == kNoNode) tree_.root = id;
    } else {
      auto& top = stack_.back();
      auto& parent = tree_.nodes[top.node];
      bool is_map_value = parent.kind == NodeKind::mapping && parent.child_count % 2 == 1;
      if (kind == NodeKind::null && is_map_value) {
        // yaml-cpp marks an empty value with the next token; the key is the honest place.
        n.line = tree_.nodes[top.last_child].line;
        n.column = tree_.nodes[top.last_child].column;
      }
      if (top.last_child == kNoNode)
        parent.first_child = id;
      else
        tree_.nodes[top.last_child].next_sibling = id;
      ++parent.child_count;
      top.last_child = id;
    }
    if (tree_.nodes.size() >= limits_.max_nodes) throw TooManyNodes{mark};
    tree_.nodes.push_back(n);
    return id;
  }

  void open(NodeKind kind, const YAML::Mark& mark) {
    if (stack_.size() >= limits_.max_depth) throw DepthExceeded{mark};
    NodeId id = add(kind, mark);
    stack_.push_back({id, kNoNode});
  }

  // yaml-cpp 0.7 lets an unterminated quoted scalar swallow the rest of the file.
  void check_closed_quote(const YAML::Mark& mark) {
    auto pos = static_cast<std::size_t>(mark.pos);
    if (pos >= buf_.size()) return;
    char q = buf_[pos];
    if (q != '"' && q != '\'') return;
    for (std::size_t i = pos + 1; i < buf_.size(); ++i) {
      if (q == '"' && buf_[i] == '\\') {
        ++i;
        continue;
      }
      if (buf_[i] == q) {
        if (q == '\'' && i + 1 < buf_.size() && buf_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return;
      }
    }
    findings_.push_back(s001(loc(mark), "KAP-S001.unterminated"));
    tree_.partial = true;
  }

  void check_duplicate_keys(NodeId map) {
    std::vector<NodeId> keys;
    for_each_pair(tree_, map, [&](NodeId k, NodeId) {
      if (tree_.nodes[k].kind == NodeKind::scalar) keys.push_back(k);
    });
    if (keys.size() < 2) return;
    // Stable sort by text keeps the first occurrence first; adjacent equal texts are
    // duplicates. O(k log k) per mapping, so a hostile huge mapping stays cheap.
    std::stable_sort(keys.begin(), keys.end(),
                     [&](NodeId a, NodeId b) { return tree_.text(a) < tree_.text(b); });
    std::size_t first = 0;
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (tree_.text(keys[i]) != tree_.text(keys[first])) {
        first = i;
        continue;
      }
      // A hostile file of repeated keys must not turn into millions of findings.
      if (++tree_.duplicate_keys > kMaxFindingsPerFile) continue;
      Finding f;
      f.rule = "KAP-S010";
      f.severity = Severity::error;
      f.loc = tree_.location(keys[i]);
      f.message_key = "KAP-S010";
      f.args = {arg("key", tree_.text(keys[i]))};
      f.related.push_back({tree_.location(keys[first]), "note.first-here", {}});
      findings_.push_back(std::move(f));
    }
  }

  YamlTree& tree_;
  std::string_view buf_;
  std::vector<Finding>& findings_;
  const ParseLimits& limits_;
  std::vector<Open> stack_;
  Location doc_start_;
};

} // namespace

YamlTree parse_yaml(std::string_view buffer, std::uint32_t file, std::vector<Finding>& findings,
                    const ParseLimits& limits) {
  YamlTree tree;
  tree.file = file;
  // A UTF-8 byte order mark is accepted and invisible: columns start after it.
  if (buffer.substr(0, 3) == "\xEF\xBB\xBF") buffer.remove_prefix(3);

  bool utf8_error = false;
  std::size_t bad = find_forbidden_byte(buffer, utf8_error);
  if (bad != std::string_view::npos) {
    auto byte = static_cast<unsigned char>(buffer[bad]);
    findings.push_back(s001(location_of(buffer, bad, file),
                            utf8_error ? "KAP-S001.utf8" : "KAP-S001.control",
                            {arg("byte", fmt::format("0x{:02X}", byte))}));
    tree.partial = true;
    return tree;
  }

  tree.nodes.reserve(buffer.size() / 8 + 16);
  tree.pool.reserve(buffer.size() / 2 + 16);
  MemoryBuffer mem(buffer);
  std::istream in(&mem);
  TreeBuilder builder(tree, buffer, findings, limits);
  try {
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(builder)) {
      // yaml-cpp's loaders ignore whatever follows the first document; we refuse it.
      YamlTree scratch;
      std::vector<Finding> ignored;
      TreeBuilder rest(scratch, buffer, ignored, limits);
      bool more = false;
      try {
        more = parser.HandleNextDocument(rest);
      } catch (const YAML::Exception&) {
        more = true;
      } catch (const DepthExceeded&) {
        more = true;
      } catch (const TooManyNodes&) {
        more = true;
      }
      if (more) {
        Location l = rest.document_start();
        l.file = file;
        findings.push_back(s001(l, "KAP-S001.documents"));
      }
    }
  } catch (const TooManyNodes& e) {
    tree.partial = true;
    findings.push_back(s001({file, static_cast<std::uint32_t>(e.mark.line + 1),
                             static_cast<std::uint32_t>(e.mark.column + 1)},
                            "KAP-S001.nodes", {arg("limit", limits.max_nodes)}));
  } catch (const DepthExceeded& e) {
    tree.partial = true;
    findings.push_back(s001({file, static_cast<std::uint32_t>(e.mark.line + 1),
                             static_cast<std::uint32_t>(e.mark.column + 1)},
                            "KAP-S001.depth", {arg("limit", limits.max_depth)}));
  } catch (const YAML::DeepRecursion& e) {
    tree.partial = true;
    findings.push_back(s001({file, static_cast<std::uint32_t>(e.mark.line + 1),
                             static_cast<std::uint32_t>(e.mark.column + 1)},
                            "KAP-S001.depth", {arg("limit", limits.max_depth)}));
  } catch (const YAML::Exception& e) {
    tree.partial = true;
    Location l{file, static_cast<std::uint32_t>(e.mark.line + 1),
               static_cast<std::uint32_t>(e.mark.column + 1)};
    if (e.mark.is_null()) l = location_of(buffer, buffer.size(), file);
    findings.push_back(s001(l, "KAP-S001.parse", {arg("detail", e.msg)}));
    add_key_colon_hint(findings.back(), buffer);
  }
  return tree;
}

} // namespace kaplan
