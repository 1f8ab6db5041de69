// SPDX-License-Identifier: MIT
// The G rules: who took part in deciding the plan, who chaired, who signed, and whether
// the plan has an evaluation loop (rules-v1, "G — governance and the evaluation loop").
#include "kaplan/model/dates.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/rules/rules.hpp"
#include "rules/rule_messages.hpp"

#include <algorithm>
#include <array>
#include <optional>
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

// The unit a reference names, or nullptr (an unknown id was reported as KAP-S006).
const Unit* unit_of(const Plan& plan, const Field<Ref>& ref) {
  return ref.set ? plan.unit(ref.value.id) : nullptr;
}

// The person id a reference names when it resolves to a person, else empty.
std::string_view person_of(const Plan& plan, const Field<Ref>& ref) {
  return ref.set && plan.person(ref.value.id) ? std::string_view(ref.value.id) : std::string_view();
}

// `u` and the units above it, nearest first; a parent cycle (a structural mistake) ends
// the walk after as many steps as there are units.
std::vector<const Unit*> unit_and_above(const Plan& plan, const Unit* u) {
  std::vector<const Unit*> out;
  for (; u && out.size() <= plan.units.size(); u = unit_of(plan, u->parent))
    out.push_back(u);
  return out;
}

// The units whose head may chair a decision: the plan's owning unit (the root units of
// the tree when the plan names no owner), then each unit that is, or is above, every
// participant, nearest first.
std::vector<const Unit*> chairing_units(const Plan& plan, const Decision& d) {
  std::vector<const Unit*> out;
  if (const Unit* owner = unit_of(plan, plan.header.owner)) {
    out.push_back(owner);
  } else {
    for (const auto& u : plan.units)
      if (!unit_of(plan, u.parent)) out.push_back(&u);
  }
  std::vector<const Unit*> common;
  bool first = true;
  for (const auto& p : d.participants) {
    const Unit* u = plan.unit(p.id);
    if (!u) continue; // KAP-S006
    auto above = unit_and_above(plan, u);
    if (first) {
      common = above;
      first = false;
    } else {
      std::erase_if(common, [&](const Unit* c) {
        return std::find(above.begin(), above.end(), c) == above.end();
      });
    }
  }
  for (const Unit* c : common)
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  return out;
}

void check_g007(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  for (const auto& d : plan.decisions) {
    if (!d.stage.set || (d.stage.value != Stage::strategies && d.stage.value != Stage::resources &&
                         d.stage.value != Stage::approval))
      continue;
    std::string_view chair = person_of(plan, d.chair);
    if (chair.empty()) continue; // no chair is KAP-G002, an unknown one KAP-S006
    const Unit* expected = nullptr;
    bool chaired_by_head = false;
    for (const Unit* u : chairing_units(plan, d)) {
      std::string_view head = person_of(plan, u->head);
      if (head.empty()) continue;
      if (!expected) expected = u;
      chaired_by_head = chaired_by_head || head == chair;
    }
    // No unit that may chair names a head: there is nothing to check against.
    if (!expected || chaired_by_head) continue;
    ctx.report("KAP-G007", d.chair.loc, d.id, "KAP-G007",
               {arg("id", d.id), arg("stage", name(d.stage.value)), arg("chair", chair),
                arg("unit", expected->id), arg("head", expected->head.value.id)});
  }
}

// The date of the plan's approval: the latest decision point of stage `approval`.
std::optional<Date> approval_date(const Plan& plan) {
  std::optional<Date> out;
  for (const auto& d : plan.decisions)
    if (d.stage.set && d.stage.value == Stage::approval && d.date.set &&
        (!out || *out < d.date.value))
      out = d.date.value;
  return out;
}

void check_g008(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  const auto& status = plan.header.status;
  if (!status.set || status.value != PlanStatus::approved) return;
  const auto approved_on = approval_date(plan);
  for (const auto& s : plan.signoffs) {
    const Unit* u = unit_of(plan, s.unit);
    if (!u) continue; // KAP-S006
    // Who: the head of the signing unit or one of its deputies, when the unit names a head.
    if (std::string_view head = person_of(plan, u->head); !head.empty()) {
      if (!s.by.set) {
        ctx.report("KAP-G008", s.entry, u->id, "KAP-G008.no-by",
                   {arg("unit", u->id), arg("head", head)});
      } else if (std::string_view by = person_of(plan, s.by); !by.empty() && by != head) {
        bool deputy = std::any_of(u->deputies.begin(), u->deputies.end(),
                                  [&](const Ref& r) { return r.id == by; });
        if (!deputy)
          ctx.report("KAP-G008", s.by.loc, u->id,
                     u->deputies.empty() ? "KAP-G008.by" : "KAP-G008.by-deputies",
                     {arg("unit", u->id), arg("by", by), arg("head", head)});
      }
    }
    // When: dated, not after today, not after the approval.
    if (!s.date.set) {
      ctx.report("KAP-G008", s.entry, u->id, "KAP-G008.undated", {arg("unit", u->id)});
    } else if (ctx.today < s.date.value) {
      ctx.report("KAP-G008", s.date.loc, u->id, "KAP-G008.future",
                 {arg("unit", u->id), arg("date", format_date(s.date.value)),
                  arg("today", format_date(ctx.today))});
    } else if (approved_on && *approved_on < s.date.value) {
      ctx.report("KAP-G008", s.date.loc, u->id, "KAP-G008.after-approval",
                 {arg("unit", u->id), arg("date", format_date(s.date.value)),
                  arg("approval", format_date(*approved_on))});
    }
  }
}

