// SPDX-License-Identifier: MIT
// The KPI cascade: parent links resolved once into children lists, parent cycles found
// by colour marking, then every pass walks `order` forwards (inheritance) or backwards
// (coverage, combined targets). No recursion: a cascade may be 10,000 levels deep.
#include "kaplan/analysis/cascade.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace kaplan {
namespace {

constexpr std::size_t npos = Cascade::npos;

// Figures of the children for one parent year, gathered in one pass over the children.
struct Accumulator {
  std::size_t count = 0;
  double sum = 0;
  double min = 0;
  double max = 0;
  double weighted_sum = 0; // Σ value × weight, for a weighted mean
  double weight_total = 0; // Σ weight
  bool weighted = false;

  void add(double v, double w = 1) {
    min = count == 0 ? v : std::min(min, v);
    max = count == 0 ? v : std::max(max, v);
    sum += v;
    weighted_sum += v * w;
    weight_total += w;
    ++count;
  }
  double result(Rollup r) const {
    if (count == 0) return 0;
    switch (r) {
    case Rollup::sum:
      return sum;
    case Rollup::mean:
      // Weights that sum to nothing cannot weigh: the plain mean (kaplan-score(1)).
      if (weighted && weight_total > 0) return weighted_sum / weight_total;
      return sum / static_cast<double>(count);
    case Rollup::min:
      return min;
    case Rollup::max:
      return max;
    }
    return sum;
  }
};

// The KPI index a `parent` reference resolves to, or npos.
std::vector<std::size_t> resolve_parents(const Plan& plan) {
  std::vector<std::size_t> out(plan.kpis.size(), npos);
  for (std::size_t i = 0; i < plan.kpis.size(); ++i) {
    const Kpi& k = plan.kpis[i];
    if (!k.parent.set) continue;
    if (const Kpi* p = plan.kpi(k.parent->id))
      out[i] = static_cast<std::size_t>(p - plan.kpis.data());
  }
  return out;
}

// Marks every KPI on a parent cycle and lists the cycles. Each KPI has at most one
// parent, so one walk up from each unvisited KPI finds every cycle exactly once.
void find_cycles(const std::vector<std::size_t>& up, Cascade& c) {
  enum : char { unvisited, on_path, done };
  std::vector<char> state(up.size(), unvisited);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < up.size(); ++start) {
    if (state[start] != unvisited) continue;
    path.clear();
    std::size_t cur = start;
    while (cur != npos && state[cur] == unvisited) {
      state[cur] = on_path;
      path.push_back(cur);
      cur = up[cur];
    }
    if (cur != npos && state[cur] == on_path) {
      std::vector<std::size_t> members;
      std::size_t first = cur;
      std::size_t n = cur;
      do {
        members.push_back(n);
        first = std::min(first, n);
        n = up[n];
      } while (n != cur);
      // Start the listing at the KPI written first, so the report is stable.
      std::rotate(members.begin(), std::find(members.begin(), members.end(), first), members.end());
      for (std::size_t m : members)
        c.nodes[m].in_cycle = true;
      c.cycles.push_back(std::move(members));
    }
    for (std::size_t p : path)
      state[p] = done;
  }
  std::sort(c.cycles.begin(), c.cycles.end(),
            [](const auto& a, const auto& b) { return a.front() < b.front(); });
}

// Units that are nobody's parent are at the execution level.
std::vector<char> execution_units(const Plan& plan) {
  std::unordered_set<std::string_view> parents;
  for (const auto& u : plan.units)
    if (u.parent.set) parents.insert(u.parent->id);
  std::vector<char> out(plan.units.size(), 0);
  for (std::size_t i = 0; i < plan.units.size(); ++i)
    out[i] = parents.count(plan.units[i].id) == 0 ? 1 : 0;
  return out;
}

bool is_execution_level(const Plan& plan, const Cascade& c, const Kpi& k) {
  if (k.owner.set && !k.owner->id.empty()) return true;
  if (!k.unit.set) return false;
  const Unit* u = plan.unit(k.unit->id);
  return u && c.execution_unit[static_cast<std::size_t>(u - plan.units.data())] != 0;
}

// Parents before children: tree after tree in plan order, depth first.
void order_trees(Cascade& c) {
  std::vector<std::size_t> stack;
  for (std::size_t r = 0; r < c.nodes.size(); ++r) {
    if (c.nodes[r].in_cycle || c.nodes[r].parent != npos) continue;
    stack.push_back(r);
    while (!stack.empty()) {
      std::size_t n = stack.back();
      stack.pop_back();
      c.order.push_back(n);
      c.nodes[n].root = r;
      for (auto it = c.nodes[n].children.rbegin(); it != c.nodes[n].children.rend(); ++it) {
        c.nodes[*it].depth = c.nodes[n].depth + 1;
        stack.push_back(*it);
      }
    }
  }
}

