// SPDX-License-Identifier: MIT
#include "kaplan/model/messages.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/rules/rules.hpp"

#include <algorithm>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace kaplan {

RuleContext::RuleContext(RuleRun& run, const RuleCheck* check)
    : plan(run.plan), config(run.config), today(run.today), run_(run), current_(check) {}

void RuleContext::report(std::string_view rule, Location loc, std::string entity, std::string key,
                         std::vector<Arg> args) {
  report(rule, loc, std::move(entity), std::move(key), std::move(args), {});
}

void RuleContext::report(std::string_view rule, Location loc, std::string entity, std::string key,
                         std::vector<Arg> args, std::vector<Related> related) {
  Finding f;
  f.rule = std::string(rule);
  const RuleInfo* info = find_rule(rule);
  f.severity = info ? info->severity : Severity::error;
  f.loc = loc;
  f.entity = std::move(entity);
  f.message_key = std::move(key);
  f.args = std::move(args);
  f.related = std::move(related);
  std::string term;
  if (auto cause = hidden_by(f, term)) {
    skipped_.emplace_back(*cause, std::move(term));
    return;
  }
  capped_.push_back(std::move(f));
}

namespace {

bool rule_on(const Config& config, std::string_view rule) {
  auto it = config.rules.find(std::string(rule));
  return it == config.rules.end() || it->second.has_value();
}

std::string_view last_key(std::string_view path) {
  auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

} // namespace

RuleRun::RuleRun(const Plan& p, const Config& c, Date d, std::vector<Finding>& findings)
    : plan(p), config(c), today(d), all_(findings), findings_(findings) {
  // A structure finding switched off in the configuration hides nothing: it is not shown.
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (f.unknown.empty() || !rule_on(c, f.rule)) continue;
    auto [it, added] = unknowns_.try_emplace(f.unknown);
    Unknown& u = it->second;
    if (added) u.first = i;
    if (f.entity.empty() && !u.first_whole) u.first_whole = i;
    if (!f.entity.empty()) u.by_entity.try_emplace(f.entity, i);
  }
}

bool RuleRun::enabled(std::string_view rule) const {
  return rule_on(config, rule);
}

void RuleRun::merge(RuleContext& ctx) {
  for (auto& [cause, term] : ctx.skipped_) {
    Finding& f = all_[cause];
    if (f.skipped++ == 0) f.skipped_key = std::move(term);
  }
  for (auto& f : ctx.found_)
    findings_.push_back(std::move(f));
  for (const auto& [rule, count] : ctx.capped_.counts())
    if (count > kFindingsPerRule) findings_.count_left_out(rule, count - kFindingsPerRule);
  ctx.found_.clear();
  ctx.skipped_.clear();
}

void RuleRun::close() {
  findings_.close(plan.header.loc.line ? plan.header.loc : Location{plan.root_file, 1, 1},
                  plan.header.id);
}

// The structure finding that hid `f`: the first, in reading order, that left unknown
// what a `need` of the check is made of (a path inside it), the need itself or what
// holds it (a path around it: a section, an entry). With Over::entity, only on f's
// entity, or on none when a whole section around the need is unknown. O(log n) per
// need and path depth: the paths are the plan format's, a few dozen. Reads only what
// the run noted before the checks started, so checks may ask at once.
std::optional<std::size_t> RuleContext::hidden_by(const Finding& f, std::string& term) const {
  const auto& unknowns = run_.unknowns_;
  if (!current_ || current_->needs.empty() || unknowns.empty()) return std::nullopt;
  const bool by_entity = current_->over == Over::entity;
  std::optional<std::size_t> best;
  auto consider = [&](const RuleRun::Unknown& u, bool whole_ok, std::string_view key) {
    std::optional<std::size_t> i;
    if (!by_entity) {
      i = u.first;
    } else {
      if (!f.entity.empty())
        if (auto it = u.by_entity.find(f.entity); it != u.by_entity.end()) i = it->second;
      if (whole_ok && u.first_whole && (!i || *u.first_whole < *i)) i = u.first_whole;
    }
    if (i && (!best || *i < *best)) {
      best = i;
      term = std::string(last_key(key));
    }
  };
  std::string_view needs = current_->needs;
  while (!needs.empty()) {
    auto space = needs.find(' ');
    std::string_view token = needs.substr(0, space);
    needs = space == std::string_view::npos ? std::string_view{} : needs.substr(space + 1);
    if (token.empty()) continue;
    const std::string need = substitute(token, f.args);
    // The need itself and every path around it ("a.b.c", "a.b", "a").
    for (std::string_view around = need; !around.empty();) {
      if (auto it = unknowns.find(around); it != unknowns.end())
        consider(it->second, around.size() < need.size(), around);
      auto dot = around.rfind('.');
      around = dot == std::string_view::npos ? std::string_view{} : around.substr(0, dot);
    }
    // The paths inside it ("a.b.c.x").
    const std::string inside = need + ".";
    for (auto it = unknowns.lower_bound(inside);
         it != unknowns.end() && std::string_view(it->first).starts_with(inside); ++it)
      consider(it->second, false, need);
  }
  return best;
}

