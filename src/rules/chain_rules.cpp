// SPDX-License-Identifier: MIT
// The P rules: the plan chain. The plans of one `validate` invocation that name each
// other with `derives_from` (the higher plan a plan carries out) or `previous` (last
// cycle's plan) are checked together; each finding belongs to the derived plan.
#include "kaplan/analysis/budget.hpp"
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/plan_chain.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/rules/rules.hpp"
#include "rules/rule_messages.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace kaplan::rules {
namespace {

Finding make(std::string_view rule, Location loc, std::string entity, std::string key,
             std::vector<Arg> args) {
  Finding f;
  f.rule = std::string(rule);
  const RuleInfo* info = find_rule(rule);
  f.severity = info ? info->severity : Severity::error;
  f.loc = loc;
  f.entity = std::move(entity);
  f.message_key = std::move(key);
  f.args = std::move(args);
  return f;
}

Location or_header(const Plan& plan, Location loc) {
  return loc.line ? loc : plan.header.loc;
}

// The derived plan's targets for the parent's KPIs (KAP-P004, P005, P006).
void check_kpis(const Plan& plan, const Plan& parent, const Config& config,
                std::vector<Finding>& out) {
  std::string unit = chain_unit(plan);
  if (unit.empty()) return;
  if (!parent.unit(unit)) {
    // A unit the higher plan lacks: nothing would be checked, so say so.
    out.push_back(make(
        "KAP-P004",
        or_header(plan, plan.header.unit.set ? plan.header.unit.loc : plan.header.derives_from.loc),
        plan.header.id, "KAP-P004.unknown-unit",
        {arg("unit", unit), arg("parent", parent.header.id)}));
    return;
  }
  Cascade cascade = build_cascade(parent, config.cascade_tolerance);
  std::vector<std::size_t> wanted = allocated_kpis(parent, cascade, unit);
  std::map<std::string, std::vector<const Kpi*>> deriving; // parent KPI id -> top-level KPIs
  for (const auto& k : plan.kpis) {
    if (!k.derives.set) continue;
    const Kpi* pk = parent.kpi(k.derives.value);
    std::size_t index = pk ? static_cast<std::size_t>(pk - parent.kpis.data()) : Cascade::npos;
    if (!pk || std::find(wanted.begin(), wanted.end(), index) == wanted.end()) {
      out.push_back(make("KAP-P005", k.derives.loc, k.id, pk ? "KAP-P005.other-unit" : "KAP-P005",
                         {arg("id", k.id), arg("kpi", k.derives.value),
                          arg("parent", parent.header.id), arg("unit", unit)}));
      continue;
    }
    deriving[k.derives.value].push_back(&k);
  }
  for (std::size_t i : wanted) {
    const Kpi& pk = parent.kpis[i];
    auto it = deriving.find(pk.id);
    if (it == deriving.end()) {
      out.push_back(make("KAP-P004", or_header(plan, plan.header.derives_from.loc), plan.header.id,
                         "KAP-P004",
                         {arg("kpi", pk.id), arg("parent", parent.header.id), arg("unit", unit)}));
      continue;
    }
    const CascadeNode& node = cascade.nodes[i];
    for (const auto& t : pk.targets) {
      double combined = 0;
      std::vector<double> values;
      const YearValue* first = nullptr;
      for (const Kpi* k : it->second)
        if (const YearValue* y = target_for(*k, t.year)) {
          values.push_back(y->value);
          if (!first) first = y;
        }
      if (!first) continue; // a missing year is KAP-K002's
      combined = combine(node.rollup, values);
      Judgement j = judge(t.value, combined, node.direction, config.cascade_tolerance);
      if (j.verdict != CascadeVerdict::gap) continue;
      out.push_back(make("KAP-P006", first->loc, it->second.front()->id,
                         node.direction == Direction::down ? "KAP-P006.down" : "KAP-P006",
                         {arg("kpi", pk.id), arg("parent", parent.header.id), arg("year", t.year),
                          arg("combined", combined), arg("target", t.value),
                          arg("difference", j.difference)}));
    }
  }
}

// The derived plan's budget against what the parent's actions charge to its unit (KAP-P007).
void check_budget(const Plan& plan, const Plan& parent, std::vector<Finding>& out) {
  std::string unit = chain_unit(plan);
  if (unit.empty()) return;
  std::map<std::pair<int, std::string>, double> allocated = allocated_budget(parent, unit);
  if (allocated.empty()) return; // the parent allocates no money to the unit: nothing to hold it to
  std::map<std::pair<int, std::string>, std::pair<double, const BudgetLine*>> planned;
  for (const auto& line : plan.budget) {
    if (!line.year.set || !line.category.set || !line.amount.set) continue;
    auto& p = planned[{line.year.value, line.category.value}];
    p.first += line.amount.value;
    if (!p.second) p.second = &line;
  }
  for (const auto& [key, value] : planned) {
    double allowed = allocated.count(key) ? allocated[key] : 0.0;
    if (value.first <= allowed * (1 + 1e-9) + 1e-9) continue;
    out.push_back(
        make("KAP-P007", value.second->amount.loc, {}, "KAP-P007",
             {arg("year", key.first), arg("category", key.second), arg("amount", value.first),
              arg("allowed", allowed), arg("parent", parent.header.id), arg("unit", unit)}));
  }
}

// A path as compared: lexically normal, `/`-separated, a folder standing for its plan.yaml.
std::string normal_path(const std::filesystem::path& p) {
  std::string s = p.lexically_normal().generic_string();
  if (s.ends_with(".yaml") || s.ends_with(".yml")) return s;
  if (!s.empty() && s.back() != '/') s += '/';
  return s + "plan.yaml";
}

} // namespace

