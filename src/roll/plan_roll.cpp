// SPDX-License-Identifier: MIT
// What the next cycle's plan holds: each KPI's baseline and new last-year target, and
// what becomes of each action. The method is documented in kaplan-rollforward(1).
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/util/text.hpp"
#include "roll/roll_internal.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>

namespace kaplan {
namespace {

// Decimals a number is written with (as format_number writes it), at most 6.
int decimals_of(double v) {
  std::string s = text::format_number(v);
  auto dot = s.find('.');
  if (dot == std::string::npos || s.find('e') != std::string::npos) return 0;
  return static_cast<int>(std::min<std::size_t>(6, s.size() - dot - 1));
}

double round_to(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  return r == 0 ? 0 : r; // no -0
}

// Rounds up (`up`) or down to `decimals`, with a hair of tolerance so that 0.1 + 0.2 does
// not round up to 0.31.
double round_directed(double v, int decimals, bool up) {
  double scale = std::pow(10.0, decimals);
  double scaled = v * scale, hair = 1e-9 * std::max(1.0, std::abs(scaled));
  double r = (up ? std::ceil(scaled - hair) : std::floor(scaled + hair)) / scale;
  return r == 0 ? 0 : r; // no -0
}

const YearValue* target_in(const Kpi& k, int year) {
  for (const auto& t : k.targets)
    if (t.year == year) return &t;
  return nullptr;
}

// `ka-2027` → `ka-2028`: the last occurrence of the old cycle's year, else a suffix.
std::string next_id(const std::string& id, int old_cycle, int new_cycle) {
  std::string year = std::to_string(old_cycle);
  auto at = id.rfind(year);
  if (at == std::string::npos) return id + "-" + std::to_string(new_cycle);
  return id.substr(0, at) + std::to_string(new_cycle) + id.substr(at + year.size());
}

void roll_kpis(const Plan& plan, const Performance& performance, Rollforward& roll) {
  const int cycle = roll.old_cycle;
  const int old_last = roll.old_cycle + roll.horizon - 1;
  const int new_last = old_last + 1;
  const int months = months_elapsed(roll.period);
  roll.kpis.resize(plan.kpis.size());

  // Baselines first: the trend of every KPI starts from its new baseline.
  for (std::size_t i = 0; i < plan.kpis.size(); ++i) {
    const Kpi& k = plan.kpis[i];
    KpiRoll& r = roll.kpis[i];
    r.kpi = i;
    r.figures = performance.find(i);
    std::optional<double> forecast;
    if (!roll.year_closed && r.figures) forecast = full_year_forecast(*r.figures, months);
    if (roll.year_closed && r.figures && r.figures->source != ActualSource::none) {
      r.baseline_from = BaselineSource::actual;
      r.baseline = r.figures->actual;
    } else if (forecast) {
      // The year does not close: its whole-year forecast from the actuals to date,
      // rounded to the decimals the KPI's figures are written with.
      int decimals = decimals_of(r.figures->actual);
      for (const auto& t : k.targets)
        decimals = std::max(decimals, decimals_of(t.value));
      if (k.baseline.set) decimals = std::max(decimals, decimals_of(k.baseline.value));
      r.baseline_from = BaselineSource::forecast;
      r.baseline = round_to(*forecast, decimals);
      if (r.figures->type == KpiType::cumulative)
        r.forecast_share = phased_share(r.figures->phasing, months);
    } else if (const YearValue* t = target_in(k, cycle)) {
      r.baseline_from = BaselineSource::target;
      r.baseline = t->value;
    }
  }

  // New targets, parents before children: a child takes its share of its parent's new
  // target, so the cascade stays consistent.
  const Cascade cascade = build_cascade(plan, 0.005);
  std::vector<std::size_t> order = cascade.order;
  std::vector<char> placed(plan.kpis.size(), 0);
  for (std::size_t i : order)
    placed[i] = 1;
  for (std::size_t i = 0; i < plan.kpis.size(); ++i)
    if (!placed[i]) order.push_back(i); // caught in a parent cycle: trend only

  for (std::size_t i : order) {
    const Kpi& k = plan.kpis[i];
    KpiRoll& r = roll.kpis[i];
    if (target_in(k, new_last)) {
      r.method = TargetMethod::given;
      continue;
    }
    const YearValue* last = target_in(k, old_last);
    if (!last) continue; // no trajectory to continue
    int decimals = decimals_of(last->value);
    bool non_negative = true;
    for (const auto& t : k.targets) {
      decimals = std::max(decimals, decimals_of(t.value));
      non_negative = non_negative && t.value >= 0;
    }

    // A percentage whose known values all lie in 0..100 stays there (a 105% data quality
    // target means nothing); other measures only keep their sign.
    bool percent = cascade.nodes[i].measure == "%";
    for (const auto& t : k.targets)
      percent = percent && t.value >= 0 && t.value <= 100;
    auto bound = [&](double v) {
      if (percent) return std::clamp(v, 0.0, 100.0);
      return non_negative ? std::max(0.0, v) : v;
    };

    std::size_t parent = cascade.nodes[i].parent;
    if (parent < plan.kpis.size() && roll.kpis[parent].new_target) {
      const YearValue* parent_last = target_in(plan.kpis[parent], old_last);
      if (parent_last && parent_last->value != 0) {
        // Rounded in the ambitious direction, so rounding never opens a cascade gap
        // (KAP-K004) that the old targets did not have.
        double share = bound(*roll.kpis[parent].new_target * last->value / parent_last->value);
        r.new_target =
            bound(round_directed(share, decimals, cascade.nodes[i].direction == Direction::up));
        r.method = TargetMethod::parent_share;
        continue;
      }
    }

    std::vector<YearValue> points;
    if (k.baseline.set) points.push_back({cycle - 1, k.baseline.value, {}});
    if (r.baseline_from != BaselineSource::none) points.push_back({cycle, r.baseline, {}});
    for (const auto& t : k.targets)
      if (t.year > cycle && t.year <= old_last) points.push_back(t);
    for (const auto& p : points) {
      non_negative = non_negative && p.value >= 0;
      percent = percent && p.value >= 0 && p.value <= 100;
    }
    if (k.baseline.set) decimals = std::max(decimals, decimals_of(k.baseline.value));
    std::optional<double> v = linear_trend(points, new_last);
    if (!v) continue;
    r.new_target = round_to(bound(*v), decimals);
    r.method = TargetMethod::trend;
  }
}

// The category of an unfinished action that began before the new cycle. Past 31 December
// it extends into the new cycle. Due within the year: with the year still open, it is
// forecast to slip when its time deviation (score's) moves its finish past 31 December,
// else overdue when due before today, else within-year (both stay in the leaving year);
// with the year closed, overdue when due before today, else (rolled before its due date)
// forecast to slip, as it is not done.
RollCategory categorise(const Action& a, const ActionRoll& r, const Rollforward& roll) {
  const Date new_start{roll.new_cycle, 1, 1};
  const Date year_end{roll.old_cycle, 12, 31};
  if (a.due.value >= new_start) return RollCategory::extends;
  if (!roll.year_closed && r.forecast_finish && *r.forecast_finish > year_end)
    return RollCategory::forecast_slip;
  if (a.due.value < roll.today) return RollCategory::overdue;
  return roll.year_closed ? RollCategory::forecast_slip : RollCategory::within_year;
}

void roll_actions(const Plan& plan, const Performance& performance, Rollforward& roll) {
  const Date new_start{roll.new_cycle, 1, 1};
  roll.actions.resize(plan.actions.size());
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    ActionRoll& r = roll.actions[i];
    r.action = i;
    r.start = a.start.value;
    r.due = a.due.value;
    r.figures = i < performance.actions.size() ? &performance.actions[i] : nullptr;
    r.status = r.figures ? r.figures->status : "unreported";
    r.progress = r.figures ? std::clamp(r.figures->progress, 0.0, 1.0) : 0.0;
    if (r.status == "done" || r.status == "dropped") {
      r.outcome = RollOutcome::left_out;
      r.category = r.status == "done" ? RollCategory::finished : RollCategory::dropped;
      continue;
    }
    if (r.figures) r.forecast_finish = forecast_finish(a, *r.figures);
    if (!a.start.set || !a.due.set || a.start.value >= new_start) continue; // kept, later
    r.category = categorise(a, r, roll);
    if (r.category == RollCategory::within_year ||
        (!roll.year_closed && r.category == RollCategory::overdue)) {
      r.outcome = RollOutcome::left_out; // finishes in the leaving year
      continue;
    }
    r.outcome = RollOutcome::carried;
    r.start = new_start;
    // What remains of each cost; with the year still open, only the part of it that falls
    // in the new cycle, spread evenly over the days left (after as_of, up to the end).
    double cost_share = 1;
    if (roll.year_closed) {
      r.effort_factor = 1 - r.progress;
      if (a.due.value < new_start) {
        // Past due: the whole action moves into the new cycle, keeping its length.
        r.redated = true;
        r.due =
            cal::add_days(new_start, cal::day_number(a.due.value) - cal::day_number(a.start.value));
      } else {
        r.trimmed = true; // running across the year end: what remains starts with the cycle
      }
    } else {
      // Effort is FTE, a monthly rate: the part in the new cycle keeps it.
      if (r.category == RollCategory::forecast_slip) r.due = *r.forecast_finish;
      r.trimmed = true;
      const Date from = std::max(a.start.value, cal::add_days(roll.as_of, 1));
      const long long left = cal::days_inclusive(from, r.due);
      if (left > 0)
        cost_share = std::clamp(static_cast<double>(cal::days_inclusive(new_start, r.due)) /
                                    static_cast<double>(left),
                                0.0, 1.0);
    }
    const ActionActual* actual = r.figures ? r.figures->actual : nullptr;
    for (const auto& c : a.cost) {
      double left = c.value * (1 - r.progress);
      if (actual)
        for (const auto& s : actual->spent)
          if (s.name == c.name) left = std::max(0.0, c.value - s.value);
      r.cost.push_back({c.name, round_to(left * cost_share, 2), c.loc});
    }
  }
}

} // namespace

