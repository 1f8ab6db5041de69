// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"

#include <string_view>
#include <vector>

namespace kaplan::cli {

// One file of the skeleton: its path under the target folder and its text, in which
// `{cycle}`, `{prev}`, `{y2}` and `{y3}` stand for the years.
struct SkeletonFile {
  std::string_view path;
  std::string_view text;
};

// The files `kaplan init` writes, texts in the chosen language.
std::vector<SkeletonFile> skeleton_files(Lang lang);

} // namespace kaplan::cli
