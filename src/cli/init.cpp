// SPDX-License-Identifier: MIT
// `kaplan init [DIR]`: writes the skeleton plan, every file or none (io::StagedFiles);
// nothing is replaced without --force.
#include "cli/common.hpp"
#include "cli/init_skeleton.hpp"
#include "cli/output.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/render/stop_message.hpp"

#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace kaplan::cli {

// `kaplan init [DIR]`: a small complete skeleton plan to start from
struct InitOptions {
  CommonOptions common;
  std::string dir = "."; // where to write plan.yaml, branches/, .kaplan.yaml
  bool force = false;    // replace files of a skeleton that exist
};
namespace {
namespace fs = std::filesystem;

std::string fill_years(std::string_view text, int cycle) {
  std::string out(text);
  auto replace = [&](std::string_view token, int year) {
    std::string value = std::to_string(year);
    for (auto pos = out.find(token); pos != std::string::npos;
         pos = out.find(token, pos + value.size()))
      out.replace(pos, token.size(), value);
  };
  replace("{cycle}", cycle);
  replace("{prev}", cycle - 1);
  replace("{y2}", cycle + 1);
  replace("{y3}", cycle + 2);
  return out;
}

} // namespace

int run_init(const InitOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    Date today = today_from(options.common.today);
    int cycle = today.year + 1; // plans are written the year before they start
    // The skeleton names the years cycle - 1 to cycle + 2: all must be years a plan can name.
    if (cycle - 1 < kEarliestPlanYear || cycle + 2 > kLatestPlanYear)
      throw StopError{"stop.init-year",
                      {arg("today", format_date(today)), arg("first", cycle - 1),
                       arg("last", cycle + 2), arg("earliest", kEarliestPlanYear),
                       arg("latest", kLatestPlanYear), arg("min", kEarliestPlanYear),
                       arg("max", kLatestPlanYear - 3)},
                      {}};
    fs::path dir = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
    auto files = skeleton_files(lang);
    auto shown = [&](std::string_view rel) {
      return (dir / rel).lexically_normal().generic_string();
    };
    // The skeleton appears whole or not at all, and replaces nothing without --force.
    io::StagedFiles out(dir.string(), {options.force, nullptr});
    for (const auto& f : files)
      out.check(std::string(f.path));
    std::string report;
    for (const auto& f : files) {
      out.name(out.stage(fill_years(f.text, cycle)), std::string(f.path));
      report +=
          render_message("init.created", std::vector<Arg>{arg("path", shown(f.path))}, lang) + "\n";
    }
    out.commit();
    report += render_message("init.next",
                             std::vector<Arg>{arg("dir", dir.lexically_normal().generic_string())},
                             lang) +
              "\n";
    io::write_stdout(report);
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

Runner declare_init(OptionSink& sink) {
  auto o = std::make_shared<InitOptions>();
  sink.value({"dir", "help.init.dir"}, o->dir);
  sink.flag({"--force", "help.init.force"}, o->force);
  sink.value({"--today", "help.init.today"}, o->common.today);
  sink.value({"--lang", "help.init.lang", {"en", "zh"}}, o->common.lang);
  sink.footer("help.init.footer");
  return [o] { return run_init(*o); };
}

} // namespace kaplan::cli
