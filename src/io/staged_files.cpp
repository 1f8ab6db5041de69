// SPDX-License-Identifier: MIT
// Several files written together (rollforward's plan, report --out-dir): staged in one
// folder, then moved into place all at once, or not at all.
#include "io/cleanup.hpp"
#include "io/file_ops.hpp"
#include "io/guard.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/errors.hpp"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <mutex>
#include <random>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace kaplan::io {
namespace fs = std::filesystem;
using ops::fail;
using ops::random_suffix;
using ops::rename_new;
using ops::sync_folder;
namespace {

bool exists_no_follow(const fs::path& p) {
  struct stat st {};
  return ::lstat(p.c_str(), &st) == 0;
}

// Creates the missing folders of `dir` (parents first), recording each one made.
void make_folders(const fs::path& dir, std::vector<fs::path>& made, const std::string& shown) {
  std::vector<fs::path> missing;
  for (fs::path d = dir; !d.empty() && !exists_no_follow(d); d = d.parent_path()) {
    missing.push_back(d);
    if (!d.has_relative_path() || d == d.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (::mkdir(it->c_str(), 0777) != 0 && errno != EEXIST) fail(shown, errno);
    made.push_back(*it);
  }
}

// `top` and each folder between it and the file `rel` inside it.
void add_folders(std::set<fs::path>& out, fs::path top, const fs::path& rel) {
  out.insert(top);
  for (const auto& part : rel.parent_path())
    out.insert(top /= part);
}

// Flushes the entries of every folder a file was moved or a folder made into, so that
// the renames, not only the files' content, survive a crash.
void sync_folders(const std::set<fs::path>& folders) {
  for (const auto& dir : folders)
    sync_folder(dir);
}

} // namespace

struct StagedFiles::State {
  fs::path staging;       // the staging folder: parts/ (content), tree/ or backup/
  bool new_target = true; // the target folder did not exist: the whole tree moves at once
  int slot = -1;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  std::vector<std::string> names; // handle -> where it goes (empty: dropped)
  bool committed = false;
};

StagedFiles::StagedFiles(std::string target_dir, WriteOptions options)
    : target_(std::move(target_dir)), options_(options), state_(std::make_unique<State>()) {
  fs::path target = target_.empty() ? fs::path(".") : fs::path(target_);
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) throw StopError{"stop.output-not-folder", {arg("path", target_)}, {}};
    state_->new_target = false;
  } else if (errno != ENOENT) {
    fail(target_, errno);
  }
  // Inside the target when it exists; else beside it, in the nearest folder that exists
  // (so the staging folder and the target are on one file system).
  fs::path abs = fs::absolute(target).lexically_normal();
  if (abs.has_relative_path() && abs.filename().empty()) abs = abs.parent_path();
  fs::path home = abs;
  if (state_->new_target)
    for (home = abs.parent_path(); !exists_no_follow(home) && home.has_relative_path();)
      home = home.parent_path();
  std::string label = state_->new_target ? abs.filename().string() : std::string("kaplan");
  for (int attempt = 0;; ++attempt) {
    fs::path candidate = home / ("." + label + ".tmp-" + random_suffix());
    // Registered before it exists, so that no interrupt can fall between the two.
    state_->slot = cleanup::add(candidate.string(), true);
    if (::mkdir(candidate.c_str(), 0700) == 0) {
      state_->staging = candidate;
      break;
    }
    int err = errno;
    cleanup::remove(state_->slot);
    state_->slot = -1;
    if (err != EEXIST || attempt > 100) fail(target_, err);
  }
  if (::mkdir((state_->staging / "parts").c_str(), 0700) != 0) {
    int err = errno;
    cleanup::remove_tree(state_->staging.c_str());
    cleanup::remove(state_->slot);
    fail(target_, err);
  }
}

StagedFiles::~StagedFiles() {
  if (!state_ || state_->committed) return;
  cleanup::remove_tree(state_->staging.c_str());
  cleanup::remove(state_->slot);
}

void StagedFiles::check(const std::string& rel) const {
  fs::path final = fs::path(target_.empty() ? "." : target_) / rel;
  std::string shown = final.lexically_normal().string();
  struct stat st {};
  bool exists = ::lstat(final.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode))
    throw StopError{"stop.output-folder", {arg("path", shown)}, {}};
  refuse_guarded(final.string(), options_.guard);
  if (exists && !options_.force) throw StopError{"stop.output-exists", {arg("path", shown)}, {}};
}