void run_chain_rules(std::span<const ChainPlan> plans, std::vector<std::vector<Finding>>& out) {
  out.assign(plans.size(), {});
  std::map<std::string, std::size_t> by_id; // the first plan of each id, in path order
  std::map<std::string, std::size_t> by_path;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (!plans[i].plan->header.id.empty()) by_id.emplace(plans[i].plan->header.id, i);
    by_path.emplace(normal_path(plans[i].root_path), i);
  }
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const ChainPlan& member = plans[i];
    if (member.unreadable) continue;
    const Plan& plan = *member.plan;
    const PlanHeader& h = plan.header;
    auto& found = out[i];
    if (h.derives_from.set) {
      auto it = by_id.find(h.derives_from.value);
      if (it == by_id.end()) {
        // Alone, a plan is checked by itself: its higher plan is often kept elsewhere.
        if (plans.size() > 1)
          found.push_back(make("KAP-P001", h.derives_from.loc, h.id, "KAP-P001",
                               {arg("parent", h.derives_from.value), arg("count", plans.size())}));
      } else {
        // A loop: following derives_from from this plan comes back to it.
        std::vector<std::size_t> path{i};
        std::set<std::size_t> visited{i};
        std::size_t at = it->second;
        bool loop = false;
        while (true) {
          if (at == i) {
            loop = true;
            break;
          }
          if (!visited.insert(at).second) break; // a loop above this plan
          path.push_back(at);
          const PlanHeader& up = plans[at].plan->header;
          if (!up.derives_from.set) break;
          auto next = by_id.find(up.derives_from.value);
          if (next == by_id.end()) break;
          at = next->second;
        }
        if (loop) {
          // A long loop is shown by its first plans: the message stays one line.
          std::string chain;
          for (std::size_t n = 0; n < path.size(); ++n) {
            if (n == 8 && path.size() > 9) {
              chain += "… (" + std::to_string(path.size()) + ") → ";
              break;
            }
            chain += "`" + plans[path[n]].plan->header.id + "` → ";
          }
          chain += "`" + h.id + "`";
          found.push_back(
              make("KAP-P002", h.derives_from.loc, h.id, "KAP-P002", {arg("chain", chain)}));
        } else if (!plans[it->second].unreadable) {
          const Plan& parent = *plans[it->second].plan;
          if (h.cycle.value != parent.header.cycle.value)
            found.push_back(make("KAP-P003", or_header(plan, h.cycle.loc), h.id, "KAP-P003",
                                 {arg("field", "cycle"), arg("value", h.cycle.value),
                                  arg("parent", parent.header.id),
                                  arg("expected", parent.header.cycle.value)}));
          else if (h.horizon.value != parent.header.horizon.value)
            found.push_back(make(
                "KAP-P003", or_header(plan, h.horizon.set ? h.horizon.loc : h.derives_from.loc),
                h.id, "KAP-P003",
                {arg("field", "horizon"), arg("value", h.horizon.value),
                 arg("parent", parent.header.id), arg("expected", parent.header.horizon.value)}));
          check_kpis(plan, parent, *member.config, found);
          check_budget(plan, parent, found);
        }
      }
    }
    if (h.previous.set) {
      std::filesystem::path dir = std::filesystem::path(member.root_path).parent_path();
      auto it = by_path.find(normal_path(dir / h.previous.value));
      if (it != by_path.end() && !plans[it->second].unreadable) {
        const Plan& before = *plans[it->second].plan;
        if (before.header.cycle.value != h.cycle.value - 1)
          found.push_back(
              make("KAP-P008", h.previous.loc, h.id, "KAP-P008.cycle",
                   {arg("previous", before.header.id), arg("cycle", before.header.cycle.value),
                    arg("expected", h.cycle.value - 1)}));
        else if (chain_unit(before) != chain_unit(plan) ||
                 before.header.derives_from.set != h.derives_from.set)
          found.push_back(make("KAP-P008", h.previous.loc, h.id, "KAP-P008.lineage",
                               {arg("previous", before.header.id), arg("unit", chain_unit(plan)),
                                arg("other", chain_unit(before))}));
      }
    }
  }
}

