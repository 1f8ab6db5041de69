// SPDX-License-Identifier: MIT
#include "kaplan/load/config_file.hpp"

#include "kaplan/io/read.hpp"
#include "kaplan/io/repository.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "load/reader.hpp"

#include <cctype>
#include <filesystem>

namespace kaplan {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void stop_at(const std::string& path, Location loc, std::string key,
                          std::vector<Arg> args) {
  std::string where = path;
  if (loc.line) where += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
  // Configuration problems reuse the plan findings' wording, with the place in front;
  // the CLI renders them in the chosen language.
  throw StopError{std::move(key), std::move(args), where};
}

} // namespace

std::optional<MonthDay> parse_month_day(std::string_view s) {
  auto digits = [&](std::size_t at) {
    return std::isdigit(static_cast<unsigned char>(s[at])) &&
           std::isdigit(static_cast<unsigned char>(s[at + 1]));
  };
  if (s.size() != 5 || s[2] != '-' || !digits(0) || !digits(3)) return std::nullopt;
  MonthDay md{(s[0] - '0') * 10 + (s[1] - '0'), (s[3] - '0') * 10 + (s[4] - '0')};
  // Any day some year has: 02-29 is accepted (and means 02-28 in other years).
  if (md.month < 1 || md.month > 12 || md.day < 1 || md.day > cal::days_in_month(2000, md.month))
    return std::nullopt;
  return md;
}

Config parse_config(std::string_view text, const std::string& path) {
  Config config;
  config.path = path;
  std::vector<Finding> findings;
  YamlTree tree = parse_yaml(text, 0, findings);
  load::Reader r(tree, findings);
  auto first_problem = [&] {
    if (!findings.empty())
      stop_at(path, findings.front().loc, findings.front().message_key, findings.front().args);
  };
  first_problem();
  if (tree.root == kNoNode) return config; // an empty configuration changes nothing
  if (!r.expect_mapping(tree.root, "configuration")) first_problem();
  static constexpr std::string_view keys[] = {
      "rules",           "fail_on",           "cascade_tolerance",
      "thresholds",      "planning_deadline", "evidence_max_age",
      "ambition_margin", "ignore_paths"};
  for_each_pair(tree, tree.root, [&](NodeId k, NodeId v) {
    int i = load::find_key(r, k, keys, ".kaplan.yaml");
    first_problem();
    r.field = i >= 0 ? keys[static_cast<std::size_t>(i)] : "";
    if (i == 0) {
      if (!r.expect_mapping(v, "rules")) first_problem();
      for_each_pair(tree, v, [&](NodeId rk, NodeId rv) {
        std::string id(tree.text(rk));
        const RuleInfo* rule = find_rule(id);
        if (!rule) stop_at(path, tree.location(rk), "stop.unknown-rule", {arg("rule", id)});
        std::string_view value = tree.is_scalar(rv) ? tree.text(rv) : std::string_view("?");
        if (value == "off") {
          config.rules[std::string(rule->id)] = std::nullopt;
        } else if (auto sev = parse_severity(value)) {
          config.rules[std::string(rule->id)] = *sev;
        } else {
          stop_at(path, tree.location(rv), "KAP-S007.enum",
                  {arg("field", id), arg("found", r.found(rv)),
                   arg("allowed", "off, error, warning, info")});
        }
      });
    } else if (i == 1) {
      std::string_view value = tree.is_scalar(v) ? tree.text(v) : std::string_view("?");
      config.fail_on_set = true;
      if (value == "never")
        config.fail_on = std::nullopt;
      else if (auto sev = parse_severity(value))
        config.fail_on = *sev;
      else
        stop_at(path, tree.location(v), "KAP-S007.enum",
                {arg("field", "fail_on"), arg("found", r.found(v)),
                 arg("allowed", "error, warning, info, never")});
    } else if (i == 2) {
      Field<double> tol;
      r.read(v, tol);
      r.check_range(tol, 0, 1, false, "cascade_tolerance");
      first_problem();
      if (tol.set) config.cascade_tolerance = tol.value;
    } else if (i == 3) {
      Field<Thresholds> t;
      r.read(v, t);
      first_problem();
      if (t.set) config.thresholds = t.value;
    } else if (i == 4) {
      std::string_view value = tree.is_scalar(v) ? tree.text(v) : std::string_view("?");
      auto md = parse_month_day(value);
      if (!md)
        stop_at(path, tree.location(v), "KAP-S008.month-day",
                {arg("field", "planning_deadline"), arg("found", r.found(v))});
      config.planning_deadline = *md;
    } else if (i == 5) {
      // A whole number of years, at least 1 (KAP-C018).
      Field<int> years;
      r.read(v, years);
      first_problem();
      Field<double> age{static_cast<double>(years.value), years.loc, years.set};
      r.check_range(age, 0, 100, true, "evidence_max_age");
      first_problem();
      if (age.set) config.evidence_max_age = years.value;
    } else if (i == 6) {
      // Percentage points (KAP-R010).
      Field<double> margin;
      r.read(v, margin);
      r.check_range(margin, 0, 100, false, "ambition_margin");
      first_problem();
      if (margin.set) config.ambition_margin = margin.value;
    } else if (i == 7) {
      // Folders a search for plans skips (io::discover_plans).
      if (!r.expect_sequence(v, "ignore_paths")) first_problem();
      for_each_item(tree, v, [&](NodeId item) {
        if (!tree.is_scalar(item))
          stop_at(path, tree.location(item), "KAP-S003.text",
                  {arg("field", "ignore_paths"), arg("found", r.found(item))});
        config.ignore_paths.emplace_back(tree.text(item));
      });
    }
  });
  return config;
}

