// SPDX-License-Identifier: MIT
// The K rules: objectives measured by KPIs, and KPIs cascaded to the execution level.
// All of them read the cascade built once per run (src/analysis/cascade.cpp); KPIs on
// a parent cycle are reported by KAP-K011 only.
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"
#include "rules/rule_messages.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kaplan::rules {
namespace {

constexpr std::size_t npos = Cascade::npos;

const Cascade& cascade_of(RuleContext& ctx) {
  return ctx.memo<Cascade>("cascade",
                           [&] { return build_cascade(ctx.plan, ctx.config.cascade_tolerance); });
}

std::string code(std::string_view s) {
  return "`" + std::string(s) + "`";
}

// The unit tree numbered in depth-first order, so that "is unit a within unit b" is
// two comparisons. Units on a parent cycle (a structural mistake) are not numbered and
// are answered by walking up with a step bound instead.
class UnitTree {
public:
  explicit UnitTree(const Plan& plan) : plan_(plan), up_(plan.units.size(), npos) {
    const std::size_t n = plan.units.size();
    std::vector<std::vector<std::size_t>> children(n);
    for (std::size_t i = 0; i < n; ++i) {
      if (!plan.units[i].parent.set) continue;
      if (const Unit* p = plan.unit(plan.units[i].parent->id)) {
        up_[i] = index(p);
        children[up_[i]].push_back(i);
      }
    }
    enter_.assign(n, npos);
    leave_.assign(n, npos);
    std::size_t clock = 0;
    std::vector<std::pair<std::size_t, std::size_t>> stack; // unit, next child to visit
    for (std::size_t r = 0; r < n; ++r) {
      if (up_[r] != npos) continue;
      stack.push_back({r, 0});
      enter_[r] = clock++;
      while (!stack.empty()) {
        auto& [u, next] = stack.back();
        if (next < children[u].size()) {
          std::size_t c = children[u][next++];
          enter_[c] = clock++;
          stack.push_back({c, 0});
        } else {
          leave_[u] = clock++;
          stack.pop_back();
        }
      }
    }
  }

  std::size_t index(const Unit* u) const {
    return static_cast<std::size_t>(u - plan_.units.data());
  }

  // Whether `inner` is `outer` or below it.
  bool within(std::size_t inner, std::size_t outer) const {
    if (enter_[inner] != npos && enter_[outer] != npos)
      return enter_[outer] <= enter_[inner] && leave_[inner] <= leave_[outer];
    std::size_t u = inner;
    for (std::size_t steps = 0; u != npos && steps <= up_.size(); ++steps, u = up_[u])
      if (u == outer) return true;
    return false;
  }

private:
  const Plan& plan_;
  std::vector<std::size_t> up_;
  std::vector<std::size_t> enter_, leave_;
};

void check_k001(RuleContext& ctx) {
  std::unordered_set<std::string_view> measured;
  for (const auto& k : ctx.plan.kpis)
    if (k.objective.set) measured.insert(k.objective->id);
  for (const auto& o : ctx.plan.objectives)
    if (!o.id.empty() && measured.count(o.id) == 0)
      ctx.report("KAP-K001", o.loc, o.id, "KAP-K001", {arg("id", o.id)});
}

void check_k002(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  if (!plan.header.cycle.set) return;
  for (std::size_t i : cascade_of(ctx).top_level) {
    const Kpi& k = plan.kpis[i];
    Location where = k.targets_loc.line ? k.targets_loc : k.loc;
    for (int y = plan.first_year(); y <= plan.last_year(); ++y)
      if (!target_for(k, y))
        ctx.report("KAP-K002", where, k.id, "KAP-K002",
                   {arg("id", k.id), arg("year", y), arg("first", plan.first_year()),
                    arg("last", plan.last_year())});
  }
}

void check_k003(RuleContext& ctx) {
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i : c.top_level) {
    const CascadeNode& n = c.nodes[i];
    const Kpi& k = ctx.plan.kpis[i];
    if (n.covered) continue;
    if (n.children.empty())
      ctx.report("KAP-K003", k.loc, k.id, "KAP-K003.self", {arg("id", k.id)});
    else
      ctx.report("KAP-K003", k.loc, k.id, "KAP-K003",
                 {arg("id", k.id), arg("count", n.uncovered_leaves),
                  arg("leaf", ctx.plan.kpis[n.first_uncovered].id)});
  }
}

