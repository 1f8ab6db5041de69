// SPDX-License-Identifier: MIT
// `decompose --by`: which units (or segments) receive a share of a KPI's targets, and
// the exact figures each one gets.
#include "kaplan/analysis/decompose.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <unordered_set>

namespace kaplan {
namespace {

// One receiver of a share: a unit, or a customer segment at the KPI's own unit.
struct Recipient {
  std::string key;  // unit or segment id, the child id's suffix
  std::string name; // its name, for the child's name
  std::string unit; // the unit the child is assigned to
  double share = 0;
  std::string share_text;
};

template <class List>
std::optional<std::string> nearest(std::string_view word, const List& list) {
  std::vector<std::string_view> ids;
  ids.reserve(list.size());
  for (const auto& e : list)
    ids.push_back(e.id);
  return text::suggest(word, ids);
}

template <class List>
StopError unknown(std::string_view key, std::string_view id, const List& list,
                  std::vector<Arg> extra = {}) {
  std::vector<Arg> args = std::move(extra);
  args.push_back(arg("id", id));
  if (auto s = nearest(id, list)) {
    args.push_back(arg("suggestion", *s));
    return StopError{std::string(key) + "-suggest", std::move(args), {}};
  }
  return StopError{std::string(key), std::move(args), {}};
}

void no_repeats(std::string_view option, const std::vector<std::string>& ids) {
  std::unordered_set<std::string_view> seen;
  for (const auto& id : ids)
    if (!seen.insert(id).second)
      throw StopError{"decompose.twice", {arg("option", option), arg("id", id)}, {}};
}

const Unit& unit_named(const Plan& plan, std::string_view option, const std::string& id) {
  const Unit* u = plan.unit(id);
  if (!u) throw unknown("decompose.unknown-unit", id, plan.units, {arg("option", option)});
  return *u;
}

Recipient unit_recipient(const Unit& u, double share, std::string share_text) {
  return {u.id, u.name.value.empty() ? u.id : u.name.value, u.id, share, std::move(share_text)};
}

// Each segment's share of the chosen segments' revenue in the latest year they all have.
std::vector<Recipient> by_segments(const Plan& plan, const Kpi& kpi, const SplitRequest& request,
                                   std::string& basis) {
  const Unit* home = kpi.unit.set ? plan.unit(kpi.unit->id) : nullptr;
  if (!home) throw StopError{"decompose.segments-unit", {arg("id", kpi.id)}, {}};
  std::vector<const Segment*> chosen;
  if (request.units.empty()) {
    for (const auto& s : plan.segments)
      if (!s.revenue.empty() && !(s.priority.set && *s.priority == SegmentPriority::exit))
        chosen.push_back(&s);
    if (chosen.empty()) throw StopError{"decompose.no-segments", {}, {}};
  } else {
    no_repeats("--segments", request.units);
    for (const auto& id : request.units) {
      const IdEntry* e = plan.find(id);
      if (!e || e->kind != EntityKind::segment)
        throw unknown("decompose.unknown-segment", id, plan.segments);
      chosen.push_back(&plan.segments[e->index]);
    }
  }
  auto revenue_in = [](const Segment& s, int year) -> const YearValue* {
    for (const auto& r : s.revenue)
      if (r.year == year) return &r;
    return nullptr;
  };
  std::optional<int> year;
  for (const auto& r : chosen.front()->revenue) {
    bool common = std::all_of(chosen.begin(), chosen.end(),
                              [&](const Segment* s) { return revenue_in(*s, r.year); });
    if (common && (!year || r.year > *year)) year = r.year;
  }
  if (!year) throw StopError{"decompose.no-basis-year", {}, {}};
  double total = 0;
  for (const Segment* s : chosen)
    total += revenue_in(*s, *year)->value;
  if (!(total > 0))
    throw StopError{"decompose.zero-basis", {arg("year", *year), arg("sum", total)}, {}};
  std::vector<Recipient> out;
  std::string ids;
  for (const Segment* s : chosen) {
    double share = revenue_in(*s, *year)->value / total;
    out.push_back({s->id, s->name.value.empty() ? s->id : s->name.value, home->id, share,
                   fmt::format("{} (`revenue` {})", text::format_percent(share, 1), *year)});
    ids += (ids.empty() ? "" : ",") + s->id;
  }
  basis += " --segments " + ids;
  return out;
}

std::vector<Recipient> recipients(const Plan& plan, const Kpi& kpi, const SplitRequest& request,
                                  std::string& basis) {
  std::vector<Recipient> out;
  switch (request.by) {
  case SplitBy::equal: {
    no_repeats("--units", request.units);
    std::string ids;
    for (const auto& id : request.units) {
      const Unit& u = unit_named(plan, "--units", id);
      out.push_back(unit_recipient(u, 1.0 / static_cast<double>(request.units.size()),
                                   fmt::format("1/{}", request.units.size())));
      ids += (ids.empty() ? "" : ",") + id;
    }
    basis += " --units " + ids;
    break;
  }
  case SplitBy::weights: {
    std::vector<std::string> keys;
    for (const auto& [id, w] : request.weights)
      keys.push_back(id);
    no_repeats("--weights", keys);
    std::string items;
    double sum = 0;
    for (const auto& [id, w] : request.weights)
      sum += w;
    for (const auto& [id, w] : request.weights) {
      const Unit& u = unit_named(plan, "--weights", id);
      // Shares are taken relative to their sum, which parse_weights held to 1 ± 1e-6.
      out.push_back(unit_recipient(u, sum > 0 ? w / sum : 0, text::format_number(w)));
      items += fmt::format("{}{}={}", items.empty() ? "" : ",", id, text::format_number(w));
    }
    basis += " --weights " + items;
    break;
  }
  case SplitBy::segments:
    return by_segments(plan, kpi, request, basis);
  }
  return out;
}

// Whether unit `inner` is `outer` or below it; the walk is bounded, in case the units'
// parents form a cycle.
bool unit_within(const Plan& plan, const Unit* inner, const Unit* outer) {
  for (std::size_t steps = 0; inner && steps <= plan.units.size(); ++steps) {
    if (inner == outer) return true;
    inner = inner->parent.set ? plan.unit(inner->parent->id) : nullptr;
  }
  return false;
}

// The smallest number of decimals that writes `v` exactly (up to 15).
int decimals_of(double v) {
  for (int p = 0; p < 15; ++p) {
    double scaled = v * std::pow(10.0, p);
    if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, std::fabs(scaled))) return p;
  }
  return 15;
}

