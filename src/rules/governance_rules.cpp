// SPDX-License-Identifier: MIT
// The G rules: who took part in deciding the plan, who chaired, who signed, and whether
// the plan has an evaluation loop (rules-v1, "G — governance and the evaluation loop").
#include "kaplan/model/dates.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/rules/rules.hpp"
#include "rules/rule_messages.hpp"

#include <array>
#include <unordered_set>

namespace kaplan::rules {
namespace {

// A unit that receives targets or work: named as `unit` by a KPI or an action.
struct NamedUnit {
  const Unit* unit;
  std::string_view first_by; // the first KPI or action naming it, in plan order
};

// The defined units named as `unit` by KPIs (first) and actions, each once, in the
// order first named. Units that do not resolve were reported as KAP-S006.
std::vector<NamedUnit> units_with_work(const Plan& plan) {
  std::vector<NamedUnit> out;
  std::unordered_set<std::string_view> seen;
  auto note = [&](const Field<Ref>& ref, std::string_view by) {
    if (!ref.set) return;
    const Unit* u = plan.unit(ref.value.id);
    if (u && seen.insert(u->id).second) out.push_back({u, by});
  };
  for (const auto& k : plan.kpis)
    note(k.unit, k.id);
  for (const auto& a : plan.actions)
    note(a.unit, a.id);
  return out;
}

const std::vector<NamedUnit>& named_units(RuleContext& ctx) {
  return ctx.memo<std::vector<NamedUnit>>("governance.named-units",
                                          [&] { return units_with_work(ctx.plan); });
}

bool is_key_stage(const Field<Stage>& s) {
  return s.set &&
         (s.value == Stage::issues || s.value == Stage::objectives || s.value == Stage::strategies);
}

void check_g001(RuleContext& ctx) {
  std::unordered_set<std::string_view> took_part;
  for (const auto& d : ctx.plan.decisions) {
    if (!d.stage.set || (d.stage.value != Stage::objectives && d.stage.value != Stage::strategies))
      continue;
    for (const auto& p : d.participants)
      took_part.insert(p.id);
  }
  for (const auto& [unit, by] : named_units(ctx))
    if (!took_part.count(unit->id))
      ctx.report("KAP-G001", unit->loc, unit->id, "KAP-G001",
                 {arg("unit", unit->id), arg("by", by)});
}

void check_g002(RuleContext& ctx) {
  for (const auto& d : ctx.plan.decisions)
    if (is_key_stage(d.stage) && !d.chair.set)
      ctx.report("KAP-G002", d.loc, d.id, "KAP-G002",
                 {arg("id", d.id), arg("stage", name(d.stage.value))});
}

void check_g003(RuleContext& ctx) {
  if (ctx.plan.reviews.empty())
    ctx.report("KAP-G003", ctx.plan.header.loc, ctx.plan.header.id, "KAP-G003", {});
}

void check_g004(RuleContext& ctx) {
  const auto& status = ctx.plan.header.status;
  if (!status.set || status.value != PlanStatus::approved) return;
  std::unordered_set<std::string_view> signed_off;
  for (const auto& s : ctx.plan.signoffs)
    if (s.unit.set) signed_off.insert(s.unit.value.id);
  // At the `status: approved` line: that is the claim the missing sign-offs contradict.
  for (const auto& [unit, by] : named_units(ctx))
    if (!signed_off.count(unit->id))
      ctx.report("KAP-G004", status.loc, unit->id, "KAP-G004",
                 {arg("unit", unit->id), arg("by", by)});
}

void check_g005(RuleContext& ctx) {
  for (const auto& a : ctx.plan.assumptions)
    if (a.review_by.set && a.review_by.value < ctx.today)
      ctx.report("KAP-G005", a.review_by.loc, a.id, "KAP-G005",
                 {arg("id", a.id), arg("review_by", format_date(a.review_by.value)),
                  arg("today", format_date(ctx.today))});
}

void check_g006(RuleContext& ctx) {
  std::array<bool, kStageNames.size()> held{};
  for (const auto& d : ctx.plan.decisions)
    if (d.stage.set) held[static_cast<std::size_t>(d.stage.value)] = true;
  for (Stage s : {Stage::issues, Stage::objectives, Stage::strategies})
    if (!held[static_cast<std::size_t>(s)])
      ctx.report("KAP-G006", ctx.plan.header.loc, ctx.plan.header.id,
                 "KAP-G006." + std::string(name(s)), {arg("stage", name(s))});
}

constexpr RuleCheck kGovernanceChecks[] = {
    {"KAP-G001", check_g001},
    {"KAP-G002", check_g002, "governance.decisions.chair"},
    {"KAP-G003", check_g003, "governance.reviews", Over::section},
    {"KAP-G004", check_g004},
    {"KAP-G005", check_g005},
    {"KAP-G006", check_g006},
};

constexpr MessageText kGovernanceMessages[] = {
    {"KAP-G001",
     "unit `{unit}` receives KPIs or actions (first `{by}`) but took part in no decision point "
     "of stage `objectives` or `strategies`",
     "单位 `{unit}` 承担了指标或行动计划（首个为 `{by}`），却没有参加任何“战略目标”或“实施"
     "战略”阶段（`objectives`、`strategies`）的关键决策点"},
    {"KAP-G002", "decision point `{id}` of stage `{stage}` has no `chair`",
     "“{stage|zh}”阶段的关键决策点 `{id}` 没有主持人（`chair`）"},
    {"KAP-G003",
     "no review cadence: `governance.reviews` is empty, so the plan has no evaluation loop",
     "没有评价周期：`governance.reviews` 为空，规划缺少评价闭环"},
    {"KAP-G004",
     "the plan is `approved`, but unit `{unit}`, which receives KPIs or actions (first `{by}`), "
     "has not signed off",
     "规划已批准（`approved`），但承担指标或行动计划的单位 `{unit}`（首个为 `{by}`）尚未会签"},
    {"KAP-G005",
     "assumption `{id}` was due for review on {review_by} and is past it (today {today})",
     "基本假设 `{id}` 应于 {review_by} 复核，现已过期（今天为 {today}）"},
    // One text per stage, so that the Chinese names the stage in Chinese.
    {"KAP-G006.issues", "no decision point of stage `{stage}`: that key decision was never held",
     "尚未召开“确定战略问题”阶段（`{stage}`）的决策会议"},
    {"KAP-G006.objectives",
     "no decision point of stage `{stage}`: that key decision was never held",
     "尚未召开“建立战略目标”阶段（`{stage}`）的决策会议"},
    {"KAP-G006.strategies",
     "no decision point of stage `{stage}`: that key decision was never held",
     "尚未召开“选择实施战略”阶段（`{stage}`）的决策会议"},
};

} // namespace

std::span<const RuleCheck> governance_checks() {
  return kGovernanceChecks;
}

std::span<const MessageText> governance_messages() {
  return kGovernanceMessages;
}

} // namespace kaplan::rules
