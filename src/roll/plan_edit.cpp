// SPDX-License-Identifier: MIT
// The next cycle's files: each input file edited in place (YamlEditor), so comments, key
// order and every text the roll does not change stay byte for byte.
#include "kaplan/model/config.hpp"
#include "kaplan/pipeline/plan_run.hpp"
#include "kaplan/roll/yaml_edit.hpp"
#include "roll/roll_internal.hpp"

#include <charconv>
#include <filesystem>
#include <fmt/format.h>
#include <unordered_map>
#include <unordered_set>

namespace kaplan::roll {
namespace {

int year_of(std::string_view s) {
  int y = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  return ec == std::errc() && p == s.data() + s.size() ? y : 0;
}

// A {key: number} mapping written again in its own style, with the kept keys' text as
// it was and the values given.
std::string render_map(const YamlEditor& ed, NodeId map,
                       const std::vector<std::pair<std::string, std::string>>& pairs) {
  if (pairs.empty()) return " {}";
  const YamlTree& t = ed.tree();
  bool flow = t.nodes[map].kind != NodeKind::mapping || ed.is_flow(map);
  std::string out;
  if (flow) {
    out = " {";
    for (std::size_t i = 0; i < pairs.size(); ++i)
      out += fmt::format("{}{}: {}", i ? ", " : "", pairs[i].first, pairs[i].second);
    return out + "}";
  }
  std::string indent = ed.indent_of(t.nodes[map].first_child);
  for (const auto& [k, v] : pairs)
    out += fmt::format("{}{}{}: {}", ed.newline(), indent, k, v);
  return out;
}

// The id of an entry mapping, or empty.
std::string_view id_of(const YamlEditor& ed, NodeId item) {
  NodeId v = ed.value(item, "id");
  return ed.tree().is_scalar(v) ? ed.tree().text(v) : std::string_view{};
}

struct Context {
  const Plan& plan;
  const Rollforward& roll;
  const RollOptions& options;
  std::unordered_map<std::string_view, const KpiRoll*> kpis;
  std::unordered_map<std::string_view, const ActionRoll*> actions;
  std::unordered_set<std::string_view> left_out;
  std::size_t budget_removed = 0, decisions = 0, signoffs = 0, dependencies = 0;
};

void edit_header(YamlEditor& ed, NodeId root, Context& c) {
  NodeId header = ed.value(root, "plan");
  if (header == kNoNode || ed.tree().at(header).kind != NodeKind::mapping) return;
  if (NodeId v = ed.value(header, "id"); ed.tree().is_scalar(v))
    ed.replace_scalar(v, yaml_scalar(c.roll.new_id));
  if (NodeId v = ed.value(header, "cycle"); ed.tree().is_scalar(v))
    ed.replace_scalar(v, std::to_string(c.roll.new_cycle));
  if (NodeId v = ed.value(header, "status"); ed.tree().is_scalar(v) && ed.tree().text(v) != "draft")
    ed.replace_scalar(v, "draft");
  if (NodeId v = ed.value(header, "previous"); ed.tree().is_scalar(v))
    ed.replace_scalar(v, yaml_scalar(c.options.previous));
  else if (v == kNoNode)
    ed.insert_pair(header, kNoNode, "previous", yaml_scalar(c.options.previous));
}

// `{year, period, actual, share}`: the year forecast, from the actual to date of the
// period and the phased share of the year (a cumulative KPI's; a level KPI has none).
std::string forecast_mark(const KpiRoll& r, const Context& c) {
  std::string mark = fmt::format("{{year: {}, period: {}, actual: {}", c.roll.old_cycle,
                                 format_period(c.roll.period), number(r.figures->actual));
  if (r.forecast_share) mark += fmt::format(", share: {}", number(*r.forecast_share, 4));
  return mark + "}";
}

void edit_kpi(YamlEditor& ed, NodeId item, const KpiRoll& r, Context& c) {
  const YamlTree& t = ed.tree();
  const int new_last = c.roll.old_cycle + c.roll.horizon;
  bool extrapolated = r.method == TargetMethod::trend || r.method == TargetMethod::parent_share;
  NodeId targets_key = ed.key(item, "targets");
  NodeId before_targets = kNoNode; // the key before `targets`: a new baseline goes after it
  NodeId prev = kNoNode;
  for_each_pair(t, item, [&](NodeId k, NodeId) {
    if (k == targets_key) before_targets = prev;
    prev = k;
  });
  if (targets_key != kNoNode) {
    NodeId map = t.nodes[targets_key].next_sibling;
    std::vector<std::pair<std::string, std::string>> pairs;
    bool dropped = false;
    for_each_pair(t, map, [&](NodeId k, NodeId v) {
      if (year_of(t.text(k)) == c.roll.old_cycle) {
        dropped = true;
        return;
      }
      pairs.emplace_back(std::string(ed.source(k)), std::string(ed.source(v)));
    });
    if (extrapolated) pairs.emplace_back(std::to_string(new_last), number(*r.new_target));
    if (dropped || extrapolated) ed.replace_value(targets_key, map, render_map(ed, map, pairs));
  }
  NodeId baseline_key = ed.key(item, "baseline");
  if (r.baseline_from != BaselineSource::none) {
    if (NodeId v = ed.value(item, "baseline"); t.is_scalar(v))
      ed.replace_scalar(v, number(r.baseline));
    else if (v == kNoNode)
      ed.insert_pair(item, before_targets != kNoNode ? before_targets : targets_key, "baseline",
                     number(r.baseline));
  }
  // A forecast baseline is marked for review with what it was computed from; a mark left
  // by an earlier roll goes when the baseline is no longer a forecast.
  const bool forecast = r.baseline_from == BaselineSource::forecast;
  if (NodeId v = ed.value(item, "x-forecast"); v != kNoNode) {
    if (forecast)
      ed.replace_value(ed.key(item, "x-forecast"), v, " " + forecast_mark(r, c));
    else
      ed.remove_pair(item, ed.key(item, "x-forecast"));
  } else if (forecast) {
    NodeId after = baseline_key != kNoNode     ? baseline_key
                   : before_targets != kNoNode ? before_targets
                                               : targets_key;
    ed.insert_pair(item, after, "x-forecast", forecast_mark(r, c));
  }
  // A mark the planners remove once they have reviewed the extrapolated target.
  if (NodeId v = ed.value(item, "x-extrapolated"); v != kNoNode) {
    if (extrapolated)
      ed.replace_value(ed.key(item, "x-extrapolated"), v, fmt::format(" [{}]", new_last));
  } else if (extrapolated) {
    ed.insert_pair(item, targets_key, "x-extrapolated", fmt::format("[{}]", new_last));
  }
}

void edit_action(YamlEditor& ed, NodeId item, const ActionRoll& r, Context& c) {
  const YamlTree& t = ed.tree();
  const Action& a = c.plan.actions[r.action];
  if (r.outcome == RollOutcome::carried) {
    if (r.effort_factor != 1) {
      if (NodeId v = ed.value(item, "effort"); t.is_scalar(v) && a.effort.set)
        ed.replace_scalar(v, number(a.effort.value * r.effort_factor, 3));
      std::size_t member = 0;
      for_each_item(t, ed.value(item, "team"), [&](NodeId m) {
        NodeId v = ed.value(m, "effort");
        if (member < a.team.size() && a.team[member].effort.set && t.is_scalar(v))
          ed.replace_scalar(v, number(a.team[member].effort.value * r.effort_factor, 3));
        ++member;
      });
    }
    if (NodeId k = ed.key(item, "cost"); k != kNoNode && !r.cost.empty()) {
      NodeId map = t.nodes[k].next_sibling;
      std::vector<std::pair<std::string, std::string>> pairs;
      std::size_t i = 0;
      for_each_pair(t, map, [&](NodeId key, NodeId) {
        if (i < r.cost.size())
          pairs.emplace_back(std::string(ed.source(key)), number(r.cost[i].value, 2));
        ++i;
      });
      if (pairs.size() == r.cost.size()) ed.replace_value(k, map, render_map(ed, map, pairs));
    }
    if (NodeId v = ed.value(item, "start"); t.is_scalar(v))
      ed.replace_scalar(v, format_date(r.start));
    if (NodeId v = ed.value(item, "due"); t.is_scalar(v) && r.due != a.due.value)
      ed.replace_scalar(v, format_date(r.due));
    std::string mark =
        fmt::format("{{plan: {}, id: {}, progress: {}, start: {}, due: {}}}",
                    yaml_scalar(c.roll.old_id), yaml_scalar(a.id), number(r.progress),
                    format_date(a.start.value), format_date(a.due.value));
    if (NodeId v = ed.value(item, "x-carried"); v != kNoNode)
      ed.replace_value(ed.key(item, "x-carried"), v, " " + mark);
    else
      ed.insert_pair(item, ed.key(item, "id"), "x-carried", mark);
  }
  if (NodeId k = ed.key(item, "depends_on"); k != kNoNode && !c.left_out.empty()) {
    NodeId seq = t.nodes[k].next_sibling;
    ed.filter_items(k, seq, [&](NodeId d) {
      bool keep = !t.is_scalar(d) || !c.left_out.count(t.text(d));
      if (!keep) ++c.dependencies;
      return keep;
    });
  }
}

void edit_sections(YamlEditor& ed, NodeId root, Context& c) {
  const YamlTree& t = ed.tree();
  if (NodeId k = ed.key(root, "kpis"); k != kNoNode)
    for_each_item(t, t.nodes[k].next_sibling, [&](NodeId item) {
      auto it = c.kpis.find(id_of(ed, item));
      if (it != c.kpis.end()) edit_kpi(ed, item, *it->second, c);
    });
  if (NodeId k = ed.key(root, "actions"); k != kNoNode) {
    NodeId seq = t.nodes[k].next_sibling;
    ed.filter_items(k, seq, [&](NodeId item) { return !c.left_out.count(id_of(ed, item)); });
    for_each_item(t, seq, [&](NodeId item) {
      auto it = c.actions.find(id_of(ed, item));
      if (it != c.actions.end() && it->second->outcome != RollOutcome::left_out)
        edit_action(ed, item, *it->second, c);
    });
  }
  if (NodeId res = ed.value(root, "resources"); res != kNoNode)
    if (NodeId k = ed.key(res, "budget"); k != kNoNode)
      ed.filter_items(k, t.nodes[k].next_sibling, [&](NodeId line) {
        NodeId y = ed.value(line, "year");
        int year = t.is_scalar(y) ? year_of(t.text(y)) : 0;
        bool keep = year == 0 || year >= c.roll.new_cycle;
        if (!keep) ++c.budget_removed;
        return keep;
      });
  if (NodeId gov = ed.value(root, "governance"); gov != kNoNode) {
    auto clear = [&](std::string_view name, std::size_t& count) {
      NodeId k = ed.key(gov, name);
      if (k == kNoNode) return;
      NodeId seq = t.nodes[k].next_sibling;
      if (seq == kNoNode || t.nodes[seq].kind != NodeKind::sequence || !t.nodes[seq].child_count)
        return;
      count += t.nodes[seq].child_count;
      ed.replace_value(k, seq, " []");
    };
    clear("decisions", c.decisions);
    clear("signoffs", c.signoffs);
  }
}

} // namespace

void write_files(const Plan& plan, const SourceSet& sources, const RollOptions& options,
                 Rollforward& roll) {
  Context c{plan, roll, options, {}, {}, {}};
  for (const auto& k : roll.kpis)
    c.kpis.emplace(plan.kpis[k.kpi].id, &k);
  for (const auto& a : roll.actions) {
    c.actions.emplace(plan.actions[a.action].id, &a);
    if (a.outcome == RollOutcome::left_out) c.left_out.insert(plan.actions[a.action].id);
  }

  namespace fs = std::filesystem;
  const fs::path root_dir = fs::path(plan.files.front()).lexically_normal().parent_path();
  std::unordered_map<std::string_view, std::uint32_t> index_of; // first file of a path
  for (std::uint32_t i = 0; i < sources.files.size(); ++i)
    index_of.emplace(sources.files[i].path, i);
  for (const std::string& path : plan.files) {
    auto found = index_of.find(path);
    if (found == index_of.end()) continue;
    const std::uint32_t index = found->second;
    const std::string_view text = sources.text(index);
    std::vector<Finding> ignored;
    YamlTree tree = parse_yaml(text, index, ignored);
    fs::path rel = fs::path(path).lexically_normal();
    if (!root_dir.empty()) rel = rel.lexically_relative(root_dir);
    RolledFile out{rel.generic_string(), index, std::string(text), false};
    if (tree.partial || tree.root == kNoNode || tree.nodes[tree.root].kind != NodeKind::mapping) {
      roll.files.push_back(std::move(out));
      continue;
    }
    try {
      YamlEditor ed(text, tree);
      bool is_root = index == plan.root_file;
      if (is_root) edit_header(ed, tree.root, c);
      edit_sections(ed, tree.root, c);
      if (is_root) {
        std::string review = review_section(plan, roll, ed.newline());
        if (NodeId k = ed.key(tree.root, "review"); k != kNoNode)
          ed.replace_pair(k, tree.nodes[k].next_sibling, review);
        else
          ed.append(review + std::string(ed.newline()));
      }
      out.text = ed.apply();
    } catch (const EditError& e) {
      throw StopError{"stop.rollforward-edit", {arg("reason", e.what())}, path};
    }
    out.changed = out.text != text;
    roll.files.push_back(std::move(out));
  }
  roll.budget_lines_removed = c.budget_removed;
  roll.decisions_cleared = c.decisions;
  roll.signoffs_cleared = c.signoffs;
  roll.dependencies_removed = c.dependencies;
}

} // namespace kaplan::roll