std::size_t StagedFiles::stage(std::string_view content) {
  std::size_t handle = state_->next++;
  fs::path part = state_->staging / "parts" / std::to_string(handle);
  int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0) fail(target_, errno);
  try {
    ops::write_all(fd, content, target_);
  } catch (...) {
    ::close(fd);
    throw;
  }
  // Not synced one by one: commit() flushes them all at once (syncfs), which for
  // thousands of files is much cheaper than an fsync each.
  if (::close(fd) != 0) fail(target_, errno);
  std::lock_guard lock(state_->mutex);
  if (state_->names.size() <= handle) state_->names.resize(handle + 1);
  return handle;
}

void StagedFiles::name(std::size_t handle, std::string rel) {
  std::lock_guard lock(state_->mutex);
  if (state_->names.size() <= handle) state_->names.resize(handle + 1);
  state_->names[handle] = std::move(rel);
}

void StagedFiles::commit() {
  State& s = *state_;
  HoldInterrupts hold; // the moves below are one step: a signal waits until they are done
  for (const auto& rel : s.names)
    if (!rel.empty()) check(rel);
  fs::path target = target_.empty() ? fs::path(".") : fs::path(target_);
  fs::path parts = s.staging / "parts";
  std::set<fs::path> folders; // where entries change: flushed once all are in place
  for (const auto& rel : s.names)
    if (!rel.empty()) add_folders(folders, target, rel);
  // Every staged file on disk before any is moved into place.
  if (int fd = ::open(s.staging.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
    int rc = 0;
    do {
      rc = ::syncfs(fd);
    } while (rc != 0 && errno == EINTR);
    int err = errno;
    ::close(fd);
    if (rc != 0) fail(target_, err);
  }

  if (s.new_target && !exists_no_follow(target)) {
    // Build the final tree inside the staging folder, then move it into place at once.
    fs::path tree = s.staging / "tree";
    std::vector<fs::path> unused;
    if (::mkdir(tree.c_str(), 0777) != 0) fail(target_, errno);
    for (std::size_t h = 0; h < s.names.size(); ++h) {
      if (s.names[h].empty()) continue;
      fs::path to = tree / s.names[h];
      make_folders(to.parent_path(), unused, target_);
      if (std::rename((parts / std::to_string(h)).c_str(), to.c_str()) != 0)
        fail((target / s.names[h]).lexically_normal().string(), errno);
    }
    std::vector<fs::path> made;
    make_folders(target.parent_path(), made, target_);
    if (std::rename(tree.c_str(), target.c_str()) != 0) {
      int err = errno;
      for (auto it = made.rbegin(); it != made.rend(); ++it)
        ::rmdir(it->c_str());
      fail(target_, err);
    }
    folders.insert(target.parent_path()); // sync_folder reads "" as "."
    for (const auto& dir : made)
      folders.insert(dir.parent_path());
    sync_folders(folders);
  } else {
    // The folder exists: file by file, keeping what each replaces until all are placed.
    fs::path backup = s.staging / "backup";
    if (::mkdir(backup.c_str(), 0700) != 0) fail(target_, errno);
    struct Placed {
      fs::path at;
      fs::path saved; // where the replaced file waits; empty when there was none
    };
    std::vector<Placed> placed;
    std::vector<fs::path> made;
    auto undo = [&] {
      for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
        ::unlink(it->at.c_str());
        if (!it->saved.empty()) std::rename(it->saved.c_str(), it->at.c_str());
      }
      for (auto it = made.rbegin(); it != made.rend(); ++it)
        ::rmdir(it->c_str());
    };
    try {
      for (std::size_t h = 0; h < s.names.size(); ++h) {
        if (s.names[h].empty()) continue;
        fs::path to = target / s.names[h];
        std::string shown = to.lexically_normal().string();
        make_folders(to.parent_path(), made, shown);
        Placed p{to, {}};
        struct stat old {};
        if (::lstat(to.c_str(), &old) == 0) {
          if (!options_.force) throw StopError{"stop.output-exists", {arg("path", shown)}, {}};
          // A replaced file keeps its permissions, as with write_output.
          if (S_ISREG(old.st_mode))
            ::chmod((parts / std::to_string(h)).c_str(), old.st_mode & 07777);
          p.saved = backup / std::to_string(h);
          if (std::rename(to.c_str(), p.saved.c_str()) != 0) fail(shown, errno);
        }
        if (!rename_new(parts / std::to_string(h), to)) {
          int err = errno;
          if (!p.saved.empty()) std::rename(p.saved.c_str(), to.c_str());
          if (err == EEXIST) throw StopError{"stop.output-exists", {arg("path", shown)}, {}};
          fail(shown, err);
        }
        placed.push_back(std::move(p));
      }
    } catch (...) {
      undo();
      throw;
    }
    sync_folders(folders);
  }
  s.committed = true;
  cleanup::remove_tree(s.staging.c_str());
  cleanup::remove(s.slot);
}

} // namespace kaplan::io
