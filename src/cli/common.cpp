// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include "kaplan/model/errors.hpp"

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

void declare_common(OptionSink& sink, CommonOptions& options, bool reads_plans) {
  if (reads_plans) {
    sink.value({"--config", "help.common.config"}, options.config);
    sink.value({"--today", "help.common.today"}, options.today);
  }
  sink.value({"--lang", "help.common.lang", {"en", "zh"}}, options.lang);
  sink.flag({"--no-color", "help.common.no-color"}, options.no_color);
}

Date today_from(const std::string& flag) {
  if (flag.empty()) return system_today();
  Date d;
  if (!parse_date(flag, d)) throw StopError{"stop.bad-date", {arg("value", flag)}, {}};
  return d;
}

RunOptions run_options_from(const CommonOptions& common) {
  RunOptions options;
  options.config_path = common.config;
  options.today = today_from(common.today);
  return options;
}

bool use_color(bool no_color) {
  if (no_color) return false;
  if (const char* v = std::getenv("NO_COLOR"); v && *v) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace kaplan::cli
