// SPDX-License-Identifier: MIT
// libFuzzer target: one actuals file through load_actuals (read from a private temporary
// folder, since the loader reads paths), then the T rules against an empty plan.
#include "kaplan/load/actuals.hpp"
#include "kaplan/rules/rules.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

std::string g_dir; // the process's temporary folder, removed at exit

void remove_dir() {
  ::unlink((g_dir + "/actuals.yaml").c_str());
  ::rmdir(g_dir.c_str());
}

// The file every input is written to, in a folder of its own made once per process.
const std::string& input_path() {
  static const std::string path = [] {
    std::string dir = "/tmp/kaplan-fuzz-actuals-XXXXXX";
    if (!::mkdtemp(dir.data())) std::abort();
    g_dir = dir;
    std::atexit(remove_dir);
    return dir + "/actuals.yaml";
  }();
  return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kaplan;
  const std::string& path = input_path();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  SourceSet sources;
  std::string paths[] = {path, path}; // twice: every entry becomes a duplicate too
  ActualsLoad load = load_actuals(std::span<const std::string>(paths, size % 2 ? 2 : 1), sources);
  Plan plan;
  Config config;
  std::vector<Finding> findings;
  run_actuals_rules(plan, load.actuals, config, Date{2027, 7, 5}, findings);
  if (load.actuals.has_period) {
    Date end = period_end(load.actuals.period);
    int months = months_elapsed(load.actuals.period);
    if (end.month < 1 || end.month > 12 || end.day < 1 || end.day > 31) __builtin_trap();
    if (months < 1 || months > 12) __builtin_trap();
  }
  return 0;
}
