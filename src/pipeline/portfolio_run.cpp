// SPDX-License-Identifier: MIT
#include "kaplan/pipeline/portfolio_run.hpp"

#include "kaplan/rules/rules.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <map>
#include <string_view>

namespace kaplan {
namespace {

// The plan id an actuals file names (`actuals: plan:`), read through the loader; nullopt
// when the file cannot be read or names none.
std::optional<std::string> plan_named(const std::string& path, const RunOptions& options) {
  SourceSet scratch;
  std::vector<std::string> one{path};
  ActualsLoad load = load_actuals(one, scratch, options.load);
  if (load.actuals.headers.empty() || !load.actuals.headers.front().plan.set) return std::nullopt;
  return load.actuals.headers.front().plan.value.id;
}

void shift(Finding& f, std::uint32_t offset) {
  f.loc.file += offset;
  for (auto& r : f.related)
    r.loc.file += offset;
}

} // namespace

Portfolio run_portfolio(const std::vector<std::string>& paths,
                        const std::vector<std::string>& actuals_files, const RunOptions& options) {
  Portfolio out;
  out.plans.resize(paths.size());
  std::optional<WorkPool> own_pool; // a caller without a pool: one thread
  if (!options.load.pool) own_pool.emplace(1);
  WorkPool& pool = options.load.pool ? *options.load.pool : *own_pool;

  // Which plan each actuals file is for, read on the pool, joined in path order.
  std::vector<std::optional<std::string>> named(actuals_files.size());
  pool.run_all(actuals_files.size(),
               [&](std::size_t i) { named[i] = plan_named(actuals_files[i], options); });
  for (std::size_t i = 0; i < actuals_files.size(); ++i)
    if (!named[i])
      throw StopError{
          "stop.portfolio-actuals-no-plan", {arg("path", text::one_line(actuals_files[i]))}, {}};

  // Each plan's own run, a task each: its own SourceSet, joined below in path order.
  std::vector<SourceSet> sources(paths.size());
  pool.run_all(paths.size(), [&](std::size_t i) {
    try {
      out.plans[i].run = validate_plan(paths[i], sources[i], options);
    } catch (const StopError& e) {
      out.plans[i].stop = e;
    }
  });

  // The actuals files go to the first plan of the id they name.
  std::map<std::string, std::size_t, std::less<>> by_id;
  for (std::size_t i = 0; i < out.plans.size(); ++i)
    if (out.plans[i].run && !out.plans[i].run->unreadable)
      by_id.emplace(out.plans[i].run->plan.header.id, i);
  for (std::size_t i = 0; i < actuals_files.size(); ++i) {
    auto it = by_id.find(*named[i]);
    if (it == by_id.end())
      throw StopError{"stop.portfolio-actuals-unknown-plan",
                      {arg("path", text::one_line(actuals_files[i])),
                       arg("plan", text::one_line(*named[i])), arg("count", by_id.size())},
                      {}};
    out.plans[it->second].actuals_paths.push_back(actuals_files[i]);
  }

  // The plan chain, while each plan's places are in its own SourceSet.
  {
    std::vector<PlanRun*> chain;
    for (auto& p : out.plans)
      if (p.run) chain.push_back(&*p.run);
    check_plan_chain(chain, options);
  }

  // Scores and actuals, a task per plan again.
  pool.run_all(out.plans.size(), [&](std::size_t i) {
    PortfolioPlan& p = out.plans[i];
    if (!p.run || p.run->unreadable) return;
    p.quality = score_quality(p.run->plan, p.run->config, p.run->findings);
    if (p.actuals_paths.empty()) return;
    p.actuals = load_checked_actuals(*p.run, p.actuals_paths, sources[i], options);
    if (!p.actuals->loaded.unreadable && p.actuals->loaded.actuals.has_period)
      p.performance = score_performance(p.run->plan, p.actuals->loaded.actuals, p.run->config);
  });

  // One SourceSet for the invocation: each plan's files move by an offset.
  for (std::size_t i = 0; i < out.plans.size(); ++i) {
    PortfolioPlan& p = out.plans[i];
    p.file_offset = static_cast<std::uint32_t>(out.sources.files.size());
    for (auto& file : sources[i].files)
      out.sources.add(std::move(file));
    out.sources.include_patterns.insert(out.sources.include_patterns.end(),
                                        sources[i].include_patterns.begin(),
                                        sources[i].include_patterns.end());
    if (!p.run) continue;
    for (auto& f : p.run->findings)
      shift(f, p.file_offset);
    p.run->plan.root_file += p.file_offset;
    if (p.actuals)
      for (auto& f : p.actuals->findings)
        shift(f, p.file_offset);
  }

  for (std::size_t i = 0; i < out.plans.size(); ++i) {
    const PortfolioPlan& p = out.plans[i];
    if (!p.run || p.run->unreadable) continue;
    out.members.push_back(
        {&p.run->plan, p.performance ? &*p.performance : nullptr, p.run->config.cascade_tolerance});
    out.member_plan.push_back(i);
  }
  out.rebuilt = rebuild_parent_kpis(out.members);
  out.ranking = rank_derived(out.members);

  // Numbers reported twice (KAP-P009): the parent's figure against its derived plans'.
  std::vector<std::vector<Finding>> reported_twice(out.plans.size());
  for (const auto& r : out.rebuilt) {
    if (!r.disagrees) continue;
    std::size_t pi = out.member_plan[r.parent];
    const PortfolioPlan& parent = out.plans[pi];
    std::vector<rules::ReportedPart> parts;
    for (const auto& part : r.parts) {
      std::size_t di = out.member_plan[part.member];
      const PortfolioPlan& d = out.plans[di];
      const KpiPerformance* kp = d.performance ? d.performance->find(part.kpi) : nullptr;
      // Its actuals entry; a rolled-up actual has none: the derived KPI's `derives`.
      Location loc = kp && kp->own ? kp->own->value.loc : d.run->plan.kpis[part.kpi].derives.loc;
      loc.file += d.file_offset;
      parts.push_back(
          {d.run->plan.header.id, d.run->plan.kpis[part.kpi].id, part.actual.value_or(0), loc});
    }
    Location at = r.reported->value.loc;
    at.file += parent.file_offset;
    reported_twice[pi].push_back(
        rules::reported_twice_finding(parent.run->plan, parent.run->plan.kpis[r.kpi], at,
                                      r.reported->value.value, r.rebuilt.value_or(0), parts));
  }
  for (std::size_t i = 0; i < out.plans.size(); ++i) {
    PortfolioPlan& p = out.plans[i];
    if (p.stop) {
      out.status = std::max(out.status, 2);
      continue;
    }
    if (p.run->unreadable) out.status = std::max(out.status, 2);
    std::vector<Finding> mine = p.actuals ? p.actuals->findings : std::vector<Finding>{};
    if (!reported_twice[i].empty()) {
      finish_findings(p.run->plan, p.run->config, options.today, reported_twice[i]);
      mine.insert(mine.end(), reported_twice[i].begin(), reported_twice[i].end());
      std::stable_sort(mine.begin(), mine.end(), finding_less);
      if (p.actuals) p.actuals->findings = mine;
    }
    if (p.actuals && p.actuals->loaded.unreadable) out.status = std::max(out.status, 2);
    out.status = std::max(out.status, exit_status_for(mine, p.run->config.fail_on));
    out.findings.insert(out.findings.end(), mine.begin(), mine.end());
  }
  return out;
}

} // namespace kaplan
