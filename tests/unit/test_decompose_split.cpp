// SPDX-License-Identifier: MIT
// `decompose --by`: largest-remainder rounding that always sums exactly, the parsing of
// --weights, the split's errors, the YAML it writes, and the round trip: the written
// entries, included into the plan, leave validate with no KAP-K003 or KAP-K004.
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/render/decompose.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <string>

namespace unit_decompose_split {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

// A fresh temporary directory for one test, removed with the object.
struct TempDir : test::TempDir {
  TempDir() : test::TempDir("split") {}
};

const std::string kPlan = R"(kaplan: 1
plan: {id: t, title: t, cycle: 2027, horizon: 3}
units:
  - {id: prov, name: 省公司, kind: company}
  - {id: east, name: 华东区域, kind: region, parent: prov}
  - {id: hz, name: '杭州: "A" #1', kind: branch, parent: east}
  - {id: nb, name: 宁波分公司, kind: branch, parent: east}
  - {id: wz, name: 温州分公司, kind: branch, parent: east}
people:
  - {id: P1, name: 甲, unit: hz}
objectives:
  - {id: O1, perspective: financial, statement: s}
environment:
  segments:
    - {id: SEG-gov, name: 政务, priority: core, revenue: {2025: 100, 2026: 300}}
    - {id: SEG-fin, name: 金融, priority: core, revenue: {2026: 200}}
    - {id: SEG-old, name: 存量, priority: exit, revenue: {2026: 500}}
kpis:
  - {id: KPI-rev, name: 大客户收入, objective: O1, unit: east, measure: CNY 10k, targets: {2027: 1000, 2028: 1151, 2029: 1303}, weight: 0.25}
  - {id: KPI-dec, name: 小数收入, objective: O1, unit: east, measure: CNY 10k, targets: {2027: 100.25, 2028: 0.07, 2029: 7}, weight: 0.25}
  - {id: KPI-nps, name: 净推荐值, objective: O1, unit: east, measure: 分, rollup: mean, targets: {2027: 30.5, 2028: 35, 2029: 40}, weight: 0.25}
  - {id: KPI-hz, name: 杭州收入, objective: O1, unit: hz, owner: P1, measure: CNY 10k, targets: {2027: 999, 2028: 500, 2029: 1}, weight: 0.25}
)";

struct Loaded {
  Plan plan;
  Cascade cascade;
};

Loaded load_dir(const fs::path& dir) {
  SourceSet sources;
  LoadResult r = load_plan((dir / "plan.yaml").string(), sources);
  Loaded out{std::move(r.plan), {}};
  out.cascade = build_cascade(out.plan);
  return out;
}

// The message of a StopError thrown by `f`, in English; empty when nothing is thrown.
template <class F>
std::string stop_message(F&& f) {
  try {
    f();
  } catch (const StopError& e) {
    return render_message(e.key, e.args, Lang::en);
  }
  return {};
}

// Writes the split into split.yaml, includes it from the plan, and validates.
PlanRun round_trip(const TempDir& dir, const SplitRequest& request) {
  std::ofstream(dir.path() / "plan.yaml") << kPlan;
  Loaded before = load_dir(dir.path());
  SplitResult split = split_kpi(before.plan, before.cascade, request);
  std::ofstream(dir.path() / "split.yaml") << render_split_yaml(split, Lang::en);
  std::string with_include = kPlan;
  with_include.replace(with_include.find("units:"), 0, "include: [split.yaml]\n");
  std::ofstream(dir.path() / "plan.yaml") << with_include;
  SourceSet sources;
  RunOptions options;
  options.today = {2027, 7, 5};
  options.no_config = true;
  return validate_plan((dir.path() / "plan.yaml").string(), sources, options);
}

// The findings of `rule` about `entity`.
std::size_t count(const PlanRun& run, std::string_view rule, std::string_view entity) {
  std::size_t n = 0;
  for (const auto& f : run.findings)
    n += f.rule == rule && f.entity == entity ? 1 : 0;
  return n;
}

