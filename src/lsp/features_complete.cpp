// SPDX-License-Identifier: MIT
// Completion from the raw text of the cursor's line: ids of the right kind in a reference
// field, enumeration values, and the keys of the entry's section not yet written.
#include "kaplan/load/format_doc.hpp"
#include "kaplan/lsp/features.hpp"
#include "lsp/features_index.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>

namespace kaplan::lsp {

using namespace detail;

namespace {

using K = EntityKind;

// The kinds a reference field names, as src/load/index.cpp checks them; `section` empty
// when the key means the same in every section. One line per reference field.
struct RefField {
  std::string_view section;
  std::string_view key;
  std::initializer_list<EntityKind> kinds;
};
const RefField kRefFields[] = {
    {"plan", "owner", {K::unit}},
    {"units", "parent", {K::unit}},
    {"units", "head", {K::person}},
    {"units", "deputies", {K::person}},
    {"people", "unit", {K::unit}},
    {"", "sources", {K::source}},
    {"environment.competitors", "share", {K::segment}},
    {"capabilities", "benchmark_source", {K::competitor, K::source}},
    {"issues", "evidence", {K::factor, K::segment, K::competitor, K::capability, K::source}},
    {"objectives", "addresses", {K::issue}},
    {"kpis", "objective", {K::objective}},
    {"kpis", "parent", {K::kpi}},
    {"kpis", "unit", {K::unit}},
    {"kpis", "owner", {K::person}},
    {"kpis", "weighted_by", {K::kpi}},
    {"kpis", "segments", {K::segment}},
    {"strategies", "objectives", {K::objective}},
    {"strategies", "basis", {K::factor, K::segment, K::competitor, K::capability, K::issue}},
    {"actions", "strategy", {K::strategy}},
    {"actions", "kpis", {K::kpi}},
    {"actions", "unit", {K::unit}},
    {"actions", "owner", {K::person}},
    {"actions.team", "person", {K::person}},
    {"actions", "person", {K::person}}, // `team: [{person: …}]` on the action's line
    {"actions", "uses", {K::asset}},
    {"actions", "depends_on", {K::action}},
    {"actions", "contributes", {K::kpi}},
    {"governance.decisions", "chair", {K::person}},
    {"governance.decisions", "participants", {K::unit}},
    {"governance.reviews", "owner", {K::unit}},
    {"governance.reviews", "kpis", {K::kpi}},
    {"governance.signoffs", "unit", {K::unit}},
    {"governance.signoffs", "by", {K::person}},
};

const RefField* ref_field(std::string_view section, std::string_view key) {
  for (const auto& f : kRefFields)
    if (f.key == key && f.section == section) return &f;
  for (const auto& f : kRefFields)
    if (f.key == key && f.section.empty()) return &f;
  return nullptr;
}

const std::vector<SectionDoc>& format_docs() {
  static const std::vector<SectionDoc> docs = describe_plan_format();
  return docs;
}

const SectionDoc* section_doc(std::string_view path) {
  for (const auto& s : format_docs())
    if (s.path == path) return &s;
  return nullptr;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// What the text before the partial word says the cursor is in.
struct CursorContext {
  enum class What : std::uint8_t { none, value, key } what = What::none;
  std::string key;   // the key whose value is typed (for a value)
  bool flow = false; // the cursor is inside a flow mapping `{…}` of the line
};

CursorContext context_of(std::string_view before) {
  CursorContext c;
  std::size_t i = before.size();
  while (i > 0 && is_space(before[i - 1]))
    --i;
  // In a flow list `[a, b, `: back to its unclosed `[`.
  if (i > 0 && (before[i - 1] == ',' || before[i - 1] == '[')) {
    int depth = 0;
    std::size_t j = i;
    while (j > 0) {
      char ch = before[j - 1];
      if (ch == ']' || ch == '}') ++depth;
      if (ch == '{' && depth == 0) { // `{a: 1, ` — a key position in a flow mapping
        c.what = CursorContext::What::key;
        c.flow = true;
        return c;
      }
      if (ch == '[' || ch == '{') {
        if (depth == 0) break;
        --depth;
      }
      --j;
    }
    if (j == 0) return c;
    i = j - 1; // before the `[`
    while (i > 0 && is_space(before[i - 1]))
      --i;
  }
  if (i > 0 && before[i - 1] == ':') {
    std::size_t e = i - 1, b = e;
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(before[b - 1])) ||
                     before[b - 1] == '_' || before[b - 1] == '-'))
      --b;
    c.what = CursorContext::What::value;
    c.key = std::string(before.substr(b, e - b));
    c.flow = before.substr(0, b).find('{') != std::string_view::npos;
    return c;
  }
  // Only indentation (and `- `) before the word: a key, or an item of a block list.
  std::string_view head = before.substr(0, i);
  std::size_t k = 0;
  while (k < head.size() && is_space(head[k]))
    ++k;
  if (k == head.size()) {
    c.what = CursorContext::What::key;
    return c;
  }
  if (head.substr(k) == "-") { // `- ` then the word: a list item
    c.what = CursorContext::What::key;
    c.key = "-";
    return c;
  }
  return c;
}

