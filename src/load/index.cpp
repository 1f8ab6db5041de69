// SPDX-License-Identifier: MIT
#include "kaplan/load/loader.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/model/finding_cap.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>

namespace kaplan {
namespace {

Finding make(std::string rule, Severity sev, Location loc, std::string key, std::vector<Arg> args,
             std::string entity = {}) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = sev;
  f.loc = loc;
  f.message_key = std::move(key);
  f.args = std::move(args);
  f.entity = std::move(entity);
  return f;
}

class Indexer {
public:
  Indexer(Plan& plan, std::vector<Finding>& findings) : plan_(plan), out_(findings) {}
  ~Indexer() {
    out_.close(plan_.header.loc.line ? plan_.header.loc : Location{plan_.root_file, 1, 1},
               plan_.header.id);
  }
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  void run() {
    // Every entity's id at most once: the table is sized once, never rehashed.
    const Plan& p = plan_;
    plan_.ids.reserve(1 + p.units.size() + p.people.size() + p.assumptions.size() +
                      p.factors.size() + p.segments.size() + p.competitors.size() +
                      p.sources.size() + p.capabilities.size() + p.issues.size() +
                      p.objectives.size() + p.kpis.size() + p.strategies.size() + p.assets.size() +
                      p.actions.size() + p.decisions.size() + p.reviews.size());
    define(EntityKind::plan, plan_.header, 0);
    define_all(EntityKind::unit, plan_.units);
    define_all(EntityKind::person, plan_.people);
    define_all(EntityKind::assumption, plan_.assumptions);
    define_all(EntityKind::factor, plan_.factors);
    define_all(EntityKind::segment, plan_.segments);
    define_all(EntityKind::competitor, plan_.competitors);
    define_all(EntityKind::source, plan_.sources);
    define_all(EntityKind::capability, plan_.capabilities);
    define_all(EntityKind::issue, plan_.issues);
    define_all(EntityKind::objective, plan_.objectives);
    define_all(EntityKind::kpi, plan_.kpis);
    define_all(EntityKind::strategy, plan_.strategies);
    define_all(EntityKind::asset, plan_.assets);
    define_all(EntityKind::action, plan_.actions);
    define_all(EntityKind::decision, plan_.decisions);
    define_all(EntityKind::review, plan_.reviews);
    check_references();
    check_weighted_by();
    check_header();
    check_conditional_fields();
    check_suppressions();
  }

private:
  template <class E>
  void define_all(EntityKind kind, std::vector<E>& list) {
    for (std::size_t i = 0; i < list.size(); ++i)
      define(kind, list[i], static_cast<std::uint32_t>(i));
  }

  void define(EntityKind kind, const Entity& e, std::uint32_t index) {
    if (e.id.empty()) return;
    auto [first, inserted] = plan_.ids.insert(plan_, IdEntry{kind, index, e.loc});
    if (inserted) return;
    Finding f = make("KAP-S005", Severity::error, e.loc, "KAP-S005", {arg("id", e.id)}, e.id);
    f.related.push_back({first->loc, "note.first-defined-here", {}});
    out_.push_back(std::move(f));
  }

  // Checks one reference against the kinds it may name (KAP-S006).
  void ref(const Ref& r, std::string_view field, std::initializer_list<EntityKind> kinds,
           const std::string& owner_id) {
    if (r.id.empty()) return;
    const IdEntry* found = plan_.find(r.id);
    if (found && std::find(kinds.begin(), kinds.end(), found->kind) != kinds.end()) return;
    // A finding, then: the sections the reference may name, as the message lists them.
    std::string expected;
    for (auto k : kinds)
      expected += fmt::format("{}`{}`", expected.empty() ? "" : ", ", section_of(k));
    if (!found) {
      std::vector<Arg> args{arg("field", field), arg("id", r.id), arg("expected", expected)};
      if (auto near = suggest_id(r.id, kinds)) {
        args.push_back(arg("suggestion", *near));
        out_.push_back(make("KAP-S006", Severity::error, r.loc, "KAP-S006.missing-suggest",
                            std::move(args), owner_id));
      } else {
        out_.push_back(make("KAP-S006", Severity::error, r.loc, "KAP-S006.missing", std::move(args),
                            owner_id));
      }
      return;
    }
    out_.push_back(make("KAP-S006", Severity::error, r.loc, "KAP-S006.kind",
                        {arg("field", field), arg("id", r.id),
                         arg("section", section_of(found->kind)), arg("expected", expected)},
                        owner_id));
  }

  void ref(const Field<Ref>& r, std::string_view field, std::initializer_list<EntityKind> kinds,
           const std::string& owner_id) {
    if (r.set) ref(r.value, field, kinds, owner_id);
  }

  void refs(const std::vector<Ref>& rs, std::string_view field,
            std::initializer_list<EntityKind> kinds, const std::string& owner_id) {
    for (const auto& r : rs)
      ref(r, field, kinds, owner_id);
  }

