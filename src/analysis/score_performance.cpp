// SPDX-License-Identifier: MIT
// The performance scorecard (plan-format-v1, "Derived figures"): phased targets, actuals
// own or rolled up, attainment and colour per KPI; time deviation per action; weighted
// scores per perspective, overall and per unit. Formulas: kaplan-score(1).
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/work_pool.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kaplan {
namespace {

// Keeps binary rounding of decimal figures (0.22 + 0.24) from changing a colour.
constexpr double kColourEpsilon = 1e-9;

Colour colour_of(double attainment, const Thresholds& t) {
  if (attainment + kColourEpsilon >= t.green) return Colour::green;
  if (attainment + kColourEpsilon >= t.amber) return Colour::amber;
  return Colour::red;
}

std::optional<double> attainment_of(double actual, double target, Direction d) {
  if (d == Direction::up) {
    if (target > 0) return actual / target;
  } else if (actual > 0) {
    return target / actual;
  }
  return std::nullopt; // the ratio has no meaning: kaplan-score(1), "ATTAINMENT"
}

std::string unit_of(const Plan& plan, const Kpi& k) {
  if (k.unit.set && plan.unit(k.unit.value.id)) return k.unit.value.id;
  if (k.owner.set)
    if (const Person* p = plan.person(k.owner.value.id);
        p && p->unit.set && plan.unit(p->unit.value.id))
      return p->unit.value.id;
  return {};
}

// KPI nodes in report order: every tree parents first, then KPIs caught in a cycle.
std::vector<std::size_t> report_order(const Cascade& c) {
  std::vector<std::size_t> order = c.order;
  std::vector<char> placed(c.nodes.size(), 0);
  for (std::size_t i : order)
    placed[i] = 1;
  for (std::size_t i = 0; i < c.nodes.size(); ++i)
    if (!placed[i]) order.push_back(i);
  return order;
}

// A level KPI's target at the period end: on the path from the year's start (the
// baseline in the cycle's first year, the previous year's target in a later one) to the
// year target, by the share of the year due (phasing, else months / 12); without a start,
// the year target itself.
void level_path(const Plan& plan, const Kpi& k, int year, int months, KpiPerformance& p) {
  if (year == plan.first_year() && k.baseline.set) {
    p.path = PathStart::baseline;
    p.path_start = k.baseline.value;
  } else if (const YearValue* prev = year > plan.first_year() ? target_for(k, year - 1) : nullptr) {
    p.path = PathStart::previous_target;
    p.path_start = prev->value;
  }
  if (p.path == PathStart::none) {
    p.share = 1;
    p.target = p.year_target;
    return;
  }
  p.share = phased_share(p.phasing, months);
  p.target = p.path_start + (p.year_target - p.path_start) * p.share;
}

// Parents take their children's actuals, combined by their rollup, when every child has
// one (a partial sum would understate it); a weighted mean also needs every child's
// counterpart's actual. A parent waits for the KPIs it needs: children, and counterparts
// from another tree (Kahn's order, linear; KPIs waiting on each other get no rollup).
void roll_up(const Cascade& cascade, Performance& out) {
  const std::size_t count = out.kpis.size();
  std::vector<std::size_t> pending(count, 0);
  std::vector<std::vector<std::size_t>> waiting(count);
  std::vector<std::size_t> ready;
  for (std::size_t e = 0; e < count; ++e) {
    const KpiPerformance& p = out.kpis[e];
    const CascadeNode& n = cascade.nodes[p.kpi];
    if (p.source == ActualSource::none) {
      auto wait_on = [&](std::size_t kpi) {
        if (kpi == Cascade::npos || out.by_kpi[kpi] == SIZE_MAX) return;
        waiting[out.by_kpi[kpi]].push_back(e);
        ++pending[e];
      };
      for (std::size_t c : n.children)
        wait_on(c);
      for (std::size_t w : n.weight_of)
        wait_on(w);
    }
    if (pending[e] == 0) ready.push_back(e);
  }
  while (!ready.empty()) {
    const std::size_t e = ready.back();
    ready.pop_back();
    KpiPerformance& p = out.kpis[e];
    const CascadeNode& n = cascade.nodes[p.kpi];
    if (p.source == ActualSource::none && !n.children.empty()) {
      const bool weighted = n.weighted_by != Cascade::npos;
      std::vector<double> values, weights;
      bool complete = true;
      for (std::size_t j = 0; j < n.children.size() && complete; ++j) {
        const KpiPerformance& cp = out.kpis[out.by_kpi[n.children[j]]];
        complete = cp.source != ActualSource::none;
        values.push_back(cp.actual);
        if (!weighted || !complete) continue;
        const std::size_t w = n.weight_of[j];
        complete = w != Cascade::npos && out.kpis[out.by_kpi[w]].source != ActualSource::none;
        if (complete) weights.push_back(out.kpis[out.by_kpi[w]].actual);
      }
      if (complete) {
        p.source = ActualSource::rollup;
        p.children = n.children;
        if (weighted) {
          p.weighted_by = n.weighted_by;
          p.weight_kpis = n.weight_of;
          p.weights = weights;
          p.actual = weighted_mean(values, weights);
        } else {
          p.actual = combine(p.rollup, values);
        }
      }
    }
    for (std::size_t d : waiting[e])
      if (--pending[d] == 0) ready.push_back(d);
  }
}

// A unit counts each KPI once: an execution-level KPI with an execution-level child in
// the same unit is carried by its children and left out of the unit's score (decided by
// the cascade, not by which actuals were reported).
void mark_carried(const Cascade& cascade, Performance& out) {
  for (auto& p : out.kpis) {
    if (!p.execution_level || p.unit.empty()) continue;
    for (std::size_t c : cascade.nodes[p.kpi].children) {
      const KpiPerformance* cp = out.find(c);
      if (cp && cp->execution_level && cp->unit == p.unit) {
        p.carried_by_children = true;
        break;
      }
    }
  }
}

void figure_kpis(const Plan& plan, const Actuals& actuals, const Config& config,
                 const Cascade& cascade, Performance& out) {
  const int year = actuals.period.year;
  const int months = months_elapsed(actuals.period);
  const std::vector<std::size_t> order = report_order(cascade);
  out.by_kpi.assign(plan.kpis.size(), SIZE_MAX);
  out.kpis.reserve(order.size());
  for (std::size_t i : order) {
    const Kpi& k = plan.kpis[i];
    const CascadeNode& n = cascade.nodes[i];
    KpiPerformance p;
    p.kpi = i;
    p.depth = n.depth;
    p.parent = n.parent == Cascade::npos ? SIZE_MAX : n.parent;
    p.type = n.type;
    p.direction = n.direction;
    p.rollup = n.rollup;
    p.phasing = n.phasing;
    p.own_thresholds = n.thresholds != nullptr;
    p.thresholds = n.thresholds ? *n.thresholds : config.thresholds;
    p.execution_level = n.execution_level;
    p.unit = unit_of(plan, k);
    if (n.root != Cascade::npos && plan.kpis[n.root].weight.set)
      p.weight = plan.kpis[n.root].weight.value;
    p.has_weight = n.top_level && k.weight.set;
    if (const YearValue* t = target_for(k, year)) {
      p.has_target = true;
      p.year_target = t->value;
      if (p.type == KpiType::cumulative) {
        p.share = phased_share(p.phasing, months);
        p.target = p.year_target * p.share;
      } else {
        level_path(plan, k, year, months, p);
      }
    }
    if (!k.id.empty())
      if (const KpiActual* a = actuals.kpi(k.id); a && a->value.set) {
        p.source = ActualSource::own;
        p.own = a;
        p.actual = a->value.value;
      }
    out.by_kpi[i] = out.kpis.size();
    out.kpis.push_back(std::move(p));
  }
  roll_up(cascade, out);
  mark_carried(cascade, out);
  for (auto& p : out.kpis) {
    if (!p.has_target || p.source == ActualSource::none) continue;
    p.deviation = p.actual - p.target;
    if (p.target != 0) p.relative_deviation = p.deviation / p.target;
    p.attainment = attainment_of(p.actual, p.target, p.direction);
    if (p.attainment) p.colour = colour_of(*p.attainment, p.thresholds);
  }
}

void figure_action(const Plan& plan, const Actuals& actuals, std::size_t index, Performance& out) {
  const Action& a = plan.actions[index];
  const ActionActual* x = a.id.empty() ? nullptr : actuals.action(a.id);
  ActionPerformance p;
  p.action = index;
  p.actual = x;
  p.as_of = x ? actuals.as_of(x->header) : actuals.latest_as_of();
  // Actions not reported are listed once they should have started.
  p.listed = x || (a.start.set && a.start.value <= p.as_of);
  for (const auto& c : a.cost)
    p.cost += c.value;
  if (x)
    for (const auto& s : x->spent)
      p.spent += s.value;
  p.status = x && x->status.set ? std::string(name(x->status.value)) : std::string("unreported");
  if (a.start.set && a.due.set)
    p.duration_days = std::max(0LL, cal::days_inclusive(a.start.value, a.due.value));
  if (!x || !x->status.set || !a.due.set) {
    out.actions.push_back(p);
    return;
  }
  const ActionStatus status = x->status.value;
  if (status == ActionStatus::done) {
    p.progress = 1;
    if (x->finished.set) {
      long long d = cal::day_number(x->finished.value) - cal::day_number(a.due.value);
      p.time_deviation_days = d;
      p.state = d > 0 ? TimeState::late : d < 0 ? TimeState::early : TimeState::on_time;
    }
  } else if (status != ActionStatus::dropped) {
    // An action in progress is measured by its reported progress; without one, or with
    // one outside 0..1 (KAP-T005), only an overdue action has a time deviation.
    const bool measured = status == ActionStatus::not_started ||
                          (x->progress.set && x->progress.value >= 0 && x->progress.value <= 1);
    if (status == ActionStatus::in_progress && measured) p.progress = x->progress.value;
    if (p.as_of > a.due.value) {
      p.time_deviation_days = cal::day_number(p.as_of) - cal::day_number(a.due.value);
      p.state = TimeState::overdue;
    } else if (measured && a.start.set && p.duration_days > 0) {
      p.elapsed_days =
          std::clamp(cal::days_inclusive(a.start.value, p.as_of), 0LL, p.duration_days);
      p.expected_progress =
          static_cast<double>(p.elapsed_days) / static_cast<double>(p.duration_days);
      long long d =
          std::llround((p.expected_progress - p.progress) * static_cast<double>(p.duration_days));
      p.time_deviation_days = d;
      p.state = d > 0 ? TimeState::slipping : d < 0 ? TimeState::ahead : TimeState::on_time;
    }
  }
  out.actions.push_back(p);
}

void weigh(const Plan& plan, Performance& out) {
  for (std::size_t i = 0; i < out.perspectives.size(); ++i)
    out.perspectives[i].perspective = static_cast<Perspective>(i);
  std::array<double, 4> sums{};
  double total = 0;
  for (const auto& p : out.kpis) {
    const Kpi& k = plan.kpis[p.kpi];
    if (p.depth != 0 || !k.objective.set || k.parent.set) continue;
    const Objective* o = plan.objective(k.objective.value.id);
    PerspectivePerformance* pp =
        o && o->perspective.set ? &out.perspectives[static_cast<std::size_t>(o->perspective.value)]
                                : nullptr;
    if (pp) ++pp->kpis;
    if (!p.attainment) continue;
    double part = p.weight * capped(*p.attainment);
    total += part;
    out.weight += p.weight;
    if (!pp) continue;
    ++pp->scored;
    pp->weight += p.weight;
    sums[static_cast<std::size_t>(pp->perspective)] += part;
  }
  for (std::size_t i = 0; i < out.perspectives.size(); ++i)
    if (out.perspectives[i].weight > 0)
      out.perspectives[i].score = 100.0 * sums[i] / out.perspectives[i].weight;
  if (out.weight > 0) out.overall = 100.0 * total / out.weight;
}

void rank_units(Performance& out) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < out.kpis.size(); ++i) {
    const auto& p = out.kpis[i];
    if (!p.execution_level || p.unit.empty()) continue;
    auto [it, added] = index.try_emplace(p.unit, out.units.size());
    if (added) out.units.push_back({p.unit, std::nullopt, {}, {}, 0, 0, 0});
    auto& u = out.units[it->second];
    (p.carried_by_children ? u.carried : u.kpis).push_back(i);
  }
  for (auto& u : out.units) {
    double sum = 0, weight = 0;
    for (std::size_t i : u.kpis) {
      const auto& p = out.kpis[i];
      if (!p.attainment) continue;
      sum += p.weight * capped(*p.attainment);
      weight += p.weight;
      u.green += p.colour == Colour::green;
      u.amber += p.colour == Colour::amber;
      u.red += p.colour == Colour::red;
    }
    if (weight > 0) u.score = 100.0 * sum / weight;
    std::stable_sort(u.kpis.begin(), u.kpis.end(), [&](std::size_t a, std::size_t b) {
      const auto& pa = out.kpis[a].attainment;
      const auto& pb = out.kpis[b].attainment;
      if (pa.has_value() != pb.has_value()) return pa.has_value();
      return pa && *pa > *pb;
    });
  }
  std::stable_sort(out.units.begin(), out.units.end(),
                   [](const UnitPerformance& a, const UnitPerformance& b) {
                     if (a.score.has_value() != b.score.has_value()) return a.score.has_value();
                     if (a.score && *a.score != *b.score) return *a.score > *b.score;
                     return a.unit < b.unit;
                   });
}

} // namespace

