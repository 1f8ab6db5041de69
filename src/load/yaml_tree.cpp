// SPDX-License-Identifier: MIT
#include "kaplan/load/yaml_tree.hpp"

#include "kaplan/util/text.hpp"
#include "load/zh_keyboard.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <yaml.h>

namespace kaplan {
namespace {

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
  // The parser often reports the error on the line after the slip: look at both.
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

// What the first forbidden byte of a file is.
enum class Forbidden : std::uint8_t { utf8, control, bare_cr, separator };

// Finds bytes kaplan refuses before parsing: invalid UTF-8, control characters other
// than tab, line feed and carriage return, and a carriage return not followed by a line
// feed (classic Mac OS line ends: libyaml would read them as line breaks, while every
// place kaplan reports counts lines by line feeds). Returns npos when clean.
std::size_t find_forbidden_byte(std::string_view buf, Forbidden& kind) {
  std::size_t bad = text::find_invalid_utf8(buf);
  kind = Forbidden::utf8;
  for (std::size_t i = 0; i < buf.size() && i < bad; ++i) {
    auto c = static_cast<unsigned char>(buf[i]);
    if (c == '\r' && (i + 1 == buf.size() || buf[i + 1] != '\n')) {
      kind = Forbidden::bare_cr;
      return i;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      kind = Forbidden::control;
      return i;
    }
    // C1 controls U+0080..U+009F are C2 80..C2 9F. NEL (U+0085), LS (U+2028) and PS
    // (U+2029) are line breaks to YAML 1.1 (libyaml) and text to YAML 1.2: a value
    // holding one would silently change, so they are refused (escapes are fine).
    if (c == 0xc2 && i + 1 < buf.size()) {
      auto d = static_cast<unsigned char>(buf[i + 1]);
      if (d >= 0x80 && d <= 0x9f) {
        kind = d == 0x85 ? Forbidden::separator : Forbidden::control;
        return i;
      }
    }
    if (c == 0xe2 && i + 2 < buf.size() && buf[i + 1] == '\x80' &&
        (buf[i + 2] == '\xa8' || buf[i + 2] == '\xa9')) {
      kind = Forbidden::separator;
      return i;
    }
  }
  return bad;
}

bool is_null_word(std::string_view v) {
  return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// libyaml counts a mark's `index` in characters from the start of its input; kaplan's
// places are 1-based lines ended by '\n' and columns in UTF-8 bytes (what yaml-cpp, the
// parser before, reported). Marks come in document order, so one forward cursor turns
// every mark into a place in linear time; a mark behind the cursor (only an error's
// context) starts it again from the top.
class Places {
public:
  Places(std::string_view buf, std::uint32_t file) : buf_(buf), file_(file) {}

  // The byte offset of the character `index`, or the buffer's size past its end.
  std::size_t offset(std::size_t index) {
    if (index < chars_) {
      chars_ = 0;
      byte_ = 0;
      line_ = 1;
      line_start_ = 0;
    }
    while (chars_ < index && byte_ < buf_.size()) {
      auto c = static_cast<unsigned char>(buf_[byte_]);
      if (c == '\n') {
        ++line_;
        line_start_ = byte_ + 1;
      }
      byte_ += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4; // the text is valid UTF-8
      ++chars_;
    }
    byte_ = std::min(byte_, buf_.size());
    return byte_;
  }

  // Whether the last place given follows a `-`: libyaml places an empty sequence item
  // just after its dash, kaplan at the dash.
  bool after_dash() const { return byte_ > 0 && buf_[byte_ - 1] == '-'; }

  Location at(const yaml_mark_t& mark) {
    offset(mark.index);
    return {file_, line_, static_cast<std::uint32_t>(byte_ - line_start_ + 1)};
  }

private:
  std::string_view buf_;
  std::uint32_t file_;
  std::size_t chars_ = 0;
  std::size_t byte_ = 0;
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
};

// Why the builder stopped before the end of the stream.
enum class Stop : std::uint8_t { none, depth, nodes };

class TreeBuilder {
public:
  TreeBuilder(YamlTree& tree, std::vector<Finding>& findings, const ParseLimits& limits,
              Places& places)
      : tree_(tree), findings_(findings), limits_(limits), places_(places) {}

  // Takes one event of the first document; returns false to stop reading (a limit).
  bool on(const yaml_event_t& e) {
    switch (e.type) {
    case YAML_ALIAS_EVENT:
      // Aliases would let a small file expand exponentially for any walker: refused.
      // Only the first is reported: a hostile file can hold millions of them.
      if (!tree_.partial) findings_.push_back(s001(places_.at(e.start_mark), "KAP-S001.alias"));
      tree_.partial = true;
      return add(NodeKind::null, places_.at(e.start_mark)) != kNoNode;
    case YAML_SCALAR_EVENT:
      return on_scalar(e);
    case YAML_SEQUENCE_START_EVENT:
      return open(NodeKind::sequence, e.start_mark);
    case YAML_MAPPING_START_EVENT:
      return open(NodeKind::mapping, e.start_mark);
    case YAML_SEQUENCE_END_EVENT:
      stack_.pop_back();
      return true;
    case YAML_MAPPING_END_EVENT:
      check_duplicate_keys(stack_.back().node);
      stack_.pop_back();
      return true;
    default:
      return true;
    }
  }

  Stop stopped() const { return stop_; }
  Location stop_place() const { return stop_place_; }

private:
  struct Open {
    NodeId node;
    NodeId last_child;
  };

  bool on_scalar(const yaml_event_t& e) {
    const auto& s = e.data.scalar;
    // Untagged plain text is resolved by the core schema; a tag, quotes or a block
    // scalar (`|`, `>`) make it text whatever it says.
    bool plain = s.tag == nullptr && s.style == YAML_PLAIN_SCALAR_STYLE;
    std::string_view value(reinterpret_cast<const char*>(s.value), s.length);
    Location at = places_.at(e.start_mark);
    if (plain && value.empty() && places_.after_dash()) --at.column; // `-` with no item
    if (plain && (value.empty() || is_null_word(value))) return add(NodeKind::null, at) != kNoNode;
    NodeId id = add(NodeKind::scalar, at);
    if (id == kNoNode) return false;
    auto& n = tree_.nodes[id];
    n.quoted = !plain;
    n.text_offset = static_cast<std::uint32_t>(tree_.pool.size());
    n.text_size = static_cast<std::uint32_t>(value.size());
    tree_.pool += value;
    return true;
  }

  NodeId add(NodeKind kind, Location at) {
    if (tree_.nodes.size() >= limits_.max_nodes) {
      stop_ = Stop::nodes;
      stop_place_ = at;
      return kNoNode;
    }
    auto id = static_cast<NodeId>(tree_.nodes.size());
    YamlNode n;
    n.kind = kind;
    n.line = at.line;
    n.column = at.column;
    if (stack_.empty()) {
      if (tree_.root == kNoNode) tree_.root = id;
    } else {
      auto& top = stack_.back();
      auto& parent = tree_.nodes[top.node];
      bool is_map_value = parent.kind == NodeKind::mapping && parent.child_count % 2 == 1;
      if (kind == NodeKind::null && is_map_value) {
        // An empty value has no text of its own; the key is the honest place.
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
    tree_.nodes.push_back(n);
    return id;
  }

  // libyaml keeps its own stacks on the heap and has no depth limit: ours stops the
  // reading at the 101st open collection.
  bool open(NodeKind kind, const yaml_mark_t& mark) {
    if (stack_.size() >= limits_.max_depth) {
      stop_ = Stop::depth;
      stop_place_ = places_.at(mark);
      return false;
    }
    NodeId id = add(kind, places_.at(mark));
    if (id == kNoNode) return false;
    stack_.push_back({id, kNoNode});
    return true;
  }

  void check_duplicate_keys(NodeId map) {
    std::vector<NodeId>& keys = keys_;
    keys.clear();
    for_each_pair(tree_, map, [&](NodeId k, NodeId) {
      if (tree_.nodes[k].kind == NodeKind::scalar) keys.push_back(k);
    });
    if (keys.size() < 2) return;
    if (keys.size() <= kFewKeys && !any_equal(keys)) return; // the usual case, without sorting
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

  // Up to this many keys, a mapping is searched for a repeated key pair by pair.
  static constexpr std::size_t kFewKeys = 16;

  bool any_equal(const std::vector<NodeId>& keys) const {
    for (std::size_t i = 1; i < keys.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (tree_.text(keys[i]) == tree_.text(keys[j])) return true;
    return false;
  }

  YamlTree& tree_;
  std::vector<Finding>& findings_;
  const ParseLimits& limits_;
  Places& places_;
  std::vector<Open> stack_;
  Stop stop_ = Stop::none;
  Location stop_place_;
  std::vector<NodeId> keys_; // check_duplicate_keys's, kept between mappings
};

// One libyaml parser over a buffer, released however the parse ends.
class Parser {
public:
  explicit Parser(std::string_view buf) {
    ok_ = yaml_parser_initialize(&p_) != 0;
    if (!ok_) return;
    yaml_parser_set_input_string(&p_, reinterpret_cast<const unsigned char*>(buf.data()),
                                 buf.size());
    yaml_parser_set_encoding(&p_, YAML_UTF8_ENCODING);
  }
  ~Parser() {
    if (has_event_) yaml_event_delete(&event_);
    if (ok_) yaml_parser_delete(&p_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // The next event, or nullptr on an error (see error()).
  const yaml_event_t* next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = ok_ && yaml_parser_parse(&p_, &event_) != 0;
    return has_event_ ? &event_ : nullptr;
  }
  const yaml_parser_t& state() const { return p_; }
  bool initialized() const { return ok_; }

private:
  yaml_parser_t p_{};
  yaml_event_t event_{};
  bool ok_ = false;
  bool has_event_ = false;
};

// The finding for libyaml's error: its problem (and context, with the place where that
// began) as the detail, at the problem's place. A quoted scalar that runs to the end
// of the file is "never closed", at its opening quote.
Finding syntax_error(const yaml_parser_t& p, std::string_view buf, std::uint32_t file,
                     Places& places) {
  std::string problem = p.problem ? p.problem : "unknown error";
  std::string context = p.context ? p.context : "";
  if (p.error == YAML_MEMORY_ERROR) problem = "out of memory";
  if (p.error == YAML_READER_ERROR)
    return s001(location_of(buf, p.problem_offset, file), "KAP-S001.parse",
                {arg("detail", problem)});
  if (p.error != YAML_SCANNER_ERROR && p.error != YAML_PARSER_ERROR)
    return s001(location_of(buf, buf.size(), file), "KAP-S001.parse", {arg("detail", problem)});
  if (context == "while scanning a quoted scalar" && problem == "found unexpected end of stream")
    return s001(places.at(p.context_mark), "KAP-S001.unterminated");
  std::string detail = problem;
  if (!context.empty()) {
    Location c = places.at(p.context_mark);
    detail += fmt::format(" ({} from line {}, column {})", context, c.line, c.column);
  }
  return s001(places.at(p.problem_mark), "KAP-S001.parse", {arg("detail", detail)});
}

// Whether libyaml stopped at a tab it takes for indentation.
bool tab_error(const yaml_parser_t& p, std::string_view buf, Places& places) {
  if (p.error != YAML_SCANNER_ERROR || p.problem == nullptr) return false;
  std::string_view problem(p.problem);
  if (problem != "found character that cannot start any token" &&
      problem != "found a tab character that violates indentation")
    return false;
  std::size_t at = places.offset(p.problem_mark.index);
  return at < buf.size() && buf[at] == '\t';
}

// The text with each tab before the end of a blank line or before a comment that fills
// its line turned into a space.
std::string blank_tabs_to_spaces(std::string_view buf) {
  std::string out(buf);
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t i = start;
    while (i < out.size() && (out[i] == ' ' || out[i] == '\t'))
      ++i;
    if (i == out.size() || out[i] == '\n' || out[i] == '\r' || out[i] == '#')
      std::replace(out.begin() + static_cast<std::ptrdiff_t>(start),
                   out.begin() + static_cast<std::ptrdiff_t>(i), '\t', ' ');
    std::size_t end = out.find('\n', i);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Reads the events of `buffer` into `tree` (file and findings as parse_yaml); returns
// true when libyaml stopped at a tab it refuses (see blank_tabs_to_spaces).
bool parse_events(std::string_view buffer, const ParseLimits& limits, YamlTree& tree,
                  std::vector<Finding>& findings) {
  tree.nodes.reserve(buffer.size() / 8 + 16);
  tree.pool.reserve(buffer.size() / 2 + 16);
  Places places(buffer, tree.file);
  TreeBuilder builder(tree, findings, limits, places);
  Parser parser(buffer);
  int documents = 0;
  for (;;) {
    const yaml_event_t* e = parser.next();
    if (e == nullptr) {
      if (documents == 0) tree.partial = true;
      Finding f = syntax_error(parser.state(), buffer, tree.file, places);
      // libyaml's loaders read every document; we read the first and refuse the rest,
      // readable or not.
      if (documents > 0) f = s001(f.loc, "KAP-S001.documents");
      bool hint = f.message_key == "KAP-S001.parse";
      findings.push_back(std::move(f));
      if (hint) add_key_colon_hint(findings.back(), buffer);
      return tab_error(parser.state(), buffer, places);
    }
    if (e->type == YAML_STREAM_END_EVENT) break;
    if (e->type == YAML_DOCUMENT_START_EVENT && documents > 0) {
      findings.push_back(s001(places.at(e->start_mark), "KAP-S001.documents"));
      return false;
    }
    if (e->type == YAML_DOCUMENT_END_EVENT) ++documents;
    if (!builder.on(*e)) {
      tree.partial = true;
      if (builder.stopped() == Stop::depth)
        findings.push_back(
            s001(builder.stop_place(), "KAP-S001.depth", {arg("limit", limits.max_depth)}));
      else
        findings.push_back(
            s001(builder.stop_place(), "KAP-S001.nodes", {arg("limit", limits.max_nodes)}));
      break;
    }
  }
  return false;
}

} // namespace

YamlTree parse_yaml(std::string_view buffer, std::uint32_t file, std::vector<Finding>& findings,
                    const ParseLimits& limits) {
  YamlTree tree;
  tree.file = file;
  // A UTF-8 byte order mark is accepted and invisible: columns start after it.
  if (buffer.substr(0, 3) == "\xEF\xBB\xBF") buffer.remove_prefix(3);

  Forbidden kind = Forbidden::utf8;
  std::size_t bad = find_forbidden_byte(buffer, kind);
  if (bad != std::string_view::npos) {
    auto byte = static_cast<unsigned char>(buffer[bad]);
    Location at = location_of(buffer, bad, file);
    if (kind == Forbidden::separator) {
      std::size_t pos = bad;
      char32_t c = text::decode_utf8(buffer, pos);
      findings.push_back(s001(at, "KAP-S001.separator",
                              {arg("char", fmt::format("U+{:04X}", static_cast<unsigned>(c))),
                               arg("escape", fmt::format("\\u{:04X}", static_cast<unsigned>(c)))}));
    } else {
      const char* key = kind == Forbidden::utf8      ? "KAP-S001.utf8"
                        : kind == Forbidden::control ? "KAP-S001.control"
                                                     : "KAP-S001.bare-cr";
      findings.push_back(s001(at, key, {arg("byte", fmt::format("0x{:02X}", byte))}));
    }
    tree.partial = true;
    return tree;
  }

  std::size_t before = findings.size();
  if (parse_events(buffer, limits, tree, findings)) {
    // libyaml refuses a tab on a line that is blank or a comment, which YAML allows and
    // editors leave behind: read such lines with spaces instead (same bytes and places).
    std::string spaced = blank_tabs_to_spaces(buffer);
    if (spaced != buffer) {
      findings.resize(before);
      tree = YamlTree{};
      tree.file = file;
      parse_events(spaced, limits, tree, findings);
    }
  }
  return tree;
}

} // namespace kaplan
