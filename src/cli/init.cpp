// SPDX-License-Identifier: MIT
// `kaplan init [DIR]`: writes the skeleton plan. Nothing is overwritten: every target
// is checked before anything is written, and each file is written to a temporary name
// and then linked to its own, which fails rather than replace a file that appeared
// meanwhile; so a run leaves either a complete file or none at each path.
#include "cli/commands.hpp"
#include "cli/init_skeleton.hpp"
#include "cli/output.hpp"
#include "kaplan/stop_message.hpp"

#include <cerrno>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaplan::cli {
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

[[noreturn]] void fail(const std::string& path, int err) {
  throw StopError{"stop.output", {arg("path", path), arg("reason", errno_reason(err))}, {}};
}

// Writes `content` to a new file `path`; a StopError if it exists already.
void create_file(const std::string& path, const std::string& content) {
  if (!cli::write_new_file(path, content))
    throw StopError{"stop.init-exists", {arg("path", path)}, {}};
}

} // namespace

int run_init(const InitOptions& options) {
  Lang lang = select_lang(options.common.lang);
  try {
    Date today = today_from(options.common.today);
    int cycle = today.year + 1; // plans are written the year before they start
    fs::path dir = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
    auto files = skeleton_files(lang);
    auto shown = [&](std::string_view rel) {
      return (dir / rel).lexically_normal().generic_string();
    };
    for (const auto& f : files) {
      std::error_code ec; // a path that cannot be examined counts as taken: never risk it
      if (fs::symlink_status(dir / f.path, ec).type() != fs::file_type::not_found)
        throw StopError{"stop.init-exists", {arg("path", shown(f.path))}, {}};
    }
    std::string report;
    for (const auto& f : files) {
      std::error_code ec;
      fs::create_directories((dir / f.path).parent_path(), ec);
      if (ec) fail(shown(f.path), ec.value());
      create_file(shown(f.path), fill_years(f.text, cycle));
      report +=
          render_message("init.created", std::vector<Arg>{arg("path", shown(f.path))}, lang) + "\n";
    }
    report += render_message("init.next",
                             std::vector<Arg>{arg("dir", dir.lexically_normal().generic_string())},
                             lang) +
              "\n";
    write_output({}, report);
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, lang);
  }
}

} // namespace kaplan::cli
