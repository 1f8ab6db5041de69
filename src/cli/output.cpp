// SPDX-License-Identifier: MIT
#include "cli/output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaplan::cli {

int print_stop(const StopError& e, Lang lang) {
  std::string msg = render_message(e.key, e.args, lang);
  if (e.where.empty())
    fmt::print(stderr, "kaplan: error: {}\n", msg);
  else
    fmt::print(stderr, "kaplan: error: {}: {}\n", e.where, msg);
  return 2;
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    std::fflush(stdout);
    return;
  }
  std::filesystem::path target = path;
  std::string tmp =
      (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (target.parent_path().empty()) tmp = "." + target.filename().string() + ".tmp-XXXXXX";
  auto fail = [&](int err) {
    throw StopError{"stop.output", {arg("path", path), arg("reason", std::strerror(err))}, {}};
  };
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) fail(errno);
  // mkstemp creates the file 0600; give it the mode a plain create would have.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      fail(err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail(err);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail(err);
  }
}

} // namespace kaplan::cli
