// SPDX-License-Identifier: MIT
// The cascade as data: links, inheritance, execution level and coverage, combined
// targets and verdicts, parent cycles, and cascades far deeper than any stack.
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/load/loader.hpp"
#include "support.hpp"

#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace unit_analysis_cascade {

namespace fs = std::filesystem;
using namespace kaplan;
using kaplan::test::load_text;

namespace {

const std::string kHead = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 2}
units:
  - {id: prov, name: 省公司, kind: company}
  - {id: east, name: 华东, kind: region, parent: prov}
  - {id: hz, name: 杭州, kind: branch, parent: east}
  - {id: nb, name: 宁波, kind: branch, parent: east}
people:
  - {id: P1, name: 甲, unit: hz}
objectives:
  - {id: O1, perspective: financial, statement: s}
)";

std::size_t index_of(const Plan& p, std::string_view id) {
  const Kpi* k = p.kpi(id);
  REQUIRE(k != nullptr);
  return static_cast<std::size_t>(k - p.kpis.data());
}

} // namespace

TEST_CASE("cascade links children in plan order and children inherit measure, direction, type, "
          "phasing and thresholds") {
  Plan p = load_text(kHead + R"(kpis:
  - id: top
    name: top
    objective: O1
    unit: prov
    measure: '%'
    direction: down
    rollup: mean
    phasing: [0.1, 0.2, 0.3, 0.4]
    thresholds: {green: 1.0, amber: 0.8}
    targets: {2027: 6, 2028: 5}
    weight: 1
  - {id: b, name: b, parent: top, unit: east, targets: {2027: 6, 2028: 5}}
  - {id: a, name: a, parent: top, unit: east, rollup: max, targets: {2027: 6, 2028: 5}}
  - {id: a1, name: a1, parent: a, unit: hz, owner: P1, type: cumulative, targets: {2027: 6, 2028: 5}}
)");
  Cascade c = build_cascade(p);
  const std::size_t top = index_of(p, "top"), a = index_of(p, "a"), b = index_of(p, "b"),
                    a1 = index_of(p, "a1");
  CHECK(c.top_level == std::vector<std::size_t>{top});
  CHECK(c.nodes[top].children == std::vector<std::size_t>{b, a});
  CHECK(c.nodes[a].parent == top);
  CHECK(c.nodes[a1].depth == 2);
  CHECK(c.nodes[a1].root == top);
  CHECK(c.order == std::vector<std::size_t>{top, b, a, a1});
  CHECK(c.subtree(a) == std::vector<std::size_t>{a, a1});
  // Inherited two levels down.
  CHECK(c.nodes[a1].measure == "%");
  CHECK(c.nodes[a1].direction == Direction::down);
  REQUIRE(c.nodes[a1].phasing != nullptr);
  CHECK((*c.nodes[a1].phasing)[3] == doctest::Approx(0.4));
  REQUIRE(c.nodes[a1].thresholds != nullptr);
  CHECK(c.nodes[a1].thresholds->amber == doctest::Approx(0.8));
  // The top's type defaults from its own rollup (mean: level) and is inherited; a1 sets its own.
  CHECK(c.nodes[top].type == KpiType::level);
  CHECK(c.nodes[b].type == KpiType::level);
  CHECK(c.nodes[a1].type == KpiType::cumulative);
  // rollup is the KPI's own, never inherited.
  CHECK(c.nodes[top].rollup == Rollup::mean);
  CHECK(c.nodes[b].rollup == Rollup::sum);
  CHECK(c.nodes[a].rollup == Rollup::max);
}

TEST_CASE("a KPI without phasing or thresholds anywhere above it uses the defaults") {
  Plan p = load_text(kHead + R"(kpis:
  - {id: top, name: top, objective: O1, unit: prov, measure: n, targets: {2027: 1, 2028: 1}, weight: 1}
  - {id: c1, name: c1, parent: top, unit: hz, owner: P1, targets: {2027: 1, 2028: 1}}
)");
  Cascade c = build_cascade(p);
  const auto& n = c.nodes[index_of(p, "c1")];
  CHECK(n.phasing == nullptr);
  CHECK(n.thresholds == nullptr);
  CHECK(n.type == KpiType::cumulative);
  CHECK(n.direction == Direction::up);
}

