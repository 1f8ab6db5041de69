// SPDX-License-Identifier: MIT
// Reading `.kaplan.yaml`: the keys whose values are checked here rather than by a plan run.
#include "kaplan/load/config_file.hpp"
#include "kaplan/model/errors.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_load_config {

using namespace kaplan;

TEST_CASE("planning_deadline is read as a month and a day, strictly") {
  CHECK(parse_config("planning_deadline: \"09-30\"\n", ".kaplan.yaml").planning_deadline ==
        MonthDay{9, 30});
  CHECK(parse_config("planning_deadline: 02-29\n", ".kaplan.yaml").planning_deadline ==
        MonthDay{2, 29});
  CHECK(parse_config("fail_on: error\n", ".kaplan.yaml").planning_deadline == MonthDay{7, 31});
  for (const char* bad : {"\"07-32\"", "\"13-01\"", "\"00-10\"", "\"7-31\"", "\"2026-07-31\"",
                          "\"04-31\"", "[7, 31]", "\"\""}) {
    CAPTURE(bad);
    try {
      parse_config(std::string("planning_deadline: ") + bad + "\n", ".kaplan.yaml");
      FAIL("accepted");
    } catch (const StopError& e) {
      CHECK(e.key == "KAP-S008.month-day");
      CHECK(e.where == ".kaplan.yaml:1:20");
    }
  }
}

} // namespace unit_load_config
