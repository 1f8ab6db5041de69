// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kaplan {

// Languages every user-facing string exists in.
enum class Lang : std::uint8_t { en, zh };

// One catalogue entry: a message with named placeholders `{name}` in both languages.
// Both texts must use exactly the same placeholders (a unit test checks it). A Chinese
// text writes `{period|zh}` for a value of period codes to read as words (2027 年二季度).
struct MessageText {
  std::string_view key;
  std::string_view en;
  std::string_view zh;
};

// Every message of every layer, in no particular order (assembled above all layers, in
// src/i18n/catalogue.cpp, so that each table stays beside the code that uses it).
std::span<const MessageText> all_messages();

// The entry for a key, or nullptr.
const MessageText* find_message(std::string_view key);

// Fills the placeholders of the key's text in the given language with args. A
// placeholder with no matching arg is left as written; `{{` and `}}` are literal braces.
std::string render_message(std::string_view key, std::span<const Arg> args, Lang lang);

// Substitutes `{name}` placeholders of an arbitrary pattern (used by render_message).
std::string substitute(std::string_view pattern, std::span<const Arg> args);

// The placeholder names of a pattern, sorted and unique (for the completeness test).
std::vector<std::string> placeholders(std::string_view pattern);

// The message of a finding in `lang`.
std::string finding_message(const Finding& f, Lang lang);

// A severity as outputs name it in `lang` ("error" / "错误").
std::string severity_label(Severity s, Lang lang);

} // namespace kaplan
