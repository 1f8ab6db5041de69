// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"
#include "kaplan/model/messages.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kaplan {

// A rule's documentation in one language. Texts are single paragraphs (no newlines);
// `code` is written in backticks and rendered per medium.
struct RuleText {
  std::string_view title;  // a few words, lower case in English ("cascade gap")
  std::string_view checks; // the exact condition, as the plan format defines it
  std::string_view why;    // how the rule follows from the planning method
  std::string_view fix;    // what to write instead
};

// Everything known about one rule: the single source for `kaplan explain` and kaplan-rules(7).
struct RuleInfo {
  std::string_view id;            // stable id, "KAP-K004"
  Severity severity;              // default severity (configurable per rule in .kaplan.yaml)
  char family;                    // 'S', 'C', 'K', 'R', 'G', 'T' or 'P', the letter after "KAP-"
  RuleText en;                    // English text
  RuleText zh;                    // Chinese text
  std::string_view example;       // a short YAML snippet that triggers the rule
  std::string_view example_fixed; // the same snippet, fixed
};

// All rules, sorted by id.
std::span<const RuleInfo> rule_catalogue();

// The rule with this id, or nullptr; accepts "KAP-K004", "kap-k004" and "K004".
const RuleInfo* find_rule(std::string_view id);

// The name of a rule family ('K' -> "KPI cascade" / "指标分解"); empty for an unknown letter.
std::string_view family_name(char family, Lang lang);

namespace detail {
// One table per family, each in its own file; rule_catalogue() merges and sorts them.
std::span<const RuleInfo> structure_rules();
std::span<const RuleInfo> completeness_rules();
std::span<const RuleInfo> cascade_rules();
std::span<const RuleInfo> feasibility_rules();
std::span<const RuleInfo> governance_rules();
std::span<const RuleInfo> actuals_rules();
std::span<const RuleInfo> chain_rules();
} // namespace detail

} // namespace kaplan
