// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kaplan::i18n {

// The command line's own texts (help.*, stop.cli.* and the other CLI errors); part of
// all_messages(), so the completeness test covers them.
std::span<const MessageText> cli_messages();

// The catalogue text of `key` in `lang` as written (no placeholders filled); the key
// itself when it is missing, so a forgotten entry shows up in the help, not as a blank.
std::string help_text(std::string_view key, Lang lang);

// The value of the last `--lang VALUE` or `--lang=VALUE` among the words of a command
// line (before a `--`), or "" when there is none. Help texts are fixed before CLI11
// parses anything, so the language has to be found by hand first.
std::string lang_flag_from_args(std::span<const char* const> words);

// A CLI11 parse error's message in `lang`: the values are read out of CLI11's English
// message with the patterns of stop.cli.* and written into that language's text; a
// message no pattern matches is returned unchanged.
std::string cli_error_text(std::string_view what, Lang lang);

// The values of a catalogue pattern's `{name}` placeholders in `text`, or false when
// `text` does not have the pattern's shape. The last placeholder takes the longest value
// it can; the others the shortest.
bool match_pattern(std::string_view pattern, std::string_view text, std::vector<Arg>& args);

} // namespace kaplan::i18n
