// SPDX-License-Identifier: MIT
// libFuzzer target: the scalar parsers (dates, months, periods, decimal numbers, ids).
// Besides not crashing, whatever parses must print back as written.
#include "kaplan/load/actuals.hpp"
#include "kaplan/model/dates.hpp"
#include "load/reader.hpp"

#include <cmath>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kaplan;
  using load::Reader;
  std::string_view s(reinterpret_cast<const char*>(data), size);
  Date d;
  if (kaplan::parse_date(s, d)) {
    if (format_date(d) != s) __builtin_trap();
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) __builtin_trap();
  }
  Month m;
  if (Reader::parse_month(s, m) && (m.month < 1 || m.month > 12)) __builtin_trap();
  Period p;
  if (Reader::parse_period(s, p)) {
    if (format_period(p) != s) __builtin_trap();
    Date end = period_end(p);
    int months = months_elapsed(p);
    if (end.year != p.year || months < 1 || months > 12 || end.month != months) __builtin_trap();
  }
  double v = 0;
  bool overflow = false;
  if (Reader::parse_number(s, v, overflow) && !std::isfinite(v)) __builtin_trap();
  if (Reader::valid_id(s) && s.empty()) __builtin_trap();
  return 0;
}
