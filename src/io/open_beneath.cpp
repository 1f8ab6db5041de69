// SPDX-License-Identifier: MIT
// Opening a path beneath a folder descriptor without ever leaving it. The kernel does it
// with openat2(RESOLVE_BENEATH) since Linux 5.6; on older kernels (or where a sandbox
// refuses the system call) a walk opens one component at a time with O_NOFOLLOW and
// resolves symbolic links itself, applying the same rule: no absolute link, no `..`
// above the starting folder.
#include "kaplan/io/read.hpp"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <linux/openat2.h>
#include <string>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>

namespace kaplan::io {
namespace {

// -1 unknown, 0 unavailable, 1 available.
std::atomic<int> openat2_state{-1};

bool openat2_wanted() {
  int state = openat2_state.load(std::memory_order_relaxed);
  if (state < 0) {
    const char* off = std::getenv("KAPLAN_NO_OPENAT2");
    state = off && *off && std::string_view(off) != "0" ? 0 : 1;
    openat2_state.store(state, std::memory_order_relaxed);
  }
  return state == 1;
}

// The most symbolic links one resolution follows, as the kernel's limit.
constexpr int kMaxLinks = 40;

std::vector<std::string> split(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The walk that stands in for openat2: `dirs` holds the folders entered so far (the
// first is the confining one, borrowed), so `..` steps back without a path lookup.
int walk_beneath(int dir_fd, std::string_view rel, int flags, ReadFailure& failure) {
  if (!rel.empty() && rel.front() == '/') {
    failure = ReadFailure::outside;
    return -1;
  }
  std::vector<std::string> pending = split(rel);
  std::vector<int> dirs{dir_fd};
  auto close_entered = [&] {
    for (std::size_t i = 1; i < dirs.size(); ++i)
      ::close(dirs[i]);
  };
  auto fail = [&](ReadFailure f) {
    close_entered();
    failure = f;
    return -1;
  };
  int links = 0;
  std::size_t next = 0;
  // Components are consumed from the front; a link's target is spliced in its place.
  while (next < pending.size()) {
    std::string name = pending[next++];
    if (name == ".") continue;
    if (name == "..") {
      if (dirs.size() == 1) return fail(ReadFailure::outside);
      ::close(dirs.back());
      dirs.pop_back();
      continue;
    }
    bool last = next == pending.size();
    int fd = ::openat(dirs.back(), name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return fail(failure_from_errno(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      int err = errno;
      ::close(fd);
      return fail(failure_from_errno(err));
    }
    if (S_ISLNK(st.st_mode)) {
      char target[4096];
      ssize_t n = ::readlinkat(fd, "", target, sizeof target);
      ::close(fd);
      if (n < 0) return fail(ReadFailure::unreadable);
      if (static_cast<std::size_t>(n) == sizeof target) return fail(ReadFailure::too_long);
      if (++links > kMaxLinks) return fail(ReadFailure::link_loop);
      std::string_view t(target, static_cast<std::size_t>(n));
      if (t.empty() || t.front() == '/') return fail(ReadFailure::outside);
      std::vector<std::string> spliced = split(t);
      spliced.insert(spliced.end(), pending.begin() + static_cast<std::ptrdiff_t>(next),
                     pending.end());
      pending = std::move(spliced);
      next = 0;
      continue;
    }
    if (!last) {
      if (!S_ISDIR(st.st_mode)) {
        ::close(fd);
        return fail(ReadFailure::missing); // ENOTDIR: a file where a folder was expected
      }
      dirs.push_back(fd);
      continue;
    }
    if (flags & O_PATH) {
      close_entered();
      return fd;
    }
    // The last component is not a link: open it for real, refusing a link swapped in
    // meanwhile, and make sure it is still the file just examined.
    int real = ::openat(dirs.back(), name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    int err = errno;
    ::close(fd);
    if (real < 0) return fail(err == ELOOP ? ReadFailure::unreadable : failure_from_errno(err));
    struct stat now {};
    if (::fstat(real, &now) != 0 || now.st_dev != st.st_dev || now.st_ino != st.st_ino) {
      ::close(real);
      return fail(ReadFailure::unreadable);
    }
    close_entered();
    return real;
  }
  // The path named the starting folder itself (empty, `.`, `a/..`).
  int fd = ::openat(dirs.back(), ".", flags | O_CLOEXEC | ((flags & O_PATH) ? 0 : O_NOCTTY));
  int err = errno;
  close_entered();
  if (fd < 0) failure = failure_from_errno(err);
  return fd;
}

} // namespace

bool use_openat2(bool on) {
  bool was = openat2_wanted();
  openat2_state.store(on ? 1 : 0, std::memory_order_relaxed);
  return was;
}

int open_beneath(int dir_fd, std::string_view rel, int flags, ReadFailure& failure) {
  failure = ReadFailure::none;
  if (rel.size() >= 4096) {
    failure = ReadFailure::too_long;
    return -1;
  }
  if (openat2_wanted()) {
    std::string path(rel.empty() ? std::string_view(".") : rel);
    open_how how{};
    // openat2 refuses flags that mean nothing with O_PATH (O_NOCTTY among them).
    int extra = (flags & O_PATH) ? O_CLOEXEC : O_CLOEXEC | O_NOCTTY;
    how.flags = static_cast<std::uint64_t>(flags | extra);
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    for (int attempt = 0; attempt < 8; ++attempt) {
      long fd = ::syscall(SYS_openat2, dir_fd, path.c_str(), &how, sizeof how);
      if (fd >= 0) return static_cast<int>(fd);
      // EAGAIN: a rename elsewhere raced with the lookup; the kernel asks to retry.
      if (errno == EAGAIN) continue;
      if (errno == ENOSYS || errno == EPERM) {
        // No openat2 here (an old kernel, or a seccomp filter): walk instead from now on.
        openat2_state.store(0, std::memory_order_relaxed);
        break;
      }
      failure = errno == EXDEV ? ReadFailure::outside : failure_from_errno(errno);
      return -1;
    }
    if (openat2_state.load(std::memory_order_relaxed) == 1) {
      failure = ReadFailure::unreadable;
      return -1;
    }
  }
  return walk_beneath(dir_fd, rel, flags, failure);
}

} // namespace kaplan::io
