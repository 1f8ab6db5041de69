// SPDX-License-Identifier: MIT
#include "kaplan/io/write.hpp"

#include "io/cleanup.hpp"
#include "io/file_ops.hpp"
#include "io/guard.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/errors.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fnmatch.h>
#include <functional>
#include <random>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace kaplan::io {
namespace fs = std::filesystem;
using ops::fail;
using ops::sync_folder;
using ops::write_all;
namespace {

// The descriptor a path names without being a file to create: /dev/stdout, /dev/stderr,
// /dev/fd/N and /proc/self/fd/N. -1 for any other path.
int named_descriptor(std::string_view path) {
  if (path == "/dev/stdout") return STDOUT_FILENO;
  if (path == "/dev/stderr") return STDERR_FILENO;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!path.starts_with(prefix)) continue;
    std::string_view digits = path.substr(prefix.size());
    int fd = -1;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
    if (ec == std::errc() && end == digits.data() + digits.size() && fd >= 0) return fd;
  }
  return -1;
}

// A fresh name for a temporary file or folder: `.<name>.tmp-<random>` in `dir`.
std::string temporary_name(const fs::path& dir, const std::string& name) {
  return (dir / ("." + name + ".tmp-" + ops::random_suffix())).string();
}

// Creates a new file (never through a link, never over anything) with the mode a plain
// create would give it, writes `content`, flushes it to disk. Returns its path.
std::string create_temporary(const fs::path& dir, const std::string& name, std::string_view content,
                             const std::string& shown, int& slot) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string tmp = temporary_name(dir, name);
    // Registered before it exists: an interrupt between the two would otherwise leave it
    // (an interrupt before the file is made unlinks a name nobody has).
    std::error_code ec;
    slot = cleanup::add(fs::absolute(tmp, ec).string(), false);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0) {
      int err = errno;
      cleanup::remove(slot);
      if (err == EEXIST) continue;
      fail(shown, err);
    }
    try {
      write_all(fd, content, shown);
      if (ops::fsync_retry(fd) != 0) fail(shown, errno);
    } catch (...) {
      ::close(fd);
      ::unlink(tmp.c_str());
      cleanup::remove(slot);
      throw;
    }
    if (::close(fd) != 0) {
      int err = errno;
      ::unlink(tmp.c_str());
      cleanup::remove(slot);
      fail(shown, err);
    }
    return tmp;
  }
  fail(shown, EEXIST);
}

} // namespace

void refuse_guarded(const std::string& path, const OutputGuard* guard) {
  if (!guard) return;
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    FileIdentity id{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
    if (std::find(guard->inputs.begin(), guard->inputs.end(), id) != guard->inputs.end())
      throw StopError{"stop.output-is-input", {arg("path", path)}, {}};
  }
  // The path as written and through the real path of its folder, as the patterns are.
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec).lexically_normal();
  std::vector<std::string> forms{abs.generic_string()};
  fs::path real_dir = fs::canonical(abs.parent_path(), ec);
  if (!ec) forms.push_back((real_dir / abs.filename()).generic_string());
  for (const auto& pattern : guard->include_patterns)
    for (const auto& form : forms)
      if (::fnmatch(pattern.c_str(), form.c_str(), FNM_PATHNAME | FNM_PERIOD) == 0)
        throw StopError{"stop.output-included", {arg("path", path)}, {}};
}

void OutputGuard::add(const SourceSet& sources) {
  for (const auto& f : sources.files)
    if (f.identity.on_disk()) inputs.push_back(f.identity);
  for (const auto& p : sources.include_patterns)
    if (std::find(include_patterns.begin(), include_patterns.end(), p) == include_patterns.end())
      include_patterns.push_back(p);
}

void OutputGuard::add(const Config& config) {
  if (config.identity.on_disk()) inputs.push_back(config.identity);
}

Destination check_output(const std::string& path, const WriteOptions& options) {
  if (path.empty() || path == "-") return Destination::stdout_stream;
  if (int fd = named_descriptor(path); fd >= 0) {
    if (::fcntl(fd, F_GETFD) < 0) fail(path, EBADF);
    return Destination::stream;
  }
  struct stat link {};
  if (::lstat(path.c_str(), &link) != 0) {
    if (errno != ENOENT) fail(path, errno);
    // A new file: its folder must exist (nothing is created on the way).
    fs::path dir = fs::path(path).parent_path();
    struct stat d {};
    if (::stat(dir.empty() ? "." : dir.c_str(), &d) != 0) fail(path, errno);
    if (!S_ISDIR(d.st_mode)) fail(path, ENOTDIR);
    refuse_guarded(path, options.guard);
    return Destination::file;
  }
  struct stat st = link;
  bool dangling = false;
  if (S_ISLNK(link.st_mode) && ::stat(path.c_str(), &st) != 0) dangling = true;
  if (!dangling) {
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) return Destination::stream;
    if (S_ISDIR(st.st_mode)) throw StopError{"stop.output-folder", {arg("path", path)}, {}};
    if (!S_ISREG(st.st_mode)) fail(path, ENXIO); // a socket or a block device
  }
  refuse_guarded(path, options.guard);
  if (!options.force) throw StopError{"stop.output-exists", {arg("path", path)}, {}};
  return Destination::file;
}

void write_stdout(std::string_view content) {
  std::fflush(stdout);
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(STDOUT_FILENO, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw StopError{"stop.stdout", {arg("reason", errno_reason(errno))}, {}};
    done += static_cast<std::size_t>(n);
  }
}

Destination write_output(const std::string& path, std::string_view content,
                         const WriteOptions& options) {
  Destination where = check_output(path, options);
  if (where == Destination::stdout_stream) {
    write_stdout(content);
    return where;
  }
  if (where == Destination::stream) {
    int fd = named_descriptor(path);
    if (fd >= 0) {
      write_all(fd, content, path);
      return where;
    }
    // A device or FIFO: written in place, never created, truncated or replaced.
    fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) fail(path, errno);
    try {
      write_all(fd, content, path);
    } catch (...) {
      ::close(fd);
      throw;
    }
    if (::close(fd) != 0) fail(path, errno);
    return where;
  }
  fs::path target = path;
  fs::path dir = target.parent_path();
  struct stat old {};
  bool replacing = ::lstat(path.c_str(), &old) == 0;
  int slot = -1;
  std::string tmp = create_temporary(dir.empty() ? fs::path(".") : dir, target.filename().string(),
                                     content, path, slot);
  // A replaced file keeps its permissions.
  if (replacing && S_ISREG(old.st_mode)) ::chmod(tmp.c_str(), old.st_mode & 07777);
  bool placed = false;
  int err = 0;
  if (options.force) {
    placed = std::rename(tmp.c_str(), path.c_str()) == 0;
    err = errno;
  } else {
    placed = ops::rename_new(tmp, path);
    err = errno;
  }
  if (!placed) ::unlink(tmp.c_str());
  cleanup::remove(slot);
  if (!placed && err == EEXIST) throw StopError{"stop.output-exists", {arg("path", path)}, {}};
  if (!placed) fail(path, err);
  sync_folder(dir);
  return where;
}

} // namespace kaplan::io
