// SPDX-License-Identifier: MIT
// The portfolio's arithmetic: a higher plan's KPI rebuilt from the actuals of the KPIs
// deriving it (sum, mean, a missing part), compared with its own figure, and the ranking.
#include "kaplan/analysis/portfolio_figures.hpp"

#include <doctest/doctest.h>

namespace unit_analysis_portfolio {

using namespace kaplan;

namespace {

Kpi kpi(const std::string& id, const std::string& derives = "") {
  Kpi k;
  k.id = id;
  if (!derives.empty()) {
    k.derives.value = derives;
    k.derives.set = true;
  }
  return k;
}

Plan plan(const std::string& id, const std::string& derives_from, std::vector<Kpi> kpis) {
  Plan p;
  p.header.id = id;
  if (!derives_from.empty()) {
    p.header.derives_from.value = derives_from;
    p.header.derives_from.set = true;
  }
  p.kpis = std::move(kpis);
  for (std::uint32_t i = 0; i < p.kpis.size(); ++i)
    p.ids.insert(p, IdEntry{EntityKind::kpi, i, {}});
  return p;
}

// A scorecard giving KPI i the actual values[i] (nullopt: no actual), own entries from
// `entries` (kept alive by the caller).
Performance perf(const std::vector<std::optional<double>>& values, std::vector<KpiActual>& entries,
                 std::optional<double> overall = std::nullopt) {
  Performance p;
  p.overall = overall;
  entries.resize(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    KpiPerformance k;
    k.kpi = i;
    if (values[i]) {
      k.source = ActualSource::own;
      k.actual = *values[i];
      entries[i].value.value = *values[i];
      entries[i].value.set = true;
      k.own = &entries[i];
    }
    p.by_kpi.push_back(p.kpis.size());
    p.kpis.push_back(k);
  }
  return p;
}

} // namespace

TEST_CASE("a higher plan's KPI is rebuilt from its derived plans by the KPI's rollup") {
  Plan prov = plan("prov", "", {kpi("KPI-rev"), kpi("KPI-days")});
  prov.kpis[1].rollup.value = Rollup::mean;
  prov.kpis[1].rollup.set = true;
  Plan hz = plan("hz", "prov", {kpi("R", "KPI-rev"), kpi("D", "KPI-days")});
  Plan nb = plan("nb", "prov", {kpi("R", "KPI-rev"), kpi("D", "KPI-days")});
  std::vector<KpiActual> e0, e1, e2;
  Performance p0 = perf({100, 22}, e0), p1 = perf({60, 20}, e1, 90.0),
              p2 = perf({39, 26}, e2, 95.0);
  std::vector<PortfolioMember> members{{&prov, &p0, 0.005}, {&hz, &p1, 0.005}, {&nb, &p2, 0.005}};
  auto rebuilt = rebuild_parent_kpis(members);
  REQUIRE(rebuilt.size() == 2);
  // Sum: 60 + 39 = 99 against 100 reported: 1% off, beyond the 0.5% tolerance.
  CHECK(rebuilt[0].kpi == 0);
  REQUIRE(rebuilt[0].rebuilt);
  CHECK(*rebuilt[0].rebuilt == doctest::Approx(99));
  CHECK(*rebuilt[0].difference == doctest::Approx(-1));
  CHECK(rebuilt[0].disagrees);
  // Mean: (20 + 26) / 2 = 23 against 22.
  CHECK(*rebuilt[1].rebuilt == doctest::Approx(23));
  CHECK(rebuilt[1].disagrees);
  // Within the tolerance it agrees: 99.6 against 100 is 0.4%.
  std::vector<KpiActual> e3;
  Performance p3 = perf({60.6, 22}, e3);
  members[1].performance = &p3;
  rebuilt = rebuild_parent_kpis(members);
  CHECK(*rebuilt[0].rebuilt == doctest::Approx(99.6));
  CHECK_FALSE(rebuilt[0].disagrees);
  // The ranking: best performance first.
  members[1].performance = &p1;
  CHECK(rank_derived(members) == std::vector<std::size_t>{2, 1});
}

TEST_CASE("a derived plan without an actual leaves the rebuilt figure missing, not zero") {
  Plan prov = plan("prov", "", {kpi("KPI-rev")});
  Plan hz = plan("hz", "prov", {kpi("R", "KPI-rev")});
  Plan nb = plan("nb", "prov", {kpi("R", "KPI-rev")});
  std::vector<KpiActual> e0, e1;
  Performance p0 = perf({100}, e0), p1 = perf({60}, e1);
  // nb has no actuals at all; hz has.
  std::vector<PortfolioMember> members{
      {&prov, &p0, 0.005}, {&hz, &p1, 0.005}, {&nb, nullptr, 0.005}};
  auto rebuilt = rebuild_parent_kpis(members);
  REQUIRE(rebuilt.size() == 1);
  REQUIRE(rebuilt[0].parts.size() == 2);
  CHECK(rebuilt[0].parts[0].actual == 60.0);
  CHECK_FALSE(rebuilt[0].parts[1].actual);
  CHECK_FALSE(rebuilt[0].rebuilt);
  CHECK_FALSE(rebuilt[0].difference);
  CHECK_FALSE(rebuilt[0].disagrees);
  CHECK(rebuilt[0].reported == &e0[0]);
  // Plans without a score rank last, in their order.
  CHECK(rank_derived(members) == std::vector<std::size_t>{1, 2});
}

} // namespace unit_analysis_portfolio
