// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// Text utilities shared by the loader, the rules and every renderer: UTF-8
// checking, terminal cell widths, escaping for each output format, spelling
// suggestions and deterministic number formatting. All functions are pure and
// never throw on bad input: invalid UTF-8 is replaced or shown, never passed on.
namespace kaplan::text {

// --- UTF-8 (text_utf8.cpp) -------------------------------------------------

// Byte offset of the first byte that does not belong to a valid UTF-8 sequence
// (overlong forms, surrogates, code points above U+10FFFF and truncated
// sequences are invalid), or std::string_view::npos when `s` is valid.
std::size_t find_invalid_utf8(std::string_view s);

// Decodes the code point starting at `pos` and advances `pos` past it; an
// invalid byte yields U+FFFD and advances by exactly one byte.
char32_t decode_utf8(std::string_view s, std::size_t& pos);

// Appends the UTF-8 encoding of `c` (U+FFFD for surrogates and values > U+10FFFF).
void append_utf8(std::string& out, char32_t c);

// `s` without the spaces and tabs at either end, nor a carriage return at its end.
std::string_view trim_blanks(std::string_view s);

// --- Terminal cells (text_width.cpp) ----------------------------------------

// Cells a code point occupies in a terminal: 0 for control characters,
// combining marks and zero-width format characters, 2 for East Asian Wide and
// Fullwidth characters (Unicode 14 EastAsianWidth W/F), 1 otherwise.
int code_point_width(char32_t c);

// Cells `utf8` occupies: the sum of code_point_width (a tab counts 0 here; use
// display_width_prefix for positions on a line). Invalid bytes count 1 each.
std::size_t display_width(std::string_view utf8);

// Cells occupied by the first `byte_count` bytes of `line`, to place a caret
// under a byte column. Tabs advance to the next multiple of 8 cells, as a
// terminal shows them; a code point cut by `byte_count` is not counted, so the
// caret lands under it.
std::size_t display_width_prefix(std::string_view line, std::size_t byte_count);

// `s` followed by spaces up to `width` cells; never truncates.
std::string pad_right(std::string_view s, std::size_t width);

// Spaces followed by `s` up to `width` cells (right alignment); never truncates.
std::string pad_left(std::string_view s, std::size_t width);

// `s` cut at a code-point boundary to at most `width` cells; when cut, ends
// with "…", which counts as one cell within `width`.
std::string truncate_to_width(std::string_view s, std::size_t width);

// --- Escaping for output formats (text_escape.cpp) --------------------------

// A JSON string literal including the quotes; control characters, DEL, C1
// controls and U+2028/U+2029 are \u-escaped, invalid bytes become \ufffd,
// other characters stay raw UTF-8.
std::string json_escape(std::string_view s);

// json_escape(s) appended to `out`, without a string of its own.
void append_json_string(std::string& out, std::string_view s);

// Inline text or a table cell in GitHub-flavoured Markdown: Markdown
// punctuation is backslash-escaped, & < > become entities, line breaks become
// <br>, tabs a space, other control characters are dropped. The result can
// neither break a table row nor open an HTML tag.
std::string markdown_escape(std::string_view s);

// Text for HTML content or attribute values: & < > " ' as entities, control
// characters other than \n and \t dropped, invalid bytes as U+FFFD.
std::string html_escape(std::string_view s);

// Like html_escape, for XML 1.0 (' as &apos;): also drops the characters XML
// 1.0 forbids (U+FFFE, U+FFFF), so the document always parses.
std::string xml_escape(std::string_view s);

// Text safe to print to a terminal: C0 controls except \t and \n, DEL and
// invalid bytes become \xHH; C1 controls, bidirectional overrides and characters that
// show nothing (zero-width spaces and joiners, U+2028/U+2029, a BOM) become
// \u{HHHH}, so no escape sequence, reordering or hidden text reaches the terminal.
std::string terminal_sanitize(std::string_view s);

// Whether a character must never reach a terminal or a file raw: a C0 or C1 control,
// DEL, a bidirectional override or a character that shows nothing (see
// terminal_sanitize).
bool is_unsafe_char(char32_t c);

// Text that must stay on one line of a terminal or a line-oriented format (a finding's
// `file:line:col: …`, a stop message, a value echoed from an argument, a file name or
// the environment): as terminal_sanitize, and \n and \t become the two characters
// `\n` and `\t`, so a name can never start a line of its own.
std::string one_line(std::string_view s);

// Text for a Mermaid node label in double quotes: characters Mermaid gives a
// meaning (" < > ` | [ ] { } ( ) ; # &) become #NN; entity codes, line breaks
// and tabs a space, other control characters are dropped.
std::string mermaid_label(std::string_view s);

// --- Spelling suggestions (text_suggest.cpp) --------------------------------

// Levenshtein distance over bytes (keys are ASCII). Stops early once the
// distance must exceed `cap` and then returns cap + 1.
std::size_t edit_distance(std::string_view a, std::string_view b,
                          std::size_t cap = std::numeric_limits<std::size_t>::max() - 1);

// The candidate nearest to `word` ignoring ASCII case, when its distance is at
// most max(1, word.size() / 3), for "did you mean …?"; ties go to the first
// candidate in order.
std::optional<std::string> suggest(std::string_view word,
                                   std::span<const std::string_view> candidates);

// --- Numbers for reports (number_format.cpp) --------------------------------

// A number as reports show it: integers without decimals ("1200", "-3"), other
// values in [1e-6, 1e15) with up to 6 decimals, trailing zeros trimmed
// ("0.25", "0.333333"); beyond that range the shortest form that reads back
// exactly ("5e-07", "1000000000000000", "1e+16"); -0 prints "0", NaN "nan",
// infinities "inf" / "-inf".
std::string format_number(double v);

// format_number(v) appended to `out`, without a string of its own.
void append_number(std::string& out, double v);

// `v` with exactly `decimals` decimals ("3.10"); a result that rounds to zero
// never carries a minus sign ("0.00").
std::string format_fixed(double v, int decimals);

// A ratio as a percentage with `decimals` decimals: 0.953, 1 -> "95.3%".
std::string format_percent(double ratio, int decimals);

} // namespace kaplan::text
