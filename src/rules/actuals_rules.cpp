// SPDX-License-Identifier: MIT
// The T rules: actuals checked against their plan (rules-v1, "T — actuals"). They run
// only when actuals are given, from `score` (and later `report`, `rollforward`), so they
// have their own entry point instead of a row in run_plan_rules.
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"
#include "rules/rule_messages.hpp"

#include <fmt/format.h>

namespace kaplan {
namespace {

// "did you mean" candidates, gathered only when an unknown id needs them.
std::optional<std::string> nearest(const Plan& plan, std::string_view id, EntityKind kind) {
  std::vector<std::string_view> ids;
  if (kind == EntityKind::kpi)
    for (const auto& k : plan.kpis)
      ids.push_back(k.id);
  else
    for (const auto& a : plan.actions)
      ids.push_back(a.id);
  return text::suggest(id, ids);
}

void check_t001(RuleContext& ctx, const Actuals& a) {
  for (const auto& h : a.headers)
    if (h.plan.set && !ctx.plan.header.id.empty() && h.plan.value.id != ctx.plan.header.id)
      ctx.report("KAP-T001", h.plan.loc, ctx.plan.header.id, "KAP-T001",
                 {arg("found", h.plan.value.id), arg("plan", ctx.plan.header.id)});
}

void check_t002(RuleContext& ctx, const Actuals& a) {
  auto unknown = [&](const Ref& ref, EntityKind kind, std::string_view what) {
    std::string key = fmt::format("KAP-T002.{}", what);
    std::vector<Arg> args{arg("id", ref.id)};
    if (auto near = nearest(ctx.plan, ref.id, kind)) {
      key += "-suggest";
      args.push_back(arg("suggestion", *near));
    }
    ctx.report("KAP-T002", ref.loc, {}, std::move(key), std::move(args));
  };
  for (const auto& k : a.kpis)
    if (k.kpi.set && !ctx.plan.kpi(k.kpi.value.id)) unknown(k.kpi.value, EntityKind::kpi, "kpi");
  for (const auto& x : a.actions)
    if (x.action.set && !ctx.plan.action(x.action.value.id))
      unknown(x.action.value, EntityKind::action, "action");
}

// An execution-level KPI with a target in the period's year and no entry of its own.
void check_t003(RuleContext& ctx, const Actuals& a) {
  if (!a.has_period) return;
  const Cascade cascade = build_cascade(ctx.plan, ctx.config.cascade_tolerance);
  const std::string period = format_period(a.period);
  for (std::size_t i = 0; i < ctx.plan.kpis.size(); ++i) {
    const Kpi& k = ctx.plan.kpis[i];
    if (!cascade.nodes[i].execution_level || k.id.empty()) continue;
    if (!target_for(k, a.period.year) || a.kpi(k.id)) continue;
    ctx.report("KAP-T003", k.loc, k.id, "KAP-T003", {arg("id", k.id), arg("period", period)});
  }
}

void check_t004(RuleContext& ctx, const Actuals& a) {
  if (!ctx.plan.header.cycle.set) return;
  const int first = ctx.plan.first_year(), last = ctx.plan.last_year();
  for (const auto& h : a.headers) {
    if (!h.period.set) continue;
    int y = h.period.value.year;
    if (y < first || y > last)
      ctx.report(
          "KAP-T004", h.period.loc, ctx.plan.header.id, "KAP-T004",
          {arg("period", format_period(h.period.value)), arg("first", first), arg("last", last)});
  }
}

void check_t005(RuleContext& ctx, const Actuals& a) {
  for (const auto& x : a.actions) {
    std::string id = x.action.set ? x.action.value.id : std::string();
    if (x.status.set && x.status.value == ActionStatus::done && !x.finished.set)
      ctx.report("KAP-T005", x.status.loc, id, "KAP-T005.finished", {arg("id", id)});
    if (x.progress.set && (x.progress.value < 0 || x.progress.value > 1))
      ctx.report("KAP-T005", x.progress.loc, id, "KAP-T005.progress",
                 {arg("id", id), arg("progress", x.progress.value)});
  }
}

// The first day a period's own span covers: 1 January, 1 July, 1 April, 1 May...
Date period_start(const Period& p) {
  switch (p.kind) {
  case Period::Kind::year:
    return {p.year, 1, 1};
  case Period::Kind::half:
    return {p.year, (p.index - 1) * 6 + 1, 1};
  case Period::Kind::quarter:
    return {p.year, (p.index - 1) * 3 + 1, 1};
  case Period::Kind::month:
    return {p.year, p.index, 1};
  }
  return {p.year, 1, 1};
}

// Dates and amounts no real report can hold; each would flow into time deviations,
// spending and the next cycle as a figure nobody can trust.
void check_t006(RuleContext& ctx, const Actuals& a) {
  for (const auto& h : a.headers) {
    if (!h.period.set || !h.as_of.set) continue;
    const Date first = period_start(h.period.value);
    const Date end = period_end(h.period.value);
    const Date last{end.year + 1, end.month, cal::days_in_month(end.year + 1, end.month)};
    if (h.as_of.value < first || h.as_of.value > last)
      ctx.report("KAP-T006", h.as_of.loc, ctx.plan.header.id, "KAP-T006.as-of",
                 {arg("as_of", format_date(h.as_of.value)),
                  arg("period", format_period(h.period.value)), arg("first", format_date(first)),
                  arg("last", format_date(last))});
  }
  const bool has_cycle = ctx.plan.header.cycle.set;
  const Date earliest{has_cycle ? ctx.plan.first_year() - 1 : 0, 1, 1};
  for (const auto& x : a.actions) {
    std::string id = x.action.set ? x.action.value.id : std::string();
    if (x.finished.set) {
      const Date as_of = a.as_of(x.header);
      if (x.finished.value > as_of)
        ctx.report("KAP-T006", x.finished.loc, id, "KAP-T006.finished-later",
                   {arg("id", id), arg("finished", format_date(x.finished.value)),
                    arg("as_of", format_date(as_of))});
      else if (has_cycle && x.finished.value < earliest)
        ctx.report("KAP-T006", x.finished.loc, id, "KAP-T006.finished-earlier",
                   {arg("id", id), arg("finished", format_date(x.finished.value)),
                    arg("earliest", format_date(earliest))});
    }
    for (const auto& s : x.spent)
      if (s.value < 0)
        ctx.report("KAP-T006", s.loc, id, "KAP-T006.spent",
                   {arg("id", id), arg("category", s.name), arg("amount", s.value)});
  }
}

struct ActualsCheck {
  std::string_view id;
  void (*check)(RuleContext&, const Actuals&);
};

constexpr ActualsCheck kActualsChecks[] = {
    {"KAP-T001", check_t001}, {"KAP-T002", check_t002}, {"KAP-T003", check_t003},
    {"KAP-T004", check_t004}, {"KAP-T005", check_t005}, {"KAP-T006", check_t006},
};

} // namespace

void run_actuals_rules(const Plan& plan, const Actuals& actuals, const Config& config, Date today,
                       std::vector<Finding>& findings, WorkPool* pool) {
  RuleRun run(plan, config, today, findings);
  std::vector<const ActualsCheck*> checks;
  for (const auto& c : kActualsChecks)
    if (run.enabled(c.id)) checks.push_back(&c);
  // As run_plan_rules: a context per check, merged in check order.
  run_in_contexts(
      run, pool, checks.size(), [](std::size_t) -> const RuleCheck* { return nullptr; },
      [&](std::size_t i, RuleContext& ctx) { checks[i]->check(ctx, actuals); });
  run.close();
}

namespace rules {
namespace {

constexpr MessageText kActualsMessages[] = {
    {"KAP-T001", "the actuals are for plan `{found}`, but this plan is `{plan}`",
     "实际完成数据属于规划 `{found}`，而本规划是 `{plan}`"},
    {"KAP-T002.kpi", "actual for `{id}`, which is not a KPI of the plan",
     "实际完成中的 `{id}` 不是本规划的指标"},
    {"KAP-T002.kpi-suggest",
     "actual for `{id}`, which is not a KPI of the plan; did you mean `{suggestion}`?",
     "实际完成中的 `{id}` 不是本规划的指标，是否应为 `{suggestion}`？"},
    {"KAP-T002.action", "actual for `{id}`, which is not an action of the plan",
     "实际完成中的 `{id}` 不是本规划的行动计划"},
    {"KAP-T002.action-suggest",
     "actual for `{id}`, which is not an action of the plan; did you mean `{suggestion}`?",
     "实际完成中的 `{id}` 不是本规划的行动计划，是否应为 `{suggestion}`？"},
    {"KAP-T003", "execution-level KPI `{id}` has no actual for {period}",
     "执行层指标 `{id}` 没有填报 {period|zh} 的实际完成值"},
    {"KAP-T004", "period {period} is outside the plan's horizon {first}–{last}",
     "期间 {period|zh} 超出规划期 {first}–{last}"},
    {"KAP-T005.finished", "action `{id}` is `done` but has no `finished` date",
     "行动计划 `{id}` 的状态为 `done`，但没有填写完成日期 `finished`"},
    {"KAP-T005.progress",
     "action `{id}`: progress {progress} is outside 0 to 1 (write 0.3, not 30)",
     "行动计划 `{id}` 的进度 {progress} 不在 0 到 1 之间（应写 0.3，而不是 30）"},
    {"KAP-T006.as-of",
     "`as_of` {as_of} cannot be the date of a report for {period}: it must fall between {first} "
     "and {last}",
     "`as_of` {as_of} 不可能是 {period|zh} 实际完成的填报日期：应在 {first} 到 {last} 之间"},
    {"KAP-T006.finished-later",
     "action `{id}`: `finished` {finished} is after the report's `as_of` {as_of}",
     "行动计划 `{id}` 的完成日期 `finished` {finished} 晚于填报日期 `as_of` {as_of}"},
    {"KAP-T006.finished-earlier",
     "action `{id}`: `finished` {finished} is before the planning year began ({earliest})",
     "行动计划 `{id}` 的完成日期 `finished` {finished} 早于规划编制年度的开始（{earliest}）"},
    {"KAP-T006.spent", "action `{id}`: spent {amount} on `{category}`, less than nothing",
     "行动计划 `{id}` 在 `{category}` 上的已花费为 {amount}，不能为负数"},
    // Structure findings particular to actuals files.
    {"KAP-S005.actual-kpi",
     "KPI `{id}` is reported twice; each KPI has one actual per period, across all actuals files",
     "指标 `{id}` 重复填报；同一期间每个指标只能有一个实际完成值（所有实际完成文件合计）"},
    {"KAP-S005.actual-action",
     "action `{id}` is reported twice; each action has one entry per period, across all actuals "
     "files",
     "行动计划 `{id}` 重复填报；同一期间每个行动计划只能填报一次（所有实际完成文件合计）"},
    {"KAP-S007.actuals-period",
     "period {found} differs from {expected} of the first actuals file; all actuals files must "
     "cover "
     "the same period",
     "期间 {found} 与第一个实际完成文件的 {expected} 不同；所有实际完成文件应为同一期间"},
    // Stop errors of `kaplan score`.
    {"stop.score-unknown-kpi", "--explain: `{id}` is not a KPI of the plan",
     "--explain：`{id}` 不是本规划的指标"},
    {"stop.score-explain-needs-actuals",
     "--explain needs --actuals: without actuals there are no figures to explain",
     "--explain 需要同时给出 --actuals：没有实际完成数据，就没有可说明的计算"},
};

} // namespace

std::span<const MessageText> actuals_messages() {
  return kActualsMessages;
}

} // namespace rules
} // namespace kaplan
