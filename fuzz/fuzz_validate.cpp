// SPDX-License-Identifier: MIT
// libFuzzer target: one plan file through the loader, every plan rule, configuration and
// suppressions, and every findings format. Checks that the text format never lets a
// control character but tab and line feed (an escape sequence) through to the terminal.
#include "fuzz_support.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/rules/rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kaplan;
  SourceSet sources;
  LoadResult loaded = fuzz::load_from_memory(data, size, sources);
  PlanRun run;
  run.path = "fuzz.yaml";
  run.plan = std::move(loaded.plan);
  run.findings = std::move(loaded.findings);
  run.unreadable = loaded.unreadable;
  Date today{2027, 7, 5};
  if (!run.unreadable) run_plan_rules(run.plan, run.config, today, run.findings);
  finish_findings(run.plan, run.config, today, run.findings);
  std::span<const PlanRun> runs(&run, 1);
  for (Format f : {Format::text, Format::json, Format::github, Format::sarif, Format::markdown,
                   Format::junit}) {
    RenderOptions options;
    std::string out = render_findings(runs, sources, f, options);
    if (f != Format::text) continue;
    for (char c : out) {
      auto u = static_cast<unsigned char>(c);
      if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7f) __builtin_trap(); // raw to a terminal
    }
  }
  return 0;
}
