// SPDX-License-Identifier: MIT
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/rules/rules.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace kaplan {

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
  findings_.push_back(std::move(f));
}

RuleContext::~RuleContext() {
  findings_.close(plan.header.loc.line ? plan.header.loc : Location{plan.root_file, 1, 1},
                  plan.header.id);
}

namespace {

bool enabled(const Config& config, std::string_view rule) {
  auto it = config.rules.find(std::string(rule));
  return it == config.rules.end() || it->second.has_value();
}

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
                    std::vector<Finding>& findings) {
  RuleContext ctx(plan, config, today, findings);
  for (auto family : {rules::completeness_checks, rules::cascade_checks, rules::feasibility_checks,
                      rules::governance_checks})
    for (const auto& check : family())
      if (enabled(config, check.id)) check.check(ctx);
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
    if (!enabled(config, "KAP-S012")) break;
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
