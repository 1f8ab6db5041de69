// SPDX-License-Identifier: MIT
#pragma once

// The language features of `kaplan lsp` as pure functions over kaplan's own types: go to
// definition, references, hover, completion, the document outline and code actions. No
// JSON here: the server converts LSP positions to `Location`s (file index, 1-based line,
// 1-based column in UTF-8 bytes) and back.

#include "kaplan/model/diagnostic.hpp"
#include "kaplan/model/messages.hpp" // Lang
#include "kaplan/model/plan.hpp"     // Plan, SourceSet, Location

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kaplan::lsp {

// A range within one file: [begin, end), end on the same or a later line.
struct Span {
  Location begin;
  Location end;
};

struct Hover {
  std::string markdown; // plan text escaped for Markdown
  Span span;
};
// On an id (definition or reference): the entity in one paragraph; on a key: its meaning
// from the format description (load/format_doc.hpp); on a rule id (in `ignore:` or a
// comment): the explain text.
std::optional<Hover> hover(const Plan&, const SourceSet&, Location at, Lang);

// Every definition of the id under `at` (several when it is duplicated); empty if none.
std::vector<Span> definition(const Plan&, const SourceSet&, Location at);
// Every place the id under `at` is written, its definition included when asked.
std::vector<Span> references(const Plan&, const SourceSet&, Location at, bool include_definition);

enum class CompletionKind : std::uint8_t { id, enum_value, key };
struct Completion {
  std::string label;  // inserted text
  std::string detail; // e.g. the entity's name, or the key's meaning, one line
  CompletionKind kind;
  Span replace; // the range the label replaces (the partial word at `at`)
};
// `at` is the cursor; the file's current text is sources.files[at.file].text (it may no
// longer parse: the Plan is then from the last text that parsed, and completion works
// from the line's text: which key the line is under, by indentation).
std::vector<Completion> complete(const Plan&, const SourceSet&, Location at, Lang);

struct Symbol {                 // document outline (LSP DocumentSymbol)
  std::string name;             // id
  std::string detail;           // name/title of the entity
  EntityKind kind;              //
  Span span;                    // the entry
  Span selection;               // the id
  std::vector<Symbol> children; // sections → entities
};
std::vector<Symbol> symbols(const Plan&, const SourceSet&, std::uint32_t file, Lang);

struct TextEdit {
  Span span;
  std::string new_text;
};
struct CodeAction {
  std::string title;           // in the chosen language
  std::string rule;            // the finding's rule id
  std::vector<TextEdit> edits; // all in one file or several files
  bool preferred = false;
};
// Actions for the findings whose location lies in `span` of its file: every finding that
// carries a suggestion (did you mean, full-width punctuation …) and "suppress with a
// reason" (adds an `ignore:` entry to the entity, with a placeholder reason).
std::vector<CodeAction> code_actions(const Plan&, const SourceSet&, const std::vector<Finding>&,
                                     Span span, Lang);

} // namespace kaplan::lsp