  // The nearest defined id of the expected kinds, for "did you mean"; bounded so that
  // a plan full of dangling references stays linear.
  std::optional<std::string> suggest_id(const std::string& id,
                                        std::initializer_list<EntityKind> kinds) {
    if (++suggestions_ > 50) return std::nullopt;
    if (candidates_.empty())
      for (const auto& entry : plan_.ids.entries())
        candidates_.push_back({plan_.id_of(entry.kind, entry.index), entry.kind});
    std::vector<std::string_view> names;
    for (const auto& [key, kind] : candidates_)
      for (auto k : kinds)
        if (kind == k) names.push_back(key);
    std::sort(names.begin(), names.end());
    auto near = text::suggest(id, names);
    if (!near) return std::nullopt;
    return std::string(*near);
  }

  void check_references() {
    using K = EntityKind;
    const std::string plan_id = plan_.header.id;
    ref(plan_.header.owner, "owner", {K::unit}, plan_id);
    for (const auto& u : plan_.units) {
      ref(u.parent, "parent", {K::unit}, u.id);
      ref(u.head, "head", {K::person}, u.id);
      refs(u.deputies, "deputies", {K::person}, u.id);
    }
    for (const auto& p : plan_.people)
      ref(p.unit, "unit", {K::unit}, p.id);
    for (const auto& f : plan_.factors)
      refs(f.sources, "sources", {K::source}, f.id);
    for (const auto& s : plan_.segments)
      refs(s.sources, "sources", {K::source}, s.id);
    for (const auto& c : plan_.competitors) {
      for (const auto& sh : c.share)
        ref(Ref{sh.name, sh.loc}, "share", {K::segment}, c.id);
      refs(c.sources, "sources", {K::source}, c.id);
    }
    for (const auto& c : plan_.capabilities)
      ref(c.benchmark_source, "benchmark_source", {K::competitor, K::source}, c.id);
    for (const auto& i : plan_.issues)
      refs(i.evidence, "evidence", {K::factor, K::segment, K::competitor, K::capability, K::source},
           i.id);
    for (const auto& o : plan_.objectives)
      refs(o.addresses, "addresses", {K::issue}, o.id);
    for (const auto& k : plan_.kpis) {
      ref(k.objective, "objective", {K::objective}, k.id);
      ref(k.parent, "parent", {K::kpi}, k.id);
      ref(k.unit, "unit", {K::unit}, k.id);
      ref(k.owner, "owner", {K::person}, k.id);
      ref(k.weighted_by, "weighted_by", {K::kpi}, k.id);
      refs(k.segments, "segments", {K::segment}, k.id);
    }
    for (const auto& s : plan_.strategies) {
      refs(s.objectives, "objectives", {K::objective}, s.id);
      refs(s.basis, "basis", {K::factor, K::segment, K::competitor, K::capability, K::issue}, s.id);
    }
    for (const auto& a : plan_.actions) {
      ref(a.strategy, "strategy", {K::strategy}, a.id);
      refs(a.kpis, "kpis", {K::kpi}, a.id);
      ref(a.unit, "unit", {K::unit}, a.id);
      ref(a.owner, "owner", {K::person}, a.id);
      for (const auto& m : a.team)
        ref(m.person, "person", {K::person}, a.id);
      refs(a.uses, "uses", {K::asset}, a.id);
      refs(a.depends_on, "depends_on", {K::action}, a.id);
      for (const auto& c : a.contributes)
        ref(c.kpi, "contributes", {K::kpi}, a.id);
    }
    for (const auto& d : plan_.decisions) {
      ref(d.chair, "chair", {K::person}, d.id);
      refs(d.participants, "participants", {K::unit}, d.id);
    }
    for (const auto& r : plan_.reviews) {
      ref(r.owner, "owner", {K::unit}, r.id);
      refs(r.kpis, "kpis", {K::kpi}, r.id);
    }
    for (const auto& s : plan_.signoffs) {
      ref(s.unit, "unit", {K::unit}, {});
      ref(s.by, "by", {K::person}, {});
    }
  }