// The sum of the children's targets of `kpi` for `year`.
double children_sum(const Plan& plan, std::string_view kpi, int year) {
  double sum = 0;
  for (const auto& k : plan.kpis)
    if (k.parent.set && k.parent->id == kpi)
      if (const YearValue* t = target_for(k, year)) sum += t->value;
  return sum;
}

} // namespace

TEST_CASE("largest remainder: random splits of random totals always sum exactly") {
  std::mt19937_64 rng(20270705);
  std::uniform_int_distribution<int> parts(1, 40);
  std::uniform_int_distribution<long long> totals(-1'000'000'000'000LL, 1'000'000'000'000LL);
  std::uniform_real_distribution<double> weight(0.0, 1.0);
  for (int round = 0; round < 2000; ++round) {
    std::vector<double> shares(static_cast<std::size_t>(parts(rng)));
    for (auto& s : shares)
      s = weight(rng);
    if (round % 7 == 0) shares.assign(shares.size(), 1.0); // equal shares: every remainder ties
    double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
    if (sum == 0) continue;
    for (auto& s : shares)
      s /= sum;
    const long long total = round % 3 == 0 ? totals(rng) % 1000 : totals(rng);
    std::vector<long long> split = largest_remainder(total, shares);
    CAPTURE(round);
    CAPTURE(total);
    REQUIRE(split.size() == shares.size());
    CHECK(std::accumulate(split.begin(), split.end(), 0LL) == total);
    // Each part is its quota rounded down or up, never further off.
    for (std::size_t i = 0; i < split.size(); ++i) {
      double quota = static_cast<double>(total) * shares[i];
      CHECK(static_cast<double>(split[i]) >=
            std::floor(quota) - 1e-6 * std::max(1.0, std::fabs(quota)));
      CHECK(static_cast<double>(split[i]) <=
            std::ceil(quota) + 1e-6 * std::max(1.0, std::fabs(quota)));
    }
  }
}

TEST_CASE("largest remainder gives ties to the earlier share and keeps exact quotas") {
  const double thirds[] = {1.0 / 3, 1.0 / 3, 1.0 / 3};
  CHECK(largest_remainder(100, thirds) == std::vector<long long>{34, 33, 33});
  CHECK(largest_remainder(101, thirds) == std::vector<long long>{34, 34, 33});
  const double tenths[] = {0.3, 0.7};
  CHECK(largest_remainder(1000, tenths) == std::vector<long long>{300, 700});
  const double uneven[] = {0.15, 0.85};
  CHECK(largest_remainder(3, uneven) == std::vector<long long>{0, 3});
  CHECK(largest_remainder(0, uneven) == std::vector<long long>{0, 0});
  CHECK(largest_remainder(-7, thirds) == std::vector<long long>{-2, -2, -3});
}

TEST_CASE("fixed_decimal writes steps as exact decimals") {
  CHECK(fixed_decimal(12345, 2) == "123.45");
  CHECK(fixed_decimal(5, 2) == "0.05");
  CHECK(fixed_decimal(-5, 2) == "-0.05");
  CHECK(fixed_decimal(0, 3) == "0.000");
  CHECK(fixed_decimal(333, 0) == "333");
  CHECK(fixed_decimal(-9223372036854775807LL - 1, 0) == "-9223372036854775808");
}

