// SPDX-License-Identifier: MIT
#include "kaplan/config.hpp"

#include "kaplan/loader.hpp"
#include "kaplan/messages.hpp"
#include "kaplan/rule_catalogue.hpp"
#include "load/reader.hpp"

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

Config read_config(const std::string& path) {
  Config config;
  config.path = path;
  std::string text, reason;
  if (!read_file(path, 1u << 20, text, reason))
    throw StopError{"stop.config-read",
                    // The reason is a catalogue key: stop_message translates it at print time.
                    {arg("path", path), arg("reason", "reason." + reason)},
                    {}};
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
  static constexpr std::string_view keys[] = {"rules", "fail_on", "cascade_tolerance",
                                              "thresholds"};
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
    }
  });
  return config;
}

std::string find_config(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir.empty() ? "." : start_dir, ec);
  dir = dir.lexically_normal();
  while (true) {
    fs::path candidate = dir / ".kaplan.yaml";
    if (fs::is_regular_file(candidate, ec)) {
      // Show the path relative to the working directory when it is below it.
      auto rel = fs::relative(candidate, fs::current_path(ec), ec);
      return (!ec && !rel.empty() && *rel.begin() != "..") ? rel.generic_string()
                                                           : candidate.generic_string();
    }
    if (fs::exists(dir / ".git", ec)) break; // the repository root ends the search
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return {};
}

} // namespace kaplan