void inherit(const Plan& plan, Cascade& c) {
  auto own = [&](std::size_t i, CascadeNode& n) {
    const Kpi& k = plan.kpis[i];
    n.rollup = k.rollup.set ? *k.rollup : Rollup::sum;
    n.measure = k.measure.set ? std::string_view(*k.measure) : std::string_view();
    n.direction = k.direction.set ? *k.direction : Direction::up;
    n.type =
        k.type.set ? *k.type : (n.rollup == Rollup::sum ? KpiType::cumulative : KpiType::level);
    n.phasing = k.phasing.set ? &k.phasing.value : nullptr;
    n.thresholds = k.thresholds.set ? &k.thresholds.value : nullptr;
  };
  // KPIs in a cycle have no parent to inherit from: their own fields or the defaults.
  for (const auto& cycle : c.cycles)
    for (std::size_t m : cycle)
      own(m, c.nodes[m]);
  for (std::size_t i : c.order) {
    CascadeNode& n = c.nodes[i];
    own(i, n);
    if (n.parent == npos) continue;
    const Kpi& k = plan.kpis[i];
    const CascadeNode& p = c.nodes[n.parent];
    if (!k.measure.set) n.measure = p.measure;
    if (!k.direction.set) n.direction = p.direction;
    if (!k.type.set) n.type = p.type;
    if (!k.phasing.set) n.phasing = p.phasing;
    if (!k.thresholds.set) n.thresholds = p.thresholds;
  }
}

// `weighted_by` on a mean: each child's counterpart is the first child (in plan order) of
// the weighting KPI whose `unit` is the child's `unit`. One map per weighted KPI keeps it
// linear in the number of children.
void link_weights(const Plan& plan, Cascade& c) {
  std::unordered_map<std::string_view, std::size_t> by_unit;
  for (std::size_t i = 0; i < plan.kpis.size(); ++i) {
    const Kpi& k = plan.kpis[i];
    CascadeNode& n = c.nodes[i];
    if (!k.weighted_by.set || n.rollup != Rollup::mean) continue;
    const Kpi* w = plan.kpi(k.weighted_by->id);
    if (!w || w == &k) continue;
    n.weighted_by = static_cast<std::size_t>(w - plan.kpis.data());
    by_unit.clear();
    for (std::size_t wc : c.nodes[n.weighted_by].children)
      if (plan.kpis[wc].unit.set) by_unit.try_emplace(plan.kpis[wc].unit->id, wc);
    n.weight_of.assign(n.children.size(), npos);
    for (std::size_t j = 0; j < n.children.size(); ++j) {
      const Kpi& ch = plan.kpis[n.children[j]];
      if (!ch.unit.set) continue;
      if (auto it = by_unit.find(ch.unit->id); it != by_unit.end()) n.weight_of[j] = it->second;
    }
  }
}

// Leaves first, so that every child is settled before its parent.
void cover(const Plan& plan, Cascade& c) {
  // A KPI on a cycle has no children in the tree: it stands for itself.
  for (const auto& cycle : c.cycles)
    for (std::size_t m : cycle) {
      CascadeNode& n = c.nodes[m];
      n.execution_level = is_execution_level(plan, c, plan.kpis[m]);
      n.covered = n.execution_level;
      n.uncovered_leaves = n.covered ? 0 : 1;
      n.first_uncovered = n.covered ? npos : m;
    }
  for (auto it = c.order.rbegin(); it != c.order.rend(); ++it) {
    CascadeNode& n = c.nodes[*it];
    n.execution_level = is_execution_level(plan, c, plan.kpis[*it]);
    if (n.children.empty()) {
      n.covered = n.execution_level;
      n.uncovered_leaves = n.covered ? 0 : 1;
      n.first_uncovered = n.covered ? npos : *it;
      continue;
    }
    n.covered = true;
    n.uncovered_leaves = 0;
    n.first_uncovered = npos;
    for (std::size_t ch : n.children) {
      const CascadeNode& child = c.nodes[ch];
      n.covered = n.covered && child.covered;
      n.uncovered_leaves += child.uncovered_leaves;
      if (n.first_uncovered == npos) n.first_uncovered = child.first_uncovered;
    }
  }
}