  // `weighted_by` (decision 55): only on `rollup: mean`, never the KPI itself, and the
  // weighting KPI has a child in the unit of each child of the weighted one.
  void check_weighted_by() {
    std::unordered_map<std::string_view, std::vector<const Kpi*>> children;
    bool any = false;
    for (const auto& k : plan_.kpis)
      any = any || k.weighted_by.set;
    if (!any) return;
    for (const auto& k : plan_.kpis)
      if (k.parent.set) children[k.parent->id].push_back(&k);
    for (const auto& k : plan_.kpis) {
      if (!k.weighted_by.set) continue;
      const Ref& w = k.weighted_by.value;
      const Rollup rollup = k.rollup.set ? k.rollup.value : Rollup::sum;
      if (rollup != Rollup::mean) {
        out_.push_back(make("KAP-S007", Severity::error, w.loc, "KAP-S007.weighted-by-rollup",
                            {arg("id", k.id), arg("rollup", name(rollup))}, k.id));
        continue;
      }
      const Kpi* weighting = plan_.kpi(w.id);
      if (!weighting) continue; // KAP-S006 above
      if (weighting == &k) {
        out_.push_back(make("KAP-S007", Severity::error, w.loc, "KAP-S007.weighted-by-self",
                            {arg("id", k.id)}, k.id));
        continue;
      }
      auto own = children.find(k.id);
      if (own == children.end()) continue;
      std::unordered_set<std::string_view> units;
      if (auto theirs = children.find(weighting->id); theirs != children.end())
        for (const Kpi* wc : theirs->second)
          if (wc->unit.set) units.insert(wc->unit->id);
      for (const Kpi* c : own->second) {
        if (!c->unit.set) continue; // KAP-S004
        if (units.count(c->unit->id) == 0)
          out_.push_back(make("KAP-S006", Severity::error, w.loc, "KAP-S006.weighted-by-unit",
                              {arg("id", w.id), arg("child", c->id), arg("unit", c->unit->id)},
                              k.id));
      }
    }
  }

  void check_header() {
    auto& h = plan_.header;
    if (!plan_.header_loc.line && plan_.files.size() > 0) {
      out_.push_back(make("KAP-S004", Severity::error, {plan_.root_file, 1, 1}, "KAP-S004",
                          {arg("field", "plan"), arg("what", "document")}));
    }
    if (h.horizon.set && (h.horizon.value < 1 || h.horizon.value > 10)) {
      out_.push_back(make("KAP-S007", Severity::error, h.horizon.loc, "KAP-S007.range",
                          {arg("field", "horizon"), arg("found", std::to_string(h.horizon.value)),
                           arg("range", "1 ≤ x ≤ 10")},
                          h.id));
      h.horizon = {3, h.horizon.loc, false};
    }
  }

  void check_conditional_fields() {
    for (const auto& k : plan_.kpis) {
      auto missing = [&](std::string_view field) {
        out_.push_back(make("KAP-S004", Severity::error, k.entry, "KAP-S004.kpi",
                            {arg("field", field), arg("id", k.id)}, k.id));
      };
      // A field with a location but not set was written with a bad value, already
      // reported by the reader: it is not missing.
      auto absent = [](const auto& f) { return !f.set && !f.loc.line; };
      if (k.objective.set && !k.parent.set) {
        if (absent(k.measure)) missing("measure");
        if (absent(k.weight)) missing("weight");
      }
      if (k.parent.set && !k.objective.set && absent(k.unit)) missing("unit");
    }
    for (const auto& s : plan_.strategies)
      if (s.objectives.empty() && s.objectives_loc.line)
        out_.push_back(make("KAP-S004", Severity::error, s.objectives_loc, "KAP-S004.empty-list",
                            {arg("field", "objectives"), arg("id", s.id)}, s.id));
  }

  void check_suppression_list(const std::vector<Suppression>& list, const std::string& id) {
    for (const auto& s : list) {
      const RuleInfo* rule = find_rule(s.rule); // the reader wrote known ids in full
      if (!rule) {
        out_.push_back(make("KAP-S012", Severity::warning, s.loc, "KAP-S012.unknown-rule",
                            {arg("rule", s.rule)}, id));
      } else if (s.reason.find_first_not_of(" \t\r\n") == std::string::npos) { // blank is no reason
        out_.push_back(make("KAP-S012", Severity::warning, s.loc, "KAP-S012.reason",
                            {arg("rule", s.rule)}, id));
      }
    }
  }

  template <class E>
  void check_all_suppressions(const std::vector<E>& list) {
    for (const auto& e : list) {
      if constexpr (requires { e.id; })
        check_suppression_list(e.ignore, e.id);
      else
        check_suppression_list(e.ignore, {});
    }
  }

  void check_suppressions() {
    check_suppression_list(plan_.header.ignore, plan_.header.id);
    check_all_suppressions(plan_.units);
    check_all_suppressions(plan_.people);
    check_all_suppressions(plan_.assumptions);
    check_all_suppressions(plan_.factors);
    check_all_suppressions(plan_.segments);
    check_all_suppressions(plan_.competitors);
    check_all_suppressions(plan_.sources);
    check_all_suppressions(plan_.capabilities);
    check_all_suppressions(plan_.issues);
    check_all_suppressions(plan_.objectives);
    check_all_suppressions(plan_.kpis);
    check_all_suppressions(plan_.strategies);
    check_all_suppressions(plan_.budget);
    check_all_suppressions(plan_.assets);
    check_all_suppressions(plan_.actions);
    check_all_suppressions(plan_.decisions);
    check_all_suppressions(plan_.reviews);
  }

  Plan& plan_;
  CappedFindings out_; // at most kFindingsPerRule of each rule
  int suggestions_ = 0;
  std::vector<std::pair<std::string_view, EntityKind>> candidates_;
};

} // namespace

void index_plan(Plan& plan, std::vector<Finding>& findings) {
  Indexer(plan, findings).run();
}

} // namespace kaplan
