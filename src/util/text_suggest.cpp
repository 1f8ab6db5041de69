// SPDX-License-Identifier: MIT
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace kaplan::text {
namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  cap = std::min(cap, std::numeric_limits<std::size_t>::max() - 1); // cap + 1 must not wrap
  // The distance is at least the difference in length: no table needed then.
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap > cap) return cap + 1;
  // One row of the classic table, as ninja's spellcheck does.
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitute});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    // Values along a row never shrink in later rows' minimum: stop early.
    if (row_min > cap) return cap + 1;
  }
  return std::min(row[b.size()], cap + 1);
}

std::optional<std::string> suggest(std::string_view word,
                                   std::span<const std::string_view> candidates) {
  const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
  const std::string lowered = ascii_lower(word);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string_view candidate : candidates) {
    // Only strictly better candidates replace the best, so ties keep the first.
    const std::size_t d = edit_distance(lowered, ascii_lower(candidate), best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = std::string(candidate);
      if (d == 0) break;
    }
  }
  return best;
}

} // namespace kaplan::text
