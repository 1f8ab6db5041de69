// SPDX-License-Identifier: MIT
// JUnit XML for CI test reports (GitLab, Jenkins, GitHub test-report actions): one test
// suite per plan file and one test case per rule in it, so a report shows which rule
// holds for which file. A case fails when the rule has findings at or above the run's
// `fail_on` (the exit status's threshold); findings below it and suppressed ones go to
// the case's system-out, and a rule turned off in the configuration is skipped.
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace kaplan::render {
namespace {

using text::xml_escape;

// The findings of one rule in one file.
struct CaseFindings {
  std::vector<const Finding*> failing, other;
};

std::string finding_line(const Finding& f, const SourceSet& sources, Lang lang) {
  std::string path = f.loc.file < sources.files.size() ? sources.files[f.loc.file].path : "";
  std::string place =
      f.loc.line ? fmt::format("{}:{}:{}", path, f.loc.line, sources.char_column(f.loc)) : path;
  std::string line =
      fmt::format("{}: {}: {}", place, severity_name(f.severity), finding_message(f, lang));
  if (f.suppressed) line += " (suppressed: " + f.suppress_reason + ")";
  return line;
}

bool turned_off(const Config& config, std::string_view rule) {
  auto it = config.rules.find(std::string(rule));
  return it != config.rules.end() && !it->second;
}

} // namespace

std::string findings_junit(std::span<const PlanRun> runs, const SourceSet& sources,
                           const RenderOptions& options) {
  std::vector<const RuleInfo*> rules;
  for (const auto& r : rule_catalogue())
    if (r.family != 'T') rules.push_back(&r); // actuals rules are not run by validate

  std::string suites;
  std::size_t tests = 0, failures = 0;
  for (const auto& run : runs) {
    // Files in the plan's order, then any other file a finding points into.
    std::vector<std::string> files = run.plan.files;
    if (files.empty()) files.push_back(run.path);
    std::map<std::pair<std::string, std::string_view>, CaseFindings> by_case;
    for (const auto& f : run.findings) {
      std::string path =
          f.loc.file < sources.files.size() ? sources.files[f.loc.file].path : run.path;
      if (std::find(files.begin(), files.end(), path) == files.end()) files.push_back(path);
      auto& c = by_case[{path, f.rule}];
      bool fails = !f.suppressed && run.config.fail_on && f.severity >= *run.config.fail_on;
      (fails ? c.failing : c.other).push_back(&f);
    }
    for (const auto& file : files) {
      std::string cases;
      std::size_t suite_failures = 0, suite_skipped = 0;
      for (const RuleInfo* rule : rules) {
        const RuleText& t = options.lang == Lang::zh ? rule->zh : rule->en;
        cases += fmt::format("    <testcase name=\"{} {}\" classname=\"{}\">", xml_escape(rule->id),
                             xml_escape(t.title), xml_escape(file));
        auto it = by_case.find({file, rule->id});
        if (turned_off(run.config, rule->id)) {
          cases += "<skipped message=\"turned off in the configuration\"/>";
          ++suite_skipped;
        } else if (it != by_case.end()) {
          const CaseFindings& c = it->second;
          if (!c.failing.empty()) {
            ++suite_failures;
            std::string body;
            for (const Finding* f : c.failing)
              body += finding_line(*f, sources, options.lang) + "\n";
            std::string summary =
                render_message("junit.findings",
                               std::vector<Arg>{arg("count", c.failing.size()),
                                                arg("rule", rule->id), arg("file", file)},
                               options.lang);
            cases += fmt::format("\n      <failure message=\"{}\" type=\"{}\">{}</failure>",
                                 xml_escape(summary), severity_name(c.failing.front()->severity),
                                 xml_escape(body));
          }
          if (!c.other.empty()) {
            std::string body;
            for (const Finding* f : c.other)
              body += finding_line(*f, sources, options.lang) + "\n";
            cases += fmt::format("\n      <system-out>{}</system-out>", xml_escape(body));
          }
          cases += "\n    ";
        }
        cases += "</testcase>\n";
      }
      tests += rules.size();
      failures += suite_failures;
      suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                            "skipped=\"{}\">\n{}  </testsuite>\n",
                            xml_escape(file), rules.size(), suite_failures, suite_skipped, cases);
    }
  }
  // `skipped` is an attribute of each testsuite only: the Jenkins xunit schema
  // (junit-10.xsd) rejects it on testsuites, whose attributes are name, time, tests,
  // failures, disabled and errors.
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<testsuites name=\"kaplan\" tests=\"{}\" failures=\"{}\" errors=\"0\">"
                     "\n{}</testsuites>\n",
                     tests, failures, suites);
}

} // namespace kaplan::render
