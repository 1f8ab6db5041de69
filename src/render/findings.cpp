// SPDX-License-Identifier: MIT
#include "kaplan/render.hpp"

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
    return render::text(runs, sources, options);
  case Format::json:
    return render::json(runs, sources, options);
  case Format::github:
    return render::github(runs, sources, options);
  case Format::sarif:
    return render::sarif(runs, sources, options);
  case Format::markdown:
    return render::markdown(runs, sources, options);
  case Format::junit:
    return render::junit(runs, sources, options);
  }
  return {};
}

std::string render::message(const Finding& f, Lang lang) {
  return render_message(f.message_key, f.args, lang);
}

std::string render::severity_label(Severity s, Lang lang) {
  switch (s) {
  case Severity::error:
    return render_message("severity.error", {}, lang);
  case Severity::warning:
    return render_message("severity.warning", {}, lang);
  case Severity::info:
    return render_message("severity.info", {}, lang);
  }
  return std::string(severity_name(s));
}

} // namespace kaplan
