// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/messages.hpp"
#include "kaplan/model.hpp"
#include "kaplan/validate.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kaplan {

// Output formats of findings.
enum class Format { text, json, github, sarif, markdown, junit };

// Parses a format name; nullopt for an unknown one.
std::optional<Format> parse_format(std::string_view name);

// How findings are shown.
struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;   // ANSI colour (text only; decided by the CLI: terminal and no NO_COLOR)
  bool snippets = true; // source line and caret under each text finding
};

// Renders the findings of one or more plan runs (their files all in `sources`), sorted
// as given, in one document of the chosen format. The result ends with a newline.
std::string render_findings(std::span<const PlanRun> runs, const SourceSet& sources, Format format,
                            const RenderOptions& options);

namespace render {
// One function per format, each in its own file.
std::string text(std::span<const PlanRun> runs, const SourceSet& sources,
                 const RenderOptions& options);
std::string json(std::span<const PlanRun> runs, const SourceSet& sources,
                 const RenderOptions& options);
std::string github(std::span<const PlanRun> runs, const SourceSet& sources,
                   const RenderOptions& options);
std::string sarif(std::span<const PlanRun> runs, const SourceSet& sources,
                  const RenderOptions& options);
std::string markdown(std::span<const PlanRun> runs, const SourceSet& sources,
                     const RenderOptions& options);
// JUnit XML: per plan file a test suite, per rule a test case failing on its findings
// at or above the run's `fail_on`.
std::string junit(std::span<const PlanRun> runs, const SourceSet& sources,
                  const RenderOptions& options);

// The message of a finding in the chosen language.
std::string message(const Finding& f, Lang lang);

// The severity as text, Markdown, diff and report outputs name it ("error" / "错误").
std::string severity_label(Severity s, Lang lang);
} // namespace render

} // namespace kaplan
