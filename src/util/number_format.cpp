// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <cmath>
#include <fmt/format.h>

namespace kaplan::text {
namespace {

// "nan", "inf" or "-inf" for non-finite values, empty otherwise; the same
// spelling on every platform, unlike printf.
std::string non_finite(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  return {};
}

// Removes trailing zeros after a decimal point, and the point if nothing is left.
void trim_fraction(std::string& s) {
  if (s.find('.') == std::string::npos) return;
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.') s.pop_back();
}

// Drops the sign of a result that shows only zeros ("-0.00" -> "0.00").
void drop_negative_zero(std::string& s) {
  if (s.starts_with('-') && s.find_first_not_of("0.", 1) == std::string::npos) s.erase(0, 1);
}

} // namespace

std::string format_number(double v) {
  if (!std::isfinite(v)) return non_finite(v);
  if (v == 0) return "0"; // also -0
  const double magnitude = std::fabs(v);
  // fmt rounds correctly from the binary value, so the output is the same on
  // every platform and standard library.
  if (magnitude < 1e15 && std::trunc(v) == v) return fmt::format("{:.0f}", v);
  if (magnitude >= 1e-6 && magnitude < 1e15) {
    std::string s = fmt::format("{:.6f}", v);
    trim_fraction(s);
    drop_negative_zero(s);
    return s;
  }
  return fmt::format("{}", v); // shortest round-trip, with an exponent
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