// Each parent's years against its children's targets: the children's figures are added
// to the parent's years in one pass over each child's targets.
void combine_years(const Plan& plan, Cascade& c, double tolerance) {
  std::vector<Accumulator> acc;
  std::vector<std::size_t> seen_by; // the last child that gave a figure for each year
  for (std::size_t i : c.order) {
    CascadeNode& n = c.nodes[i];
    if (n.children.empty()) continue;
    n.years.clear();
    for (const auto& t : plan.kpis[i].targets)
      n.years.push_back({t.year, t.value, t.loc, 0, 0, {}, 0});
    // A year written twice counts once, as its first entry (the duplicate is KAP-S010).
    std::stable_sort(n.years.begin(), n.years.end(),
                     [](const auto& a, const auto& b) { return a.year < b.year; });
    n.years.erase(std::unique(n.years.begin(), n.years.end(),
                              [](const auto& a, const auto& b) { return a.year == b.year; }),
                  n.years.end());
    const bool weighted = n.weighted_by != npos;
    acc.assign(n.years.size(), {});
    for (auto& a : acc)
      a.weighted = weighted;
    seen_by.assign(n.years.size(), npos);
    for (std::size_t j = 0; j < n.children.size(); ++j) {
      const std::size_t ch = n.children[j];
      // A weighted mean weighs each child by its counterpart's target for the same year; a
      // child whose counterpart has none does not contribute to that year.
      const Kpi* counterpart =
          weighted && n.weight_of[j] != npos ? &plan.kpis[n.weight_of[j]] : nullptr;
      if (weighted && !counterpart) continue;
      for (const auto& t : plan.kpis[ch].targets) {
        auto it = std::lower_bound(n.years.begin(), n.years.end(), t.year,
                                   [](const CascadeYear& y, int year) { return y.year < year; });
        if (it == n.years.end() || it->year != t.year) continue;
        auto y = static_cast<std::size_t>(it - n.years.begin());
        // Only the child's first entry for a year counts.
        if (seen_by[y] == ch) continue;
        double w = 1;
        if (counterpart) {
          const YearValue* cw = target_for(*counterpart, t.year);
          if (!cw) continue;
          w = cw->value;
        }
        seen_by[y] = ch;
        acc[y].add(t.value, w);
      }
    }
    for (std::size_t y = 0; y < n.years.size(); ++y) {
      CascadeYear& cy = n.years[y];
      cy.contributing = acc[y].count;
      cy.combined = acc[y].result(n.rollup);
      if (cy.contributing == 0) {
        cy.verdict = CascadeVerdict::no_children;
        continue;
      }
      Judgement j = judge(cy.target, cy.combined, n.direction, tolerance);
      cy.verdict = j.verdict;
      cy.difference = j.difference;
    }
  }
}

} // namespace

const YearValue* target_for(const Kpi& kpi, int year) {
  for (const auto& t : kpi.targets)
    if (t.year == year) return &t;
  return nullptr;
}

double combine(Rollup rollup, std::span<const double> values) {
  Accumulator a;
  for (double v : values)
    a.add(v);
  return a.result(rollup);
}

double weighted_mean(std::span<const double> values, std::span<const double> weights) {
  Accumulator a;
  a.weighted = true;
  for (std::size_t i = 0; i < values.size() && i < weights.size(); ++i)
    a.add(values[i], weights[i]);
  return a.result(Rollup::mean);
}

Judgement judge(double target, double combined, Direction direction, double tolerance) {
  // A relative margin of 1e-9 keeps binary rounding of decimal sums from being a gap.
  double scale = std::fabs(target);
  double eps = 1e-9 * std::max(1.0, scale);
  double shortfall = direction == Direction::up ? target - combined : combined - target;
  if (shortfall > scale * tolerance + eps) return {CascadeVerdict::gap, shortfall};
  if (-shortfall > scale * 0.10 + eps) return {CascadeVerdict::stretch, -shortfall};
  return {};
}

std::vector<std::size_t> Cascade::subtree(std::size_t node) const {
  std::vector<std::size_t> out;
  if (node >= nodes.size()) return out;
  std::vector<std::size_t> stack{node};
  while (!stack.empty()) {
    std::size_t n = stack.back();
    stack.pop_back();
    out.push_back(n);
    for (auto it = nodes[n].children.rbegin(); it != nodes[n].children.rend(); ++it)
      stack.push_back(*it);
  }
  return out;
}

Cascade build_cascade(const Plan& plan, double tolerance) {
  Cascade c;
  c.nodes.resize(plan.kpis.size());
  c.execution_unit = execution_units(plan);
  std::vector<std::size_t> up = resolve_parents(plan);
  find_cycles(up, c);
  for (std::size_t i = 0; i < plan.kpis.size(); ++i) {
    CascadeNode& n = c.nodes[i];
    const Kpi& k = plan.kpis[i];
    n.top_level = k.objective.set && !k.parent.set;
    // A child of a KPI in a cycle is cut loose: it heads a tree of its own.
    if (n.in_cycle || up[i] == npos || c.nodes[up[i]].in_cycle) continue;
    n.parent = up[i];
    c.nodes[up[i]].children.push_back(i);
  }
  for (std::size_t i = 0; i < plan.kpis.size(); ++i)
    if (c.nodes[i].top_level) c.top_level.push_back(i);
  order_trees(c);
  inherit(plan, c);
  link_weights(plan, c);
  cover(plan, c);
  combine_years(plan, c, tolerance);
  return c;
}

} // namespace kaplan
