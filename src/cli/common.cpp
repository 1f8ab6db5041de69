// SPDX-License-Identifier: MIT
#include "cli/common.hpp"

#include "kaplan/io/discover.hpp"
#include "kaplan/load/config_file.hpp"
#include "kaplan/model/errors.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <memory>
#include <mutex>
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
    sink.number({"--jobs", "help.common.jobs"}, options.jobs, 1, kMaxJobs);
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

std::size_t jobs_from(const CommonOptions& common) {
  if (common.jobs) return static_cast<std::size_t>(*common.jobs);
  if (const char* env = std::getenv("KAPLAN_JOBS"); env && *env) {
    std::string_view v = env;
    int n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 1 || n > kMaxJobs)
      throw StopError{
          "stop.env-jobs",
          {arg("name", "KAPLAN_JOBS"), arg("value", text::one_line(v)), arg("max", kMaxJobs)},
          {}};
    return static_cast<std::size_t>(n);
  }
  return std::min<std::size_t>(WorkPool::default_threads(), kMaxJobs);
}

WorkPool& work_pool(const CommonOptions& common) {
  // One pool for the process, made by the first command that asks (a process runs one
  // command; the tests' kaplan_run_many runs many, each with the size it asks for).
  static std::mutex mutex;
  static std::unique_ptr<WorkPool> pool;
  std::size_t threads = jobs_from(common);
  std::lock_guard lock(mutex);
  if (!pool || pool->threads() != threads) pool = std::make_unique<WorkPool>(threads);
  return *pool;
}

RunOptions run_options_from(const CommonOptions& common) {
  RunOptions options;
  options.config_path = common.config;
  options.today = today_from(common.today);
  options.load.pool = &work_pool(common);
  options.load.release_texts = true; // a snippet reads its file again
  return options;
}

std::vector<std::string> found_or_stop(io::Discovery found, const std::string& path,
                                       const io::DiscoverOptions& options, const char* none_key) {
  std::string shown = text::one_line(path);
  if (found.failure != io::ReadFailure::none)
    throw StopError{"stop.search-unreadable",
                    {arg("path", shown),
                     // a catalogue key: stop_message translates it at print time
                     arg("reason", "reason." + std::string(io::failure_name(found.failure)))},
                    {}};
  if (found.over_limit)
    throw StopError{
        "stop.search-too-large", {arg("path", shown), arg("max", options.max_entries)}, {}};
  if (found.plans.empty()) throw StopError{none_key, {arg("path", shown)}, {}};
  return std::move(found.plans);
}

namespace {

std::vector<std::string> plans_in_folder(const std::string& path, const CommonOptions& common) {
  io::DiscoverOptions options;
  options.ignore_paths = load_config(common.config, path).ignore_paths;
  return found_or_stop(io::discover_plans(path, options), path, options, "stop.no-plans");
}

} // namespace

std::vector<std::string> expand_plan_paths(const std::vector<std::string>& paths,
                                           const CommonOptions& common) {
  std::vector<std::string> out;
  for (const auto& path : paths) {
    if (!io::is_folder_to_search(path)) {
      out.push_back(path);
      continue;
    }
    auto found = plans_in_folder(path, common);
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::string one_plan_path(const std::string& path, const CommonOptions& common) {
  if (!io::is_folder_to_search(path)) return path;
  auto found = plans_in_folder(path, common);
  if (found.size() > 1)
    throw StopError{
        "stop.several-plans", {arg("path", text::one_line(path)), arg("count", found.size())}, {}};
  return found.front();
}

bool use_color(bool no_color) {
  if (no_color) return false;
  if (const char* v = std::getenv("NO_COLOR"); v && *v) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace kaplan::cli
