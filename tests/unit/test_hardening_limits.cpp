// SPDX-License-Identifier: MIT
// Hardening (issue #9): the per-file size limit and its KAPLAN_MAX_FILE_SIZE override, and
// regressions found by the hostile-input suite and the fuzz targets.
#include "kaplan/load/actuals.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/finding_cap.hpp"
#include "support.hpp"

#include <algorithm>
#include <cstdlib>
#include <doctest/doctest.h>

namespace unit_hardening_limits {

using namespace kaplan;
using kaplan::test::read_file;

namespace {

// Sets KAPLAN_MAX_FILE_SIZE for the life of the object.
struct EnvLimit {
  explicit EnvLimit(const char* value) { ::setenv("KAPLAN_MAX_FILE_SIZE", value, 1); }
  ~EnvLimit() { ::unsetenv("KAPLAN_MAX_FILE_SIZE"); }
  EnvLimit(const EnvLimit&) = delete;
  EnvLimit& operator=(const EnvLimit&) = delete;
};

// The rule ids of findings, sorted.
std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings)
    out.push_back(f.rule);
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("the file size limit is 64 MiB by default") {
  CHECK(LoadOptions{}.max_file_size == 64ull << 20);
}

TEST_CASE("KAPLAN_MAX_FILE_SIZE overrides the limit, in bytes or with K, M or G") {
  test::TempDir dir("limit");
  std::string path = dir.write("plan.yaml", std::string(2048, '#')).string();
  std::string text, reason;
  {
    EnvLimit env("1K");
    CHECK_FALSE(read_file(path, 64ull << 20, text, reason));
    CHECK(reason == "too-large");
  }
  {
    EnvLimit env("2048");
    CHECK(read_file(path, 16, text, reason));
    CHECK(text.size() == 2048);
  }
  {
    EnvLimit env("1M");
    CHECK(read_file(path, 16, text, reason));
  }
  CHECK_FALSE(read_file(path, 16, text, reason)); // unset: the caller's limit again
}

TEST_CASE("a KAPLAN_MAX_FILE_SIZE that is not a size stops the run") {
  test::TempDir dir("limit-bad");
  std::string path = dir.write("plan.yaml", "kaplan: 1\n").string();
  std::string text, reason;
  for (const char* bad :
       {"abc", "0", "-5", "10X", "1.5M", "99999999999999999999", "17179869184G"}) {
    CAPTURE(bad);
    EnvLimit env(bad);
    try {
      read_file(path, 1024, text, reason);
      FAIL("no stop error");
    } catch (const StopError& e) {
      CHECK(e.key == "stop.env-size");
      REQUIRE(e.args.size() == 2);
    }
  }
}

TEST_CASE("an actuals document that is not a mapping still lacks its version and header") {
  // `---` alone, `~` and a scalar used to read as an empty, valid set of actuals.
  test::TempDir dir("actuals-null");
  for (const char* text : {"---\n...\n", "~\n", "null\n"}) {
    CAPTURE(text);
    SourceSet sources;
    std::vector<std::string> paths{dir.write("actuals.yaml", text).string()};
    ActualsLoad load = load_actuals(paths, sources);
    CHECK(rules_of(load.findings) == std::vector<std::string>{"KAP-S004", "KAP-S009"});
  }
  SourceSet sources;
  std::vector<std::string> paths{dir.write("scalar.yaml", "hello\n").string()};
  ActualsLoad load = load_actuals(paths, sources);
  CHECK(rules_of(load.findings) == std::vector<std::string>{"KAP-S003", "KAP-S004", "KAP-S009"});
}

TEST_CASE("findings of one rule beyond the limit are counted, and said once") {
  std::vector<Finding> out;
  {
    CappedFindings capped(out);
    for (std::size_t i = 0; i < kFindingsPerRule + 7; ++i) {
      Finding f;
      f.rule = "KAP-K001";
      f.entity = "k" + std::to_string(i);
      capped.push_back(f);
    }
    Finding other;
    other.rule = "KAP-C001";
    capped.push_back(other);
    capped.close(Location{0, 1, 1}, "plan");
    capped.close(Location{0, 1, 1}, "plan"); // a second close adds nothing
  }
  REQUIRE(out.size() == kFindingsPerRule + 2);
  const Finding& more = out.back();
  CHECK(more.rule == "KAP-K001");
  CHECK(more.message_key == "note.more-findings");
  CHECK(more.entity == "plan");
  CHECK(std::count_if(out.begin(), out.end(),
                      [](const Finding& f) { return f.message_key == "note.more-findings"; }) == 1);
  auto count = std::find_if(more.args.begin(), more.args.end(),
                            [](const Arg& a) { return a.name == "count"; });
  REQUIRE(count != more.args.end());
  CHECK(count->value == "7");
}

} // namespace unit_hardening_limits