// The planning deadline of a cycle: the configured day of the year before it.
Date planning_deadline(const Config& config, int cycle) {
  const int year = cycle - 1;
  const auto& md = config.planning_deadline;
  return {year, md.month, std::min(md.day, cal::days_in_month(year, md.month))};
}

void check_g009(RuleContext& ctx) {
  const Plan& plan = ctx.plan;
  if (!plan.header.cycle.set) return;
  const Date deadline = planning_deadline(ctx.config, plan.header.cycle.value);
  for (const auto& d : plan.decisions) {
    if (!d.stage.set || (d.stage.value != Stage::strategies && d.stage.value != Stage::approval) ||
        !d.date.set || !(deadline < d.date.value))
      continue;
    ctx.report("KAP-G009", d.date.loc, d.id, "KAP-G009",
               {arg("id", d.id), arg("stage", name(d.stage.value)),
                arg("date", format_date(d.date.value)), arg("deadline", format_date(deadline)),
                arg("cycle", std::to_string(plan.header.cycle.value))});
  }
}

constexpr RuleCheck kGovernanceChecks[] = {
    {"KAP-G001", check_g001},
    {"KAP-G002", check_g002, "governance.decisions.chair"},
    {"KAP-G003", check_g003, "governance.reviews", Over::section},
    {"KAP-G004", check_g004},
    {"KAP-G005", check_g005},
    {"KAP-G006", check_g006},
    // A misspelt head, participants or owner changes who may chair (decision 61).
    {"KAP-G007", check_g007, "units.head units.parent plan.owner governance.decisions.participants",
     Over::section},
    // A misspelt head or deputies changes who may sign; a misspelt date leaves it undated.
    {"KAP-G008", check_g008,
     "units.head units.deputies governance.signoffs.by governance.signoffs.date", Over::section},
    // A misspelt date or stage leaves the decision unchecked: nothing to hide.
    {"KAP-G009", check_g009},
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
    {"KAP-G007",
     "decision point `{id}` of stage `{stage}` is chaired by `{chair}`, not by the head of the "
     "plan's owning unit or of a unit above all its participants (`{unit}`: `{head}`)",
     "“{stage|zh}”阶段的关键决策点 `{id}` 的主持人是 `{chair}`，而不是规划所属单位或全体参与"
     "单位共同上级单位的负责人（`{unit}`：`{head}`）"},
    {"KAP-G008.by", "the sign-off of unit `{unit}` is by `{by}`, not by its head `{head}`",
     "单位 `{unit}` 的会签人是 `{by}`，而不是该单位负责人 `{head}`"},
    {"KAP-G008.by-deputies",
     "the sign-off of unit `{unit}` is by `{by}`, neither its head `{head}` nor one of its "
     "`deputies`",
     "单位 `{unit}` 的会签人是 `{by}`，既不是该单位负责人 `{head}`，也不是其副职（`deputies`）"},
    {"KAP-G008.no-by",
     "the sign-off of unit `{unit}` names no signatory (`by`); its head is `{head}`",
     "单位 `{unit}` 的会签没有写明会签人（`by`）；该单位负责人为 `{head}`"},
    {"KAP-G008.undated", "the plan is `approved`, but the sign-off of unit `{unit}` has no `date`",
     "规划已批准（`approved`），但单位 `{unit}` 的会签没有日期（`date`）"},
    {"KAP-G008.future", "the sign-off of unit `{unit}` is dated {date}, after today ({today})",
     "单位 `{unit}` 的会签日期为 {date}，晚于今天（{today}）"},
    {"KAP-G008.after-approval",
     "the sign-off of unit `{unit}` is dated {date}, after the plan's approval on {approval}",
     "单位 `{unit}` 的会签日期为 {date}，晚于规划审批日期 {approval}"},
    {"KAP-G009",
     "decision point `{id}` of stage `{stage}` on {date} falls after the planning deadline "
     "{deadline}: too late to guide the business plan, the network plan and the budget of "
     "{cycle}",
     "“{stage|zh}”阶段的关键决策点 `{id}` 于 {date} 召开，晚于规划截止日期 {deadline}，来不及"
     "指导 {cycle} 年的经营计划、网络规划和预算"},
};

} // namespace

std::span<const RuleCheck> governance_checks() {
  return kGovernanceChecks;
}

std::span<const MessageText> governance_messages() {
  return kGovernanceMessages;
}

} // namespace kaplan::rules
