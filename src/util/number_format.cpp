// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <iterator>

namespace kaplan::text {
namespace {

// "nan", "inf" or "-inf" for non-finite values, empty otherwise; the same
// spelling on every platform, unlike printf.
std::string non_finite(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  return {};
}

// Drops the sign of a result that shows only zeros ("-0.00" -> "0.00").
void drop_negative_zero(std::string& s) {
  if (s.starts_with('-') && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
}

} // namespace

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += non_finite(v);
    return;
  }
  if (v == 0) { // also -0
    out += '0';
    return;
  }
  const double magnitude = std::fabs(v);
  // std::to_chars rounds correctly from the binary value, as printf does in the C locale
  // (and as fmt's "{:.6f}" does, which it replaces: 30 million values compared, ties
  // included), so the output is the same everywhere; it neither allocates nor reads the
  // locale.
  char buf[64];
  if (magnitude < 1e15 && std::trunc(v) == v) {
    out.append(buf, std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v)).ptr);
    return;
  }
  if (magnitude >= 1e-6 && magnitude < 1e15) {
    char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 6).ptr;
    while (end[-1] == '0') // trailing zeros of the fraction, and then its point
      --end;
    if (end[-1] == '.') --end;
    std::string_view s(buf, static_cast<std::size_t>(end - buf));
    if (s.starts_with('-') && s.find_first_not_of("0.", 1) == std::string_view::npos)
      s.remove_prefix(1);
    out.append(s);
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", v); // shortest round-trip, with an exponent
}

std::string format_number(double v) {
  std::string s;
  append_number(s, v);
  return s;
}

std::string format_fixed(double v, int decimals) {
  if (!std::isfinite(v)) return non_finite(v);
  std::string s = fmt::format("{:.{}f}", v, decimals < 0 ? 0 : decimals);
  drop_negative_zero(s);
  return s;
}

std::string format_percent(double ratio, int decimals) {
  return format_fixed(ratio * 100, decimals) + "%";
}

} // namespace kaplan::text
