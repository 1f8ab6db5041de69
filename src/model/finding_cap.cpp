// SPDX-License-Identifier: MIT
#include "kaplan/model/finding_cap.hpp"

#include "kaplan/model/rule_catalogue.hpp"

namespace kaplan {

void CappedFindings::push_back(Finding f) {
  auto it = counts_.find(f.rule);
  if (it == counts_.end()) it = counts_.emplace(f.rule, 0).first;
  if (++it->second > kFindingsPerRule) return;
  out_.push_back(std::move(f));
}

void CappedFindings::count_left_out(const std::string& rule, std::size_t count) {
  if (count) counts_[rule] += count;
}

void CappedFindings::close(Location at, const std::string& entity) {
  for (auto& [rule, count] : counts_) {
    if (count <= kFindingsPerRule) continue;
    Finding f;
    f.rule = rule;
    const RuleInfo* info = find_rule(rule);
    f.severity = info ? info->severity : Severity::error;
    f.loc = at;
    f.entity = entity;
    f.message_key = "note.more-findings";
    f.args = {arg("rule", rule), arg("count", count - kFindingsPerRule),
              arg("limit", kFindingsPerRule)};
    out_.push_back(std::move(f));
    count = kFindingsPerRule; // said once
  }
}

} // namespace kaplan
