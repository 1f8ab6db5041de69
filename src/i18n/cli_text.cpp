// SPDX-License-Identifier: MIT
#include "i18n/cli_text.hpp"

namespace kaplan::i18n {

std::string help_text(std::string_view key, Lang lang) {
  const MessageText* m = find_message(key);
  if (!m) return std::string(key);
  return std::string(lang == Lang::zh ? m->zh : m->en);
}

std::string lang_flag_from_args(std::span<const char* const> words) {
  std::string found;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i] ? words[i] : "";
    if (w == "--") break; // what follows is operands, never options
    if (w == "--lang" && i + 1 < words.size() && words[i + 1])
      found = words[++i];
    else if (w.starts_with("--lang="))
      found = w.substr(7);
  }
  return found;
}

bool match_pattern(std::string_view pattern, std::string_view text, std::vector<Arg>& args) {
  // Split the pattern into literal pieces and the placeholder names between them.
  std::vector<std::string_view> literals, names;
  std::size_t start = 0;
  for (std::size_t open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', start)) {
    std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) break;
    literals.push_back(pattern.substr(start, open - start));
    names.push_back(pattern.substr(open + 1, close - open - 1));
    start = close + 1;
  }
  literals.push_back(pattern.substr(start));
  if (!text.starts_with(literals.front())) return false;
  std::vector<Arg> found;
  std::size_t pos = literals.front().size();
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string_view next = literals[i + 1];
    std::size_t end;
    if (i + 1 == names.size()) {
      if (text.size() < pos + next.size() || !text.ends_with(next)) return false;
      end = text.size() - next.size();
    } else {
      if (next.empty()) return false; // two placeholders side by side: ambiguous
      end = text.find(next, pos + 1);
      if (end == std::string_view::npos) return false;
    }
    if (end <= pos) return false; // every value has at least one character
    found.push_back(Arg{std::string(names[i]), std::string(text.substr(pos, end - pos))});
    pos = end + next.size();
  }
  if (names.empty() && text != literals.front()) return false;
  args = std::move(found);
  return true;
}

std::string cli_error_text(std::string_view what, Lang lang) {
  if (lang == Lang::en) return std::string(what); // the patterns' English is CLI11's own
  for (const auto& m : cli_messages()) {
    if (!m.key.starts_with("stop.cli.")) continue;
    std::vector<Arg> args;
    if (match_pattern(m.en, what, args)) return substitute(m.zh, args);
  }
  return std::string(what);
}

} // namespace kaplan::i18n