// The KPI's targets, one per year in year order (a repeated year counts as first written).
std::vector<YearValue> years_of(const Kpi& kpi) {
  std::vector<YearValue> out = kpi.targets;
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.year < b.year; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const auto& a, const auto& b) { return a.year == b.year; }),
            out.end());
  return out;
}

} // namespace

SplitResult split_kpi(const Plan& plan, const Cascade& cascade, const SplitRequest& request) {
  const Kpi* kpi = plan.kpi(request.kpi);
  if (!kpi) throw unknown("decompose.unknown-kpi", request.kpi, plan.kpis);
  const auto index = static_cast<std::size_t>(kpi - plan.kpis.data());
  const CascadeNode& node = cascade.nodes[index];
  std::vector<YearValue> years = years_of(*kpi);
  if (years.empty()) throw StopError{"decompose.no-targets", {arg("id", kpi->id)}, {}};

  SplitResult result;
  static constexpr std::string_view kBy[] = {"equal", "weights", "segments"};
  result.basis =
      fmt::format("--kpi {} --by {}", kpi->id, kBy[static_cast<std::size_t>(request.by)]);
  std::vector<Recipient> to = recipients(plan, *kpi, request, result.basis);
  if (to.empty()) {
    bool weights = request.by == SplitBy::weights;
    throw StopError{"decompose.needs",
                    {arg("by", weights ? "weights" : "equal"),
                     arg("option", weights ? "--weights" : "--units")},
                    {}};
  }
  if (request.precision) result.basis += fmt::format(" --precision {}", request.precision);

  if (!node.children.empty())
    result.notes.push_back(
        {"decompose.note.has-children", {arg("id", kpi->id), arg("count", node.children.size())}});
  const Unit* parent_unit = kpi->unit.set ? plan.unit(kpi->unit->id) : nullptr;
  for (const auto& r : to) {
    std::string id = kpi->id + "-" + r.key;
    if (plan.find(id)) throw StopError{"decompose.id-taken", {arg("id", id)}, {}};
    const Unit* u = plan.unit(r.unit);
    if (u && !cascade.execution_unit[static_cast<std::size_t>(u - plan.units.data())])
      result.notes.push_back(
          {"decompose.note.not-execution", {arg("unit", r.unit), arg("id", id)}});
    if (u && parent_unit && !unit_within(plan, u, parent_unit))
      result.notes.push_back(
          {"decompose.note.outside",
           {arg("unit", r.unit), arg("parent_unit", parent_unit->id), arg("parent", kpi->id)}});
    result.children.push_back(
        {id, kpi->name.value + " - " + r.name, kpi->id, r.unit, r.share_text, {}});
  }

  if (node.rollup != Rollup::sum) {
    // Mean, min and max of equal figures are that figure: every child carries it all.
    result.notes.push_back(
        {"decompose.note.copied",
         {arg("id", kpi->id), arg("rollup", "`" + std::string(name(node.rollup)) + "`")}});
    for (auto& child : result.children)
      for (const auto& y : years)
        child.targets.emplace_back(y.year, fmt::format("{}", y.value));
    return result;
  }
  std::vector<double> shares;
  for (const auto& r : to)
    shares.push_back(r.share);
  const double scale = std::pow(10.0, request.precision);
  for (const auto& y : years) {
    double scaled = y.value * scale;
    std::vector<Arg> where{arg("id", kpi->id), arg("year", y.year), arg("target", y.value)};
    if (!(std::fabs(scaled) < 9007199254740992.0))
      throw StopError{"decompose.too-large", where, {}};
    double whole = std::round(scaled);
    if (std::fabs(scaled - whole) > 1e-9 * std::max(1.0, std::fabs(scaled))) {
      where.push_back(arg("precision", request.precision));
      where.push_back(arg("needed", decimals_of(y.value)));
      throw StopError{"decompose.precision", where, {}};
    }
    std::vector<long long> parts = largest_remainder(static_cast<long long>(whole), shares);
    for (std::size_t i = 0; i < parts.size(); ++i)
      result.children[i].targets.emplace_back(y.year, fixed_decimal(parts[i], request.precision));
  }
  return result;
}

} // namespace kaplan