namespace {

// The configuration's path as shown: relative to the working folder when it lies below
// it, else absolute.
std::string shown_config_path(const fs::path& absolute) {
  std::error_code ec;
  // Lexically: the path of the link as found, never where a link leads.
  auto rel = absolute.lexically_relative(fs::current_path(ec));
  return (!ec && !rel.empty() && *rel.begin() != "..") ? rel.generic_string()
                                                       : absolute.generic_string();
}

[[noreturn]] void refuse(const std::string& path, io::ReadFailure failure) {
  // Never a word of the file's content: it may be a secret a link pointed at.
  if (failure == io::ReadFailure::outside)
    throw StopError{"stop.config-outside", {arg("path", path)}, {}};
  if (failure == io::ReadFailure::not_regular)
    throw StopError{"stop.config-not-regular", {arg("path", path)}, {}};
  throw StopError{
      "stop.config-read",
      // The reason is a catalogue key: stop_message translates it at print time.
      {arg("path", path), arg("reason", "reason." + std::string(io::failure_name(failure)))},
      {}};
}

constexpr std::uint64_t kMaxConfigSize = 1u << 20;

} // namespace

Config read_config(const std::string& path) {
  std::string text;
  FileIdentity identity;
  io::ReadFailure failure = io::read_file_anywhere(path, kMaxConfigSize, text, identity);
  if (failure != io::ReadFailure::none) refuse(path, failure);
  Config config = parse_config(text, path);
  config.identity = identity;
  return config;
}

Config discover_config(const std::string& plan_path) {
  std::error_code ec;
  fs::path given = plan_path.empty() ? fs::path(".") : fs::path(plan_path);
  fs::path dir = fs::is_directory(given, ec) ? given : given.parent_path();
  fs::path start = fs::absolute(dir.empty() ? fs::path(".") : dir, ec).lexically_normal();
  if (start.has_relative_path() && start.filename().empty()) start = start.parent_path();
  // The search ends at the repository root: the nearest folder upwards holding `.git`.
  // Outside a repository only the plan's own folder is searched: a `.kaplan.yaml` in
  // /tmp or a home folder must not switch a stranger's plan's rules off.
  fs::path top = io::repository_root(start).value_or(start);
  io::ReadFailure failure{};
  io::Folder base = io::Folder::open(top.string(), failure);
  if (!base.is_open()) return {};
  for (fs::path d = start;; d = d.parent_path()) {
    fs::path candidate = d / ".kaplan.yaml";
    std::string rel = candidate.lexically_relative(top).generic_string();
    std::string text;
    FileIdentity identity;
    failure = base.read(rel, kMaxConfigSize, text, identity);
    if (failure == io::ReadFailure::none) {
      Config config = parse_config(text, shown_config_path(candidate));
      config.identity = identity;
      return config;
    }
    if (failure != io::ReadFailure::missing) refuse(shown_config_path(candidate), failure);
    if (d == top || !d.has_relative_path()) break;
  }
  return {};
}

Config load_config(const std::string& config_flag, const std::string& plan_path) {
  return config_flag.empty() ? discover_config(plan_path) : read_config(config_flag);
}

} // namespace kaplan