TEST_CASE("children's targets combine by the parent's rollup over the children that have one") {
  auto combined = [](const std::string& rollup) {
    Plan p = load_text(
        kHead + "kpis:\n  - {id: top, name: top, objective: O1, unit: prov, measure: n, rollup: " +
        rollup + R"(, targets: {2027: 10, 2028: 10}, weight: 1}
  - {id: c1, name: c1, parent: top, unit: hz, owner: P1, targets: {2027: 4, 2028: 12}}
  - {id: c2, name: c2, parent: top, unit: nb, owner: P1, targets: {2027: 8}}
  - {id: c3, name: c3, parent: top, unit: nb, owner: P1, targets: {2027: 18}}
)");
    Cascade c = build_cascade(p);
    const auto& years = c.nodes[index_of(p, "top")].years;
    REQUIRE(years.size() == 2);
    CHECK(years[0].year == 2027);
    CHECK(years[0].contributing == 3);
    CHECK(years[1].contributing == 1);
    return std::pair{years[0].combined, years[1].combined};
  };
  CHECK(combined("sum") == std::pair{30.0, 12.0});
  CHECK(combined("mean") == std::pair{10.0, 12.0});
  CHECK(combined("min") == std::pair{4.0, 12.0});
  CHECK(combined("max") == std::pair{18.0, 12.0});
  const double values[] = {3, 1, 2};
  CHECK(combine(Rollup::sum, values) == 6);
  CHECK(combine(Rollup::mean, values) == 2);
  CHECK(combine(Rollup::min, values) == 1);
  CHECK(combine(Rollup::max, values) == 3);
  CHECK(combine(Rollup::max, {}) == 0);
}

TEST_CASE("a mean weighted_by another KPI weighs each child's target by its counterpart's") {
  Plan p = load_text(kHead + R"(kpis:
  - {id: rev, name: rev, objective: O1, unit: prov, measure: n, targets: {2027: 300, 2028: 300},
     weight: 1}
  - {id: rev-nb, name: r, parent: rev, unit: nb, owner: P1, targets: {2027: 200}}
  - {id: rev-hz, name: r, parent: rev, unit: hz, owner: P1, targets: {2027: 100, 2028: 100}}
  - {id: cost, name: c, objective: O1, unit: prov, measure: n, direction: down, rollup: mean,
     weighted_by: rev, targets: {2027: 6.5, 2028: 6}, weight: 1}
  - {id: cost-hz, name: c, parent: cost, unit: hz, owner: P1, targets: {2027: 6, 2028: 5}}
  - {id: cost-nb, name: c, parent: cost, unit: nb, owner: P1, targets: {2027: 7, 2028: 6}}
)");
  Cascade c = build_cascade(p);
  const CascadeNode& n = c.nodes[index_of(p, "cost")];
  CHECK(n.weighted_by == index_of(p, "rev"));
  // Counterparts by unit, whatever the order of rev's children.
  REQUIRE(n.weight_of.size() == 2);
  CHECK(n.weight_of[0] == index_of(p, "rev-hz"));
  CHECK(n.weight_of[1] == index_of(p, "rev-nb"));
  REQUIRE(n.years.size() == 2);
  // 2027: (6 × 100 + 7 × 200) / (100 + 200) = 2000 / 300 = 6.666667 (the plain mean is 6.5,
  // which would cover the parent's 6.5); for a lower-is-better KPI it falls short by 0.166667
  CHECK(n.years[0].contributing == 2);
  CHECK(n.years[0].combined == doctest::Approx(6.666667));
  CHECK(n.years[0].verdict == CascadeVerdict::gap);
  CHECK(n.years[0].difference == doctest::Approx(0.166667));
  // 2028: rev-nb has no 2028 target to weigh cost-nb by, so only cost-hz counts: 5
  CHECK(n.years[1].contributing == 1);
  CHECK(n.years[1].combined == doctest::Approx(5));
  // A KPI that is not weighted has no weighting KPI.
  CHECK(c.nodes[index_of(p, "rev")].weighted_by == Cascade::npos);
}

