// SPDX-License-Identifier: MIT
#include "kaplan/render/findings.hpp"

namespace kaplan {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "github") return Format::github;
  if (name == "sarif") return Format::sarif;
  if (name == "markdown") return Format::markdown;
  if (name == "junit") return Format::junit;
  return std::nullopt;
}

std::string render_findings(std::span<const PlanRun> runs, const SourceSet& sources, Format format,
                            const RenderOptions& options) {
  switch (format) {
  case Format::text:
    return render::findings_text(runs, sources, options);
  case Format::json:
    return render::findings_json(runs, sources, options);
  case Format::github:
    return render::findings_github(runs, sources, options);
  case Format::sarif:
    return render::findings_sarif(runs, sources, options);
  case Format::markdown:
    return render::findings_markdown(runs, sources, options);
  case Format::junit:
    return render::findings_junit(runs, sources, options);
  }
  return {};
}

} // namespace kaplan