Finding reported_twice_finding(const Plan& parent, const Kpi& kpi, Location at, double reported,
                               double rebuilt, std::span<const ReportedPart> parts) {
  std::string plans;
  for (const auto& p : parts)
    plans += (plans.empty() ? "" : ", ") + p.plan;
  Finding f =
      make("KAP-P009", at, kpi.id, "KAP-P009",
           {arg("kpi", kpi.id), arg("plan", parent.header.id), arg("reported", reported),
            arg("rebuilt", rebuilt), arg("difference", rebuilt - reported), arg("plans", plans)});
  for (const auto& p : parts)
    f.related.push_back(
        {p.loc, "KAP-P009.part", {arg("plan", p.plan), arg("kpi", p.kpi), arg("value", p.value)}});
  return f;
}

std::span<const MessageText> chain_messages() {
  static constexpr MessageText kChainMessages[] = {
      {"KAP-P001",
       "`derives_from` names plan `{parent}`, which is none of the {count} plans checked; "
       "validate it together with this one",
       "`derives_from` 指定的上级规划 `{parent}` 不在本次检查的 {count} "
       "个规划中；请与本规划一起检查"},
      {"KAP-P002", "the plan chain loops: {chain}", "规划链循环引用：{chain}"},
      {"KAP-P003",
       "`{field}` is {value}, but the higher plan `{parent}` has {expected}: a derived plan "
       "covers the same years",
       "`{field}` 为 {value}，而上级规划 `{parent}` 为 {expected}：下级规划须覆盖相同的年份"},
      {"KAP-P004",
       "KPI `{kpi}` of the higher plan `{parent}` is cascaded to unit `{unit}`, but no "
       "top-level KPI of this plan carries it out (`derives: {kpi}`)",
       "上级规划 `{parent}` 的指标 `{kpi}` 已分解到单位 `{unit}`，但本规划没有一级指标承接它"
       "（`derives: {kpi}`）"},
      {"KAP-P004.unknown-unit",
       "this plan is for unit `{unit}` (`plan.unit`, else `plan.owner`), which the higher plan "
       "`{parent}` does not have: set `plan.unit` to the id of this plan's unit there",
       "本规划所属单位 `{unit}`（`plan.unit`，未写时为 `plan.owner`）不是上级规划 `{parent}` 中的"
       "单位：请把 `plan.unit` 设为本单位在上级规划中的编号"},
      {"KAP-P005",
       "KPI `{id}` derives from `{kpi}`, which the higher plan `{parent}` does not have",
       "指标 `{id}` 承接的 `{kpi}` 不是上级规划 `{parent}` 中的指标"},
      {"KAP-P005.other-unit",
       "KPI `{id}` derives from `{kpi}` of the higher plan `{parent}`, which is not cascaded to "
       "this plan's unit `{unit}`",
       "指标 `{id}` 承接的上级规划 `{parent}` 指标 `{kpi}` 并未分解到本规划的单位 `{unit}`"},
      {"KAP-P006",
       "{year}: the targets carrying out `{kpi}` add up to {combined}, short of the {target} "
       "that the higher plan `{parent}` allocates, by {difference}",
       "{year} 年：承接 `{kpi}` 的目标合计 {combined}，低于上级规划 `{parent}` 分解下达的 "
       "{target}，缺口 {difference}"},
      {"KAP-P006.down",
       "{year}: the targets carrying out `{kpi}` (lower is better) come to {combined}, above the "
       "{target} that the higher plan `{parent}` allocates, by {difference}",
       "{year} 年：承接 `{kpi}`（越低越好）的目标为 {combined}，高于上级规划 `{parent}` 分解下达的 "
       "{target}，超出 {difference}"},
      {"KAP-P007",
       "budget {year} `{category}`: {amount} exceeds the {allowed} that the higher plan "
       "`{parent}` allocates to unit `{unit}`",
       "{year} 年 `{category}` 预算 {amount}，超过上级规划 `{parent}` 分配给单位 `{unit}` 的 "
       "{allowed}"},
      {"KAP-P008.cycle",
       "`previous` names plan `{previous}` of cycle {cycle}; last cycle's plan is of cycle "
       "{expected}",
       "`previous` 指定的规划 `{previous}` 的规划周期为 {cycle}，上年规划的周期应为 {expected}"},
      {"KAP-P008.lineage",
       "`previous` names plan `{previous}`, which is for unit `{other}`, not `{unit}`, or differs "
       "in "
       "`derives_from`: not the same plan a cycle earlier",
       "`previous` 指定的规划 `{previous}` 属于单位 `{other}` 而不是 `{unit}`，或 "
       "`derives_from` 不一致：不是同一规划的上一周期"},
      {"KAP-P009",
       "`{plan}` reports {reported} for `{kpi}`, but the plans deriving it ({plans}) report "
       "{rebuilt} together ({difference}): a number reported twice must agree",
       "`{plan}` 报告 `{kpi}` 的实际完成为 {reported}，而承接它的规划（{plans}）合计为 "
       "{rebuilt}（差 {difference}）：两处报告的同一数字应当一致"},
      {"KAP-P009.part", "`{plan}` reports {value} for `{kpi}` here",
       "`{plan}` 在此报告 `{kpi}` 为 {value}"},
  };
  return kChainMessages;
}

} // namespace kaplan::rules