namespace {

// Collects every entity's suppressions by id, so each finding is matched in O(1).
struct SuppressionIndex {
  std::unordered_map<std::string_view, const std::vector<Suppression>*> by_entity;

  template <class E>
  void add_all(const std::vector<E>& list) {
    for (const auto& e : list)
      if (!e.id.empty() && !e.ignore.empty()) by_entity.emplace(e.id, &e.ignore);
  }

  explicit SuppressionIndex(const Plan& p) {
    if (!p.header.id.empty() && !p.header.ignore.empty())
      by_entity.emplace(p.header.id, &p.header.ignore);
    add_all(p.units);
    add_all(p.people);
    add_all(p.assumptions);
    add_all(p.factors);
    add_all(p.segments);
    add_all(p.competitors);
    add_all(p.sources);
    add_all(p.capabilities);
    add_all(p.issues);
    add_all(p.objectives);
    add_all(p.kpis);
    add_all(p.strategies);
    add_all(p.assets);
    add_all(p.actions);
    add_all(p.decisions);
    add_all(p.reviews);
  }
};

} // namespace

void run_plan_rules(const Plan& plan, const Config& config, Date today,
                    std::vector<Finding>& findings, WorkPool* pool) {
  RuleRun run(plan, config, today, findings);
  std::vector<const RuleCheck*> checks;
  for (auto family : {rules::completeness_checks, rules::cascade_checks, rules::feasibility_checks,
                      rules::governance_checks})
    for (const auto& check : family())
      if (rule_on(config, check.id)) checks.push_back(&check);
  // Each check reports into a context of its own, run one after another or at once; the
  // contexts are merged in check order either way.
  run_in_contexts(
      run, pool, checks.size(), [&](std::size_t i) { return checks[i]; },
      [&](std::size_t i, RuleContext& ctx) { checks[i]->check(ctx); });
  run.close();
}

bool finding_less(const Finding& a, const Finding& b) {
  return std::tie(a.loc.file, a.loc.line, a.loc.column, a.rule, a.entity, a.message_key) <
         std::tie(b.loc.file, b.loc.line, b.loc.column, b.rule, b.entity, b.message_key);
}

void finish_findings(const Plan& plan, const Config& config, Date today,
                     std::vector<Finding>& findings) {
  // Severities and switches from the configuration.
  std::vector<Finding> kept;
  kept.reserve(findings.size());
  for (auto& f : findings) {
    auto it = config.rules.find(f.rule);
    if (it != config.rules.end()) {
      if (!it->second) continue;
      f.severity = *it->second;
    }
    kept.push_back(std::move(f));
  }
  findings = std::move(kept);

  // Suppressions written on the entities.
  SuppressionIndex index(plan);
  std::vector<const Suppression*> expired;
  for (auto& f : findings) {
    if (f.entity.empty()) continue;
    auto it = index.by_entity.find(f.entity);
    if (it == index.by_entity.end()) continue;
    for (const auto& s : *it->second) {
      if (s.rule != f.rule || s.reason.empty()) continue;
      if (s.until && *s.until < today) {
        if (std::find(expired.begin(), expired.end(), &s) == expired.end()) expired.push_back(&s);
        continue;
      }
      f.suppressed = true;
      f.suppress_reason = s.reason;
    }
  }
  for (const Suppression* s : expired) {
    if (!rule_on(config, "KAP-S012")) break;
    Finding w;
    w.rule = "KAP-S012";
    w.severity = Severity::warning;
    w.loc = s->loc;
    w.message_key = "KAP-S012.expired";
    w.args = {arg("rule", s->rule), arg("until", format_date(*s->until))};
    findings.push_back(std::move(w));
  }
  // Stable: findings at the same place keep the order the rules reported them in.
  std::stable_sort(findings.begin(), findings.end(), finding_less);
  // A finding reported twice at the same place says nothing new.
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) {
                               return a.loc == b.loc && a.rule == b.rule &&
                                      a.message_key == b.message_key && a.entity == b.entity &&
                                      a.args.size() == b.args.size() &&
                                      std::equal(a.args.begin(), a.args.end(), b.args.begin(),
                                                 [](const Arg& x, const Arg& y) {
                                                   return x.name == y.name && x.value == y.value;
                                                 });
                             }),
                 findings.end());
}

} // namespace kaplan
