// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/actuals.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/finding_cap.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/util/work_pool.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {

class RuleContext;

// Which entities' value a rule's finding depends on (RuleCheck::needs).
enum class Over : std::uint8_t {
  entity,  // the value of the entity the finding names: "objectives.addresses" of that objective
  section, // the value of any entity of the section: a sum, a count or a "none of them"
};

// One rule's check. A family file holds a table of these; a new rule is one row plus
// its function (and its catalogue entry and messages).
struct RuleCheck {
  std::string_view id;
  void (*check)(RuleContext&);
  // One mistake, one finding (issue #18): the values the check's findings depend on, as
  // paths of keys separated by spaces ("kpis.weight"); `{name}` stands for the finding's
  // argument of that name ("{section}"). A finding whose value a structure finding left
  // unknown (Finding::unknown: the same value, a field of it or a section around it,
  // on the same entity or, with Over::section, on any) is left out and counted on that
  // structure finding instead. Empty: the check depends on nothing a typo can hide.
  std::string_view needs = {};
  Over over = Over::entity;
  // The check builds an analysis that others share (the load calendar, the budget, the
  // cascade): when the checks run at once it is started before the others, so that the
  // longest work does not come last. The findings stay in check order either way.
  bool first = false;
};

// What the checks of one run share: the plan, the configuration, today's date, the
// analyses they compute once, and the structure findings that hide theirs. The checks
// may run at once on a work pool: each reports into its own RuleContext, and merge()
// takes their findings in check order, so the result is the same for any number of
// threads. Each rule lists at most kFindingsPerRule findings per run
// (model/finding_cap.hpp); close() adds one finding per rule over it, on the plan.
class RuleRun {
public:
  // The structure findings already in `findings` that left values unknown are noted:
  // the checks skip the findings that depend on those values. Findings are appended
  // to `findings` by merge() and close().
  RuleRun(const Plan& p, const Config& c, Date d, std::vector<Finding>& findings);
  RuleRun(const RuleRun&) = delete;
  RuleRun& operator=(const RuleRun&) = delete;

  const Plan& plan;
  const Config& config;
  const Date today;

  // An analysis computed once per run and shared by the checks that need it (the
  // cascade tree, the load calendar): `make` runs the first time `key` is asked for.
  // Safe from several threads: one makes it, the others wait for it.
  template <class T, class F>
  const T& memo(std::string_view key, F&& make) {
    Memo* entry = nullptr;
    {
      std::lock_guard lock(memo_mutex_);
      auto it = cache_.find(key);
      if (it == cache_.end()) it = cache_.emplace(std::string(key), std::make_unique<Memo>()).first;
      entry = it->second.get();
    }
    std::lock_guard lock(entry->mutex);
    if (!entry->value) entry->value = std::make_shared<T>(make());
    return *static_cast<const T*>(entry->value.get());
  }

  // Whether the configuration leaves `rule` on.
  bool enabled(std::string_view rule) const;

  // Appends what one check's context collected. Called for the checks in their order.
  void merge(RuleContext& ctx);
  // Appends, for each rule over the limit, how many of its findings were left out.
  void close();

private:
  friend class RuleContext;
  // The structure findings that left one path unknown, as indexes in all_ (reading
  // order): the first of all, the first on no entity, the first on each entity.
  struct Unknown {
    std::size_t first = 0;
    std::optional<std::size_t> first_whole;
    std::map<std::string, std::size_t, std::less<>> by_entity; // own copies: all_ grows
  };
  struct Memo {
    std::mutex mutex;
    std::shared_ptr<void> value;
  };
  std::vector<Finding>& all_;
  std::map<std::string, Unknown, std::less<>> unknowns_; // by path; O(log n) a lookup
  CappedFindings findings_;
  std::mutex memo_mutex_;
  std::map<std::string, std::unique_ptr<Memo>, std::less<>> cache_;
};

// What one check sees: the run's plan, configuration and date, and where its findings
// go (kept here until RuleRun::merge takes them).
class RuleContext {
public:
  // The context of `check` (its `needs` apply to the findings reported), or of checks
  // with no `needs` (nullptr).
  RuleContext(RuleRun& run, const RuleCheck* check);
  RuleContext(const RuleContext&) = delete;
  RuleContext& operator=(const RuleContext&) = delete;

  const Plan& plan;
  const Config& config;
  const Date today;

  // Records a finding of `rule` with its default severity; `key` is the message key
  // (the rule id itself, or "RULE.variant").
  void report(std::string_view rule, Location loc, std::string entity, std::string key,
              std::vector<Arg> args);
  // Same, with a related location (e.g. where the other half of a conflict is).
  void report(std::string_view rule, Location loc, std::string entity, std::string key,
              std::vector<Arg> args, std::vector<Related> related);

