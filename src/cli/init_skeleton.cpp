// SPDX-License-Identifier: MIT
// The files `kaplan init` writes: the smallest plan that has every part a complete plan
// needs (the six sections, a cascade down to the execution level, actions, governance)
// and validates with no findings, so a team starts from something that passes and
// changes it piece by piece. {cycle}, {prev}, {y2} and {y3} are the years.
#include "cli/init_skeleton.hpp"

namespace kaplan::cli {
namespace {

constexpr std::string_view kPlanEn =
    R"(# The root file of a kaplan plan: header, organisation, analysis, objectives, KPIs,
# strategies, resources, actions and governance. Branch A's part is in branches/.
# Every field is described in kaplan-plan(5); `kaplan explain RULE` explains a finding.
kaplan: 1
plan:
  id: ka-{cycle}
  title: Key-account marketing strategy plan {cycle}-{y3}
  organization: Example Co.
  cycle: {cycle}
  horizon: 3
  money: CNY 10k
  status: draft
  owner: hq
include: [branches/*.yaml]

units:
  - {id: company, name: Example Co., kind: company}
  - {id: hq, name: Key-account department, kind: department, parent: company}
  - {id: branch-a, name: Branch A, kind: branch, parent: company}

people:
  - {id: p-head, name: Head of key accounts, unit: hq, role: department head,
     capacity: 1.0, committed: 0.3, skills: {account-mgmt: 4, negotiation: 4}}
  - {id: p-ops, name: Key-account operations manager, unit: hq, role: operations,
     capacity: 1.0, committed: 0.2, skills: {project-mgmt: 4, training: 3}}

assumptions:
  - id: A-market
    statement: The key-account market grows by at least 5% a year over the horizon
    signal: two quarters in a row with growth below 3%
    review_by: {cycle}-06-30

environment:
  factors:
    - {id: F-demand, category: customer, impact: high, effect: opportunity, sources: [SRC-survey],
       finding: Large accounts want integrated solutions rather than single products}
    - {id: F-rival, category: competition, impact: medium, effect: threat, sources: [SRC-survey],
       finding: Competitor A cuts prices on the largest accounts}
  segments:
    - {id: SEG-core, name: Largest accounts, accounts: 20, revenue: {{prev}: 1000},
       priority: core, needs: [integrated solutions], sources: [SRC-survey]}
  competitors:
    - {id: COMP-a, name: Competitor A, strengths: [price], weaknesses: [slow delivery],
       share: {SEG-core: 0.3}}
  sources:
    - {id: SRC-survey, kind: survey, title: Key-account satisfaction survey, date: {prev}-03-31}

capabilities:
  - {id: CAP-solution, area: Solution design, rating: 3, benchmark: 4, benchmark_source: COMP-a}

issues:
  - {id: ISS-share, statement: Our share of the largest accounts is falling,
     evidence: [F-demand, F-rival, SEG-core, CAP-solution]}

objectives:
  - {id: OBJ-revenue, perspective: financial, statement: Grow key-account revenue,
     addresses: [ISS-share], aligns_to: G-REV}
  - {id: OBJ-loyalty, perspective: customer, statement: Keep the largest accounts loyal,
     addresses: [ISS-share], aligns_to: G-NPS}
  - {id: OBJ-delivery, perspective: internal, statement: Deliver faster than competitors,
     addresses: [ISS-share], aligns_to: G-DEL}
  - {id: OBJ-skills, perspective: learning, statement: Build solution-design skills,
     addresses: [ISS-share], aligns_to: G-SKL}

kpis:
  - {id: KPI-revenue, name: Key-account revenue, objective: OBJ-revenue, measure: CNY 10k,
     weight: 0.4, targets: {{cycle}: 1100, {y2}: 1200, {y3}: 1300}}
  - {id: KPI-revenue-hq, name: Revenue of the accounts HQ serves, parent: KPI-revenue, unit: hq,
     owner: p-head, targets: {{cycle}: 600, {y2}: 650, {y3}: 700}}
  - {id: KPI-nps, name: Net promoter score of key accounts, objective: OBJ-loyalty,
     measure: points, owner: p-head, weight: 0.2, targets: {{cycle}: 30, {y2}: 35, {y3}: 40}}
  - {id: KPI-delivery-days, name: Average days to deliver, objective: OBJ-delivery, measure: days,
     direction: down, rollup: mean, owner: p-ops, weight: 0.2,
     targets: {{cycle}: 20, {y2}: 15, {y3}: 12}}
  - {id: KPI-certified, name: Certified solution designers, objective: OBJ-skills,
     measure: people, rollup: max, owner: p-ops, weight: 0.2,
     targets: {{cycle}: 4, {y2}: 6, {y3}: 8}}

strategies:
  - {id: STR-grow, kind: market, statement: Win the largest accounts with integrated solutions,
     objectives: [OBJ-revenue, OBJ-loyalty], basis: [SEG-core, COMP-a, F-demand, ISS-share]}
  - {id: STR-capability, kind: internal, statement: Faster delivery and certified designers,
     objectives: [OBJ-delivery, OBJ-skills], basis: [CAP-solution, F-rival, ISS-share]}

resources:
  budget:
    - {year: {cycle}, category: marketing, amount: 200}
    - {year: {cycle}, category: training, amount: 50}
    - {year: {y2}, category: marketing, amount: 220}
    - {year: {y3}, category: marketing, amount: 240}
  assets:
    - {id: AS-crm, kind: information, name: Customer relationship system}
    - {id: AS-group, kind: group, name: Group solution centre}
    - {id: AS-partner, kind: partner, name: Integration partner}
    - {id: AS-consultant, kind: external, name: External sales trainer}

actions:
  - {id: AC-hq-accounts, title: Account plans for the largest accounts, strategy: STR-grow,
     kpis: [KPI-revenue-hq, KPI-nps], unit: hq, owner: p-head,
     start: {cycle}-01-01, due: {cycle}-12-31, effort: 0.3, cost: {marketing: 100},
     needs: {account-mgmt: 4}, uses: [AS-crm, AS-group]}
  - {id: AC-hq-delivery, title: Delivery process and designer certification,
     strategy: STR-capability, kpis: [KPI-delivery-days, KPI-certified], unit: hq,
     owner: p-ops, start: {cycle}-02-01, due: {cycle}-11-30, effort: 0.3,
     cost: {training: 30}, needs: {project-mgmt: 3}, uses: [AS-partner, AS-consultant]}

governance:
  decisions:
    - {id: D-issues, stage: issues, date: {prev}-05-15, chair: p-head, participants: [hq, branch-a]}
    - {id: D-objectives, stage: objectives, date: {prev}-06-15, chair: p-head,
       participants: [hq, branch-a]}
    - {id: D-strategies, stage: strategies, date: {prev}-07-15, chair: p-head,
       participants: [hq, branch-a]}
  reviews:
    - {id: R-quarterly, cadence: quarterly, owner: hq,
       kpis: [KPI-revenue, KPI-nps, KPI-delivery-days, KPI-certified]}
)";

constexpr std::string_view kBranchEn =
    R"(# Branch A's people, cascaded KPIs and actions, kept by the branch's planners.
people:
  - {id: p-branch-a, name: Branch A account manager, unit: branch-a, capacity: 1.0,
     skills: {account-mgmt: 3}}

kpis:
  - {id: KPI-revenue-a, name: Branch A key-account revenue, parent: KPI-revenue, unit: branch-a,
     owner: p-branch-a, targets: {{cycle}: 500, {y2}: 550, {y3}: 600}}

actions:
  - {id: AC-a-accounts, title: Visit plan for Branch A's largest accounts, strategy: STR-grow,
     kpis: [KPI-revenue-a], unit: branch-a, owner: p-branch-a,
     start: {cycle}-01-01, due: {cycle}-12-31, effort: 0.4, cost: {marketing: 50},
     needs: {account-mgmt: 3}}
)";

constexpr std::string_view kPlanZh =
    R"(# kaplan 规划的根文件：总体信息、组织、环境分析、目标、指标、战略、资源、行动计划和规划组织。
# 分公司 A 的部分在 branches/ 目录中。各字段说明见 kaplan-plan(5)；`kaplan explain <规则编号>` 解释检查结果。
kaplan: 1
plan:
  id: ka-{cycle}
  title: {cycle}–{y3} 大客户营销战略规划
  organization: 示例公司
  cycle: {cycle}
  horizon: 3
  money: CNY 10k
  status: draft
  owner: hq
include: [branches/*.yaml]

units:
  - {id: company, name: 示例公司, kind: company}
  - {id: hq, name: 大客户部, kind: department, parent: company}
  - {id: branch-a, name: 分公司 A, kind: branch, parent: company}

people:
  - {id: p-head, name: 大客户部总经理, unit: hq, role: 部门负责人,
     capacity: 1.0, committed: 0.3, skills: {account-mgmt: 4, negotiation: 4}}
  - {id: p-ops, name: 大客户运营经理, unit: hq, role: 运营,
     capacity: 1.0, committed: 0.2, skills: {project-mgmt: 4, training: 3}}

assumptions:
  - id: A-market
    statement: 规划期内大客户市场年增速不低于 5%
    signal: 连续两个季度增速低于 3%
    review_by: {cycle}-06-30

environment:
  factors:
    - {id: F-demand, category: customer, impact: high, effect: opportunity, sources: [SRC-survey],
       finding: 大客户需要整体解决方案而不是单一产品}
    - {id: F-rival, category: competition, impact: medium, effect: threat, sources: [SRC-survey],
       finding: 竞争对手 A 在最大客户上降价}
  segments:
    - {id: SEG-core, name: 最大客户群, accounts: 20, revenue: {{prev}: 1000},
       priority: core, needs: [整体解决方案], sources: [SRC-survey]}
  competitors:
    - {id: COMP-a, name: 竞争对手 A, strengths: [价格], weaknesses: [交付慢],
       share: {SEG-core: 0.3}}
  sources:
    - {id: SRC-survey, kind: survey, title: 大客户满意度调查, date: {prev}-03-31}

capabilities:
  - {id: CAP-solution, area: 解决方案设计, rating: 3, benchmark: 4, benchmark_source: COMP-a}

issues:
  - {id: ISS-share, statement: 我们在最大客户中的份额在下降,
     evidence: [F-demand, F-rival, SEG-core, CAP-solution]}

objectives:
  - {id: OBJ-revenue, perspective: financial, statement: 提升大客户收入,
     addresses: [ISS-share], aligns_to: G-REV}
  - {id: OBJ-loyalty, perspective: customer, statement: 稳固最大客户的忠诚度,
     addresses: [ISS-share], aligns_to: G-NPS}
  - {id: OBJ-delivery, perspective: internal, statement: 交付快于竞争对手,
     addresses: [ISS-share], aligns_to: G-DEL}
  - {id: OBJ-skills, perspective: learning, statement: 培养解决方案设计能力,
     addresses: [ISS-share], aligns_to: G-SKL}

kpis:
  - {id: KPI-revenue, name: 大客户收入, objective: OBJ-revenue, measure: CNY 10k,
     weight: 0.4, targets: {{cycle}: 1100, {y2}: 1200, {y3}: 1300}}
  - {id: KPI-revenue-hq, name: 本部服务客户收入, parent: KPI-revenue, unit: hq,
     owner: p-head, targets: {{cycle}: 600, {y2}: 650, {y3}: 700}}
  - {id: KPI-nps, name: 大客户净推荐值, objective: OBJ-loyalty,
     measure: 分, owner: p-head, weight: 0.2, targets: {{cycle}: 30, {y2}: 35, {y3}: 40}}
  - {id: KPI-delivery-days, name: 平均交付天数, objective: OBJ-delivery, measure: 天,
     direction: down, rollup: mean, owner: p-ops, weight: 0.2,
     targets: {{cycle}: 20, {y2}: 15, {y3}: 12}}
  - {id: KPI-certified, name: 持证解决方案经理人数, objective: OBJ-skills,
     measure: 人, rollup: max, owner: p-ops, weight: 0.2,
     targets: {{cycle}: 4, {y2}: 6, {y3}: 8}}

strategies:
  - {id: STR-grow, kind: market, statement: 以整体解决方案赢得最大客户,
     objectives: [OBJ-revenue, OBJ-loyalty], basis: [SEG-core, COMP-a, F-demand, ISS-share]}
  - {id: STR-capability, kind: internal, statement: 加快交付，培养持证解决方案经理,
     objectives: [OBJ-delivery, OBJ-skills], basis: [CAP-solution, F-rival, ISS-share]}

resources:
  budget:
    - {year: {cycle}, category: marketing, amount: 200}
    - {year: {cycle}, category: training, amount: 50}
    - {year: {y2}, category: marketing, amount: 220}
    - {year: {y3}, category: marketing, amount: 240}
  assets:
    - {id: AS-crm, kind: information, name: 客户关系管理系统}
    - {id: AS-group, kind: group, name: 集团解决方案中心}
    - {id: AS-partner, kind: partner, name: 集成合作伙伴}
    - {id: AS-consultant, kind: external, name: 外部销售培训师}

actions:
  - {id: AC-hq-accounts, title: 最大客户的客户经营计划, strategy: STR-grow,
     kpis: [KPI-revenue-hq, KPI-nps], unit: hq, owner: p-head,
     start: {cycle}-01-01, due: {cycle}-12-31, effort: 0.3, cost: {marketing: 100},
     needs: {account-mgmt: 4}, uses: [AS-crm, AS-group]}
  - {id: AC-hq-delivery, title: 交付流程优化和解决方案经理认证,
     strategy: STR-capability, kpis: [KPI-delivery-days, KPI-certified], unit: hq,
     owner: p-ops, start: {cycle}-02-01, due: {cycle}-11-30, effort: 0.3,
     cost: {training: 30}, needs: {project-mgmt: 3}, uses: [AS-partner, AS-consultant]}

governance:
  decisions:
    - {id: D-issues, stage: issues, date: {prev}-05-15, chair: p-head, participants: [hq, branch-a]}
    - {id: D-objectives, stage: objectives, date: {prev}-06-15, chair: p-head,
       participants: [hq, branch-a]}
    - {id: D-strategies, stage: strategies, date: {prev}-07-15, chair: p-head,
       participants: [hq, branch-a]}
  reviews:
    - {id: R-quarterly, cadence: quarterly, owner: hq,
       kpis: [KPI-revenue, KPI-nps, KPI-delivery-days, KPI-certified]}
)";

constexpr std::string_view kBranchZh =
    R"(# 分公司 A 的人员、分解指标和行动计划，由分公司规划人员维护。
people:
  - {id: p-branch-a, name: 分公司 A 客户经理, unit: branch-a, capacity: 1.0,
     skills: {account-mgmt: 3}}

kpis:
  - {id: KPI-revenue-a, name: 分公司 A 大客户收入, parent: KPI-revenue, unit: branch-a,
     owner: p-branch-a, targets: {{cycle}: 500, {y2}: 550, {y3}: 600}}

actions:
  - {id: AC-a-accounts, title: 分公司 A 最大客户走访计划, strategy: STR-grow,
     kpis: [KPI-revenue-a], unit: branch-a, owner: p-branch-a,
     start: {cycle}-01-01, due: {cycle}-12-31, effort: 0.4, cost: {marketing: 50},
     needs: {account-mgmt: 3}}
)";

constexpr std::string_view kConfigEn =
    R"(# kaplan configuration, read by every command run on this folder or below it.
# A rule can be turned off or given another severity, e.g. `rules: {KAP-C006: off}`.
fail_on: error
cascade_tolerance: 0.005
)";

constexpr std::string_view kConfigZh = R"(# kaplan 配置文件，对本目录及其子目录中的规划生效。
# 可以关闭某条规则或调整其严重程度，例如 `rules: {KAP-C006: off}`。
fail_on: error
cascade_tolerance: 0.005
)";

} // namespace

std::vector<SkeletonFile> skeleton_files(Lang lang) {
  bool zh = lang == Lang::zh;
  return {{"plan.yaml", zh ? kPlanZh : kPlanEn},
          {"branches/branch-a.yaml", zh ? kBranchZh : kBranchEn},
          {".kaplan.yaml", zh ? kConfigZh : kConfigEn}};
}

} // namespace kaplan::cli
