// SPDX-License-Identifier: MIT
// What a planner typing with a Chinese input method writes by mistake, and what was
// meant: the table of full-width marks (the Chinese words for enumeration values are
// in zh_enum_words.cpp).
#include "load/zh_keyboard.hpp"

namespace kaplan::load {
namespace {

// A full-width mark, what YAML needed instead ("" drops it) and the key of its hint.
struct MarkSpec {
  std::string_view mark;
  std::string_view ascii;
  std::string_view hint_key;
};

constexpr MarkSpec kMarks[] = {
    {"\uFF1A", ":", "hint.full-width.colon"},             // ：
    {"\uFF0C", ",", "hint.full-width.comma"},             // ，
    {"\u3001", ",", "hint.full-width.enumeration-comma"}, // 、
    {"\uFF1B", ",", "hint.full-width.semicolon"},         // ；
    {"\uFF08", "(", "hint.full-width.parenthesis"},       // （
    {"\uFF09", ")", "hint.full-width.parenthesis"},       // ）
    {"\u3010", "[", "hint.full-width.bracket"},           // 【
    {"\u3011", "]", "hint.full-width.bracket"},           // 】
    {"\u201C", "", "hint.full-width.quote"},              // “
    {"\u201D", "", "hint.full-width.quote"},              // ”
    {"\u2018", "", "hint.full-width.quote"},              // ‘
    {"\u2019", "", "hint.full-width.quote"},              // ’
    {"\u3000", " ", "hint.full-width.space"},
};

const MarkSpec* mark_at(std::string_view text, std::size_t i) {
  for (const auto& m : kMarks)
    if (text.substr(i).starts_with(m.mark)) return &m;
  return nullptr;
}

} // namespace

std::optional<FullWidthMark> find_full_width(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (const MarkSpec* m = mark_at(text, i)) return FullWidthMark{i, m->mark, m->hint_key};
  return std::nullopt;
}

std::optional<FullWidthMark> key_colon_slip(std::string_view line) {
  line = line.substr(0, line.find(" #")); // a comment may say anything
  std::size_t colon = line.find(':');
  std::size_t wide = line.find("\uFF1A"); // ：
  if (wide != std::string_view::npos && wide < colon)
    return FullWidthMark{wide, "\uFF1A", "hint.full-width.colon"};
  if (colon != std::string_view::npos && line.substr(colon + 1).starts_with("\u3000"))
    return FullWidthMark{colon + 1, "\u3000", "hint.full-width.space"};
  return std::nullopt;
}

std::string ascii_fix(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const MarkSpec* m = mark_at(text, i);
    if (!m) {
      out += text[i++];
      continue;
    }
    out += m->ascii;
    i += m->mark.size();
    // `：` and `，` stand for `: ` and `, `: YAML needs the space after a colon.
    bool spaced = m->ascii == ":" || m->ascii == ",";
    if (spaced && i < text.size() && text[i] != ' ' && !text.substr(i).starts_with("\u3000"))
      out += ' ';
  }
  return out;
}

} // namespace kaplan::load
