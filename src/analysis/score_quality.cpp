// SPDX-License-Identifier: MIT
// Plan quality from the rules' findings. Each rule is a set of checks, one per entity it
// applies to; a finding fails one check. A dimension's score is the severity-weighted
// mean of its rules' pass shares. Simple enough to redo by hand from `kaplan validate`
// output and the counts of the plan's entities (kaplan-score(1), "PLAN QUALITY").
#include "kaplan/analysis/budget.hpp"
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/score.hpp"
#include "kaplan/model/rule_catalogue.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace kaplan {
namespace {

// Counts computed once per plan for the scopes below.
struct Counts {
  const Plan& plan;
  Cascade cascade;
  std::size_t top_level = 0, cascaded = 0, parents = 0, parent_years = 0, execution = 0;
  std::size_t market_strategies = 0, actions_with_needs = 0, critical_actions = 0, dependencies = 0,
              budget_cells = 0, key_decisions = 0, assumptions_due = 0;
  std::size_t leader_decisions = 0, deadline_decisions = 0;
  std::size_t units_with_work = 0, units_with_kpis = 0;
  std::size_t cited_sources = 0, core_grow_segments = 0, contributed_kpis = 0, ambition_kpis = 0;

  explicit Counts(const Plan& p) : plan(p), cascade(build_cascade(p)) {
    for (std::size_t i = 0; i < p.kpis.size(); ++i) {
      const auto& n = cascade.nodes[i];
      top_level += n.top_level;
      cascaded += p.kpis[i].parent.set;
      execution += n.execution_level;
      if (!n.children.empty()) {
        ++parents;
        parent_years += n.years.size();
      }
    }
    for (const auto& s : p.strategies)
      market_strategies += s.kind.set && s.kind.value == StrategyKind::market;
    for (const auto& a : p.actions) {
      actions_with_needs += !a.needs.empty();
      critical_actions += a.priority.value == Priority::critical;
      dependencies += a.depends_on.size();
    }
    budget_cells = build_budget_spending(p).cells.size();
    for (const auto& d : p.decisions)
      key_decisions +=
          d.stage.set && (d.stage.value == Stage::issues || d.stage.value == Stage::objectives ||
                          d.stage.value == Stage::strategies);
    for (const auto& d : p.decisions) {
      if (!d.stage.set) continue;
      const Stage st = d.stage.value;
      // KAP-G007 checks a chaired decision of these stages; a chair that is no person is
      // KAP-S006's, not a check of who chairs.
      leader_decisions +=
          (st == Stage::strategies || st == Stage::resources || st == Stage::approval) &&
          d.chair.set && p.person(d.chair.value.id);
      deadline_decisions += (st == Stage::strategies || st == Stage::approval) && d.date.set;
    }
    for (const auto& a : p.assumptions)
      assumptions_due += a.review_by.set;
    std::unordered_set<std::string_view> work, kpi_units;
    for (const auto& k : p.kpis)
      if (k.unit.set && p.unit(k.unit.value.id)) {
        work.insert(k.unit.value.id);
        kpi_units.insert(k.unit.value.id);
      }
    for (const auto& a : p.actions)
      if (a.unit.set && p.unit(a.unit.value.id)) work.insert(a.unit.value.id);
    units_with_work = work.size();
    units_with_kpis = kpi_units.size();
    std::unordered_set<std::string_view> cited, contributed;
    for (const auto& f : p.factors)
      for (const auto& r : f.sources)
        cited.insert(r.id);
    for (const auto& s : p.segments)
      for (const auto& r : s.sources)
        cited.insert(r.id);
    for (const auto& c : p.competitors)
      for (const auto& r : c.sources)
        cited.insert(r.id);
    for (const auto& s : p.sources)
      cited_sources += !s.id.empty() && cited.contains(s.id);
    for (const auto& s : p.segments)
      core_grow_segments += s.priority.set && (s.priority.value == SegmentPriority::core ||
                                               s.priority.value == SegmentPriority::grow);
    for (const auto& a : p.actions)
      for (const auto& c : a.contributes)
        contributed.insert(c.kpi.id);
    for (const auto& k : p.kpis) {
      contributed_kpis += !k.id.empty() && contributed.contains(k.id);
      ambition_kpis += !k.segments.empty() && k.type.value == KpiType::cumulative &&
                       k.direction.value == Direction::up;
    }
  }
};

// A rule's place in the score: its dimension, what it counts and how many there are.
struct Scope {
  std::string_view rule;
  Dimension dimension;
  std::string_view en, zh;
  std::size_t (*count)(const Counts&);
};

using D = Dimension;
#define KAPLAN_SCOPE(rule, dim, en, zh, expr)                                                      \
  Scope {                                                                                          \
    rule, D::dim, en, zh, [](const Counts& c) -> std::size_t {                                     \
      [[maybe_unused]] const Plan& p = c.plan;                                                     \
      return expr;                                                                                 \
    }                                                                                              \
  }

// The table documented in kaplan-score(1): keep the two in step.
const Scope kScopes[] = {
    KAPLAN_SCOPE("KAP-C001", completeness, "required sections", "必备部分", 6),
    KAPLAN_SCOPE("KAP-C002", completeness, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-C003", completeness, "factors", "环境因素", p.factors.size()),
    KAPLAN_SCOPE("KAP-C004", completeness, "capabilities", "能力项", p.capabilities.size()),
    KAPLAN_SCOPE("KAP-C007", completeness, "perspectives", "平衡计分卡维度", 4),
    KAPLAN_SCOPE("KAP-C012", completeness, "issues", "战略问题", p.issues.size()),
    KAPLAN_SCOPE("KAP-C013", completeness, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-C014", completeness, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-C015", completeness, "factors and segments", "环境因素和客户群",
                 p.factors.size() + p.segments.size()),
    KAPLAN_SCOPE("KAP-C016", completeness, "plan and KPIs", "规划和指标", 1 + p.kpis.size()),
    KAPLAN_SCOPE("KAP-C018", completeness, "cited sources", "被引用的调研来源", c.cited_sources),
    KAPLAN_SCOPE("KAP-C019", completeness, "core and grow segments", "核心和成长客户群",
                 c.core_grow_segments),
    KAPLAN_SCOPE("KAP-C005", orientation, "objectives", "战略目标", p.objectives.size()),
    KAPLAN_SCOPE("KAP-C006", orientation, "objectives", "战略目标", p.objectives.size()),
    KAPLAN_SCOPE("KAP-C009", orientation, "market strategies", "市场战略", c.market_strategies),
    KAPLAN_SCOPE("KAP-C010", orientation, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-C011", orientation, "strategies", "实施战略", p.strategies.size()),
    KAPLAN_SCOPE("KAP-C017", orientation, "objectives", "战略目标", p.objectives.size()),
    KAPLAN_SCOPE("KAP-K010", orientation, "top-level KPIs", "顶层指标", c.top_level),
    KAPLAN_SCOPE("KAP-C008", cascade, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-K001", cascade, "objectives", "战略目标", p.objectives.size()),
    KAPLAN_SCOPE("KAP-K002", cascade, "top-level KPI years", "顶层指标年度",
                 c.top_level* static_cast<std::size_t>(std::max(0, p.header.horizon.value))),
    KAPLAN_SCOPE("KAP-K003", cascade, "top-level KPIs", "顶层指标", c.top_level),
    KAPLAN_SCOPE("KAP-K004", cascade, "parent KPI years", "上级指标年度", c.parent_years),
    KAPLAN_SCOPE("KAP-K005", cascade, "parent KPI years", "上级指标年度", c.parent_years),
    KAPLAN_SCOPE("KAP-K006", cascade, "cascaded KPIs", "分解指标", c.cascaded),
    KAPLAN_SCOPE("KAP-K007", cascade, "execution-level KPIs", "执行层指标", c.execution),
    KAPLAN_SCOPE("KAP-K008", cascade, "cascaded KPIs", "分解指标", c.cascaded),
    KAPLAN_SCOPE("KAP-K009", cascade, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-K011", cascade, "KPIs", "指标", p.kpis.size()),
    KAPLAN_SCOPE("KAP-K012", cascade, "KPIs", "指标", p.kpis.size()),
    KAPLAN_SCOPE("KAP-K013", cascade, "cascaded KPIs", "分解指标", c.cascaded),
    KAPLAN_SCOPE("KAP-K014", cascade, "KPIs with contributions", "有预期贡献的指标",
                 c.contributed_kpis),
    KAPLAN_SCOPE("KAP-R001", feasibility, "people", "人员", p.people.size()),
    KAPLAN_SCOPE("KAP-R002", feasibility, "budget years and categories", "预算年度和类别",
                 c.budget_cells),
    KAPLAN_SCOPE("KAP-R003", feasibility, "actions with needs", "有技能要求的行动",
                 c.actions_with_needs),
    KAPLAN_SCOPE("KAP-R004", feasibility, "actions", "行动计划", p.actions.size()),
    KAPLAN_SCOPE("KAP-R005", feasibility, "dependencies", "依赖关系", c.dependencies),
    KAPLAN_SCOPE("KAP-R006", feasibility, "units named by KPIs", "指标指定的单位",
                 c.units_with_kpis),
    KAPLAN_SCOPE("KAP-R007", feasibility, "critical actions", "关键行动", c.critical_actions),
    KAPLAN_SCOPE("KAP-R008", feasibility, "people", "人员", p.people.size()),
    KAPLAN_SCOPE("KAP-R009", feasibility, "horizon years", "规划年度",
                 p.budget.empty() ? 0
                                  : static_cast<std::size_t>(std::max(0, p.header.horizon.value))),
    KAPLAN_SCOPE("KAP-R010", feasibility, "cumulative KPIs with segments", "写明客户群的累计型指标",
                 c.ambition_kpis),
    KAPLAN_SCOPE("KAP-G001", governance, "units with KPIs or actions", "承担指标或行动的单位",
                 c.units_with_work),
    KAPLAN_SCOPE("KAP-G002", governance, "key decisions", "关键决策点", c.key_decisions),
    KAPLAN_SCOPE("KAP-G003", governance, "plan", "规划", 1),
    KAPLAN_SCOPE("KAP-G004", governance, "units with KPIs or actions", "承担指标或行动的单位",
                 p.header.status.value == PlanStatus::approved ? c.units_with_work : 0),
    KAPLAN_SCOPE("KAP-G005", governance, "assumptions with review_by", "有复核日期的假设",
                 c.assumptions_due),
    KAPLAN_SCOPE("KAP-G006", governance, "key stages", "关键决策阶段", 3),
    KAPLAN_SCOPE("KAP-G007", governance, "chaired decisions", "有主持人的决策点",
                 c.leader_decisions),
    // Two checks per sign-off: who signed and when.
    KAPLAN_SCOPE("KAP-G008", governance, "sign-off checks", "会签检查项",
                 p.header.status.value == PlanStatus::approved ? 2 * p.signoffs.size() : 0),
    KAPLAN_SCOPE("KAP-G009", governance, "strategy and approval decisions", "战略和审批决策点",
                 c.deadline_decisions),
};
#undef KAPLAN_SCOPE

int severity_weight(Severity s) {
  switch (s) {
  case Severity::error:
    return 3;
  case Severity::warning:
    return 2;
  case Severity::info:
    return 1;
  }
  return 1;
}

} // namespace

QualityScore score_quality(const Plan& plan, const Config& config,
                           const std::vector<Finding>& findings) {
  QualityScore q;
  std::unordered_map<std::string_view, std::size_t> found;
  for (const auto& f : findings) {
    if (f.suppressed) continue;
    if (f.rule.starts_with("KAP-S"))
      ++q.structure_findings;
    else
      ++found[f.rule];
  }
  const Counts counts(plan);
  for (const auto& s : kScopes) {
    const RuleInfo* info = find_rule(s.rule);
    if (!info) continue;
    Severity severity = info->severity;
    if (auto it = config.rules.find(std::string(s.rule)); it != config.rules.end()) {
      if (!it->second) continue; // switched off: not a check of this plan
      severity = *it->second;
    }
    RuleQuality r;
    r.rule = s.rule;
    r.dimension = s.dimension;
    r.severity = severity;
    r.weight = severity_weight(severity);
    r.applicable = s.count(counts);
    if (r.applicable == 0) continue;
    auto it = found.find(s.rule);
    r.findings = it == found.end() ? 0 : it->second;
    r.failed = std::min(r.findings, r.applicable);
    r.scope_en = s.en;
    r.scope_zh = s.zh;
    q.dimensions[static_cast<std::size_t>(s.dimension)].weight_total += r.weight;
    q.rules.push_back(r);
  }
  for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
    auto& dim = q.dimensions[d];
    dim.dimension = static_cast<Dimension>(d);
    dim.scored = dim.weight_total > 0;
  }
  std::size_t scored = 0;
  for (const auto& dim : q.dimensions)
    scored += dim.scored;
  // Points lost: a rule takes weight × failed/applicable of its dimension's weight total
  // off 100; the overall score is the plain mean of the scored dimensions.
  for (auto& r : q.rules) {
    const auto& dim = q.dimensions[static_cast<std::size_t>(r.dimension)];
    r.dimension_points = 100.0 * r.weight * static_cast<double>(r.failed) /
                         static_cast<double>(r.applicable) / dim.weight_total;
    r.overall_points = r.dimension_points / static_cast<double>(scored);
  }
  for (auto& dim : q.dimensions) {
    if (!dim.scored) continue;
    double lost = 0;
    for (const auto& r : q.rules)
      if (r.dimension == dim.dimension) lost += r.dimension_points;
    dim.score = std::max(0.0, 100.0 - lost);
    q.overall += dim.score;
  }
  if (scored) {
    q.scored = true;
    q.overall /= static_cast<double>(scored);
  }
  std::stable_sort(q.rules.begin(), q.rules.end(), [](const RuleQuality& a, const RuleQuality& b) {
    if (a.overall_points != b.overall_points) return a.overall_points > b.overall_points;
    return a.rule < b.rule;
  });
  return q;
}

} // namespace kaplan
