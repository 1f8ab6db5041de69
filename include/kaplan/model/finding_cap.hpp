// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kaplan {

// At most this many findings of one rule are listed per run: a huge plan (a million
// KPIs with the same mistake) then gives a bounded report in bounded memory.
inline constexpr std::size_t kFindingsPerRule = 1000;

// Findings appended to a list, at most kFindingsPerRule of each rule; the rest are
// counted, and close() adds one finding per such rule saying how many were left out.
class CappedFindings {
public:
  explicit CappedFindings(std::vector<Finding>& out) : out_(out) {}

  // Appends `f` unless its rule has reached the limit (then it is only counted).
  void push_back(Finding f);

  // Findings of `rule` left out elsewhere (another list's, over its own limit): counted
  // as if they had been offered after those already here.
  void count_left_out(const std::string& rule, std::size_t count);
  // How many findings of each rule were offered (listed or not).
  const std::map<std::string, std::size_t, std::less<>>& counts() const { return counts_; }

  // Appends, for every rule over the limit, a finding of that rule at `at` (on `entity`):
  // "N more findings of RULE are not listed". Severity: the rule's default.
  void close(Location at, const std::string& entity);

private:
  std::vector<Finding>& out_;
  std::map<std::string, std::size_t, std::less<>> counts_;
};

} // namespace kaplan
