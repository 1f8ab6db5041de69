// SPDX-License-Identifier: MIT
#pragma once

// Helpers the fuzz targets share: a plan document read from memory the way the loader
// reads a root file, so a target needs no file system.

#include "kaplan/load/loader.hpp"
#include "load/reader.hpp"
#include "load/sections.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace kaplan::fuzz {

// A plan loaded from one in-memory root file: what PlanLoader::read_one does, minus
// includes (their patterns are collected and dropped).
inline LoadResult load_from_memory(const std::uint8_t* data, std::size_t size, SourceSet& sources) {
  LoadResult result;
  std::uint32_t file =
      sources.add("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  result.plan.root_file = file;
  result.plan.files.push_back("fuzz.yaml");
  YamlTree tree = parse_yaml(sources.files[file].text, file, result.findings);
  for (const auto& f : result.findings)
    if (f.rule == "KAP-S001") result.unreadable = true;
  if (tree.partial || tree.root == kNoNode) {
    result.unreadable = true;
    return result;
  }
  load::Reader reader(tree, result.findings);
  std::vector<load::IncludeEntry> includes;
  load::read_plan_document(reader, result.plan, /*is_root=*/true, includes);
  if (!result.unreadable) index_plan(result.plan, result.findings);
  return result;
}

} // namespace kaplan::fuzz