std::string_view colour_name(Colour c) {
  switch (c) {
  case Colour::green:
    return "green";
  case Colour::amber:
    return "amber";
  case Colour::red:
    return "red";
  case Colour::none:
    break;
  }
  return "none";
}

std::string_view time_state_name(TimeState s) {
  switch (s) {
  case TimeState::on_time:
    return "on-time";
  case TimeState::early:
    return "early";
  case TimeState::late:
    return "late";
  case TimeState::overdue:
    return "overdue";
  case TimeState::slipping:
    return "slipping";
  case TimeState::ahead:
    return "ahead";
  case TimeState::none:
    break;
  }
  return "none";
}

double capped(double attainment) {
  return std::clamp(attainment, 0.0, kAttainmentCap);
}

double phased_share(const std::vector<double>* phasing, int months) {
  static const std::vector<double> even{0.25, 0.25, 0.25, 0.25};
  const std::vector<double>& q = phasing && phasing->size() == 4 ? *phasing : even;
  double share = 0;
  for (int i = 0; i < 4; ++i)
    share += q[static_cast<std::size_t>(i)] * std::clamp((months - 3 * i) / 3.0, 0.0, 1.0);
  return share;
}

std::optional<Date> forecast_finish(const Action& a, const ActionPerformance& p) {
  if (!a.due.set || p.status == "done" || p.status == "dropped") return std::nullopt;
  if (!p.time_deviation_days) return a.due.value;
  return cal::add_days(a.due.value, *p.time_deviation_days);
}

