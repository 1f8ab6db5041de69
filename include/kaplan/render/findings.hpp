// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {

// Output formats of findings.
enum class Format { text, json, github, sarif, markdown, junit, codeclimate };

// Parses a format name; nullopt for an unknown one.
std::optional<Format> parse_format(std::string_view name);

// How findings are shown.
struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;   // ANSI colour (text only; decided by the CLI: terminal and no NO_COLOR)
  bool snippets = true; // source line and caret under each text finding
  // Per file of the SourceSet, its path from the root of the git work tree holding it
  // (io::repository_path), for the formats a CI system maps onto its checkout (SARIF,
  // CodeClimate). A file without an entry is shown with its path as given.
  std::vector<std::string> repo_paths;
};

// Renders the findings of one or more plan runs (their files all in `sources`), sorted
// as given, in one document of the chosen format. The result ends with a newline.
std::string render_findings(std::span<const PlanRun> runs, const SourceSet& sources, Format format,
                            const RenderOptions& options);

namespace render {
// One function per format, each in its own file.
std::string findings_text(std::span<const PlanRun> runs, const SourceSet& sources,
                          const RenderOptions& options);
std::string findings_json(std::span<const PlanRun> runs, const SourceSet& sources,
                          const RenderOptions& options);
std::string findings_github(std::span<const PlanRun> runs, const SourceSet& sources,
                            const RenderOptions& options);
std::string findings_sarif(std::span<const PlanRun> runs, const SourceSet& sources,
                           const RenderOptions& options);
std::string findings_markdown(std::span<const PlanRun> runs, const SourceSet& sources,
                              const RenderOptions& options);
// JUnit XML: per plan file a test suite, per rule a test case failing on its findings
// at or above the run's `fail_on`.
std::string findings_junit(std::span<const PlanRun> runs, const SourceSet& sources,
                           const RenderOptions& options);
// CodeClimate issues, the Code Quality report GitLab shows in a merge request.
std::string findings_codeclimate(std::span<const PlanRun> runs, const SourceSet& sources,
                                 const RenderOptions& options);

// A file's path as a CI system knows it: its `repo_paths` entry, else the path as given.
// Where a rule is documented: its section of kaplan-rules(7) in the repository at this
// version's tag (a line anchor: the page is roff, which GitHub shows as text), found in
// `man_page` (render_rules_man_page()); SARIF's helpUri, the language server's
// codeDescription.
std::string help_uri(std::string_view id, const std::string& man_page);

std::string repo_path(const SourceSet& sources, const RenderOptions& options, std::uint32_t file);

// One fingerprint per finding of `runs`, in their order, for CI systems that follow a
// finding from one run to the next (SARIF's partialFingerprints, CodeClimate's
// fingerprint): a hash of the file's repository path and the finding's identity (rule,
// entity, message and its arguments; never a line or column), and the finding's
// occurrence among equal ones, so moving a line keeps it and two equal findings differ.
std::vector<std::string> finding_fingerprints(std::span<const PlanRun> runs,
                                              const SourceSet& sources,
                                              const RenderOptions& options);

} // namespace render

} // namespace kaplan
