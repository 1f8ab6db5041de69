// SPDX-License-Identifier: MIT
#include "kaplan/model/dates.hpp"

#include <chrono>
#include <ctime>
#include <fmt/format.h>

namespace kaplan {
namespace {

namespace chr = std::chrono;

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s)
    v = v * 10 + (c - '0');
  return v;
}

chr::year_month_day ymd(const Date& d) {
  return chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} /
         chr::day{static_cast<unsigned>(d.day)};
}

} // namespace

bool parse_date(std::string_view s, Date& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return false;
  Date r{to_int(y), to_int(m), to_int(d)};
  if (!ymd(r).ok()) return false;
  out = r;
  return true;
}

std::string format_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

Date system_today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

namespace cal {

bool is_leap_year(int year) {
  return chr::year{year}.is_leap();
}

int days_in_month(int year, int month) {
  if (month < 1 || month > 12) return 31;
  return static_cast<int>(static_cast<unsigned>(
      (chr::year{year} / chr::month{static_cast<unsigned>(month)} / chr::last).day()));
}

long long day_number(const Date& d) {
  return chr::sys_days{ymd(d)}.time_since_epoch().count();
}

Date add_days(const Date& d, long long days) {
  chr::year_month_day r{chr::sys_days{chr::days{day_number(d) + days}}};
  return {static_cast<int>(r.year()), static_cast<int>(static_cast<unsigned>(r.month())),
          static_cast<int>(static_cast<unsigned>(r.day()))};
}

long long days_inclusive(const Date& a, const Date& b) {
  return day_number(b) - day_number(a) + 1;
}

int month_index(const Month& m) {
  return m.year * 12 + m.month - 1;
}

Month month_at(int index) {
  // Floor division, so the arithmetic also holds below year 0.
  int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  return {year, index - year * 12 + 1};
}

Month month_of(const Date& d) {
  return {d.year, d.month};
}

std::string format_month(const Month& m) {
  return fmt::format("{:04}-{:02}", m.year, m.month);
}

std::string format_months(const Month& first, const Month& last) {
  if (first == last) return format_month(first);
  return format_month(first) + ".." + format_month(last);
}

} // namespace cal

int months_elapsed(const Period& p) {
  switch (p.kind) {
  case Period::Kind::year:
    return 12;
  case Period::Kind::half:
    return 6 * p.index;
  case Period::Kind::quarter:
    return 3 * p.index;
  case Period::Kind::month:
    return p.index;
  }
  return 12;
}

Date period_end(const Period& p) {
  int month = months_elapsed(p);
  return {p.year, month, cal::days_in_month(p.year, month)};
}

std::string format_period(const Period& p) {
  switch (p.kind) {
  case Period::Kind::year:
    return fmt::format("{:04}", p.year);
  case Period::Kind::half:
    return fmt::format("{:04}-H{}", p.year, p.index);
  case Period::Kind::quarter:
    return fmt::format("{:04}-Q{}", p.year, p.index);
  case Period::Kind::month:
    return fmt::format("{:04}-{:02}", p.year, p.index);
  }
  return {};
}

} // namespace kaplan
