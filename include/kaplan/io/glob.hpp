// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/io/read.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan::io {

// Whether a path or pattern holds a wildcard (`*`, `?` or `[`).
bool has_wildcard(std::string_view pattern);

// The outcome of expanding one pattern.
struct GlobResult {
  std::vector<std::string> matches;        // paths relative to the folder, sorted
  ReadFailure failure = ReadFailure::none; // a folder on the way could not be listed
  bool over_budget = false;                // the work limit was reached: matches incomplete
};

// Expands include patterns beneath one folder through its descriptor. A wildcard
// component never descends into a symbolic link to a folder (so links to `.` cannot
// multiply the work) and nothing outside the folder is ever listed. Each folder is listed
// once and each pattern expanded once per instance, and the whole work (entries examined
// plus matches returned, repeats included) is bounded by a budget.
class TreeGlob {
public:
  // The default budget: a million entries and matches for one plan, far above what a
  // plan of the 10,000-file limit needs.
  static constexpr std::uint64_t kDefaultBudget = 1'000'000;

  explicit TreeGlob(const Folder& root, std::uint64_t budget = kDefaultBudget)
      : root_(root), left_(budget) {}

  // Expands `pattern`: relative to the folder, `/`-separated, lexically normal, never
  // starting with `..`. Non-folder entries only (a link counts when it leads to one).
  const GlobResult& expand(const std::string& pattern);

  // Charges `n` more steps of work to the budget; false once it is spent.
  bool charge(std::uint64_t n);

private:
  const std::vector<Entry>* listing(const std::string& dir, ReadFailure& failure);

  const Folder& root_;
  std::uint64_t left_;
  std::map<std::string, GlobResult> results_;
  std::map<std::string, std::vector<Entry>> listings_;
  std::map<std::string, ReadFailure> unlistable_;
};

} // namespace kaplan::io
