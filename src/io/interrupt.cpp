// SPDX-License-Identifier: MIT
// What happens on SIGINT, SIGTERM and SIGHUP: every temporary file and staging folder
// registered by the writers is removed, then the process exits with 128 + the signal.
// The handler only makes system calls (open, getdents64, unlinkat, close, _exit) on a
// fixed table of paths, as a signal handler must.
#include "io/cleanup.hpp"
#include "kaplan/io/write.hpp"

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace kaplan::io {
namespace {

enum SlotState : int { kFree = 0, kFilling = 1, kReady = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  bool folder = false;
  char path[PATH_MAX] = {};
};

constexpr int kSlots = 32;
Slot slots[kSlots];

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Removes the entries of an open folder, then the folder (`name` in `parent`). Deleting
// while listing may skip entries, so the folder is listed again until it is empty.
void remove_tree_at(int parent, const char* name, int depth) {
  for (int attempt = 0; attempt < 64; ++attempt) {
    int fd = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
      ::unlinkat(parent, name, 0); // not a folder (any more): a file or a link
      return;
    }
    alignas(8) char buf[2048];
    while (true) {
      ssize_t n = ::getdents64(fd, buf, sizeof buf);
      if (n <= 0) break;
      for (ssize_t off = 0; off < n;) {
        auto* d = reinterpret_cast<dirent64*>(buf + off);
        off += d->d_reclen;
        const char* entry = d->d_name;
        if (std::strcmp(entry, ".") == 0 || std::strcmp(entry, "..") == 0) continue;
        if (::unlinkat(fd, entry, 0) != 0 && errno == EISDIR && depth < 64)
          remove_tree_at(fd, entry, depth + 1);
      }
    }
    ::close(fd);
    if (::unlinkat(parent, name, AT_REMOVEDIR) == 0 || errno != ENOTEMPTY) return;
  }
}

extern "C" void on_interrupt(int sig) {
  for (auto& slot : slots) {
    if (slot.state.load(std::memory_order_acquire) != kReady) continue;
    if (slot.folder)
      cleanup::remove_tree(slot.path);
    else
      ::unlink(slot.path);
  }
  ::_exit(128 + sig);
}

} // namespace

namespace cleanup {

int add(const std::string& absolute_path, bool folder) {
  if (absolute_path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!slots[i].state.compare_exchange_strong(expected, kFilling, std::memory_order_acq_rel))
      continue;
    std::memcpy(slots[i].path, absolute_path.c_str(), absolute_path.size() + 1);
    slots[i].folder = folder;
    slots[i].state.store(kReady, std::memory_order_release);
    return i;
  }
  return -1;
}

void remove(int slot) {
  if (slot >= 0 && slot < kSlots) slots[slot].state.store(kFree, std::memory_order_release);
}

void remove_tree(const char* path) {
  remove_tree_at(AT_FDCWD, path, 0);
}

} // namespace cleanup

void install_interrupt_cleanup() {
  for (int sig : kSignals) {
    struct sigaction old {};
    ::sigaction(sig, nullptr, &old);
    if (old.sa_handler == SIG_IGN) continue; // `nohup` and friends: keep ignoring it
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    ::sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

HoldInterrupts::HoldInterrupts() {
  sigset_t held;
  ::sigemptyset(&held);
  for (int sig : kSignals)
    ::sigaddset(&held, sig);
  ::pthread_sigmask(SIG_BLOCK, &held, &saved_);
}

HoldInterrupts::~HoldInterrupts() {
  ::pthread_sigmask(SIG_SETMASK, &saved_, nullptr);
}

} // namespace kaplan::io
