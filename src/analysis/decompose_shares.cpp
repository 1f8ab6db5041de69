// SPDX-License-Identifier: MIT
// The arithmetic of a split: shares parsed from the command line, and largest-remainder
// rounding that keeps the parts' sum equal to the whole, step for step.
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace kaplan {

std::vector<std::string> parse_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text::trim_blanks(text.substr(start, comma - start));
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

std::vector<std::pair<std::string, double>> parse_weights(std::string_view text) {
  std::vector<std::pair<std::string, double>> out;
  double sum = 0;
  for (const std::string& item : parse_list(text)) {
    auto bad = [&] { return StopError{"decompose.weights-item", {arg("item", item)}, {}}; };
    auto eq = item.find('=');
    if (eq == std::string::npos) throw bad();
    std::string key(text::trim_blanks(std::string_view(item).substr(0, eq)));
    std::string number(text::trim_blanks(std::string_view(item).substr(eq + 1)));
    char* end = nullptr;
    double v = number.empty() ? -1 : std::strtod(number.c_str(), &end);
    if (key.empty() || number.empty() || *end != '\0' || !std::isfinite(v) || v < 0) throw bad();
    out.emplace_back(std::move(key), v);
    sum += v;
  }
  if (std::fabs(sum - 1.0) > 1e-6) throw StopError{"decompose.weights-sum", {arg("sum", sum)}, {}};
  return out;
}

std::vector<long long> largest_remainder(long long total, std::span<const double> shares) {
  const std::size_t n = shares.size();
  std::vector<long long> parts(n, 0);
  if (n == 0) return parts;
  std::vector<double> remainder(n, 0);
  long long given = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double quota = static_cast<double>(total) * shares[i];
    double whole = std::floor(quota);
    // A quota a hair below a whole number is that number: 1000 × 0.3 is 299.99999999999997.
    if (quota - whole > 1 - 1e-9) whole += 1;
    parts[i] = static_cast<long long>(whole);
    remainder[i] = std::max(0.0, quota - whole);
    given += parts[i];
  }
  // Hand out what is left (or take back an excess from binary rounding) one step at a
  // time, largest remainders first, the earlier share first among equals.
  std::vector<std::size_t> by_remainder(n);
  std::iota(by_remainder.begin(), by_remainder.end(), std::size_t{0});
  std::stable_sort(by_remainder.begin(), by_remainder.end(),
                   [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
  long long left = total - given;
  for (std::size_t k = 0; left > 0; k = (k + 1) % n, --left)
    ++parts[by_remainder[k]];
  for (std::size_t k = n; left < 0; ++left) {
    k = k == 0 ? n - 1 : k - 1;
    --parts[by_remainder[k]];
  }
  return parts;
}

std::string fixed_decimal(long long steps, int precision) {
  bool negative = steps < 0;
  // Work on the magnitude as unsigned so that the most negative value cannot overflow.
  unsigned long long magnitude = negative ? 0ull - static_cast<unsigned long long>(steps)
                                          : static_cast<unsigned long long>(steps);
  std::string digits = std::to_string(magnitude);
  if (precision > 0) {
    auto p = static_cast<std::size_t>(precision);
    if (digits.size() <= p) digits = std::string(p + 1 - digits.size(), '0') + digits;
    digits = digits.substr(0, digits.size() - p) + "." + digits.substr(digits.size() - p);
  }
  return (negative && magnitude != 0 ? "-" : "") + digits;
}

} // namespace kaplan
