// SPDX-License-Identifier: MIT
#include "kaplan/messages.hpp"

#include "i18n/cli_text.hpp"
#include "rules/message_tables.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace kaplan {
namespace {

struct Catalogue {
  std::vector<MessageText> all;
  std::unordered_map<std::string_view, const MessageText*> by_key;

  Catalogue() {
    for (auto table :
         {rules::common_messages, rules::structure_messages, rules::completeness_messages,
          rules::cascade_messages, rules::feasibility_messages, rules::governance_messages,
          rules::actuals_messages, rules::ecosystem_messages, rules::report_messages,
          rules::rollforward_messages, rules::score_messages, rules::render_messages,
          rules::reason_messages, rules::explain_messages, i18n::cli_messages})
      for (const auto& m : table())
        all.push_back(m);
    for (const auto& m : all)
      by_key.emplace(m.key, &m);
  }
};

const Catalogue& catalogue() {
  static const Catalogue c;
  return c;
}

} // namespace

std::span<const MessageText> all_messages() {
  return catalogue().all;
}

const MessageText* find_message(std::string_view key) {
  const auto& c = catalogue();
  auto it = c.by_key.find(key);
  return it == c.by_key.end() ? nullptr : it->second;
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
        auto it =
            std::find_if(args.begin(), args.end(), [&](const Arg& a) { return a.name == name; });
        if (it != args.end()) {
          out += it->value;
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
    names.emplace_back(pattern.substr(i + 1, close - i - 1));
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

} // namespace kaplan
