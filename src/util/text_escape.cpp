// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fmt/format.h>
#include <iterator>

namespace kaplan::text {
namespace {

constexpr char32_t replacement = 0xFFFD;

// One step of a walk over possibly invalid UTF-8: the code point, whether it
// was valid, and its original bytes.
struct Step {
  char32_t c;
  bool valid;
  std::string_view bytes;
};

// Calls f(Step) for each code point of `s`; an invalid byte is one step with
// c = U+FFFD. A real U+FFFD in the input takes 3 bytes, which tells the two apart.
template <typename F>
void for_each_step(std::string_view s, F f) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t start = pos;
    const char32_t c = decode_utf8(s, pos);
    f(Step{c, !(c == replacement && pos - start == 1), s.substr(start, pos - start)});
  }
}

bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Bidirectional formatting characters: they reorder what a terminal shows
// ("Trojan Source"), so terminal output makes them visible.
bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// Characters that show nothing: zero-width spaces and joiners, word joiners and
// invisible operators, the byte order mark; and the line and paragraph separators.
bool is_invisible(char32_t c) {
  return (c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF ||
         c == 0x2028 || c == 0x2029;
}

// Appends a step's text, with invalid bytes replaced by U+FFFD.
void append_step(std::string& out, const Step& st) {
  if (st.valid) {
    out.append(st.bytes);
  } else {
    append_utf8(out, replacement);
  }
}

// Treats "\r\n" as one line break: returns true for the '\n' that follows a '\r'.
bool second_half_of_crlf(char32_t c, char32_t previous) {
  return c == U'\n' && previous == U'\r';
}

// Appends one code point of a JSON string: escaped when JSON or JavaScript needs it.
void append_json_step(std::string& out, const Step& st) {
  if (!st.valid) {
    out += "\\ufffd";
    return;
  }
  switch (st.c) {
  case U'"':
    out += "\\\"";
    return;
  case U'\\':
    out += "\\\\";
    return;
  case U'\b':
    out += "\\b";
    return;
  case U'\f':
    out += "\\f";
    return;
  case U'\n':
    out += "\\n";
    return;
  case U'\r':
    out += "\\r";
    return;
  case U'\t':
    out += "\\t";
    return;
  default:
    break;
  }
  // U+2028/2029 end a line in JavaScript, which breaks JSON embedded in scripts.
  if (is_control(st.c) || st.c == 0x2028 || st.c == 0x2029) {
    fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<std::uint32_t>(st.c));
  } else {
    out.append(st.bytes);
  }
}

// The bytes that stand for themselves in a JSON string: printable ASCII but the quote
// and the backslash.
constexpr std::array<bool, 256> kJsonPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x7F; ++b)
    plain[static_cast<std::size_t>(b)] = b != '"' && b != '\\';
  return plain;
}();

} // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t start = 0; // the first byte not copied yet
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (kJsonPlain[static_cast<unsigned char>(s[pos])]) {
      ++pos;
      continue;
    }
    const std::size_t at = pos;
    const char32_t c = decode_utf8(s, pos);
    const bool valid = !(c == replacement && pos - at == 1);
    // Valid UTF-8 beyond ASCII stays as it is, but for what JSON or JavaScript reads as
    // a control or a line end.
    if (valid && c >= 0x80 && !is_control(c) && c != 0x2028 && c != 0x2029) continue;
    out.append(s.data() + start, at - start);
    append_json_step(out, Step{c, valid, s.substr(at, pos - at)});
    start = pos;
  }
  out.append(s.data() + start, s.size() - start);
  out.push_back('"');
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  append_json_string(out, s);
  return out;
}