std::optional<double> full_year_forecast(const KpiPerformance& p, int months) {
  if (p.source == ActualSource::none) return std::nullopt;
  if (p.type != KpiType::cumulative) return p.actual;
  double share = phased_share(p.phasing, std::clamp(months, 0, 12));
  if (share <= 0) return std::nullopt;
  return p.actual / share;
}

const KpiPerformance* Performance::find(std::size_t kpi) const {
  if (kpi >= by_kpi.size() || by_kpi[kpi] == SIZE_MAX) return nullptr;
  return &kpis[by_kpi[kpi]];
}

Performance score_performance(const Plan& plan, const Actuals& actuals, const Config& config,
                              const Cascade* cascade, WorkPool* pool) {
  Performance out;
  out.period = actuals.period;
  out.as_of = actuals.latest_as_of();
  // The KPIs' figures and the actions' are apart: neither reads what the other writes.
  for_each_index(pool, 2, [&](std::size_t part) {
    if (part == 0) {
      if (cascade) {
        figure_kpis(plan, actuals, config, *cascade, out);
      } else {
        const Cascade own = build_cascade(plan, config.cascade_tolerance);
        figure_kpis(plan, actuals, config, own, out);
      }
    } else {
      out.actions.reserve(plan.actions.size());
      for (std::size_t i = 0; i < plan.actions.size(); ++i)
        figure_action(plan, actuals, i, out);
    }
  });
  weigh(plan, out);
  rank_units(out);
  return out;
}

} // namespace kaplan
