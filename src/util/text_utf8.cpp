// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <cstdint>

namespace kaplan::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

std::uint8_t byte_at(std::string_view s, std::size_t i) {
  return static_cast<std::uint8_t>(s[i]);
}

bool is_continuation(std::uint8_t b) {
  return (b & 0xC0) == 0x80;
}

// Length of the valid sequence starting at `pos`, or 0. The ranges for the
// second byte follow Unicode's table 3-7, which rules out overlong forms,
// surrogates and code points above U+10FFFF in one place.
std::size_t valid_sequence_length(std::string_view s, std::size_t pos) {
  const std::uint8_t b0 = byte_at(s, pos);
  if (b0 < 0x80) return 1;
  std::size_t len = 0;
  std::uint8_t lo = 0x80;
  std::uint8_t hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0; // overlong below U+0800
    if (b0 == 0xED) hi = 0x9F; // surrogates U+D800..DFFF
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90; // overlong below U+10000
    if (b0 == 0xF4) hi = 0x8F; // above U+10FFFF
  } else {
    return 0; // continuation byte, C0/C1 (overlong 2-byte) or F5..FF
  }
  if (s.size() - pos < len) return 0;
  const std::uint8_t b1 = byte_at(s, pos + 1);
  if (b1 < lo || b1 > hi) return 0;
  for (std::size_t i = 2; i < len; ++i) {
    if (!is_continuation(byte_at(s, pos + i))) return 0;
  }
  return len;
}

} // namespace

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t len = valid_sequence_length(s, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  if (pos >= s.size()) return kReplacement;
  const std::size_t len = valid_sequence_length(s, pos);
  if (len == 0) {
    ++pos;
    return kReplacement;
  }
  const std::uint8_t b0 = byte_at(s, pos);
  char32_t c = 0;
  switch (len) {
  case 1:
    c = b0;
    break;
  case 2:
    c = b0 & 0x1Fu;
    break;
  case 3:
    c = b0 & 0x0Fu;
    break;
  default:
    c = b0 & 0x07u;
    break;
  }
  for (std::size_t i = 1; i < len; ++i) {
    c = (c << 6) | (byte_at(s, pos + i) & 0x3Fu);
  }
  pos += len;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacement;
  auto put = [&out](char32_t byte) { out.push_back(static_cast<char>(byte)); };
  if (c < 0x80) {
    put(c);
  } else if (c < 0x800) {
    put(0xC0 | (c >> 6));
    put(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    put(0xE0 | (c >> 12));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  } else {
    put(0xF0 | (c >> 18));
    put(0x80 | ((c >> 12) & 0x3F));
    put(0x80 | ((c >> 6) & 0x3F));
    put(0x80 | (c & 0x3F));
  }
}

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

} // namespace kaplan::text