std::string markdown_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t previous = 0;
  for_each_step(s, [&out, &previous](const Step& st) {
    const char32_t c = st.c;
    const bool skip = second_half_of_crlf(c, previous);
    previous = c;
    if (skip) return;
    switch (c) {
    case U'\r':
    case U'\n':
      out += "<br>";
      return;
    case U'\t':
      out += ' ';
      return;
    case U'&':
      out += "&amp;";
      return;
    case U'<':
      out += "&lt;";
      return;
    case U'>':
      out += "&gt;";
      return;
    // `$` starts math on GitHub; `|` must be escaped even inside code spans.
    case U'\\':
    case U'`':
    case U'*':
    case U'_':
    case U'[':
    case U']':
    case U'|':
    case U'#':
    case U'!':
    case U'~':
    case U'$':
      out += '\\';
      out += static_cast<char>(c);
      return;
    default:
      break;
    }
    if (st.valid && is_control(c)) return;
    append_step(out, st);
  });
  return out;
}

namespace {

// Shared by html_escape and xml_escape, which differ only in the apostrophe
// and in the characters XML 1.0 forbids.
std::string markup_escape(std::string_view s, bool xml) {
  std::string out;
  out.reserve(s.size());
  for_each_step(s, [&out, xml](const Step& st) {
    switch (st.c) {
    case U'&':
      out += "&amp;";
      return;
    case U'<':
      out += "&lt;";
      return;
    case U'>':
      out += "&gt;";
      return;
    case U'"':
      out += "&quot;";
      return;
    case U'\'':
      out += xml ? "&apos;" : "&#39;";
      return;
    case U'\n':
    case U'\t':
      out += static_cast<char>(st.c);
      return;
    default:
      break;
    }
    if (st.valid && is_control(st.c)) return;
    if (xml && (st.c == 0xFFFE || st.c == 0xFFFF)) return;
    append_step(out, st);
  });
  return out;
}

} // namespace

std::string html_escape(std::string_view s) {
  return markup_escape(s, false);
}

std::string xml_escape(std::string_view s) {
  return markup_escape(s, true);
}

namespace {

// What terminal_sanitize and one_line share; `lines` keeps line breaks and tabs raw.
std::string terminal_text(std::string_view s, bool lines) {
  // Printable ASCII, most of what is shown, is shown as it is.
  if (std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
    return std::string(s);
  std::string out;
  out.reserve(s.size());
  for_each_step(s, [&out, lines](const Step& st) {
    if (st.valid && lines && (st.c == U'\t' || st.c == U'\n')) {
      out.append(st.bytes);
    } else if (st.valid && st.c == U'\n') {
      out += "\\n";
    } else if (st.valid && st.c == U'\t') {
      out += "\\t";
    } else if (!st.valid || (st.c < 0x80 && is_control(st.c))) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(st.bytes.front()));
    } else if (is_control(st.c) || is_bidi_control(st.c) || is_invisible(st.c)) {
      out += fmt::format("\\u{{{:04x}}}", static_cast<std::uint32_t>(st.c));
    } else {
      out.append(st.bytes);
    }
  });
  return out;
}

} // namespace

bool is_unsafe_char(char32_t c) {
  return is_control(c) || is_bidi_control(c) || is_invisible(c);
}

std::string terminal_sanitize(std::string_view s) {
  return terminal_text(s, true);
}

std::string one_line(std::string_view s) {
  return terminal_text(s, false);
}

std::string mermaid_label(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t previous = 0;
  for_each_step(s, [&out, &previous](const Step& st) {
    const char32_t c = st.c;
    const bool skip = second_half_of_crlf(c, previous);
    previous = c;
    if (skip) return;
    switch (c) {
    case U'\r':
    case U'\n':
    case U'\t':
      out += ' ';
      return;
    case U'"':
      out += "#quot;";
      return;
    case U'<':
      out += "#lt;";
      return;
    case U'>':
      out += "#gt;";
      return;
    // Everything else Mermaid's parser or its HTML labels give a meaning,
    // including '#' and '&' so that input cannot spell an entity itself.
    case U'`':
    case U'|':
    case U'[':
    case U']':
    case U'{':
    case U'}':
    case U'(':
    case U')':
    case U';':
    case U'#':
    case U'&':
      out += fmt::format("#{};", static_cast<std::uint32_t>(c));
      return;
    default:
      break;
    }
    if (st.valid && is_control(c)) return;
    append_step(out, st);
  });
  return out;
}

} // namespace kaplan::text
