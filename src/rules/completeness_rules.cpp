// SPDX-License-Identifier: MIT
// The C rules: is the plan complete (its six parts, its resource kinds, its scorecard
// perspectives), and is it oriented on problems (facts cited by issues, objectives that
// address issues, strategies grounded in customers and competitors and carried out by
// actions this year)? Each rule is one pass over one or two sections.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"
#include "rules/rule_messages.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kaplan::rules {
namespace {

using IdSet = std::unordered_set<std::string_view>;

// Where a plan-wide finding points: the plan id, or the top of the root file when the
// plan has no header at all (KAP-S004 says so separately).
Location plan_location(const Plan& p) {
  if (p.header.loc.line != 0) return p.header.loc;
  return {p.root_file, 1, 1};
}

bool has_section(const Plan& p, std::string_view name) {
  return std::find(p.sections_present.begin(), p.sections_present.end(), name) !=
         p.sections_present.end();
}

// Reports a plan-wide finding.
void report_plan(RuleContext& ctx, std::string_view rule, std::string key, std::vector<Arg> args) {
  ctx.report(rule, plan_location(ctx.plan), ctx.plan.header.id, std::move(key), std::move(args));
}

void check_c001(RuleContext& ctx) {
  // The six parts of domain.md #10; objectives come with their KPIs and resources with
  // the people who do the work, so those are required too.
  static constexpr std::array<std::string_view, 7> required{
      "environment", "capabilities", "objectives", "kpis", "strategies", "people", "actions"};
  for (auto section : required)
    if (!has_section(ctx.plan, section))
      report_plan(ctx, "KAP-C001", "KAP-C001", {arg("section", section)});
}

void check_c002(RuleContext& ctx) {
  if (ctx.plan.assumptions.empty()) report_plan(ctx, "KAP-C002", "KAP-C002", {});
}

void check_c003(RuleContext& ctx) {
  IdSet cited;
  for (const auto& i : ctx.plan.issues)
    for (const auto& r : i.evidence)
      cited.insert(r.id);
  for (const auto& s : ctx.plan.strategies)
    for (const auto& r : s.basis)
      cited.insert(r.id);
  for (const auto& f : ctx.plan.factors)
    if (!f.id.empty() && !cited.contains(f.id))
      ctx.report("KAP-C003", f.loc, f.id, "KAP-C003", {arg("id", f.id)});
}

void check_c004(RuleContext& ctx) {
  for (const auto& c : ctx.plan.capabilities)
    if (!c.benchmark) ctx.report("KAP-C004", c.loc, c.id, "KAP-C004", {arg("id", c.id)});
}

void check_c005(RuleContext& ctx) {
  for (const auto& o : ctx.plan.objectives)
    if (o.addresses.empty()) ctx.report("KAP-C005", o.loc, o.id, "KAP-C005", {arg("id", o.id)});
}

void check_c006(RuleContext& ctx) {
  for (const auto& o : ctx.plan.objectives)
    if (!o.aligns_to || o.aligns_to->empty())
      ctx.report("KAP-C006", o.loc, o.id, "KAP-C006", {arg("id", o.id)});
}

void check_c007(RuleContext& ctx) {
  // With no objectives at all KAP-C001 already says so; four more findings add nothing.
  if (!has_section(ctx.plan, "objectives")) return;
  std::array<bool, kPerspectiveNames.size()> seen{};
  for (const auto& o : ctx.plan.objectives)
    if (o.perspective) seen[static_cast<std::size_t>(*o.perspective)] = true;
  for (std::size_t i = 0; i < seen.size(); ++i)
    if (!seen[i])
      report_plan(ctx, "KAP-C007", "KAP-C007", {arg("perspective", kPerspectiveNames[i])});
}

// A share as a percentage with one decimal ("65%", "66.7%"), with more decimals when
// rounding would hide that it is above the limit ("60.04%" rather than "60%").
std::string percent_text(double ratio, double limit) {
  double pct = ratio * 100;
  double rounded = std::round(pct * 10) / 10;
  return text::format_number(rounded > limit * 100 ? rounded : pct) + "%";
}

void check_c008(RuleContext& ctx) {
  constexpr double limit = 0.6;
  double total = 0, financial = 0;
  for (const auto& k : ctx.plan.kpis) {
    if (!k.objective || k.parent || !k.weight) continue;
    total += *k.weight;
    const Objective* o = ctx.plan.objective(k.objective->id);
    if (o && o->perspective && *o->perspective == Perspective::financial) financial += *k.weight;
  }
  if (total <= 0) return;
  double share = financial / total;
  // A tolerance, so that weights written as 0.3 + 0.3 of 1.0 are exactly 60%.
  if (share <= limit + 1e-9) return;
  report_plan(
      ctx, "KAP-C008", "KAP-C008",
      {arg("share", percent_text(share, limit)), arg("financial", financial), arg("total", total)});
}

void check_c009(RuleContext& ctx) {
  for (const auto& s : ctx.plan.strategies) {
    if (!s.kind || *s.kind != StrategyKind::market) continue;
    bool grounded = std::any_of(s.basis.begin(), s.basis.end(), [&](const Ref& r) {
      const IdEntry* e = ctx.plan.find(r.id);
      return e && (e->kind == EntityKind::segment || e->kind == EntityKind::competitor);
    });
    if (!grounded) ctx.report("KAP-C009", s.loc, s.id, "KAP-C009", {arg("id", s.id)});
  }
}

void check_c010(RuleContext& ctx) {
  // With no strategies at all KAP-C001 already says so.
  if (!has_section(ctx.plan, "strategies")) return;
  bool any =
      std::any_of(ctx.plan.strategies.begin(), ctx.plan.strategies.end(),
                  [](const Strategy& s) { return s.kind && *s.kind == StrategyKind::internal; });
  if (!any) report_plan(ctx, "KAP-C010", "KAP-C010", {});
}

// Whether an action's days touch the year. An action missing a date is judged by the
// one it has; one with neither counts as touching it, since KAP-S004 already reports
// the missing dates and the strategy is not to blame.
bool touches_year(const Action& a, int year) {
  Date first{year, 1, 1}, last{year, 12, 31};
  if (!a.start && !a.due) return true;
  Date start = a.start ? *a.start : *a.due;
  Date due = a.due ? *a.due : *a.start;
  return start <= last && due >= first;
}

void check_c011(RuleContext& ctx) {
  if (!ctx.plan.header.cycle) return;
  int year = *ctx.plan.header.cycle;
  struct Count {
    int actions = 0;
    bool in_year = false;
  };
  std::unordered_map<std::string_view, Count> by_strategy;
  for (const auto& a : ctx.plan.actions) {
    if (!a.strategy) continue;
    auto& c = by_strategy[a.strategy->id];
    ++c.actions;
    c.in_year = c.in_year || touches_year(a, year);
  }
  for (const auto& s : ctx.plan.strategies) {
    if (s.id.empty()) continue;
    auto it = by_strategy.find(s.id);
    if (it == by_strategy.end())
      ctx.report("KAP-C011", s.loc, s.id, "KAP-C011", {arg("id", s.id), arg("year", year)});
    else if (!it->second.in_year)
      ctx.report("KAP-C011", s.loc, s.id, "KAP-C011.outside",
                 {arg("id", s.id), arg("year", year), arg("count", it->second.actions)});
  }
}

void check_c012(RuleContext& ctx) {
  for (const auto& i : ctx.plan.issues)
    if (i.evidence.empty()) ctx.report("KAP-C012", i.loc, i.id, "KAP-C012", {arg("id", i.id)});
}

void check_c013(RuleContext& ctx) {
  // The five kinds beyond money and fixed assets, in the order the message lists them.
  static constexpr std::array<AssetKind, 5> kinds{AssetKind::talent, AssetKind::information,
                                                  AssetKind::external, AssetKind::group,
                                                  AssetKind::partner};
  std::array<bool, kAssetKindNames.size()> seen{};
  for (const auto& a : ctx.plan.assets)
    if (a.kind) seen[static_cast<std::size_t>(*a.kind)] = true;
  if (!ctx.plan.people.empty()) seen[static_cast<std::size_t>(AssetKind::talent)] = true;
  std::string missing;
  for (AssetKind k : kinds) {
    if (seen[static_cast<std::size_t>(k)]) continue;
    if (!missing.empty()) missing += ", ";
    missing += name(k);
  }
  if (!missing.empty()) report_plan(ctx, "KAP-C013", "KAP-C013", {arg("kinds", missing)});
}

void check_c014(RuleContext& ctx) {
  // With no environment at all KAP-C001 already says so.
  if (!has_section(ctx.plan, "environment")) return;
  bool core = std::any_of(ctx.plan.segments.begin(), ctx.plan.segments.end(), [](const Segment& s) {
    return s.priority && *s.priority == SegmentPriority::core;
  });
  if (!core) report_plan(ctx, "KAP-C014", "KAP-C014", {});
}

void check_c015(RuleContext& ctx) {
  for (const auto& f : ctx.plan.factors)
    if (f.sources.empty())
      ctx.report("KAP-C015", f.loc, f.id, "KAP-C015.factor", {arg("id", f.id)});
  for (const auto& s : ctx.plan.segments)
    if (s.sources.empty())
      ctx.report("KAP-C015", s.loc, s.id, "KAP-C015.segment", {arg("id", s.id)});
}

void check_c016(RuleContext& ctx) {
  const auto& h = ctx.plan.header;
  if (h.horizon && *h.horizon > 5)
    ctx.report("KAP-C016", h.horizon.loc, h.id, "KAP-C016.horizon", {arg("horizon", *h.horizon)});
  if (!h.cycle) return;
  int first = ctx.plan.first_year(), last = ctx.plan.last_year();
  for (const auto& k : ctx.plan.kpis)
    for (const auto& t : k.targets)
      if (t.year < first || t.year > last)
        ctx.report("KAP-C016", t.loc, k.id, "KAP-C016.target",
                   {arg("id", k.id), arg("year", t.year), arg("first", first), arg("last", last)});
}

void check_c017(RuleContext& ctx) {
  IdSet served;
  for (const auto& s : ctx.plan.strategies)
    for (const auto& r : s.objectives)
      served.insert(r.id);
  for (const auto& o : ctx.plan.objectives)
    if (!o.id.empty() && !served.contains(o.id))
      ctx.report("KAP-C017", o.loc, o.id, "KAP-C017", {arg("id", o.id)});
}

void check_c018(RuleContext& ctx) {
  if (!ctx.plan.header.cycle) return;
  const int cycle = *ctx.plan.header.cycle;
  const int max_age = ctx.config.evidence_max_age;
  // Fresh: dated on or after 1 January of `max_age` years before the cycle, so a source
  // exactly `max_age` years older than the cycle's first day passes (decision 65).
  const Date limit{cycle - max_age, 1, 1};
  struct Citation {
    std::size_t count = 0;
    std::string_view first;
  };
  std::unordered_map<std::string_view, Citation> cited;
  auto cite = [&](const std::vector<Ref>& refs, std::string_view by) {
    for (const auto& r : refs) {
      auto& c = cited[r.id];
      if (c.count++ == 0) c.first = by;
    }
  };
  for (const auto& f : ctx.plan.factors)
    cite(f.sources, f.id);
  for (const auto& s : ctx.plan.segments)
    cite(s.sources, s.id);
  for (const auto& c : ctx.plan.competitors)
    cite(c.sources, c.id);
  for (const auto& src : ctx.plan.sources) {
    auto it = cited.find(src.id);
    if (src.id.empty() || it == cited.end()) continue;
    std::vector<Arg> args{arg("id", src.id), arg("first", it->second.first),
                          arg("count", it->second.count), arg("cycle", cycle)};
    if (!src.date) {
      ctx.report("KAP-C018", src.loc, src.id, "KAP-C018.undated", std::move(args));
    } else if (*src.date < limit) {
      args.push_back(arg("date", format_date(*src.date)));
      args.push_back(arg("max", max_age));
      args.push_back(arg("limit", format_date(limit)));
      ctx.report("KAP-C018", src.date.loc, src.id, "KAP-C018", std::move(args));
    }
  }
}

void check_c019(RuleContext& ctx) {
  std::unordered_set<std::string_view> shared;
  for (const auto& c : ctx.plan.competitors)
    for (const auto& sh : c.share)
      shared.insert(sh.name);
  for (const auto& s : ctx.plan.segments) {
    if (s.id.empty() || !s.priority) continue;
    if (*s.priority != SegmentPriority::core && *s.priority != SegmentPriority::grow) continue;
    bool researched = std::any_of(s.sources.begin(), s.sources.end(), [&](const Ref& r) {
      const IdEntry* e = ctx.plan.find(r.id);
      if (!e || e->kind != EntityKind::source) return false;
      const Source& src = ctx.plan.sources[e->index];
      return src.kind && (*src.kind == SourceKind::survey || *src.kind == SourceKind::interview);
    });
    bool shares = shared.contains(s.id);
    if (researched && shares) continue;
    const char* key = !researched && !shares ? "KAP-C019.both"
                      : shares               ? "KAP-C019.research"
                                             : "KAP-C019.share";
    ctx.report("KAP-C019", s.loc, s.id, key, {arg("id", s.id), arg("priority", name(*s.priority))});
  }
}

// Each row: the rule, its check, and what its findings depend on (RuleCheck::needs).
constexpr RuleCheck kCompletenessChecks[] = {
    {"KAP-C001", check_c001, "{section}", Over::section},
    {"KAP-C002", check_c002, "assumptions", Over::section},
    {"KAP-C003", check_c003},
    {"KAP-C004", check_c004, "capabilities.benchmark"},
    {"KAP-C005", check_c005, "objectives.addresses"},
    {"KAP-C006", check_c006, "objectives.aligns_to"},
    {"KAP-C007", check_c007, "objectives.perspective", Over::section},
    {"KAP-C008", check_c008, "kpis.weight kpis.objective objectives.perspective", Over::section},
    {"KAP-C009", check_c009, "strategies.basis"},
    {"KAP-C010", check_c010, "strategies.kind", Over::section},
    {"KAP-C011", check_c011},
    {"KAP-C012", check_c012, "issues.evidence"},
    {"KAP-C013", check_c013, "resources.assets.kind", Over::section},
    {"KAP-C014", check_c014, "environment.segments.priority", Over::section},
    {"KAP-C015", check_c015, "environment.factors.sources environment.segments.sources"},
    {"KAP-C016", check_c016},
    {"KAP-C017", check_c017},
    {"KAP-C018", check_c018, "environment.sources.date"},
    {"KAP-C019", check_c019, "environment.segments.priority environment.segments.sources"},
};

constexpr MessageText kCompletenessMessages[] = {
    {"KAP-C001", "required section `{section}` is missing or has no entries",
     "缺少必备部分 `{section}`：该部分没有出现或没有任何条目"},
    {"KAP-C002",
     "the plan states no assumptions: list the premises its targets rely on under `assumptions`",
     "规划没有写明任何基本假设：请在 `assumptions` 中列出目标所依赖的前提"},
    {"KAP-C003",
     "environment factor `{id}` is cited by no issue's `evidence` and no strategy's `basis`",
     "外部环境因素 `{id}` 既没有被任何战略问题的 `evidence` 引用，也没有被任何实施战略的 `basis` "
     "引用"},
    {"KAP-C004", "capability `{id}` has no `benchmark`: its rating is compared against nothing",
     "内部资源能力 `{id}` 没有 `benchmark`，评价缺少对标"},
    {"KAP-C005", "objective `{id}` addresses no issue: `addresses` is missing or empty",
     "战略目标 `{id}` 没有针对任何战略问题：`addresses` 缺失或为空"},
    {"KAP-C006", "objective `{id}` is not aligned to a group indicator: it has no `aligns_to`",
     "战略目标 `{id}` 没有对接集团考核指标：缺少 `aligns_to`"},
    {"KAP-C007", "no objective in the `{perspective}` perspective of the balanced scorecard",
     "平衡计分卡的“{perspective|zh}”维度没有任何战略目标"},
    {"KAP-C008",
     "financial KPIs carry {share} of the top-level weight ({financial} of {total}), more than 60%",
     "财务类顶层指标的权重合计 {financial}，占顶层指标总权重 {total} 的 {share}，超过 60%"},
    {"KAP-C009",
     "market strategy `{id}` cites no customer segment and no competitor in its `basis`",
     "市场战略 `{id}` 的 `basis` 中既没有客户群，也没有竞争对手"},
    {"KAP-C010",
     "no strategy of kind `internal`: the plan makes no internal management improvement",
     "没有 `kind` 为 `internal` 的实施战略：规划缺少内部管理改进"},
    {"KAP-C011", "strategy `{id}` has no action: it needs at least one in the cycle year {year}",
     "实施战略 `{id}` 没有任何行动计划：规划年度 {year} 至少需要一项"},
    {"KAP-C011.outside",
     "strategy `{id}` has no action in the cycle year {year} ({count} outside it)",
     "实施战略 `{id}` 在规划年度 {year} 没有行动计划（另有 {count} 项在该年度之外）"},
    {"KAP-C012", "issue `{id}` cites no evidence: `evidence` is missing or empty",
     "战略问题 `{id}` 没有引用任何依据：`evidence` 缺失或为空"},
    {"KAP-C013", "resource kinds never considered: {kinds}",
     "规划中完全没有考虑以下几类资源：{kinds|zh}"},
    {"KAP-C014", "no customer segment has `priority: core`",
     "没有任何客户群的 `priority` 为 `core`，规划没有确定核心客户群"},
    {"KAP-C015.factor", "environment factor `{id}` cites no source: `sources` is missing or empty",
     "外部环境因素 `{id}` 没有引用任何调研来源：`sources` 缺失或为空"},
    {"KAP-C015.segment", "customer segment `{id}` cites no source: `sources` is missing or empty",
     "客户群 `{id}` 没有引用任何调研来源：`sources` 缺失或为空"},
    {"KAP-C016.horizon", "the horizon of {horizon} years is longer than 5 years",
     "规划期为 {horizon} 年，超过 5 年"},
    {"KAP-C016.target", "KPI `{id}` has a target for {year}, outside the horizon {first}–{last}",
     "指标 `{id}` 有 {year} 年的目标，超出了规划期 {first}–{last} 年"},
    {"KAP-C017", "objective `{id}` is named in no strategy's `objectives`: no strategy serves it",
     "战略目标 `{id}` 没有出现在任何实施战略的 `objectives` 中，没有战略支撑它"},
    {"KAP-C018",
     "source `{id}` is dated {date}, more than {max} year(s) before the cycle {cycle} (older "
     "than {limit}); {count} factor(s), segment(s) or competitor(s) cite it, the first `{first}`",
     "调研来源 `{id}` 的日期为 {date}，比规划年度 {cycle} 早了 {max} 年以上（早于 "
     "{limit}）；有 {count} 个环境因素、客户群或竞争对手引用它，第一个是 `{first}`"},
    {"KAP-C018.undated",
     "source `{id}` has no `date`, so its age against the cycle {cycle} is unknown; {count} "
     "factor(s), segment(s) or competitor(s) cite it, the first `{first}`",
     "调研来源 `{id}` 没有 `date`，无法判断它距规划年度 {cycle} 是否过久；有 {count} "
     "个环境因素、客户群或竞争对手引用它，第一个是 `{first}`"},
    {"KAP-C019.share",
     "{priority} segment `{id}` has no competitor share: no competitor's `share` names it",
     "{priority|zh}客户群 `{id}` 没有竞争对手的市场份额：没有任何竞争对手的 `share` 写到它"},
    {"KAP-C019.research",
     "{priority} segment `{id}` cites no source of kind `survey` or `interview` in its `sources`",
     "{priority|zh}客户群 `{id}` 的 `sources` 中没有 `survey` 或 `interview` "
     "类来源（市场调查和问卷访谈）"},
    {"KAP-C019.both",
     "{priority} segment `{id}` has no competitor share and cites no source of kind `survey` or "
     "`interview`",
     "{priority|zh}客户群 `{id}` 既没有竞争对手的市场份额，也没有引用 `survey` 或 `interview` "
     "类来源（市场调查和问卷访谈）"},
};

} // namespace

std::span<const RuleCheck> completeness_checks() {
  return kCompletenessChecks;
}

std::span<const MessageText> completeness_messages() {
  return kCompletenessMessages;
}

} // namespace kaplan::rules
