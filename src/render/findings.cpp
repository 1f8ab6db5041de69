// SPDX-License-Identifier: MIT
#include "kaplan/render/findings.hpp"

#include "kaplan/analysis/plan_diff.hpp"

#include <fmt/format.h>
#include <map>

namespace kaplan {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text") return Format::text;
  if (name == "json") return Format::json;
  if (name == "github") return Format::github;
  if (name == "sarif") return Format::sarif;
  if (name == "markdown") return Format::markdown;
  if (name == "junit") return Format::junit;
  if (name == "codeclimate") return Format::codeclimate;
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
  case Format::codeclimate:
    return render::findings_codeclimate(runs, sources, options);
  }
  return {};
}

namespace render {

std::string repo_path(const SourceSet& sources, const RenderOptions& options, std::uint32_t file) {
  if (file < options.repo_paths.size()) return options.repo_paths[file];
  return file < sources.files.size() ? sources.files[file].path : std::string();
}

std::vector<std::string> finding_fingerprints(std::span<const PlanRun> runs,
                                              const SourceSet& sources,
                                              const RenderOptions& options) {
  std::vector<std::string> out;
  std::map<std::uint64_t, int> seen;
  for (const auto& run : runs) {
    for (const auto& f : run.findings) {
      // FNV-1a, 64 bits: stable across builds and machines (std::hash is neither).
      std::uint64_t h = 14695981039346656037ull;
      auto add = [&h](std::string_view s) {
        for (unsigned char c : s) {
          h ^= c;
          h *= 1099511628211ull;
        }
        h ^= 0x1f; // keeps the fields apart
        h *= 1099511628211ull;
      };
      add("kaplan/1");
      add(repo_path(sources, options, f.loc.file));
      add(finding_identity(f));
      out.push_back(fmt::format("{:016x}:{}", h, ++seen[h]));
    }
  }
  return out;
}

} // namespace render

} // namespace kaplan
