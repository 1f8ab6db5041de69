// SPDX-License-Identifier: MIT
#include "cli/commands.hpp"

#include <cstdlib>
#include <string_view>
#include <unistd.h>

namespace kaplan::cli {

Lang select_lang(const std::string& flag) {
  auto pick = [](std::string_view v) -> std::optional<Lang> {
    if (v.starts_with("zh")) return Lang::zh;
    if (v.starts_with("en")) return Lang::en;
    return std::nullopt;
  };
  if (auto l = pick(flag)) return *l;
  if (const char* v = std::getenv("KAPLAN_LANG"); v && *v)
    if (auto l = pick(v)) return *l;
  // The locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v && *v) return std::string_view(v).starts_with("zh") ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

bool use_color(bool no_color) {
  if (no_color) return false;
  if (const char* v = std::getenv("NO_COLOR"); v && *v) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace kaplan::cli