// K004 and K005 read the same figures: the verdict of each year of each parent. They
// point at the parent KPI's id, one finding per year.
void check_years(RuleContext& ctx, CascadeVerdict wanted) {
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i : c.order) {
    const CascadeNode& n = c.nodes[i];
    const Kpi& k = ctx.plan.kpis[i];
    bool down = n.direction == Direction::down;
    for (const auto& y : n.years) {
      bool hit = y.verdict == wanted ||
                 (wanted == CascadeVerdict::gap && y.verdict == CascadeVerdict::no_children);
      if (!hit) continue;
      if (y.verdict == CascadeVerdict::no_children) {
        ctx.report("KAP-K004", k.loc, k.id, "KAP-K004.none",
                   {arg("id", k.id), arg("year", y.year), arg("target", y.target),
                    arg("count", n.children.size())});
        continue;
      }
      std::string_view rule = wanted == CascadeVerdict::gap ? "KAP-K004" : "KAP-K005";
      std::string key = std::string(rule) + (down ? ".down" : "");
      // A weighted mean names its weighting KPI, as written in the plan.
      std::string rollup = code(name(n.rollup));
      if (n.weighted_by != Cascade::npos)
        rollup += " " + code("weighted_by: " + ctx.plan.kpis[n.weighted_by].id);
      ctx.report(rule, k.loc, k.id, key,
                 {arg("id", k.id), arg("year", y.year), arg("target", y.target),
                  arg("combined", y.combined), arg("difference", y.difference),
                  arg("rollup", rollup)});
    }
  }
}

void check_k004(RuleContext& ctx) {
  check_years(ctx, CascadeVerdict::gap);
}
void check_k005(RuleContext& ctx) {
  check_years(ctx, CascadeVerdict::stretch);
}

void check_k006(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const Cascade& c = cascade_of(ctx);
  std::optional<UnitTree> tree;
  for (std::size_t i : c.order) {
    const CascadeNode& n = c.nodes[i];
    if (n.parent == npos) continue;
    const Kpi& k = plan.kpis[i];
    const Kpi& p = plan.kpis[n.parent];
    const Unit* pu = p.unit.set ? plan.unit(p.unit->id) : nullptr;
    const Unit* ku = k.unit.set ? plan.unit(k.unit->id) : nullptr;
    if (!pu || !ku) continue;
    if (!tree) tree.emplace(plan);
    if (tree->within(tree->index(ku), tree->index(pu))) continue;
    ctx.report(
        "KAP-K006", k.unit.loc, k.id, "KAP-K006",
        {arg("id", k.id), arg("unit", ku->id), arg("parent", p.id), arg("parent_unit", pu->id)});
  }
}

void check_k007(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i : c.order) {
    const Kpi& k = plan.kpis[i];
    if (k.owner.set || !k.unit.set) continue;
    const Unit* u = plan.unit(k.unit->id);
    if (u && c.execution_unit[static_cast<std::size_t>(u - plan.units.data())])
      ctx.report("KAP-K007", k.loc, k.id, "KAP-K007", {arg("id", k.id), arg("unit", u->id)});
  }
}

void check_k008(RuleContext& ctx) {
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i : c.order) {
    const CascadeNode& n = c.nodes[i];
    const Kpi& k = ctx.plan.kpis[i];
    if (n.parent == npos || !k.measure.set) continue;
    std::string_view theirs = c.nodes[n.parent].measure;
    if (theirs.empty() || theirs == *k.measure) continue;
    ctx.report("KAP-K008", k.measure.loc, k.id, "KAP-K008",
               {arg("id", k.id), arg("measure", code(*k.measure)),
                arg("parent", ctx.plan.kpis[n.parent].id), arg("parent_measure", code(theirs))});
  }
}

void check_k009(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const Cascade& c = cascade_of(ctx);
  if (c.top_level.empty()) return;
  double sum = 0;
  for (std::size_t i : c.top_level)
    if (plan.kpis[i].weight.set) sum += *plan.kpis[i].weight;
  if (sum >= 0.99 - 1e-9 && sum <= 1.01 + 1e-9) return;
  Location where = plan.header.loc.line   ? plan.header.loc
                   : plan.header_loc.line ? plan.header_loc
                                          : Location{plan.root_file, 1, 1};
  ctx.report("KAP-K009", where, plan.header.id, "KAP-K009",
             {arg("count", c.top_level.size()), arg("sum", sum)});
}

