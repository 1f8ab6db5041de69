// SPDX-License-Identifier: MIT
#pragma once

// `kaplan score` as text, Markdown or JSON, and the arithmetic behind one KPI.

#include "kaplan/analysis/score.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/util/work_pool.hpp"

#include <optional>
#include <string>

namespace kaplan {

// What `kaplan score` prints.
struct ScoreReport {
  const Plan* plan = nullptr;
  const SourceSet* sources = nullptr;
  QualityScore quality;
  std::optional<Performance> performance;
};

// Output formats of `score`.
enum class ScoreFormat : std::uint8_t { text, markdown, json };

// Renders the report; the result ends with a newline. With a pool of several threads,
// the text format's long tables (KPIs, actions, units) are laid out at once; the text is
// the same.
std::string render_score(const ScoreReport& report, ScoreFormat format, Lang lang, bool color,
                         WorkPool* pool = nullptr);

// The arithmetic behind one KPI's figures, step by step (`--explain KPI`).
std::string render_score_explain(const ScoreReport& report, const KpiPerformance& kpi, Lang lang);

namespace render {
// One function per format, each in its own file.
std::string score_text(const ScoreReport& report, Lang lang, bool color, WorkPool* pool = nullptr);
std::string score_markdown(const ScoreReport& report, Lang lang);
std::string score_json(const ScoreReport& report, WorkPool* pool = nullptr);
} // namespace render

} // namespace kaplan
