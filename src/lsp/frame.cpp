// SPDX-License-Identifier: MIT
// The base protocol's framing: `Content-Length: N\r\n` (and other header lines, ignored)
// up to an empty line, then N bytes of body.
#include "kaplan/lsp/server.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cctype>

namespace kaplan::lsp {
namespace {

constexpr std::string_view kLengthHeader = "content-length:";

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// Where the next `Content-Length:` starts in `s` (any case), or npos.
std::size_t find_length_header(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((s[i] == 'C' || s[i] == 'c') && starts_with_nocase(s.substr(i), kLengthHeader)) return i;
  return std::string_view::npos;
}

// The header section (without its final empty line): its Content-Length, or an error.
bool parse_header(std::string_view header, std::uint64_t max_body, std::uint64_t& size,
                  std::string& error) {
  bool have_length = false;
  while (!header.empty()) {
    std::size_t end = header.find("\r\n");
    std::string_view line = header.substr(0, end);
    header = end == std::string_view::npos ? std::string_view() : header.substr(end + 2);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      error = "a header line without a name and a colon";
      return false;
    }
    if (!starts_with_nocase(line, kLengthHeader)) continue; // Content-Type and others
    std::string_view value = text::trim_blanks(line.substr(colon + 1));
    if (have_length) {
      error = "two Content-Length headers";
      return false;
    }
    if (value.empty() || value.size() > 20 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      error = "a Content-Length that is not a number";
      return false;
    }
    std::uint64_t n = 0;
    for (char c : value) {
      if (n > (max_body + 10) / 10) { // past any limit: no overflow either
        n = max_body + 1;
        break;
      }
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (n > max_body) {
      error = "a Content-Length over the limit of " + std::to_string(max_body) + " bytes";
      return false;
    }
    size = n;
    have_length = true;
  }
  if (!have_length) {
    error = "a header without Content-Length";
    return false;
  }
  return true;
}

} // namespace

void FrameReader::feed(std::string_view bytes) {
  buffer_.append(bytes);
}

bool FrameReader::next(Frame& out) {
  for (;;) {
    switch (state_) {
    case State::resync: {
      std::size_t at = find_length_header(buffer_);
      if (at == std::string::npos) {
        // Keep what could be the start of a `Content-Length:` cut by the read.
        if (buffer_.size() >= kLengthHeader.size())
          buffer_.erase(0, buffer_.size() - (kLengthHeader.size() - 1));
        return false;
      }
      buffer_.erase(0, at);
      state_ = State::header;
      break;
    }
    case State::header: {
      std::size_t end = buffer_.find("\r\n\r\n");
      if (end == std::string::npos || end > kMaxHeader) {
        if (end == std::string::npos && buffer_.size() <= kMaxHeader + 3) return false;
        out = {false, {}, "a header section longer than " + std::to_string(kMaxHeader) + " bytes"};
        buffer_.erase(0, 1); // look for the next header past this one's start
        state_ = State::resync;
        return true;
      }
      std::string error;
      std::uint64_t size = 0;
      bool ok = parse_header(std::string_view(buffer_).substr(0, end), max_body_, size, error);
      buffer_.erase(0, end + 4);
      if (!ok) {
        out = {false, {}, std::move(error)};
        state_ = State::resync;
        return true;
      }
      body_size_ = size;
      state_ = State::body;
      break;
    }
    case State::body:
      if (buffer_.size() < body_size_) return false;
      out.ok = true;
      out.error.clear();
      out.body.assign(buffer_, 0, body_size_);
      buffer_.erase(0, body_size_);
      state_ = State::header;
      return true;
    }
  }
}

} // namespace kaplan::lsp