TEST_CASE("judge accepts a shortfall within the tolerance and flags a stretch beyond 10 percent") {
  // Up: at least the target, less the tolerance.
  CHECK(judge(1000, 995, Direction::up, 0.005).verdict == CascadeVerdict::covered);
  Judgement gap = judge(1000, 994, Direction::up, 0.005);
  CHECK(gap.verdict == CascadeVerdict::gap);
  CHECK(gap.difference == doctest::Approx(6));
  CHECK(judge(1000, 999, Direction::up, 0).verdict == CascadeVerdict::gap);
  CHECK(judge(1000, 1100, Direction::up, 0.005).verdict == CascadeVerdict::covered);
  Judgement stretch = judge(1000, 1101, Direction::up, 0.005);
  CHECK(stretch.verdict == CascadeVerdict::stretch);
  CHECK(stretch.difference == doctest::Approx(101));
  // Down: the comparison is reversed.
  CHECK(judge(6.6, 6.6, Direction::down, 0).verdict == CascadeVerdict::covered);
  Judgement down = judge(6.6, 6.7, Direction::down, 0.005);
  CHECK(down.verdict == CascadeVerdict::gap);
  CHECK(down.difference == doctest::Approx(0.1));
  CHECK(judge(6.0, 5.3, Direction::down, 0.005).verdict == CascadeVerdict::stretch);
  CHECK(judge(6.0, 5.4, Direction::down, 0.005).verdict == CascadeVerdict::covered);
  // Binary rounding of decimal sums is no gap, even with no tolerance.
  CHECK(judge(0.3, 0.1 + 0.2 - 1e-16, Direction::up, 0).verdict == CascadeVerdict::covered);
}

TEST_CASE("a parent year no child has a target for is no_children, and verdicts use the tolerance "
          "given") {
  Plan p = load_text(kHead + R"(kpis:
  - {id: top, name: top, objective: O1, unit: prov, measure: n, targets: {2027: 1000, 2028: 1000}, weight: 1}
  - {id: c1, name: c1, parent: top, unit: hz, owner: P1, targets: {2027: 990}}
)");
  const Cascade c = build_cascade(p, 0.005);
  const auto& strict = c.nodes[index_of(p, "top")].years;
  REQUIRE(strict.size() == 2);
  CHECK(strict[0].verdict == CascadeVerdict::gap);
  CHECK(strict[0].difference == doctest::Approx(10));
  CHECK(strict[1].verdict == CascadeVerdict::no_children);
  CHECK(strict[1].contributing == 0);
  CHECK(build_cascade(p, 0.02).nodes[index_of(p, "top")].years[0].verdict ==
        CascadeVerdict::covered);
}

TEST_CASE(
    "execution level is an owner or a unit with no child units, and coverage looks at every leaf") {
  Plan p = load_text(kHead + R"(kpis:
  - {id: t1, name: t1, objective: O1, unit: prov, measure: n, targets: {2027: 1, 2028: 1}, weight: 0.5}
  - {id: t1-east, name: e, parent: t1, unit: east, targets: {2027: 1, 2028: 1}}
  - {id: t1-hz, name: h, parent: t1-east, unit: hz, targets: {2027: 1, 2028: 1}}
  - {id: t1-owned, name: o, parent: t1, unit: east, owner: P1, targets: {2027: 0, 2028: 0}}
  - {id: t2, name: t2, objective: O1, unit: east, measure: n, targets: {2027: 1, 2028: 1}, weight: 0.5}
  - {id: t2-east, name: e, parent: t2, unit: east, targets: {2027: 1, 2028: 1}}
)");
  Cascade c = build_cascade(p);
  CHECK(c.execution_unit == std::vector<char>{0, 0, 1, 1});
  CHECK_FALSE(c.nodes[index_of(p, "t1-east")].execution_level);
  CHECK(c.nodes[index_of(p, "t1-hz")].execution_level);    // a unit with no child units
  CHECK(c.nodes[index_of(p, "t1-owned")].execution_level); // an owner, at a region
  CHECK(c.nodes[index_of(p, "t1")].covered);
  CHECK(c.nodes[index_of(p, "t1")].uncovered_leaves == 0);
  const auto& t2 = c.nodes[index_of(p, "t2")];
  CHECK_FALSE(t2.covered);
  CHECK(t2.uncovered_leaves == 1);
  CHECK(t2.first_uncovered == index_of(p, "t2-east"));
}

