// SPDX-License-Identifier: MIT
#include "io/file_ops.hpp"

#include "kaplan/model/errors.hpp"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <random>
#include <thread>
#include <unistd.h>

namespace kaplan::io::ops {

void fail(const std::string& path, int err) {
  throw StopError{"stop.output", {arg("path", path), arg("reason", errno_reason(err))}, {}};
}

void write_all(int fd, std::string_view content, const std::string& shown) {
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(shown, errno);
    done += static_cast<std::size_t>(n);
  }
}

int fsync_retry(int fd) {
  int rc = 0;
  do {
    rc = ::fsync(fd);
  } while (rc != 0 && errno == EINTR);
  return rc;
}

std::string random_suffix() {
  thread_local std::mt19937_64 random{
      static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
      (static_cast<std::uint64_t>(::getpid()) << 32) ^
      std::hash<std::thread::id>{}(std::this_thread::get_id())};
  static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string s;
  for (int i = 0; i < 10; ++i)
    s += kChars[random() % (sizeof kChars - 1)];
  return s;
}

bool rename_new(const std::filesystem::path& from, const std::filesystem::path& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
  if (::link(from.c_str(), to.c_str()) != 0) return false;
  ::unlink(from.c_str());
  return true;
}

void sync_folder(const std::filesystem::path& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync_retry(fd); // some file systems refuse: the files themselves are flushed already
  ::close(fd);
}

} // namespace kaplan::io::ops