void check_k010(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const Cascade& c = cascade_of(ctx);
  std::vector<char> moved(plan.kpis.size(), 0);
  for (const auto& a : plan.actions)
    for (const auto& r : a.kpis)
      if (const Kpi* k = plan.kpi(r.id)) moved[static_cast<std::size_t>(k - plan.kpis.data())] = 1;
  // Children before parents: a moved descendant moves its whole chain up.
  for (auto it = c.order.rbegin(); it != c.order.rend(); ++it)
    if (moved[*it] && c.nodes[*it].parent != npos) moved[c.nodes[*it].parent] = 1;
  for (std::size_t i : c.top_level)
    if (!moved[i])
      ctx.report("KAP-K010", plan.kpis[i].loc, plan.kpis[i].id, "KAP-K010",
                 {arg("id", plan.kpis[i].id)});
}

void check_k011(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  constexpr std::size_t shown = 5; // a long cycle is shown by its first KPIs
  for (const auto& cycle : cascade_of(ctx).cycles) {
    std::string chain;
    for (std::size_t j = 0; j < cycle.size() && j < shown; ++j)
      chain += code(plan.kpis[cycle[j]].id) + " → ";
    if (cycle.size() > shown) chain += "… → ";
    chain += code(plan.kpis[cycle.front()].id);
    const Kpi& k = plan.kpis[cycle.front()];
    ctx.report("KAP-K011", k.parent.loc, k.id, "KAP-K011",
               {arg("id", k.id), arg("count", cycle.size()), arg("chain", chain)});
  }
}

void check_k012(RuleContext& ctx) {
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i = 0; i < ctx.plan.kpis.size(); ++i) {
    const Kpi& k = ctx.plan.kpis[i];
    if (c.nodes[i].in_cycle || k.objective.set != k.parent.set) continue;
    ctx.report("KAP-K012", k.loc, k.id, k.objective.set ? "KAP-K012.both" : "KAP-K012.neither",
               {arg("id", k.id)});
  }
}

void check_k013(RuleContext& ctx) {
  const Cascade& c = cascade_of(ctx);
  for (std::size_t i : c.order) {
    const CascadeNode& n = c.nodes[i];
    if (n.parent == npos) continue;
    const auto& years = c.nodes[n.parent].years; // sorted, one per year
    const Kpi& k = ctx.plan.kpis[i];
    std::unordered_set<int> reported;
    for (const auto& t : k.targets) {
      auto at = std::lower_bound(years.begin(), years.end(), t.year,
                                 [](const CascadeYear& y, int year) { return y.year < year; });
      bool has = at != years.end() && at->year == t.year;
      if (has || !reported.insert(t.year).second) continue;
      ctx.report("KAP-K013", t.loc, k.id, "KAP-K013",
                 {arg("id", k.id), arg("year", t.year), arg("parent", ctx.plan.kpis[n.parent].id)});
    }
  }
}

// The shortfall of contributions KAP-K014 accepts, as a share of the asked growth
// (decision 67).
constexpr double kContributionTolerance = 0.05;

