// SPDX-License-Identifier: MIT
#include "kaplan/io/discover.hpp"

#include "kaplan/util/text.hpp"

#include <fnmatch.h>

namespace kaplan::io {
namespace {

// The value after a top-level `key:` on a line, without a trailing comment.
bool top_level_value(std::string_view line, std::string_view key, std::string_view& value) {
  if (!line.starts_with(key) || line.size() <= key.size() || line[key.size()] != ':') return false;
  value = line.substr(key.size() + 1);
  if (auto hash = value.find(" #"); hash != std::string_view::npos) value = value.substr(0, hash);
  value = text::trim_blanks(value);
  return true;
}

bool ends_with_yaml(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

struct Walk {
  const Folder& root;
  const DiscoverOptions& options;
  bool (*matches)(std::string_view text);
  std::vector<std::string> ignored; // patterns of .kaplanignore and ignore_paths
  Discovery out;
  std::uint64_t listed = 0;

  bool is_ignored(const std::string& rel, const std::string& name) const {
    for (const auto& p : ignored) {
      bool has_slash = p.find('/') != std::string::npos;
      if (::fnmatch(p.c_str(), (has_slash ? rel : name).c_str(), has_slash ? FNM_PATHNAME : 0) == 0)
        return true;
    }
    return false;
  }

  // Depth first, entries sorted by name: the plans come out in path order.
  void visit(const std::string& rel) {
    std::vector<Entry> entries;
    if (root.list(rel, entries) != ReadFailure::none) return;
    listed += entries.size();
    if (listed > options.max_entries) {
      out.over_limit = true;
      return;
    }
    for (const auto& e : entries) {
      if (out.over_limit) return;
      if (e.name.starts_with(".")) continue;
      std::string child = rel.empty() ? e.name : rel + "/" + e.name;
      if (e.type == EntryType::directory) {
        if (!is_ignored(child, e.name)) visit(child);
      } else if (e.type == EntryType::file && ends_with_yaml(e.name)) {
        std::string text;
        FileIdentity identity;
        if (root.read(child, options.max_file_size, text, identity) == ReadFailure::none &&
            matches(text))
          out.plans.push_back(child);
      }
    }
  }
};

} // namespace

bool looks_like_plan_root(std::string_view text) {
  bool version = false, plan = false;
  std::size_t start = 0;
  while (start < text.size() && !(version && plan)) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start), value;
    if (top_level_value(line, "kaplan", value) && value == "1") version = true;
    if (top_level_value(line, "plan", value)) plan = true;
    start = end + 1;
  }
  return version && plan;
}

bool is_folder_to_search(const std::string& path) {
  ReadFailure failure{};
  Folder folder = Folder::open(path, failure);
  if (!folder.is_open()) return false;
  EntryType type{};
  return folder.type_of("plan.yaml", type) != ReadFailure::none;
}

namespace {

Discovery discover(const std::string& path, const DiscoverOptions& options,
                   bool (*matches)(std::string_view)) {
  ReadFailure failure{};
  Folder folder = Folder::open(path, failure);
  Walk walk{folder, options, matches, options.ignore_paths, {}, 0};
  if (!folder.is_open()) {
    walk.out.failure = failure;
    return walk.out;
  }
  std::string text;
  FileIdentity identity;
  if (folder.read(".kaplanignore", options.max_file_size, text, identity) == ReadFailure::none) {
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string_view line = text::trim_blanks(std::string_view(text).substr(start, end - start));
      while (line.ends_with("/"))
        line.remove_suffix(1);
      if (line.starts_with("/")) line.remove_prefix(1);
      if (!line.empty() && !line.starts_with("#")) walk.ignored.emplace_back(line);
      start = end + 1;
    }
  }
  std::vector<Entry> probe;
  if (ReadFailure f = folder.list("", probe); f != ReadFailure::none) {
    walk.out.failure = f;
    return walk.out;
  }
  walk.visit("");
  if (walk.out.over_limit) walk.out.plans.clear();
  std::string prefix = path;
  while (prefix.size() > 1 && prefix.back() == '/')
    prefix.pop_back();
  for (auto& p : walk.out.plans)
    p = prefix == "." ? p : prefix.ends_with("/") ? prefix + p : prefix + "/" + p;
  return walk.out;
}

} // namespace

Discovery discover_plans(const std::string& path, const DiscoverOptions& options) {
  return discover(path, options, looks_like_plan_root);
}

bool looks_like_actuals(std::string_view text) {
  bool version = false, actuals = false;
  std::size_t start = 0;
  while (start < text.size() && !(version && actuals)) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start), value;
    if (top_level_value(line, "kaplan", value) && value == "1") version = true;
    if (top_level_value(line, "actuals", value)) actuals = true;
    start = end + 1;
  }
  return version && actuals;
}

Discovery discover_actuals(const std::string& path, const DiscoverOptions& options) {
  return discover(path, options, looks_like_actuals);
}

} // namespace kaplan::io
