// SPDX-License-Identifier: MIT
#pragma once

// The index the language features share: every place of a plan where an id is written
// (each entity's own id and every reference to one), and small helpers over the raw text
// of a file (the word at a column, the end of an entry's block).

#include "kaplan/lsp/features.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kaplan::lsp::detail {

// An entity of the plan with its kind and what names it for a reader.
struct EntityRef {
  const Entity* entity = nullptr;
  EntityKind kind = EntityKind::plan;
  std::uint32_t index = 0;
  std::string_view label; // its name, title or statement; empty when none
};

// Calls `f` for every entity of the plan (the header first, then section by section).
void for_each_entity(const Plan& plan, const std::function<void(const EntityRef&)>& f);

// Calls `f` for every reference the plan holds: the field's key ("parent") and the Ref.
// One line per reference field, in the order of the model.
void for_each_ref(const Plan& plan, const std::function<void(std::string_view key, const Ref&)>& f);

// Where an id is written: the first byte of the id itself (past an opening quote).
struct Place {
  Location loc;
  std::uint32_t length = 0;
  bool definition = false;
};

struct Index {
  std::unordered_map<std::string, std::vector<Place>> by_id;
  // The id whose place covers `at`, or nullptr.
  const std::string* id_at(Location at) const;

private:
  // Per file, per line: (column, length, id), for the cursor lookup.
  struct Hit {
    std::uint32_t column;
    std::uint32_t length;
    const std::string* id;
  };
  std::unordered_map<std::uint64_t, std::vector<Hit>> by_line_;
  friend Index build_index(const Plan&, const SourceSet&);
};

// Built once per call, linear in the plan's size.
Index build_index(const Plan& plan, const SourceSet& sources);

Span span_of(const Place& p);

// The entity with that id (the first definition), or an empty EntityRef.
EntityRef entity_of(const Plan& plan, std::string_view id);

// The line of a file (without its line end).
std::string_view line_text(const SourceSet& sources, std::uint32_t file, std::uint32_t line);

// The number of leading spaces of a line.
std::uint32_t indent_of(std::string_view line);

// True when the line is blank or only a comment.
bool blank_or_comment(std::string_view line);

// The number of lines of a file.
std::uint32_t line_count(const SourceSet& sources, std::uint32_t file);

// The last line of the block an entry starting at `entry` spans: following lines belong
// to it while they are blank or indented at least as far as the entry's column.
// `lines` is the file's line_count (0: counted here; pass it when calling per entity).
std::uint32_t block_end_line(const SourceSet& sources, Location entry, std::uint32_t lines = 0);

// The word around column `column` (1-based) of `line`: [begin, end) as 0-based byte
// offsets, a word being a run of characters that may appear in an id or key.
std::pair<std::size_t, std::size_t> word_at(std::string_view line, std::uint32_t column);

} // namespace kaplan::lsp::detail

namespace kaplan::lsp::detail {

// The column (0-based) where a line's key starts, past its indentation and any `- `.
std::uint32_t key_column(std::string_view line);

// The key a line starts with (`name` of `  - name: x`), empty when it starts none.
std::string_view line_key(std::string_view line);

// The keys of the mappings enclosing a line, outermost first, by indentation: for the
// line of `name:` under `kpis:`, {"kpis"}; for a line under `environment:`, `factors:`,
// {"environment", "factors"}. `column` is the 0-based column the line's content starts at.
std::vector<std::string> enclosing_keys(const SourceSet& sources, std::uint32_t file,
                                        std::uint32_t line, std::uint32_t column);

// The keys joined by dots ("environment.factors").
std::string join_path(const std::vector<std::string>& keys);

} // namespace kaplan::lsp::detail
