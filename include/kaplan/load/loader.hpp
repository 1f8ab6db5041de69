// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/yaml_tree.hpp"
#include "kaplan/model/plan.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kaplan {

// Limits that keep hostile input from exhausting memory or time.
struct LoadOptions {
  std::uint64_t max_file_size = 64ull << 20; // bytes per file (64 MiB)
  std::uint32_t max_files = 10000;           // files per plan, includes counted
  std::size_t max_entries = 500'000;         // list entries of every section, all files
  ParseLimits parse;
};

// A plan as read from its files, with every structural finding (S rules).
struct LoadResult {
  Plan plan;
  std::vector<Finding> findings;
  // True when some file could not be read or parsed (KAP-S001): the plan is incomplete
  // and only structural findings are meaningful; the run exits with status 2.
  bool unreadable = false;
};

// Loads a plan from a root file, or a directory holding `plan.yaml`, with its includes.
// The plan's folder (the root file's) is opened once and every file is read beneath it
// (io/read.hpp): no include, `..` or symbolic link reaches outside it. Every file read is
// added to `sources`, with its identity, and the includes' absolute patterns to
// `sources.include_patterns`; findings point into it.
LoadResult load_plan(const std::string& path, SourceSet& sources, const LoadOptions& options = {});

// Resolves references and ids over the whole plan: KAP-S005 (duplicates), KAP-S006
// (dangling or wrong-kind references), header ranges. Called by load_plan.
void index_plan(Plan& plan, std::vector<Finding>& findings);

} // namespace kaplan
