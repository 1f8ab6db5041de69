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

namespace {

[[noreturn]] void fail(const std::string& path, int err) {
  throw StopError{"stop.output", {arg("path", path), arg("reason", std::strerror(err))}, {}};
}

// Writes `content` to a new temporary file beside `path` (same file system, so it can be
// renamed or linked into place) and returns its name.
std::string write_temporary(const std::string& path, const std::string& content) {
  std::filesystem::path target = path;
  std::string tmp =
      (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (target.parent_path().empty()) tmp = "." + target.filename().string() + ".tmp-XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) fail(path, errno);
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
      fail(path, err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail(path, err);
  }
  return tmp;
}

} // namespace

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    std::fflush(stdout);
    return;
  }
  std::string tmp = write_temporary(path, content);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail(path, err);
  }
}

bool write_new_file(const std::string& path, const std::string& content) {
  std::string tmp = write_temporary(path, content);
  // link() never replaces an existing file, unlike rename().
  int rc = ::link(tmp.c_str(), path.c_str());
  int err = errno;
  ::unlink(tmp.c_str());
  if (rc == 0) return true;
  if (err == EEXIST) return false;
  fail(path, err);
}

} // namespace kaplan::cli