TEST_CASE("parse_weights reads UNIT=SHARE lists and says what is wrong") {
  auto w = parse_weights(" a = 0.5, b=0.3,c=0.2 ");
  REQUIRE(w.size() == 3);
  CHECK(w[0] == std::pair<std::string, double>{"a", 0.5});
  CHECK(w[2].first == "c");
  CHECK(stop_message([] { parse_weights("a=0.5,b=0.3"); }) ==
        "--weights: the shares sum to 0.8; they must sum to 1");
  CHECK(stop_message([] { parse_weights("a=0.5,b"); }) ==
        "--weights: `b` is not UNIT=SHARE with a share of 0 or more (e.g. hangzhou=0.5)");
  CHECK(stop_message([] { parse_weights("a=1.5,b=-0.5"); }) ==
        "--weights: `b=-0.5` is not UNIT=SHARE with a share of 0 or more (e.g. hangzhou=0.5)");
  CHECK(stop_message([] { parse_weights("a=x"); }) ==
        "--weights: `a=x` is not UNIT=SHARE with a share of 0 or more (e.g. hangzhou=0.5)");
  CHECK(parse_list(" a, ,b ,") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("an equal split round-trips through validate with no K003 or K004") {
  TempDir dir;
  SplitRequest r;
  r.kpi = "KPI-rev";
  r.by = SplitBy::equal;
  r.units = {"hz", "nb", "wz"};
  PlanRun run = round_trip(dir, r);
  CHECK(count(run, "KAP-K003", "KPI-rev") == 0);
  CHECK(count(run, "KAP-K004", "KPI-rev") == 0);
  for (const auto& f : run.findings) {
    CAPTURE(f.message_key);
    CHECK_FALSE(f.rule.starts_with("KAP-S"));
  }
  const Kpi* hz = run.plan.kpi("KPI-rev-hz");
  REQUIRE(hz != nullptr);
  CHECK(hz->name.value == "大客户收入 - 杭州: \"A\" #1");
  CHECK(hz->unit->id == "hz");
  CHECK_FALSE(hz->owner.set);
  CHECK(target_for(*hz, 2028)->value == 384); // 1151 = 384 + 384 + 383
  CHECK(target_for(*run.plan.kpi("KPI-rev-wz"), 2028)->value == 383);
  for (int y : {2027, 2028, 2029})
    CHECK(children_sum(run.plan, "KPI-rev", y) == target_for(*run.plan.kpi("KPI-rev"), y)->value);
  // Without an owner each child is warned about, as the comment in the file says.
  CHECK(count(run, "KAP-K007", "KPI-rev-hz") == 1);
}

TEST_CASE("a split by weights with decimals round-trips exactly") {
  TempDir dir;
  SplitRequest r;
  r.kpi = "KPI-dec";
  r.by = SplitBy::weights;
  r.weights = {{"hz", 0.5}, {"nb", 0.3}, {"wz", 0.2}};
  r.precision = 2;
  PlanRun run = round_trip(dir, r);
  CHECK(count(run, "KAP-K003", "KPI-dec") == 0);
  CHECK(count(run, "KAP-K004", "KPI-dec") == 0);
  CHECK(target_for(*run.plan.kpi("KPI-dec-hz"), 2027)->value == doctest::Approx(50.13));
  CHECK(target_for(*run.plan.kpi("KPI-dec-nb"), 2027)->value == doctest::Approx(30.07));
  CHECK(target_for(*run.plan.kpi("KPI-dec-wz"), 2027)->value == doctest::Approx(20.05));
  CHECK(target_for(*run.plan.kpi("KPI-dec-nb"), 2028)->value == doctest::Approx(0.02));
}

TEST_CASE("a split by segments follows the latest common revenue and stays at the KPI's unit") {
  TempDir dir;
  SplitRequest r;
  r.kpi = "KPI-hz";
  r.by = SplitBy::segments;
  PlanRun run = round_trip(dir, r);
  CHECK(count(run, "KAP-K003", "KPI-hz") == 0);
  CHECK(count(run, "KAP-K004", "KPI-hz") == 0);
  // The exit segment is left out; 2026 is the latest year both others have: 300 : 200.
  CHECK(run.plan.kpi("KPI-hz-SEG-old") == nullptr);
  const Kpi* gov = run.plan.kpi("KPI-hz-SEG-gov");
  REQUIRE(gov != nullptr);
  CHECK(gov->unit->id == "hz");
  CHECK(target_for(*gov, 2027)->value == 599); // 999 × 0.6 = 599.4
  CHECK(target_for(*run.plan.kpi("KPI-hz-SEG-fin"), 2027)->value == 400);
  CHECK(target_for(*gov, 2029)->value == 1);
}

TEST_CASE("a KPI combined by mean gives every child the full target") {
  TempDir dir;
  SplitRequest r;
  r.kpi = "KPI-nps";
  r.by = SplitBy::weights;
  r.weights = {{"hz", 0.9}, {"nb", 0.1}};
  PlanRun run = round_trip(dir, r);
  CHECK(count(run, "KAP-K004", "KPI-nps") == 0);
  CHECK(count(run, "KAP-K003", "KPI-nps") == 0);
  CHECK(target_for(*run.plan.kpi("KPI-nps-nb"), 2027)->value == 30.5);
}

TEST_CASE("the split YAML reads as written") {
  TempDir dir;
  std::ofstream(dir.path() / "plan.yaml") << kPlan;
  Loaded l = load_dir(dir.path());
  SplitRequest r;
  r.kpi = "KPI-rev";
  r.by = SplitBy::weights;
  r.weights = {{"nb", 0.75}, {"wz", 0.25}};
  SplitResult s = split_kpi(l.plan, l.cascade, r);
  CHECK(s.notes.empty());
  CHECK(render_split_yaml(s, Lang::en) ==
        "# Child KPIs of KPI-rev, written by `kaplan decompose --kpi KPI-rev --by weights "
        "--weights nb=0.75,wz=0.25`.\n"
        "# Include this file from the plan (`include:`), then refine the targets.\n"
        "kpis:\n"
        "  - id: KPI-rev-nb\n"
        "    name: 大客户收入 - 宁波分公司\n"
        "    parent: KPI-rev\n"
        "    unit: nb\n"
        "    # owner: the id of the person accountable for it (people)\n"
        "    targets: {2027: 750, 2028: 863, 2029: 977} # share 0.75\n"
        "  - id: KPI-rev-wz\n"
        "    name: 大客户收入 - 温州分公司\n"
        "    parent: KPI-rev\n"
        "    unit: wz\n"
        "    # owner: the id of the person accountable for it (people)\n"
        "    targets: {2027: 250, 2028: 288, 2029: 326} # share 0.25\n");
}

TEST_CASE("split errors and notes name what is wrong") {
  TempDir dir;
  std::ofstream(dir.path() / "plan.yaml") << kPlan;
  Loaded l = load_dir(dir.path());
  auto split = [&](SplitRequest r) { return split_kpi(l.plan, l.cascade, r); };
  SplitRequest r;
  r.kpi = "KPI-rev";
  r.units = {"hz", "hangzhou"};
  CHECK(stop_message([&] { split(r); }) == "--units: no unit `hangzhou` in the plan");
  r.units = {"hz", "hz"};
  CHECK(stop_message([&] { split(r); }) == "--units names `hz` twice");
  r.units = {"nbb"};
  CHECK(stop_message([&] { split(r); }) ==
        "--units: no unit `nbb` in the plan; did you mean `nb`?");
  r.kpi = "KPI-rv";
  CHECK(stop_message([&] { split(r); }) == "no KPI `KPI-rv` in the plan; did you mean `KPI-rev`?");
  r.kpi = "KPI-dec";
  r.units = {"hz"};
  CHECK(stop_message([&] { split(r); }) == "KPI `KPI-dec` 2027: the target 100.25 has more "
                                           "decimals than --precision 0; use --precision 2");
  r.kpi = "KPI-rev";
  r.by = SplitBy::segments;
  r.units = {"SEG-gov", "SEG-govv"};
  CHECK(stop_message([&] { split(r); }) ==
        "--segments: no customer segment `SEG-govv` in the plan; did you mean `SEG-gov`?");
  // A region has units below it: the child is not at the execution level yet.
  r.by = SplitBy::equal;
  r.units = {"east", "prov"};
  SplitResult s = split(r);
  REQUIRE(s.notes.size() == 3);
  CHECK(render_message(s.notes[0].key, s.notes[0].args, Lang::en) ==
        "unit `east` has child units, so `KPI-rev-east` is not at the execution level until it has "
        "an `owner` or is "
        "cascaded further (KAP-K003)");
  CHECK(render_message(s.notes[2].key, s.notes[2].args, Lang::en) ==
        "unit `prov` is neither `east`, the unit of `KPI-rev`, nor below it (KAP-K006)");
}

} // namespace unit_decompose_split
