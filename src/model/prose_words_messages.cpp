// SPDX-License-Identifier: MIT
// The Chinese words that prose uses for codes (terms-zh.md): reporting periods (2027 年二季度,
// not `2027-Q2`) and resource kinds and perspectives, for the catalogue's `{name|zh}`.
#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"

#include <cctype>
#include <fmt/format.h>
#include <string>

namespace kaplan {

namespace {
constexpr std::string_view kQuarter[] = {" 年一季度", " 年二季度", " 年三季度", " 年四季度"};
constexpr std::string_view kHalf[] = {" 年上半年", " 年下半年"};
constexpr const char* kMonth = "{} 年 {} 月";
constexpr std::string_view kTo = "至";

// Enum values that messages name in prose, in the words the reports show for them
// (the catalogue's value.<kind>.<name>): resource kinds, scorecard perspectives, segment
// priorities, decision stages.
constexpr std::string_view kProseKinds[] = {"asset-kind", "perspective", "segment-priority",
                                            "stage"};

const MessageText* word_of(std::string_view name) {
  for (auto kind : kProseKinds)
    if (const MessageText* m = find_message(fmt::format("value.{}.{}", kind, name))) return m;
  return nullptr;
}
} // namespace

std::string prose_words_zh(std::string_view text) {
  // A list of enum values ("talent, group"): each item that is one, in Chinese.
  {
    std::string out;
    bool all = true;
    for (std::size_t at = 0; at <= text.size() && all;) {
      auto end = text.find(", ", at);
      auto item = text.substr(at, end == std::string_view::npos ? text.npos : end - at);
      const MessageText* w = word_of(item);
      if (!w)
        all = false;
      else
        out += (out.empty() ? "" : "、") + std::string(w->zh);
      if (end == std::string_view::npos) break;
      at = end + 2;
    }
    if (all && !text.empty()) return out;
  }
  auto digits = [&](std::size_t at, std::size_t n) {
    if (at + n > text.size()) return false;
    for (std::size_t k = at; k < at + n; ++k)
      if (text[k] < '0' || text[k] > '9') return false;
    return true;
  };
  // A whole year as the period (year-end actuals): "2027 年".
  if (text.size() == 4 && digits(0, 4)) return std::string(text) + " 年";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    // A code starts a token: not right after a letter, a digit or a dash.
    bool starts = i == 0 || !(std::isalnum(static_cast<unsigned char>(text[i - 1])) ||
                              text[i - 1] == '-' || text[i - 1] == '_');
    if (starts && digits(i, 4) && i + 6 < text.size() && text[i + 4] == '-') {
      std::string_view year = text.substr(i, 4);
      char k = text[i + 5];
      if ((k == 'Q' || k == 'H') && i + 6 < text.size() && text[i + 6] >= '1' &&
          text[i + 6] <= (k == 'Q' ? '4' : '2')) {
        int n = text[i + 6] - '1';
        out += std::string(year) + std::string(k == 'Q' ? kQuarter[n] : kHalf[n]);
        i += 7;
        continue;
      }
      if (digits(i + 5, 2) && !digits(i + 7, 1) && !(i + 7 < text.size() && text[i + 7] == '-')) {
        int month = (text[i + 5] - '0') * 10 + (text[i + 6] - '0');
        if (month >= 1 && month <= 12) {
          out += fmt::format(kMonth, year, month);
          i += 7;
          continue;
        }
      }
    }
    if (text.substr(i, 2) == "..") {
      out += kTo;
      if (digits(i + 2, 1)) out += ' ';
      i += 2;
      continue;
    }
    out += text[i++];
  }
  return out;
}

} // namespace kaplan
