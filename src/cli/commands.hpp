// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/messages.hpp"
#include "kaplan/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kaplan::cli {

// Options every subcommand shares.
struct CommonOptions {
  std::string config; // --config FILE
  std::string today;  // --today YYYY-MM-DD
  std::string lang;   // --lang en|zh
  bool no_color = false;
};

// `kaplan validate PATH...`
struct ValidateOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> formats; // --format, repeatable; empty: text
  std::string fail_on;              // empty: from the configuration, else error
  std::vector<std::string> outputs; // --output FILE per --format, in order (`-`: stdout)
  std::string git;                  // --git REV: the revision --new-only compares with
  bool new_only = false;            // report only the findings the change since REV introduced
  std::string explain_load; // --explain-load PERSON: print their load calendar instead of findings
  bool force = false;       // replace existing output files
};
int run_validate(const ValidateOptions& options);

// `kaplan explain RULE` / `kaplan explain --list`
struct ExplainOptions {
  CommonOptions common;
  std::string rule;
  bool list = false;
  bool man = false; // --man: print kaplan-rules(7) as roff
};
int run_explain(const ExplainOptions& options);

// The language for output: --lang, else KAPLAN_LANG, else LC_ALL / LC_MESSAGES / LANG
// starting with "zh", else English.
Lang select_lang(const std::string& flag);

// Whether to colour output written to stdout: a terminal, no --no-color, no NO_COLOR.
bool use_color(bool no_color);

// `kaplan decompose PLAN` (the cascade view) and `decompose PLAN --kpi ID --by …` (the split)
struct DecomposeOptions {
  CommonOptions common;
  std::string plan;
  std::string format;           // text, markdown or json; empty: text (not allowed with --by)
  std::string kpi;              // --kpi ID: one KPI's tree, or the KPI to split
  std::string by;               // units, weights or segments; empty: the cascade view
  std::string units;            // --units a,b,c
  std::string weights;          // --weights a=0.5,b=0.5
  std::string segments;         // --segments s1,s2 (default: every non-exit segment with revenue)
  std::optional<int> precision; // --precision N decimals (default 0)
  std::string output;           // -o FILE; empty: stdout
  bool force = false;           // overwrite FILE
};
int run_decompose(const DecomposeOptions& options);

// `kaplan score PLAN [--actuals FILE...]`: plan quality; with actuals, the performance scorecard
struct ScoreOptions {
  CommonOptions common;
  std::string plan;
  std::vector<std::string> actuals; // --actuals FILE...: one set of actuals for one period
  std::string format = "text";      // text, markdown or json
  std::string explain;              // --explain KPI: the arithmetic of one KPI's figures
  std::string output;               // -o FILE; empty: stdout
  bool force = false;               // replace FILE
};
int run_score(const ScoreOptions& options);

// `kaplan rollforward PLAN --actuals FILE... -o OUT`: the next cycle's draft plan
struct RollforwardOptions {
  CommonOptions common;
  std::string plan;
  std::vector<std::string> actuals; // the closing period's actuals (one set, several files)
  std::string output;               // -o DIR, or FILE for a one-file plan
  std::string id;                   // --id: the new plan's id (default: the year in it moved on)
  std::string format = "text";      // the summary: text or json
  bool force = false;               // overwrite existing files
  bool dry_run = false;             // print the summary only
};
int run_rollforward(const RollforwardOptions& options);

// The date of --today, or the system's date when it is empty; StopError when malformed
// (defined in validate.cpp).
Date today_from(const std::string& flag);

// `kaplan diff OLD NEW` / `kaplan diff --git REV [PLAN]`: the semantic diff of two versions
struct DiffOptions {
  CommonOptions common;
  std::vector<std::string> plans; // OLD NEW, or the one PLAN with --git
  std::string git;                // --git REV: the old version is PLAN at REV
  std::string format = "text";    // text, markdown or json
  std::string output;             // -o FILE; empty: stdout
  bool force = false;             // replace FILE
};
int run_diff(const DiffOptions& options);

// `kaplan schema`: the JSON Schema of the plan format
struct SchemaOptions {
  std::string output; // -o FILE; empty: stdout
  bool force = false; // replace FILE
};
int run_schema(const SchemaOptions& options);

// `kaplan init [DIR]`: a small complete skeleton plan to start from
struct InitOptions {
  CommonOptions common;
  std::string dir = "."; // where to write plan.yaml, branches/, .kaplan.yaml
  bool force = false;    // replace files of a skeleton that exist
};
int run_init(const InitOptions& options);

// `kaplan report PLAN...`: the whole plan as one document (Markdown, text, HTML or JSON)
struct ReportOptions {
  CommonOptions common;
  std::vector<std::string> plans;
  std::vector<std::string> actuals; // --actuals FILE...: adds performance (one plan only)
  std::string format = "markdown";  // markdown, text, html or json
  std::string sections;             // --sections a,b,c; empty: all
  std::string output;               // -o FILE (one plan); empty: stdout
  std::string out_dir;              // --out-dir DIR: one file per plan, named after its id
  std::optional<int> jobs;          // --jobs N threads; default: the number of cores
  bool force = false;               // replace reports that exist
};
int run_report(const ReportOptions& options);

} // namespace kaplan::cli
