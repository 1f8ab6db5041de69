// SPDX-License-Identifier: MIT
// Go to definition, find references and the outline of one file.
#include "kaplan/lsp/features.hpp"
#include "lsp/features_index.hpp"

#include <map>

namespace kaplan::lsp {

using namespace detail;

std::vector<Span> definition(const Plan& plan, const SourceSet& sources, Location at) {
  Index ix = build_index(plan, sources);
  std::vector<Span> out;
  const std::string* id = ix.id_at(at);
  if (!id) return out;
  for (const auto& p : ix.by_id.at(*id))
    if (p.definition) out.push_back(span_of(p));
  return out;
}

std::vector<Span> references(const Plan& plan, const SourceSet& sources, Location at,
                             bool include_definition) {
  Index ix = build_index(plan, sources);
  std::vector<Span> out;
  const std::string* id = ix.id_at(at);
  if (!id) return out;
  for (const auto& p : ix.by_id.at(*id))
    if (include_definition || !p.definition) out.push_back(span_of(p));
  return out;
}

namespace {

// The line of the key `name` (the last part of a section's path) above `line`, written
// less indented than `indent`; 0 when none is found.
std::uint32_t section_key_line(const SourceSet& sources, std::uint32_t file, std::uint32_t line,
                               std::uint32_t indent, std::string_view name) {
  for (std::uint32_t l = line; l >= 1; --l) {
    auto text = sources.line(file, l);
    if (blank_or_comment(text)) continue;
    auto n = indent_of(text);
    if (n >= indent && l != line) continue;
    if (text.substr(n).starts_with(name) && text.substr(n + name.size()).starts_with(":")) return l;
    if (n == 0 && l != line) return 0;
  }
  return 0;
}

Location end_of_line(const SourceSet& sources, std::uint32_t file, std::uint32_t line) {
  return Location{file, line, static_cast<std::uint32_t>(sources.line(file, line).size()) + 1};
}

} // namespace

std::vector<Symbol> symbols(const Plan& plan, const SourceSet& sources, std::uint32_t file, Lang) {
  std::vector<Symbol> out;
  if (file >= sources.files.size()) return out;
  std::uint32_t lines = line_count(sources, file); // once: block_end_line runs per entity
  // Sections in the order they first appear in the file.
  std::map<std::string_view, std::size_t> section_at;
  for_each_entity(plan, [&](const EntityRef& e) {
    const Entity& en = *e.entity;
    if (en.loc.file != file || en.loc.line == 0) return;
    Location entry = en.entry.line ? en.entry : en.loc;
    Symbol s;
    s.name = en.id;
    s.detail = std::string(e.label);
    s.kind = e.kind;
    s.span = Span{entry, end_of_line(sources, file, block_end_line(sources, entry, lines))};
    Location id_end = en.loc;
    id_end.column += static_cast<std::uint32_t>(en.id.size());
    s.selection = Span{en.loc, id_end};
    if (e.kind == EntityKind::plan) {
      out.push_back(std::move(s));
      return;
    }
    std::string_view section = section_of(e.kind);
    auto it = section_at.find(section);
    if (it == section_at.end()) {
      Symbol sec;
      sec.name = std::string(section);
      sec.kind = e.kind;
      auto dot = section.rfind('.');
      std::string_view key = dot == std::string_view::npos ? section : section.substr(dot + 1);
      std::uint32_t indent = entry.column > 0 ? entry.column - 1 : 0;
      std::uint32_t key_line = section_key_line(sources, file, entry.line, indent, key);
      Location begin =
          key_line ? Location{file, key_line, indent_of(sources.line(file, key_line)) + 1} : entry;
      Location key_end = begin;
      key_end.column += key_line ? static_cast<std::uint32_t>(key.size()) : 0;
      sec.span = Span{begin, s.span.end};
      sec.selection = Span{begin, key_line ? key_end : s.selection.end};
      it = section_at.emplace(section, out.size()).first;
      out.push_back(std::move(sec));
    }
    Symbol& sec = out[it->second];
    if (sec.span.end.line < s.span.end.line) sec.span.end = s.span.end;
    sec.children.push_back(std::move(s));
  });
  std::stable_sort(out.begin(), out.end(), [](const Symbol& a, const Symbol& b) {
    return a.span.begin.line < b.span.begin.line;
  });
  return out;
}

} // namespace kaplan::lsp
