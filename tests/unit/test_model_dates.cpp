// SPDX-License-Identifier: MIT
// The one place of date arithmetic (model/dates.hpp, <chrono> calendar types underneath):
// the `YYYY-MM-DD` parser and the day and month steps, at the edges of the years a plan
// can name (1900 and 2200, neither a leap year), leap days and month ends.
#include "kaplan/model/dates.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_model_dates {

using namespace kaplan;

namespace {

Date parsed(std::string_view s) {
  Date d{-1, -1, -1};
  REQUIRE(parse_date(s, d));
  return d;
}

bool parses(std::string_view s) {
  Date d;
  return parse_date(s, d);
}

// The next day, stepped by hand from the month lengths: an independent check of add_days.
Date next_day(Date d) {
  if (d.day < cal::days_in_month(d.year, d.month)) return {d.year, d.month, d.day + 1};
  if (d.month < 12) return {d.year, d.month + 1, 1};
  return {d.year + 1, 1, 1};
}

} // namespace

TEST_CASE("leap years: every fourth, but not centuries unless divisible by 400") {
  CHECK_FALSE(cal::is_leap_year(1900));
  CHECK_FALSE(cal::is_leap_year(2200));
  CHECK_FALSE(cal::is_leap_year(2100));
  CHECK(cal::is_leap_year(1904));
  CHECK(cal::is_leap_year(2000));
  CHECK(cal::is_leap_year(2400));
  CHECK(cal::is_leap_year(2196));
  CHECK(cal::days_in_month(1900, 2) == 28);
  CHECK(cal::days_in_month(2200, 2) == 28);
  CHECK(cal::days_in_month(2000, 2) == 29);
  int days_2027 = 0, days_2028 = 0;
  for (int m = 1; m <= 12; ++m) {
    days_2027 += cal::days_in_month(2027, m);
    days_2028 += cal::days_in_month(2028, m);
  }
  CHECK(days_2027 == 365);
  CHECK(days_2028 == 366);
}

TEST_CASE("the parser takes only days that exist, written YYYY-MM-DD") {
  CHECK(parsed("2000-02-29") == Date{2000, 2, 29});
  CHECK(parsed("2028-02-29") == Date{2028, 2, 29});
  CHECK(parsed("1900-01-01") == Date{1900, 1, 1});
  CHECK(parsed("2200-12-31") == Date{2200, 12, 31});
  CHECK(parsed("2027-04-30") == Date{2027, 4, 30});
  for (const char* bad :
       {"1900-02-29", "2200-02-29", "2100-02-29", "2027-02-29", "2027-04-31", "2027-06-31",
        "2027-13-01", "2027-00-10", "2027-01-00", "2027-01-32", "2027-1-01", "27-01-01",
        "+027-01-01", " 2027-01-01", "2027-01-01 ", "2027/01/01", "2027-01-0a", ""})
    CHECK_MESSAGE(!parses(bad), bad);
  CHECK(format_date({1900, 3, 1}) == "1900-03-01");
  CHECK(format_date(parsed("2200-12-31")) == "2200-12-31");
}

TEST_CASE("day numbers at the edges of the plan years") {
  CHECK(cal::day_number({1900, 1, 1}) == -25567);
  CHECK(cal::day_number({1900, 3, 1}) == -25508);
  CHECK(cal::day_number({2100, 2, 28}) == 47540);
  CHECK(cal::day_number({2200, 3, 1}) == 84065);
  CHECK(cal::day_number({2200, 12, 31}) == 84370);
  CHECK(cal::days_inclusive({1900, 1, 1}, {1900, 12, 31}) == 365);
  CHECK(cal::days_inclusive({2200, 1, 1}, {2200, 12, 31}) == 365);
  CHECK(cal::days_inclusive({2000, 1, 1}, {2000, 12, 31}) == 366);
}

TEST_CASE("adding days crosses month ends, leap days and year ends") {
  CHECK(cal::add_days({2027, 1, 31}, 1) == Date{2027, 2, 1});
  CHECK(cal::add_days({2028, 2, 28}, 1) == Date{2028, 2, 29});
  CHECK(cal::add_days({2028, 2, 29}, 1) == Date{2028, 3, 1});
  CHECK(cal::add_days({1900, 2, 28}, 1) == Date{1900, 3, 1});
  CHECK(cal::add_days({2200, 2, 28}, 1) == Date{2200, 3, 1});
  CHECK(cal::add_days({2000, 2, 28}, 1) == Date{2000, 2, 29});
  CHECK(cal::add_days({2027, 12, 31}, 1) == Date{2028, 1, 1});
  CHECK(cal::add_days({2028, 3, 1}, -1) == Date{2028, 2, 29});
  CHECK(cal::add_days({1900, 1, 1}, -1) == Date{1899, 12, 31});
  CHECK(cal::add_days({2027, 3, 15}, 0) == Date{2027, 3, 15});
  CHECK(cal::add_days({2027, 3, 15}, 366) == Date{2028, 3, 15});
  CHECK(cal::add_days({2200, 12, 31}, -(84370 + 25567)) == Date{1900, 1, 1});
  // Every day from 1900 to 2200, one step at a time, against the hand-stepped calendar.
  Date d{1900, 1, 1};
  long long n = cal::day_number(d);
  bool all_equal = true;
  while (d.year <= 2200) {
    Date next = next_day(d);
    if (cal::add_days(d, 1) != next || cal::day_number(next) != n + 1) {
      all_equal = false;
      FAIL_CHECK("add_days or day_number disagree after " << format_date(d));
      break;
    }
    d = next;
    ++n;
  }
  CHECK(all_equal);
  CHECK(d == Date{2201, 1, 1});
}

TEST_CASE("months and periods at the edges") {
  CHECK(cal::month_at(cal::month_index({1900, 1}) - 1) == Month{1899, 12});
  CHECK(cal::month_at(cal::month_index({2200, 12}) + 1) == Month{2201, 1});
  CHECK(cal::month_at(-1) == Month{-1, 12});
  CHECK(cal::month_index({2200, 12}) - cal::month_index({1900, 1}) == 301 * 12 - 1);
  CHECK(period_end({Period::Kind::month, 1900, 2}) == Date{1900, 2, 28});
  CHECK(period_end({Period::Kind::quarter, 2200, 1}) == Date{2200, 3, 31});
  CHECK(period_end({Period::Kind::half, 2200, 2}) == Date{2200, 12, 31});
  CHECK(period_end({Period::Kind::month, 2000, 2}) == Date{2000, 2, 29});
  CHECK(cal::format_months({1900, 1}, {2200, 12}) == "1900-01..2200-12");
}

} // namespace unit_model_dates
