// SPDX-License-Identifier: MIT
// Looking messages up and filling their placeholders. The catalogue itself, every
// layer's tables joined, is assembled above all of them (i18n/catalogue.cpp).
#include "kaplan/model/messages.hpp"

#include "kaplan/model/dates.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace kaplan {

const MessageText* find_message(std::string_view key) {
  // Built on first use; the tables are constant, so the pointers stay valid.
  static const std::unordered_map<std::string_view, const MessageText*> by_key = [] {
    std::unordered_map<std::string_view, const MessageText*> index;
    for (const auto& m : all_messages())
      index.emplace(m.key, &m);
    return index;
  }();
  auto it = by_key.find(key);
  return it == by_key.end() ? nullptr : it->second;
}

std::string substitute(std::string_view pattern, std::span<const Arg> args) {
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c == '{') {
      auto close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        auto name = pattern.substr(i + 1, close - i - 1);
        // `{period|zh}`: the value's period codes in Chinese words (a zh text's filter).
        bool zh_words = false;
        if (auto bar = name.find('|'); bar != std::string_view::npos) {
          zh_words = name.substr(bar + 1) == "zh";
          name = name.substr(0, bar);
        }
        auto it =
            std::find_if(args.begin(), args.end(), [&](const Arg& a) { return a.name == name; });
        if (it != args.end()) {
          out += zh_words ? prose_words_zh(it->value) : it->value;
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

std::vector<std::string> placeholders(std::string_view pattern) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
      ++i;
      continue;
    }
    if (pattern[i] != '{') continue;
    auto close = pattern.find('}', i);
    if (close == std::string_view::npos) break;
    auto name = pattern.substr(i + 1, close - i - 1);
    names.emplace_back(name.substr(0, name.find('|')));
    i = close;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string render_message(std::string_view key, std::span<const Arg> args, Lang lang) {
  const MessageText* m = find_message(key);
  if (!m) {
    // A missing key is a bug; still say something useful rather than nothing.
    std::string out(key);
    for (const auto& a : args)
      out += " " + a.name + "=" + a.value;
    return out;
  }
  return substitute(lang == Lang::zh ? m->zh : m->en, args);
}

std::string finding_message(const Finding& f, Lang lang) {
  std::string message = render_message(f.message_key, f.args, lang);
  if (f.skipped != 0) {
    // "; 3 budget checks skipped": the checks this finding hid (issue #18). A key with no
    // term in the catalogue is named as written in the plan, in backticks.
    const std::string term_key = "term." + f.skipped_key;
    std::string term =
        find_message(term_key) ? render_message(term_key, {}, lang) : "`" + f.skipped_key + "`";
    std::vector<Arg> args{arg("count", f.skipped), arg("term", term)};
    std::string key = f.skipped == 1 ? "note.checks-skipped-one" : "note.checks-skipped";
    if (message.ends_with("?") || message.ends_with("？")) key += ".after-question";
    message += render_message(key, args, lang);
  }
  if (f.hint_key.empty()) return message;
  Arg parts[] = {arg("message", message),
                 arg("hint", render_message(f.hint_key, f.hint_args, lang))};
  return render_message("hint.join", parts, lang);
}

std::string severity_label(Severity s, Lang lang) {
  switch (s) {
  case Severity::error:
    return render_message("severity.error", {}, lang);
  case Severity::warning:
    return render_message("severity.warning", {}, lang);
  case Severity::info:
    return render_message("severity.info", {}, lang);
  }
  return std::string(severity_name(s));
}

} // namespace kaplan
