// SPDX-License-Identifier: MIT
#pragma once

// Dates, months and reporting periods, and the calendar arithmetic every layer shares
// (C++20 <chrono> calendar types underneath; the format's `YYYY-MM-DD` is parsed here).

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace kaplan {

// A calendar date; valid dates only (the loader rejects 2027-02-30).
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

// A calendar month, `YYYY-MM`.
struct Month {
  int year = 0, month = 0;
  auto operator<=>(const Month&) const = default;
};

// A reporting period: a year, half, quarter or month.
struct Period {
  enum class Kind : std::uint8_t { year, half, quarter, month };
  Kind kind = Kind::year;
  int year = 0;
  int index = 0; // half 1–2, quarter 1–4, month 1–12; 0 for a year
  auto operator<=>(const Period&) const = default;
};

// Parses `YYYY-MM-DD` (four-digit year, a day that exists); false otherwise.
bool parse_date(std::string_view s, Date& out);

// `YYYY-MM-DD`.
std::string format_date(const Date& d);

// Today's date from the system clock (UTC), for when --today is not given.
Date system_today();

namespace cal {
// Whether `year` is a Gregorian leap year.
bool is_leap_year(int year);
// Days of a month of a year (28..31).
int days_in_month(int year, int month);
// Days since 1970-01-01 (negative before); proleptic Gregorian.
long long day_number(const Date& d);
// The date `days` days after `d` (before it when negative).
Date add_days(const Date& d, long long days);
// Days from `a` to `b`, both inclusive (1 for a one-day span; <= 0 when b < a).
long long days_inclusive(const Date& a, const Date& b);
// A month as a running count (year * 12 + month - 1), so months subtract and compare.
int month_index(const Month& m);
// The month of a running count.
Month month_at(int index);
// The month a date falls in.
Month month_of(const Date& d);
// `YYYY-MM`.
std::string format_month(const Month& m);
// `2027-03` for one month, `2027-03..2027-05` for a run.
std::string format_months(const Month& first, const Month& last);
} // namespace cal

// The years a plan can name (cycle, targets, periods); outside them a year is a typo
// (20270, 207). A command that writes a plan refuses to write one outside them.
inline constexpr int kEarliestPlanYear = 1900;
inline constexpr int kLatestPlanYear = 2200;

// The months from the start of the period's year to its end: 12, 6 × half, 3 × quarter
// or the month.
int months_elapsed(const Period& p);

// The last day of a period.
Date period_end(const Period& p);

// `2027`, `2027-H1`, `2027-Q2` or `2027-07`.
std::string format_period(const Period& p);

// A text holding period codes, as Chinese prose writes them (terms-zh.md): `2027-Q2` is
// 2027 年二季度, `2027-H1` 2027 年上半年, `2027-07` 2027 年 7 月, `..` between two
// months 至; a list of resource kinds or scorecard perspectives ("talent, group") is
// written in Chinese words (人才、集团公司); anything else is kept as it is.
std::string prose_words_zh(std::string_view text);

} // namespace kaplan