std::optional<double> linear_trend(const std::vector<YearValue>& points, int year) {
  if (points.empty()) return std::nullopt;
  if (points.size() == 1) return points.front().value;
  double n = static_cast<double>(points.size());
  double mean_x = 0, mean_y = 0;
  for (const auto& p : points) {
    mean_x += p.year;
    mean_y += p.value;
  }
  mean_x /= n;
  mean_y /= n;
  double sxx = 0, sxy = 0;
  for (const auto& p : points) {
    sxx += (p.year - mean_x) * (p.year - mean_x);
    sxy += (p.year - mean_x) * (p.value - mean_y);
  }
  if (sxx == 0) return mean_y; // every point in one year
  return mean_y + sxy / sxx * (year - mean_x);
}

Rollforward roll_forward(const Plan& plan, const SourceSet& sources, const Actuals& actuals,
                         const Performance& performance, const RollOptions& options) {
  Rollforward roll;
  roll.old_id = plan.header.id;
  roll.old_cycle = plan.header.cycle.value;
  roll.new_cycle = roll.old_cycle + 1;
  roll.horizon = plan.header.horizon.value;
  roll.new_id = options.new_id.empty() ? next_id(roll.old_id, roll.old_cycle, roll.new_cycle)
                                       : options.new_id;
  roll.period = actuals.period;
  roll.as_of = performance.as_of;
  roll.year_closed = period_end(actuals.period) == Date{roll.old_cycle, 12, 31};
  roll.today = options.today == Date{} ? roll.as_of : options.today;
  roll.title_names_old_year =
      plan.header.title.value.find(std::to_string(roll.old_cycle)) != std::string::npos;
  roll_kpis(plan, performance, roll);
  roll_actions(plan, performance, roll);
  roll::write_files(plan, sources, options, roll);
  return roll;
}

namespace roll {

std::string number(double v, int decimals) {
  return text::format_number(round_to(v, decimals));
}

std::string yaml_scalar(std::string_view s) {
  // Plain only when YAML cannot read it as anything but this text: an id or a path that
  // starts with a letter, `.` or `/` and is none of YAML 1.1's booleans, nulls or .inf.
  bool plain =
      !s.empty() && (std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '.' || s[0] == '/');
  for (char c : s)
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' ||
                      c == '-' || c == '/');
  static constexpr std::string_view words[] = {"true", "false", "yes", "no",   "on",  "off",
                                               "null", "y",     "n",   ".inf", ".nan"};
  std::string lower;
  for (char c : s)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto w : words)
    plain = plain && lower != w;
  return plain ? std::string(s) : text::json_escape(s);
}

} // namespace roll
} // namespace kaplan