// The keys written at the same level as the line's: the entry's other keys.
std::set<std::string, std::less<>> present_keys(const SourceSet& sources, std::uint32_t file,
                                                std::uint32_t line, std::uint32_t column) {
  std::set<std::string, std::less<>> out;
  std::uint32_t lines = line_count(sources, file);
  for (std::uint32_t l = line; l-- > 1;) { // upwards to the entry's start
    auto text = sources.line(file, l);
    if (blank_or_comment(text)) continue;
    if (key_column(text) < column) break;
    if (key_column(text) == column) {
      out.emplace(line_key(text));
      if (indent_of(text) < column) break; // `- key:` starts the entry
    }
  }
  for (std::uint32_t l = line + 1; l <= lines; ++l) {
    auto text = sources.line(file, l);
    if (blank_or_comment(text)) continue;
    if (indent_of(text) < column) break;
    if (key_column(text) == column) out.emplace(line_key(text));
  }
  return out;
}

void add_ids(const Plan& plan, std::initializer_list<EntityKind> kinds, Span replace,
             std::vector<Completion>& out) {
  for_each_entity(plan, [&](const EntityRef& e) {
    if (std::find(kinds.begin(), kinds.end(), e.kind) == kinds.end()) return;
    if (e.entity->id.empty()) return;
    std::string detail(e.label.substr(0, std::min<std::size_t>(e.label.size(), 200)));
    out.push_back(Completion{e.entity->id, std::move(detail), CompletionKind::id, replace});
  });
  std::sort(out.begin(), out.end(),
            [](const Completion& a, const Completion& b) { return a.label < b.label; });
  out.erase(
      std::unique(out.begin(), out.end(),
                  [](const Completion& a, const Completion& b) { return a.label == b.label; }),
      out.end());
}

} // namespace

std::vector<Completion> complete(const Plan& plan, const SourceSet& sources, Location at, Lang) {
  std::vector<Completion> out;
  if (at.file >= sources.files.size() || at.line == 0) return out;
  auto line = sources.line(at.file, at.line);
  std::size_t cursor = std::min<std::size_t>(at.column > 0 ? at.column - 1 : 0, line.size());
  // The partial word before the cursor is what a completion replaces.
  auto [b, e] = word_at(line.substr(0, cursor), static_cast<std::uint32_t>(cursor) + 1);
  (void)e;
  std::string_view partial = line.substr(b, cursor - b);
  Span replace{Location{at.file, at.line, static_cast<std::uint32_t>(b) + 1},
               Location{at.file, at.line, static_cast<std::uint32_t>(cursor) + 1}};
  CursorContext c = context_of(line.substr(0, b));
  std::uint32_t content = key_column(line);
  std::vector<std::string> keys = enclosing_keys(sources, at.file, at.line, content);
  std::string section = join_path(keys);
  if (c.key == "-") {
    // An item of a block list: `kpis:` above, then `- ` and the word. The list's key is
    // the last enclosing one; its entries are in the section one level up.
    if (!keys.empty() && keys.size() >= 2) {
      std::string key = keys.back();
      keys.pop_back();
      if (const RefField* f = ref_field(join_path(keys), key)) {
        add_ids(plan, f->kinds, replace, out);
        return out;
      }
      keys.push_back(key);
    }
    c.what = CursorContext::What::key; // `- ` opening a new entry of the section
  }
  auto starts = [&](std::string_view s) { return s.starts_with(partial); };
  if (c.what == CursorContext::What::value) {
    if (const RefField* f = ref_field(section, c.key)) {
      add_ids(plan, f->kinds, replace, out);
      std::erase_if(out, [&](const Completion& x) { return !starts(x.label); });
      return out;
    }
    if (const SectionDoc* s = section_doc(section))
      for (const auto& f : s->fields)
        if (f.key == c.key)
          for (auto v : f.values)
            if (starts(v))
              out.push_back(Completion{std::string(v), std::string(f.key),
                                       CompletionKind::enum_value, replace});
    return out;
  }
  if (c.what == CursorContext::What::key) {
    auto present = c.flow ? std::set<std::string, std::less<>>{}
                          : present_keys(sources, at.file, at.line, static_cast<std::uint32_t>(b));
    if (const SectionDoc* s = section_doc(section)) {
      for (const auto& f : s->fields)
        if (starts(f.key) && !present.count(f.key))
          out.push_back(
              Completion{std::string(f.key), std::string(f.doc), CompletionKind::key, replace});
    } else {
      // The top-level or a grouping key (`environment:`): the sections under it.
      std::string prefix = section.empty() ? "" : section + ".";
      std::set<std::string> seen;
      for (const auto& doc : format_docs()) {
        if (!doc.path.starts_with(prefix)) continue;
        std::string rest = doc.path.substr(prefix.size());
        std::string first = rest.substr(0, rest.find('.'));
        if (first.empty() || !starts(first) || present.count(first) || !seen.insert(first).second)
          continue;
        out.push_back(Completion{first, std::string(doc.doc), CompletionKind::key, replace});
      }
    }
  }
  return out;
}

} // namespace kaplan::lsp