TEST_CASE("parent cycles are found once each and their children head trees of their own") {
  Plan p = load_text(kHead + R"(kpis:
  - {id: x, name: x, parent: z, unit: hz, owner: P1}
  - {id: y, name: y, parent: x, unit: hz, owner: P1}
  - {id: z, name: z, parent: y, unit: hz, owner: P1}
  - {id: self, name: s, parent: self, unit: hz, owner: P1}
  - {id: below, name: b, parent: y, unit: hz, owner: P1}
  - {id: below2, name: b2, parent: below, unit: hz, owner: P1}
)");
  Cascade c = build_cascade(p);
  REQUIRE(c.cycles.size() == 2);
  // Listed from the KPI written first, along `parent`: x -> z -> y.
  CHECK(c.cycles[0] == std::vector<std::size_t>{0, 2, 1});
  CHECK(c.cycles[1] == std::vector<std::size_t>{3});
  CHECK(c.nodes[0].in_cycle);
  CHECK(c.nodes[0].children.empty());
  CHECK(c.nodes[0].covered); // an owner: it stands for itself
  const std::size_t below = index_of(p, "below");
  CHECK_FALSE(c.nodes[below].in_cycle);
  CHECK(c.nodes[below].parent == Cascade::npos);
  CHECK(c.nodes[below].children == std::vector<std::size_t>{index_of(p, "below2")});
  CHECK(c.order == std::vector<std::size_t>{below, index_of(p, "below2")});
}

TEST_CASE("a cascade 10000 levels deep and a cycle 10000 KPIs long are handled without recursion") {
  constexpr int depth = 10000;
  std::string yaml =
      kHead +
      "kpis:\n  - {id: k0, name: k0, objective: O1, unit: prov, measure: n, targets: {2027: 1, "
      "2028: 1}, weight: 1}\n";
  for (int i = 1; i < depth; ++i)
    yaml += "  - {id: k" + std::to_string(i) + ", name: n, parent: k" + std::to_string(i - 1) +
            ", unit: east, targets: {2027: 1, 2028: 1}}\n";
  // The deepest KPI has an owner: the whole chain is covered.
  yaml += "  - {id: leaf, name: leaf, parent: k" + std::to_string(depth - 1) +
          ", unit: hz, owner: P1, targets: {2027: 1, 2028: 1}}\n";
  for (int i = 0; i < depth; ++i)
    yaml += "  - {id: c" + std::to_string(i) + ", name: c, parent: c" +
            std::to_string((i + 1) % depth) + ", unit: hz, owner: P1}\n";
  Plan p = load_text(yaml);
  REQUIRE(p.kpis.size() == 2 * depth + 1);
  Cascade c = build_cascade(p);
  CHECK(c.nodes[index_of(p, "leaf")].depth == depth);
  CHECK(c.nodes[0].covered);
  CHECK(c.order.size() == depth + 1);
  CHECK(c.subtree(0).size() == depth + 1);
  REQUIRE(c.cycles.size() == 1);
  CHECK(c.cycles[0].size() == depth);
  CHECK(c.cycles[0].front() == index_of(p, "c0"));
  CHECK(c.nodes[0].years.at(0).verdict == CascadeVerdict::covered);
}

} // namespace unit_analysis_cascade
