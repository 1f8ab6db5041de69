// SPDX-License-Identifier: MIT
// JUnit XML: a suite per plan file, a case per rule, failures at or above fail_on, the
// rest in system-out, rules turned off skipped, plan text escaped.
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/findings.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <string>

namespace unit_render_junit {

using namespace kaplan;

namespace {

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + 1))
    ++n;
  return n;
}

Finding finding(std::string rule, Severity severity, std::uint32_t line, std::string key,
                std::vector<Arg> args) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.loc = {0, line, 3};
  f.message_key = std::move(key);
  f.args = std::move(args);
  return f;
}

} // namespace

TEST_CASE("junit has a case per rule and file, failing on findings at or above fail_on") {
  SourceSet sources;
  sources.add("plan.yaml", "kaplan: 1\n");
  sources.add("branches/a.yaml", "kpis: []\n");
  std::vector<PlanRun> runs(1);
  PlanRun& run = runs[0];
  run.path = "plan.yaml";
  run.plan.files = {"plan.yaml", "branches/a.yaml"};
  run.config.fail_on = Severity::error;
  run.config.rules["KAP-C006"] = std::nullopt;
  run.findings.push_back(finding("KAP-S002", Severity::error, 4, "KAP-S002",
                                 {arg("key", "<a&b>"), arg("what", "units")}));
  run.findings.push_back(
      finding("KAP-S002", Severity::error, 7, "KAP-S002", {arg("key", "x"), arg("what", "units")}));
  Finding warning = finding("KAP-C002", Severity::warning, 1, "KAP-C002", {});
  warning.loc.file = 1;
  run.findings.push_back(warning);

  std::string xml = render_findings(runs, sources, Format::junit, {});
  std::size_t rules =
      static_cast<std::size_t>(std::count_if(rule_catalogue().begin(), rule_catalogue().end(),
                                             [](const RuleInfo& r) { return r.family != 'T'; }));
  CHECK(xml.starts_with(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"kaplan\" tests=\"" +
      std::to_string(2 * rules) + "\" failures=\"1\" errors=\"0\">\n"));
  CHECK(count(xml, "<testsuite ") == 2);
  CHECK(count(xml, "<testcase ") == 2 * rules);
  CHECK(xml.find("  <testsuite name=\"plan.yaml\" tests=\"" + std::to_string(rules) +
                 "\" failures=\"1\" errors=\"0\" skipped=\"1\">\n") != std::string::npos);
  // Both findings of the rule in one failure; plan text escaped.
  CHECK(xml.find("<failure message=\"2 finding(s) of KAP-S002 in plan.yaml\" type=\"error\">"
                 "plan.yaml:4:3: error: ") != std::string::npos);
  CHECK(xml.find("&lt;a&amp;b&gt;") != std::string::npos);
  CHECK(xml.find("<a&b>") == std::string::npos);
  // A warning below fail_on is reported, not failed.
  CHECK(xml.find("<system-out>branches/a.yaml:1:3: warning: ") != std::string::npos);
  CHECK(count(xml, "<skipped message=\"turned off in the configuration\"/>") == 2);
  CHECK(xml.ends_with("</testsuites>\n"));
}

} // namespace unit_render_junit
