// SPDX-License-Identifier: MIT
#include "cli/output.hpp"

#include "kaplan/stop_message.hpp"
#include "kaplan/text.hpp"

#include <fmt/format.h>

namespace kaplan::cli {

int print_stop(const StopError& e, Lang lang) {
  std::string msg = text::terminal_sanitize(stop_message(e, lang));
  if (e.where.empty())
    fmt::print(stderr, "kaplan: error: {}\n", msg);
  else
    fmt::print(stderr, "kaplan: error: {}: {}\n", text::terminal_sanitize(e.where), msg);
  return 2;
}

io::OutputGuard guard_of(const SourceSet& sources, const Config& config) {
  io::OutputGuard guard;
  guard.add(sources);
  guard.add(config);
  return guard;
}

void emit(const std::string& path, std::string_view content, const io::WriteOptions& options,
          Lang lang) {
  if (io::write_output(path, content, options) == io::Destination::file)
    fmt::print(stderr, "{}\n",
               text::terminal_sanitize(
                   render_message("io.wrote", std::vector<Arg>{arg("path", path)}, lang)));
}

} // namespace kaplan::cli