  // The run's shared analysis `key` (RuleRun::memo).
  template <class T, class F>
  const T& memo(std::string_view key, F&& make) {
    return run_.template memo<T>(key, std::forward<F>(make));
  }

private:
  friend class RuleRun;
  // The structure finding (an index in the run's findings) that left unknown a value `f`
  // depends on; the key of the skipped checks' term goes to `term`.
  std::optional<std::size_t> hidden_by(const Finding& f, std::string& term) const;

  RuleRun& run_;
  const RuleCheck* current_ = nullptr;
  std::vector<Finding> found_;
  CappedFindings capped_{found_};
  // The findings left out because a structure finding hid them: (its index, term).
  std::vector<std::pair<std::size_t, std::string>> skipped_;
};

// Runs check(i, context) for each i < n, each in a context of its own that `spec(i)`
// (the check's RuleCheck, or nullptr) describes: at once on `pool` when it has threads,
// the checks marked `first` started before the others; then merges the contexts into
// `run` in index order, so the findings are the same however the checks ran.
template <class Spec, class Check>
void run_in_contexts(RuleRun& run, WorkPool* pool, std::size_t n, Spec spec, Check check) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
    const RuleCheck* c = spec(i);
    return c && c->first;
  });
  std::vector<std::unique_ptr<RuleContext>> contexts(n);
  for_each_index(pool, n, [&](std::size_t k) {
    const std::size_t i = order[k];
    auto ctx = std::make_unique<RuleContext>(run, spec(i));
    check(i, *ctx);
    contexts[i] = std::move(ctx);
  });
  for (auto& ctx : contexts)
    run.merge(*ctx);
}

namespace rules {
// One plan of an invocation, for the P rules (the plan chain).
struct ChainPlan {
  const Plan* plan = nullptr;
  const Config* config = nullptr;
  std::string root_path;   // the plan as named (a root file, or a folder holding plan.yaml)
  bool unreadable = false; // its findings are structural only: named, never checked against
};

// Runs the P rules over the plans of one invocation, in path order: `out[i]` receives the
// findings of plans[i] (places in that plan's own files), with default severities; the
// configuration and `ignore:` entries are applied by finish_findings.
void run_chain_rules(std::span<const ChainPlan> plans, std::vector<std::vector<Finding>>& out);

// One derived plan's figure in a KPI reported twice (KAP-P009).
struct ReportedPart {
  std::string plan, kpi; // the derived plan's id and its KPI's
  double value = 0;
  Location loc; // its actuals entry's value (or the KPI's `derives` when rolled up)
};
// KAP-P009: the higher plan's reported actual of `kpi` (at `at`) is not what its derived
// plans' actuals add up to (`rebuilt`); places in the invocation's one SourceSet.
Finding reported_twice_finding(const Plan& parent, const Kpi& kpi, Location at, double reported,
                               double rebuilt, std::span<const ReportedPart> parts);

// The checks of each family, each table in its family's file.
std::span<const RuleCheck> completeness_checks();
std::span<const RuleCheck> cascade_checks();
std::span<const RuleCheck> feasibility_checks();
std::span<const RuleCheck> governance_checks();
} // namespace rules

// Runs the T rules (KAP-T001..T006) over a plan and its actuals, appending findings.
// Separate from run_plan_rules: they apply only when actuals are given (`score`,
// `report`, `rollforward`). Rules switched off in the configuration are skipped. With a
// pool of several threads the checks run at once; the findings are the same.
void run_actuals_rules(const Plan& plan, const Actuals& actuals, const Config& config, Date today,
                       std::vector<Finding>& findings, WorkPool* pool = nullptr);

// Runs every enabled plan rule (C, K, R, G) over a loaded plan, appending findings.
// With a pool of several threads the checks run at once; the findings are the same.
void run_plan_rules(const Plan& plan, const Config& config, Date today,
                    std::vector<Finding>& findings, WorkPool* pool = nullptr);

// Applies the configuration's severities (dropping rules switched off) and the plan's
// `ignore:` entries (marking findings suppressed; an expired suppression no longer
// applies and adds a KAP-S012 warning), then sorts findings by file, line, column, rule.
void finish_findings(const Plan& plan, const Config& config, Date today,
                     std::vector<Finding>& findings);

// The id of the entity suppressions are looked up on: the entity the finding names.
// Sorting order of findings, used by every renderer.
bool finding_less(const Finding& a, const Finding& b);

} // namespace kaplan
