// SPDX-License-Identifier: MIT
#pragma once

#include "load/reader.hpp"

#include <string>
#include <vector>

namespace kaplan::load {

// An `include:` pattern as written, with where.
struct IncludeEntry {
  std::string pattern;
  Location loc;
};

// Reads one plan file's document into the plan (sections are appended), collecting its
// include patterns. Only the root file may hold `plan:`.
void read_plan_document(Reader& r, Plan& plan, bool is_root, std::vector<IncludeEntry>& includes);

} // namespace kaplan::load
