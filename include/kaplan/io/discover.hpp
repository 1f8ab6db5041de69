// SPDX-License-Identifier: MIT
#pragma once

// Finding the plans in a folder (`kaplan validate plans/`): a folder argument that holds
// no plan.yaml is searched for plan roots, files holding `kaplan: 1` and `plan:`.

#include "kaplan/io/read.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan::io {

// What a plan argument is: a folder to search, or a plan (a root file, or a folder
// holding plan.yaml), which the loader opens as before.
bool is_folder_to_search(const std::string& path);

// Limits of a search.
struct DiscoverOptions {
  std::uint64_t max_file_size = 64ull << 20; // files larger are not plan roots
  std::uint32_t max_entries = 10000;         // folder entries listed, all folders
  // Folders to skip, besides those of the folder's `.kaplanignore`: a pattern without
  // `/` skips every folder of that name, one with `/` the folder at that path relative to
  // the folder searched (fnmatch(3) wildcards in both).
  std::vector<std::string> ignore_paths;
};

// The outcome of a search.
struct Discovery {
  std::vector<std::string> plans;          // `path/rel`, in path order (by name, folder by folder)
  ReadFailure failure = ReadFailure::none; // the folder itself could not be listed
  bool over_limit = false;                 // more entries than max_entries: nothing found
};

// Searches the folder at `path` for plan roots: `.yaml` and `.yml` files whose top level
// holds `kaplan: 1` and `plan:`. Beneath the folder's descriptor only; symbolic links are
// never followed; hidden entries (a name starting with `.`) and ignored folders are
// skipped; a folder that cannot be listed is skipped.
Discovery discover_plans(const std::string& path, const DiscoverOptions& options);

// Whether a file's text looks like a plan root: a line `kaplan: 1` and a line starting
// `plan:`, both at the top level (column 1). A textual test, no YAML parse.
bool looks_like_plan_root(std::string_view text);

// The same search for actuals files (`score --actuals-dir`, `report --actuals-dir`):
// `.yaml` and `.yml` files whose top level holds `kaplan: 1` and `actuals:`; the result's
// `plans` are those files, in path order.
Discovery discover_actuals(const std::string& path, const DiscoverOptions& options);
bool looks_like_actuals(std::string_view text);

} // namespace kaplan::io
