// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// Slips of a Chinese input method: full-width punctuation typed where YAML punctuation
// was meant, and Chinese words written for the English values of an enumeration.
namespace kaplan::load {

// The first full-width punctuation mark of a scalar's text: where it is (in bytes from
// the start of the text), the mark itself and the catalogue key of its hint.
struct FullWidthMark {
  std::size_t offset = 0;
  std::string_view mark;
  std::string_view hint_key;
};

// Finds the first of `：，；（）【】“”` or the ideographic space U+3000 in `text`.
std::optional<FullWidthMark> find_full_width(std::string_view text);

// On a line YAML could not parse, the full-width colon `：` typed for the colon of a
// key (`effort：0.5`: it comes before any ASCII colon), or the full-width space typed
// after a key's colon (`effort:　0.5`); nothing when the line shows neither.
std::optional<FullWidthMark> key_colon_slip(std::string_view line);

// The text as it was probably meant: every full-width mark replaced by its ASCII
// counterpart (`：` by `: `, `，` by `, `, `【` by `[`, …; `“”` dropped).
std::string ascii_fix(std::string_view text);

// A Chinese word for an enumeration value: the value and the usual term for it.
struct ZhEnumWord {
  std::string_view value;
  std::string_view term;
};

// The value among `names` (one of the k…Names arrays of enum_names.hpp) that the
// Chinese `word` stands for, or nothing.
std::optional<ZhEnumWord> zh_enum_word(std::string_view word,
                                       std::span<const std::string_view> names);

} // namespace kaplan::load
