// SPDX-License-Identifier: MIT
// Code actions: a finding's suggestion as an edit ("did you mean", a full-width mark) and
// "suppress with a reason" (an `ignore:` entry added to the entity the finding is about).
#include "kaplan/lsp/features.hpp"
#include "load/zh_keyboard.hpp"
#include "lsp/features_index.hpp"
#include "lsp/features_messages.hpp"

#include <set>
#include <utility>

namespace kaplan::lsp {

using namespace detail;

namespace {

const std::string* arg_of(const std::vector<Arg>& args, std::string_view name) {
  for (const auto& a : args)
    if (a.name == name) return &a.value;
  return nullptr;
}

// The scalar written at `loc`: [begin, end) columns, past the quotes of a quoted one.
std::optional<Span> scalar_at(const SourceSet& sources, Location loc) {
  auto line = line_text(sources, loc.file, loc.line);
  if (loc.column == 0 || loc.column > line.size()) return std::nullopt;
  std::size_t b = loc.column - 1, e = b;
  char q = line[b];
  if (q == '"' || q == '\'') {
    e = line.find(q, b + 1);
    if (e == std::string_view::npos) return std::nullopt;
    ++b;
  } else {
    while (e < line.size()) {
      char c = line[e];
      if (c == ',' || c == ']' || c == '}' || c == '#') break;
      if (c == ':' && (e + 1 == line.size() || line[e + 1] == ' ')) break;
      ++e;
    }
    while (e > b && line[e - 1] == ' ')
      --e;
  }
  if (e == b) return std::nullopt;
  return Span{Location{loc.file, loc.line, static_cast<std::uint32_t>(b) + 1},
              Location{loc.file, loc.line, static_cast<std::uint32_t>(e) + 1}};
}

std::string text_of(const SourceSet& sources, const Span& s) {
  auto line = line_text(sources, s.begin.file, s.begin.line);
  return std::string(line.substr(s.begin.column - 1, s.end.column - s.begin.column));
}

std::optional<CodeAction> suggestion_action(const SourceSet& sources, const Finding& f, Lang lang) {
  const std::string* to = arg_of(f.args, "suggestion");
  if (!to) return std::nullopt;
  auto span = scalar_at(sources, f.loc);
  if (!span) return std::nullopt;
  std::string from = text_of(sources, *span);
  if (from == *to) return std::nullopt;
  CodeAction a;
  a.title = say("lsp.action.suggest", {arg("from", from), arg("to", *to)}, lang);
  a.rule = f.rule;
  a.edits.push_back(TextEdit{*span, *to});
  a.preferred = true;
  return a;
}

std::optional<CodeAction> full_width_action(const SourceSet& sources, const Finding& f, Lang lang) {
  if (!f.hint_key.starts_with("hint.full-width.")) return std::nullopt;
  const std::string* mark = arg_of(f.hint_args, "mark");
  if (!mark || mark->empty()) return std::nullopt;
  auto line = line_text(sources, f.loc.file, f.loc.line);
  if (f.loc.column == 0 || line.substr(f.loc.column - 1).substr(0, mark->size()) != *mark)
    return std::nullopt;
  std::string fix = load::ascii_fix(*mark);
  // A colon before a space already there needs no second space.
  std::size_t after = f.loc.column - 1 + mark->size();
  if (fix.ends_with(' ') && after < line.size() && line[after] == ' ') fix.pop_back();
  Location end = f.loc;
  end.column += static_cast<std::uint32_t>(mark->size());
  CodeAction a;
  a.title = say("lsp.action.full-width", {arg("mark", *mark), arg("fix", fix)}, lang);
  a.rule = f.rule;
  a.edits.push_back(TextEdit{Span{f.loc, end}, fix});
  a.preferred = true;
  return a;
}

// `"text"` as a YAML double-quoted scalar.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Where the closing `}` of a flow mapping opened at `open` is: scanned over the
// following lines, quotes respected; nothing when it is not found.
std::optional<Location> flow_close(const SourceSet& sources, Location open) {
  int depth = 0;
  char quote = 0;
  std::uint32_t lines = line_count(sources, open.file);
  for (std::uint32_t l = open.line; l <= lines; ++l) {
    auto text = sources.line(open.file, l);
    for (std::size_t i = l == open.line ? open.column - 1 : 0; i < text.size(); ++i) {
      char c = text[i];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'')
        quote = c;
      else if (c == '#' && (i == 0 || text[i - 1] == ' '))
        break; // a comment to the end of the line
      else if (c == '{' || c == '[')
        ++depth;
      else if (c == '}' || c == ']') {
        if (--depth == 0) return Location{open.file, l, static_cast<std::uint32_t>(i) + 1};
      }
    }
  }
  return std::nullopt;
}

std::optional<TextEdit> suppress_edit(const SourceSet& sources, const Entity& e,
                                      std::string_view rule, Lang lang) {
  Location entry = e.entry.line ? e.entry : e.loc;
  if (entry.line == 0 || entry.column == 0 || entry.file >= sources.files.size())
    return std::nullopt;
  std::string item =
      std::string(rule) + ": " + quoted(say("lsp.action.reason", {arg("rule", rule)}, lang));
  auto first = sources.line(entry.file, entry.line);
  if (entry.column <= first.size() && first[entry.column - 1] == '{') {
    // A flow entry `- {id: x, …}`: one more key before its closing brace.
    auto close = flow_close(sources, entry);
    if (!close) return std::nullopt;
    return TextEdit{Span{*close, *close}, ", ignore: {" + item + "}"};
  }
  std::uint32_t indent = entry.column - 1;
  std::uint32_t last = block_end_line(sources, entry);
  for (std::uint32_t l = entry.line; l <= last; ++l) {
    auto text = sources.line(entry.file, l);
    if (key_column(text) != indent || line_key(text) != "ignore") continue;
    std::size_t value = text.find(':', indent) + 1;
    while (value < text.size() && text[value] == ' ')
      ++value;
    if (value < text.size() && text[value] == '{') {
      auto close =
          flow_close(sources, Location{entry.file, l, static_cast<std::uint32_t>(value) + 1});
      if (!close) return std::nullopt;
      // `{}` takes the item alone; otherwise after a comma.
      auto close_line = sources.line(entry.file, close->line);
      std::size_t before = close->column - 1;
      while (before > 0 && close_line[before - 1] == ' ')
        --before;
      bool empty = before > 0 && close_line[before - 1] == '{';
      return TextEdit{Span{*close, *close}, (empty ? "" : ", ") + item};
    }
    // A block mapping: one more line after its last entry, at its entries' indentation.
    std::uint32_t child_indent = indent + 2, end_line = l;
    std::uint32_t lines = line_count(sources, entry.file);
    for (std::uint32_t c = l + 1; c <= lines; ++c) {
      auto child = sources.line(entry.file, c);
      if (blank_or_comment(child)) continue;
      if (indent_of(child) <= indent) break;
      if (end_line == l) child_indent = indent_of(child);
      end_line = c;
    }
    Location at{entry.file, end_line,
                static_cast<std::uint32_t>(sources.line(entry.file, end_line).size()) + 1};
    return TextEdit{Span{at, at}, "\n" + std::string(child_indent, ' ') + item};
  }
  Location at{entry.file, last,
              static_cast<std::uint32_t>(sources.line(entry.file, last).size()) + 1};
  return TextEdit{Span{at, at}, "\n" + std::string(indent, ' ') + "ignore: {" + item + "}"};
}

bool within(const Location& loc, const Span& span) {
  if (loc.file != span.begin.file || loc.line < span.begin.line || loc.line > span.end.line)
    return false;
  if (loc.line == span.begin.line && loc.column != 0 && loc.column < span.begin.column &&
      span.begin.line != span.end.line)
    return false;
  return true;
}

} // namespace

