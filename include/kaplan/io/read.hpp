// SPDX-License-Identifier: MIT
#pragma once

// Reading files: the one place kaplan opens a file for reading. A plan's files are read
// beneath the plan's folder, opened once as a descriptor, with confinement the kernel
// enforces (openat2 RESOLVE_BENEATH), so no path, `..` or symbolic link written by a
// plan's author can make kaplan read outside that folder.

#include "kaplan/model/plan.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kaplan::io {

// An owned file descriptor, closed when it goes out of scope.
class Fd {
public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd();
  int get() const { return fd_; }
  explicit operator bool() const { return fd_ >= 0; }

private:
  int fd_ = -1;
};

// Why a file could not be read; each has a catalogue text (`KAP-S001.read-<name>`).
enum class ReadFailure : std::uint8_t {
  none,
  missing,     // nothing at that path
  directory,   // a folder where a file was expected
  not_regular, // a FIFO, socket or device
  too_large,   // over the size limit
  permission,  // not allowed to read it
  too_long,    // a name or path too long for the system
  link_loop,   // too many symbolic links
  outside,     // the path or a symbolic link in it leads outside the confining folder
  unreadable,  // any other I/O error
};

// The catalogue name of a failure ("missing", "not-regular", …).
std::string_view failure_name(ReadFailure failure);

// The failure an errno value of open() or read() stands for.
ReadFailure failure_from_errno(int err);

// What is at a path, as seen without following a final symbolic link.
enum class EntryType : std::uint8_t { file, directory, symlink, other };

// One entry of a folder.
struct Entry {
  std::string name;
  EntryType type = EntryType::other;
};

// A folder opened once by descriptor. Everything below it is opened relative to that
// descriptor and can never resolve outside it; nothing is checked by path and then
// opened by path, so swapping a file for a link between the two cannot leak anything.
class Folder {
public:
  Folder() = default;

  // Opens the folder at `path` (following symbolic links in `path` itself: whoever named
  // it chose it). On failure the Folder is closed and `failure` says why.
  static Folder open(const std::string& path, ReadFailure& failure);

  bool is_open() const { return static_cast<bool>(fd_); }
  int fd() const { return fd_.get(); }

  // Reads the regular file at `rel` (relative, `/`-separated) into `text`, at most
  // `max_size` bytes, and its identity; the type and size are checked on the open
  // descriptor. FIFOs, sockets and devices are never opened for reading.
  ReadFailure read(std::string_view rel, std::uint64_t max_size, std::string& text,
                   FileIdentity& identity) const;

  // The type of what `rel` resolves to beneath the folder (following links that stay
  // inside it).
  ReadFailure type_of(std::string_view rel, EntryType& type) const;

  // The entries of the folder at `rel` beneath this one ("" for itself), sorted by name.
  ReadFailure list(std::string_view rel, std::vector<Entry>& entries) const;

private:
  Fd fd_;
};

// Opens `rel` beneath the folder `dir_fd` with open(2) `flags`, confined to it: the kernel's
// openat2(RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS) where it exists, else a walk of one
// component at a time that resolves symbolic links itself under the same rules. Returns
// the descriptor, or -1 with `failure` set.
int open_beneath(int dir_fd, std::string_view rel, int flags, ReadFailure& failure);

// Turns the kernel's openat2 off (or on again) for this process, so tests can exercise
// the walk that stands in for it on kernels without openat2 (KAPLAN_NO_OPENAT2=1 turns
// it off from the start). Returns whether it was in use.
bool use_openat2(bool on);

// Reads a file named on the command line: beneath its own folder, so the name may be a
// symbolic link only to a file in that folder or below it. Same checks as Folder::read.
ReadFailure read_named_file(const std::string& path, std::uint64_t max_size, std::string& text,
                            FileIdentity& identity);

// Reads exactly the file named, following symbolic links wherever they lead (for
// `--config FILE`, which the user chose); regular files only, at most `max_size` bytes.
ReadFailure read_file_anywhere(const std::string& path, std::uint64_t max_size, std::string& text,
                               FileIdentity& identity);

// The size limit of one file: KAPLAN_MAX_FILE_SIZE when set (bytes, or with a K, M or G
// suffix for KiB, MiB, GiB), else `configured`. A value that is not a size stops the run.
std::uint64_t file_size_limit(std::uint64_t configured);

} // namespace kaplan::io
