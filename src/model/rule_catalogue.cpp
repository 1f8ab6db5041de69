// SPDX-License-Identifier: MIT
// The rule catalogue as a whole: the family tables joined, sorted, and looked up by id.
#include "kaplan/model/rule_catalogue.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace kaplan {

namespace {

std::vector<RuleInfo> merge_families() {
  std::vector<RuleInfo> all;
  for (auto family : {detail::structure_rules, detail::completeness_rules, detail::cascade_rules,
                      detail::feasibility_rules, detail::governance_rules, detail::actuals_rules,
                      detail::chain_rules}) {
    auto rules = family();
    all.insert(all.end(), rules.begin(), rules.end());
  }
  std::sort(all.begin(), all.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return all;
}

char to_upper_ascii(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

} // namespace

std::span<const RuleInfo> rule_catalogue() {
  // Built once; the tables are constant, so the span stays valid for the program's life.
  static const std::vector<RuleInfo> all = merge_families();
  return all;
}

const RuleInfo* find_rule(std::string_view id) {
  std::string key;
  key.reserve(id.size() + 4);
  for (char c : id)
    key += to_upper_ascii(c);
  if (!key.starts_with("KAP-")) key.insert(0, "KAP-");
  auto rules = rule_catalogue();
  auto it = std::lower_bound(rules.begin(), rules.end(), key,
                             [](const RuleInfo& r, const std::string& k) { return r.id < k; });
  return it != rules.end() && it->id == key ? &*it : nullptr;
}

std::string_view family_name(char family, Lang lang) {
  // The catalogue's texts are static, so a view of one outlives the call.
  static constexpr std::string_view letters = "SCKRGTP";
  char upper = to_upper_ascii(family);
  if (letters.find(upper) == std::string_view::npos) return {};
  const MessageText* m =
      find_message(std::string("family.") + static_cast<char>(upper - 'A' + 'a'));
  if (!m) return {};
  return lang == Lang::zh ? m->zh : m->en;
}

} // namespace kaplan
