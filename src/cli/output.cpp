// SPDX-License-Identifier: MIT
#include "cli/output.hpp"

#include "kaplan/render/findings.hpp"
#include "kaplan/render/stop_message.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>

namespace kaplan::cli {

std::string stop_text(const StopError& e, Lang lang) {
  std::string msg = text::one_line(stop_message(e, lang));
  return e.where.empty() ? fmt::format("kaplan: error: {}\n", msg)
                         : fmt::format("kaplan: error: {}: {}\n", text::one_line(e.where), msg);
}

int print_stop(const StopError& e, Lang lang) {
  std::fputs(stop_text(e, lang).c_str(), stderr);
  return 2;
}

std::string findings_text(const std::vector<Finding>& findings, const SourceSet& sources,
                          Lang lang) {
  bool any = false;
  for (const auto& f : findings)
    any = any || !f.suppressed;
  if (!any) return {};
  PlanRun shown; // suppressed ones too: the summary line counts them
  shown.findings = findings;
  RenderOptions options;
  options.lang = lang;
  return render_findings({&shown, 1}, sources, Format::text, options);
}

void print_findings(const std::vector<Finding>& findings, const SourceSet& sources, Lang lang) {
  std::fputs(findings_text(findings, sources, lang).c_str(), stderr);
}

io::OutputGuard guard_of(const SourceSet& sources, const Config& config) {
  io::OutputGuard guard;
  guard.add(sources);
  guard.add(config);
  return guard;
}

void emit(const std::string& path, std::string_view content, const io::WriteOptions& options,
          Lang lang) {
  if (io::write_output(path, content, options) == io::Destination::file)
    fmt::print(
        stderr, "{}\n",
        text::one_line(render_message("io.wrote", std::vector<Arg>{arg("path", path)}, lang)));
}

} // namespace kaplan::cli
