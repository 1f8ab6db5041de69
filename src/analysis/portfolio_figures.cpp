// SPDX-License-Identifier: MIT
#include "kaplan/analysis/portfolio_figures.hpp"

#include "kaplan/analysis/cascade.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

namespace kaplan {

std::vector<RebuiltKpi> rebuild_parent_kpis(std::span<const PortfolioMember> members) {
  // Plan id -> first member of that id: one map, so a portfolio of many plans is linear.
  std::map<std::string_view, std::size_t, std::less<>> by_id;
  for (std::size_t i = 0; i < members.size(); ++i)
    by_id.emplace(members[i].plan->header.id, i);
  // (parent member, parent KPI index) -> parts, in member order.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<RebuiltPart>> parts;
  for (std::size_t m = 0; m < members.size(); ++m) {
    const Plan& plan = *members[m].plan;
    if (!plan.header.derives_from.set) continue;
    auto it = by_id.find(plan.header.derives_from.value);
    if (it == by_id.end() || it->second == m) continue;
    const Plan& parent = *members[it->second].plan;
    for (std::size_t k = 0; k < plan.kpis.size(); ++k) {
      const Kpi& kpi = plan.kpis[k];
      if (!kpi.derives.set) continue;
      const Kpi* pk = parent.kpi(kpi.derives.value);
      if (!pk) continue; // KAP-P005's
      RebuiltPart part{m, k, std::nullopt};
      if (const Performance* perf = members[m].performance)
        if (const KpiPerformance* p = perf->find(k); p && p->source != ActualSource::none)
          part.actual = p->actual;
      parts[{it->second, static_cast<std::size_t>(pk - parent.kpis.data())}].push_back(part);
    }
  }
  std::vector<RebuiltKpi> out;
  out.reserve(parts.size());
  for (auto& [key, list] : parts) {
    const PortfolioMember& pm = members[key.first];
    const Kpi& pk = pm.plan->kpis[key.second];
    RebuiltKpi r;
    r.parent = key.first;
    r.kpi = key.second;
    r.rollup = pk.rollup.set ? pk.rollup.value : Rollup::sum;
    r.parts = std::move(list);
    std::vector<double> values;
    bool complete = true;
    for (const auto& p : r.parts) {
      if (p.actual)
        values.push_back(*p.actual);
      else
        complete = false;
    }
    if (complete && !values.empty()) r.rebuilt = combine(r.rollup, values);
    if (pm.performance)
      if (const KpiPerformance* p = pm.performance->find(key.second);
          p && p->source == ActualSource::own)
        r.reported = p->own;
    if (r.rebuilt && r.reported) {
      double reported = r.reported->value.value;
      r.difference = *r.rebuilt - reported;
      double scale = std::fabs(reported);
      r.disagrees = std::fabs(*r.difference) > scale * pm.tolerance + 1e-9 * std::max(1.0, scale);
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::size_t> rank_derived(std::span<const PortfolioMember> members) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < members.size(); ++i)
    if (members[i].plan->header.derives_from.set) out.push_back(i);
  auto score = [&](std::size_t i) -> std::optional<double> {
    return members[i].performance ? members[i].performance->overall : std::nullopt;
  };
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    auto sa = score(a), sb = score(b);
    if (sa && sb) return *sa > *sb;
    return sa.has_value() && !sb.has_value();
  });
  return out;
}

} // namespace kaplan