std::vector<CodeAction> code_actions(const Plan& plan, const SourceSet& sources,
                                     const std::vector<Finding>& findings, Span span, Lang lang) {
  std::vector<CodeAction> out;
  std::set<std::pair<std::string, std::string>> suppressing; // (rule, entity): one action each
  for (const auto& f : findings) {
    if (f.suppressed || !within(f.loc, span)) continue;
    if (auto a = suggestion_action(sources, f, lang)) out.push_back(std::move(*a));
    if (auto a = full_width_action(sources, f, lang)) out.push_back(std::move(*a));
    // Only a finding about an entity can be suppressed (the engine matches `ignore:` by
    // the finding's entity; plan-wide findings carry the plan's id).
    if (f.entity.empty()) continue;
    const Entity* e = entity_of(plan, f.entity).entity;
    const std::string& id = f.entity;
    if (!e || f.rule.empty() || !suppressing.emplace(f.rule, f.entity).second) continue;
    if (auto edit = suppress_edit(sources, *e, f.rule, lang)) {
      CodeAction a;
      a.title = say("lsp.action.suppress", {arg("rule", f.rule), arg("id", id)}, lang);
      a.rule = f.rule;
      a.edits.push_back(std::move(*edit));
      out.push_back(std::move(a));
    }
  }
  return out;
}

} // namespace kaplan::lsp