void check_k014(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  // Per KPI id: per year, the contributing actions and their amounts, in plan order.
  struct Part {
    std::string_view action;
    double amount;
  };
  std::unordered_map<std::string_view, std::map<int, std::vector<Part>>> by_kpi;
  std::unordered_set<std::string_view> unknown; // a rejected amount: its finding says so
  for (const auto& a : plan.actions)
    for (const auto& c : a.contributes) {
      if (c.unknown) unknown.insert(c.kpi.id);
      auto& years = by_kpi[c.kpi.id];
      for (const auto& y : c.years)
        years[y.year].push_back({a.id, y.value});
    }
  if (by_kpi.empty()) return;
  for (const auto& k : plan.kpis) {
    auto found = by_kpi.find(k.id);
    if (k.id.empty() || found == by_kpi.end() || unknown.contains(k.id)) continue;
    const bool down = k.direction.value == Direction::down;
    std::map<int, const YearValue*> targets;
    for (const auto& t : k.targets)
      targets.emplace(t.year, &t);
    for (const auto& [year, t] : targets) {
      const std::optional<double> previous = previous_target(plan, k, year);
      if (!previous) continue;
      const double asked = down ? *previous - t->value : t->value - *previous;
      if (asked <= 0) continue;
      double sum = 0;
      std::string actions;
      if (auto y = found->second.find(year); y != found->second.end())
        for (const auto& part : y->second) {
          sum += part.amount;
          if (!actions.empty()) actions += ", ";
          actions += code(part.action) + " " + text::format_number(part.amount);
        }
      const double gap = asked - sum;
      if (gap <= asked * kContributionTolerance * (1 + 1e-9)) continue;
      std::vector<Arg> args{arg("id", k.id),         arg("year", year),
                            arg("asked", asked),     arg("previous", *previous),
                            arg("target", t->value), arg("sum", sum),
                            arg("gap", gap)};
      if (actions.empty()) {
        ctx.report("KAP-K014", t->loc, k.id, "KAP-K014.none", std::move(args));
      } else {
        args.push_back(arg("actions", actions));
        ctx.report("KAP-K014", t->loc, k.id, "KAP-K014", std::move(args));
      }
    }
  }
}

// Each row: the rule, its check, what its findings depend on (RuleCheck::needs), and
// whether it starts first (RuleCheck::first: K002 builds the cascade).
constexpr RuleCheck kCascadeChecks[] = {
    {"KAP-K001", check_k001},
    {"KAP-K002", check_k002, "kpis.targets", Over::entity, true},
    {"KAP-K003", check_k003, "kpis.owner"},
    {"KAP-K004", check_k004},
    {"KAP-K005", check_k005},
    {"KAP-K006", check_k006},
    {"KAP-K007", check_k007, "kpis.owner"},
    {"KAP-K008", check_k008},
    {"KAP-K009", check_k009, "kpis.weight", Over::section},
    {"KAP-K010", check_k010},
    {"KAP-K011", check_k011},
    {"KAP-K012", check_k012},
    {"KAP-K013", check_k013},
    {"KAP-K014", check_k014, "kpis.targets kpis.baseline kpis.direction"},
};

