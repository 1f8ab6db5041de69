// SPDX-License-Identifier: MIT
#include "cli/output.hpp"

#include "kaplan/stop_message.hpp"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kaplan::cli {

int print_stop(const StopError& e, Lang lang) {
  std::string msg = stop_message(e, lang);
  if (e.where.empty())
    fmt::print(stderr, "kaplan: error: {}\n", msg);
  else
    fmt::print(stderr, "kaplan: error: {}: {}\n", e.where, msg);
  return 2;
}

namespace {

[[noreturn]] void fail(const std::string& path, int err) {
  throw StopError{"stop.output", {arg("path", path), arg("reason", errno_reason(err))}, {}};
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
  commit_staged(write_temporary(path, content), path, /*replace=*/true);
}

std::string stage_file(const std::string& dir, const std::string& content) {
  return write_temporary((std::filesystem::path(dir) / "report").string(), content);
}

bool commit_staged(const std::string& staged, const std::string& path, bool replace) {
  // link() never replaces an existing file, unlike rename().
  int rc =
      replace ? std::rename(staged.c_str(), path.c_str()) : ::link(staged.c_str(), path.c_str());
  int err = errno;
  if (rc != 0 || !replace) ::unlink(staged.c_str());
  if (rc == 0) return true;
  if (!replace && err == EEXIST) return false;
  fail(path, err);
}

bool write_new_file(const std::string& path, const std::string& content) {
  return commit_staged(write_temporary(path, content), path, /*replace=*/false);
}

void write_all_or_nothing(const std::vector<FileToWrite>& files, bool force) {
  namespace fs = std::filesystem;
  std::vector<fs::path> made_dirs; // folders this call created, parents first
  std::vector<std::string> temps;  // temporaries written, one per file, in order
  std::vector<std::string> placed; // targets that now hold our content and did not exist
  auto undo = [&] {
    for (const auto& t : temps)
      ::unlink(t.c_str());
    for (const auto& p : placed)
      ::unlink(p.c_str());
    for (auto it = made_dirs.rbegin(); it != made_dirs.rend(); ++it)
      ::rmdir(it->c_str());
  };
  try {
    for (const auto& f : files) {
      fs::path dir = fs::path(f.path).parent_path();
      std::vector<fs::path> missing;
      for (fs::path d = dir; !d.empty() && !fs::exists(d); d = d.parent_path())
        missing.push_back(d);
      for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
        if (::mkdir(it->c_str(), 0777) != 0) fail(it->string(), errno);
        made_dirs.push_back(*it);
      }
      temps.push_back(write_temporary(f.path, f.content));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
      const std::string& target = files[i].path;
      bool existed = ::access(target.c_str(), F_OK) == 0;
      // Without force, a file created since the check above is still never replaced.
      bool committed = commit_staged(temps[i], target, force); // the temporary is gone either way
      temps[i].clear();
      if (!committed) fail(target, EEXIST);
      if (!existed) placed.push_back(target);
    }
  } catch (...) {
    std::erase(temps, std::string());
    undo();
    throw;
  }
}

} // namespace kaplan::cli