// Placeholders hold ids, years, numbers and YAML keys in backticks (language-neutral).
constexpr MessageText kCascadeMessages[] = {
    {"KAP-K001", "objective `{id}` has no KPI: no top-level KPI names it in `objective`",
     "战略目标 `{id}` 没有关键绩效指标：没有任何顶层指标在 `objective` 中指向它"},
    {"KAP-K002", "KPI `{id}` has no target for {year}, a year of the horizon {first}–{last}",
     "指标 `{id}` 缺少 {year} 年的目标值（规划期为 {first}–{last} 年）"},
    {"KAP-K003",
     "KPI `{id}` is not cascaded to the execution level: {count} leaf KPI(s) have neither an "
     "`owner` nor an "
     "execution-level unit, the first is `{leaf}`",
     "指标 `{id}` 未分解到执行层：有 {count} 个末端指标既没有责任人 "
     "`owner`，也不在执行层单位，第一个是 `{leaf}`"},
    {"KAP-K003.self",
     "KPI `{id}` is not at the execution level and has no child KPIs: give it an `owner` or "
     "cascade it to "
     "execution-level units",
     "指标 `{id}` 不在执行层，也没有子指标：请指定责任人 `owner`，或把它分解到执行层单位"},
    {"KAP-K004",
     "KPI `{id}` {year}: children's combined target {combined} falls short of the parent's "
     "{target} by "
     "{difference} (combined by {rollup})",
     "指标 `{id}` {year} 年：下级指标汇总目标 {combined}，低于上级目标 {target}，缺口 "
     "{difference}（按 {rollup} 汇总）"},
    {"KAP-K004.down",
     "KPI `{id}` {year}: children's combined target {combined} is above the parent's {target} by "
     "{difference}, "
     "and lower is better (combined by {rollup})",
     "指标 `{id}` {year} 年：下级指标汇总目标 {combined}，高于上级目标 {target}，差距 "
     "{difference}，而该指标越低越好"
     "（按 {rollup} 汇总）"},
    {"KAP-K004.none",
     "KPI `{id}` {year}: none of its {count} child KPI(s) has a target for the year, so the "
     "parent's {target} is "
     "not cascaded",
     "指标 `{id}` {year} 年：{count} 个子指标都没有当年的目标值，上级目标 {target} 没有分解下去"},
    {"KAP-K005",
     "KPI `{id}` {year}: children's combined target {combined} exceeds the parent's {target} by "
     "{difference}, "
     "more than 10% of it (combined by {rollup})",
     "指标 `{id}` {year} 年：下级指标汇总目标 {combined}，超出上级目标 {target} "
     "{difference}，超过上级目标的 10%"
     "（按 {rollup} 汇总）"},
    {"KAP-K005.down",
     "KPI `{id}` {year}: children's combined target {combined} is below the parent's {target} by "
     "{difference}, "
     "more than 10% of it, for a lower-is-better KPI (combined by {rollup})",
     "指标 `{id}` {year} 年：下级指标汇总目标 {combined}，比上级目标 {target} 低 "
     "{difference}，超过上级目标的 10%，"
     "该指标越低越好，下级被层层加码（按 {rollup} 汇总）"},
    {"KAP-K006",
     "KPI `{id}` is assigned to unit `{unit}`, which is neither `{parent_unit}` (the unit of its "
     "parent "
     "`{parent}`) nor below it",
     "指标 `{id}` 的责任单位 `{unit}` 既不是父指标 `{parent}` 的单位 "
     "`{parent_unit}`，也不在其下级"},
    {"KAP-K007", "KPI `{id}` is at the execution-level unit `{unit}` but has no `owner`",
     "指标 `{id}` 的责任单位 `{unit}` 是执行层单位，但没有指定责任人 `owner`"},
    {"KAP-K008", "KPI `{id}` is measured in {measure}, its parent `{parent}` in {parent_measure}",
     "指标 `{id}` 的计量单位是 {measure}，而父指标 `{parent}` 是 {parent_measure}"},
    {"KAP-K009", "the weights of the {count} top-level KPI(s) sum to {sum}, not 1",
     "{count} 个顶层指标的权重之和为 {sum}，不等于 1"},
    {"KAP-K010", "no action lists KPI `{id}`, or any KPI of its cascade, in its `kpis`",
     "没有任何行动计划在 `kpis` 中列出指标 `{id}` 或其分解树中的指标"},
    {"KAP-K011", "KPI `{id}`: following `parent` leads back to it through {count} KPI(s): {chain}",
     "指标 `{id}`：沿 `parent` 向上追溯，经过 {count} 个指标又回到自身：{chain}"},
    {"KAP-K012.both", "KPI `{id}` has both `objective` and `parent`: keep one of them",
     "指标 `{id}` 同时写了 `objective` 和 `parent`：`objective` 与 `parent` 须指定且只能指定其一"},
    {"KAP-K012.neither",
     "KPI `{id}` has neither `objective` nor `parent`: it measures no objective and cascades from "
     "no KPI",
     "指标 `{id}` 既没有 `objective` 也没有 `parent`（二者须指定且只能指定其一）："
     "它既不衡量任何战略目标，也不承接任何上级指标"},
    {"KAP-K013",
     "KPI `{id}` has a target for {year}, but its parent `{parent}` has none for that year",
     "指标 `{id}` 有 {year} 年的目标值，但父指标 `{parent}` 没有这一年的目标值"},
    {"KAP-K014",
     "KPI `{id}` {year}: the actions' contributions sum to {sum}, short of the {asked} its "
     "target asks for (from {previous} to {target}) by {gap}: {actions}",
     "指标 `{id}` {year} 年：行动计划的预期贡献合计 {sum}，比目标要求的增量 {asked}（从 "
     "{previous} 到 {target}）少 {gap}：{actions}"},
    {"KAP-K014.none",
     "KPI `{id}` {year}: no action contributes to it in the year, and its target asks for "
     "{asked} (from {previous} to {target})",
     "指标 `{id}` {year} 年：当年没有任何行动计划写明对它的预期贡献，而目标要求的增量为 "
     "{asked}（从 {previous} 到 {target}）"},
};

} // namespace

std::span<const RuleCheck> cascade_checks() {
  return kCascadeChecks;
}

std::span<const MessageText> cascade_messages() {
  return kCascadeMessages;
}

} // namespace kaplan::rules
