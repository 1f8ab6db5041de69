// SPDX-License-Identifier: MIT
#include "kaplan/io/read.hpp"

#include "kaplan/model/config.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace kaplan::io {
namespace {

// Reads the whole of an open regular file, never more than `max_size` bytes: the file
// may grow while it is read, and some regular files (in /proc) report size 0.
ReadFailure read_open_file(int fd, std::uint64_t max_size, std::string& text,
                           FileIdentity& identity) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return failure_from_errno(errno);
  if (S_ISDIR(st.st_mode)) return ReadFailure::directory;
  if (!S_ISREG(st.st_mode)) return ReadFailure::not_regular;
  max_size = file_size_limit(max_size);
  if (static_cast<std::uint64_t>(st.st_size) > max_size) return ReadFailure::too_large;
  identity = {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
  text.clear();
  text.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[65536];
  while (true) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return failure_from_errno(errno);
    if (n == 0) break;
    if (text.size() + static_cast<std::uint64_t>(n) > max_size) return ReadFailure::too_large;
    text.append(chunk, static_cast<std::size_t>(n));
  }
  return ReadFailure::none;
}

// Opens `rel` beneath `dir_fd` for reading when it is a regular file: the type is checked
// on a path descriptor first, so a FIFO or a device is never opened (opening one can
// block or have effects), and the file then opened must be the one examined.
ReadFailure read_beneath(int dir_fd, std::string_view rel, std::uint64_t max_size,
                         std::string& text, FileIdentity& identity) {
  ReadFailure failure{};
  Fd path_fd(open_beneath(dir_fd, rel, O_PATH, failure));
  if (!path_fd) return failure;
  struct stat st {};
  if (::fstat(path_fd.get(), &st) != 0) return failure_from_errno(errno);
  if (S_ISDIR(st.st_mode)) return ReadFailure::directory;
  if (!S_ISREG(st.st_mode)) return ReadFailure::not_regular;
  Fd fd(open_beneath(dir_fd, rel, O_RDONLY | O_NONBLOCK, failure));
  if (!fd) return failure;
  struct stat now {};
  if (::fstat(fd.get(), &now) != 0) return failure_from_errno(errno);
  if (now.st_dev != st.st_dev || now.st_ino != st.st_ino) return ReadFailure::unreadable;
  return read_open_file(fd.get(), max_size, text, identity);
}

EntryType type_of_mode(mode_t mode) {
  if (S_ISREG(mode)) return EntryType::file;
  if (S_ISDIR(mode)) return EntryType::directory;
  if (S_ISLNK(mode)) return EntryType::symlink;
  return EntryType::other;
}

} // namespace

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

Fd::~Fd() {
  if (fd_ >= 0) ::close(fd_);
}

std::string_view failure_name(ReadFailure failure) {
  switch (failure) {
  case ReadFailure::none:
    return "none";
  case ReadFailure::missing:
    return "missing";
  case ReadFailure::directory:
    return "directory";
  case ReadFailure::not_regular:
    return "not-regular";
  case ReadFailure::too_large:
    return "too-large";
  case ReadFailure::permission:
    return "permission";
  case ReadFailure::too_long:
    return "too-long";
  case ReadFailure::link_loop:
    return "link-loop";
  case ReadFailure::outside:
    return "outside";
  case ReadFailure::unreadable:
    break;
  }
  return "unreadable";
}

ReadFailure failure_from_errno(int err) {
  switch (err) {
  case ENOENT:
  case ENOTDIR:
    return ReadFailure::missing;
  case EISDIR:
    return ReadFailure::directory;
  case EACCES:
  case EPERM:
    return ReadFailure::permission;
  case ENAMETOOLONG:
    return ReadFailure::too_long;
  case ELOOP:
    return ReadFailure::link_loop;
  case ENXIO:  // a socket, or a FIFO without a writer
  case ENODEV: // a device without a driver
    return ReadFailure::not_regular;
  case EXDEV:
    return ReadFailure::outside;
  default:
    return ReadFailure::unreadable;
  }
}

Folder Folder::open(const std::string& path, ReadFailure& failure) {
  Folder folder;
  failure = ReadFailure::none;
  int fd = ::open(path.empty() ? "." : path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    failure = failure_from_errno(errno);
    if (errno == ENOTDIR) failure = ReadFailure::not_regular;
    return folder;
  }
  folder.fd_ = Fd(fd);
  return folder;
}

ReadFailure Folder::read(std::string_view rel, std::uint64_t max_size, std::string& text,
                         FileIdentity& identity) const {
  return read_beneath(fd_.get(), rel, max_size, text, identity);
}

ReadFailure Folder::type_of(std::string_view rel, EntryType& type) const {
  ReadFailure failure{};
  Fd fd(open_beneath(fd_.get(), rel, O_PATH, failure));
  if (!fd) return failure;
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) return failure_from_errno(errno);
  type = type_of_mode(st.st_mode);
  return ReadFailure::none;
}

ReadFailure Folder::list(std::string_view rel, std::vector<Entry>& entries) const {
  ReadFailure failure{};
  int fd = open_beneath(fd_.get(), rel, O_RDONLY | O_DIRECTORY, failure);
  if (fd < 0) return failure;
  DIR* dir = ::fdopendir(fd);
  if (!dir) {
    int err = errno;
    ::close(fd);
    return failure_from_errno(err);
  }
  entries.clear();
  errno = 0;
  while (const dirent* d = ::readdir(dir)) {
    std::string_view name = d->d_name;
    if (name == "." || name == "..") continue;
    Entry e{std::string(name), EntryType::other};
    switch (d->d_type) {
    case DT_REG:
      e.type = EntryType::file;
      break;
    case DT_DIR:
      e.type = EntryType::directory;
      break;
    case DT_LNK:
      e.type = EntryType::symlink;
      break;
    case DT_UNKNOWN: {
      struct stat st {};
      if (::fstatat(::dirfd(dir), d->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
        e.type = type_of_mode(st.st_mode);
      break;
    }
    default:
      break;
    }
    entries.push_back(std::move(e));
  }
  int err = errno;
  ::closedir(dir);
  if (err != 0) return failure_from_errno(err);
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.name < b.name; });
  return ReadFailure::none;
}

ReadFailure read_named_file(const std::string& path, std::uint64_t max_size, std::string& text,
                            FileIdentity& identity) {
  std::filesystem::path p = path;
  std::string name = p.filename().string();
  if (name.empty() || name == "." || name == "..") {
    // A folder given where a file was expected.
    ReadFailure failure{};
    Folder folder = Folder::open(path, failure);
    return folder.is_open() ? ReadFailure::directory : failure;
  }
  ReadFailure failure{};
  Folder folder = Folder::open(p.parent_path().string(), failure);
  if (!folder.is_open())
    return failure == ReadFailure::not_regular ? ReadFailure::missing : failure;
  return folder.read(name, max_size, text, identity);
}

ReadFailure read_file_anywhere(const std::string& path, std::uint64_t max_size, std::string& text,
                               FileIdentity& identity) {
  int path_fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
  if (path_fd < 0) return failure_from_errno(errno);
  Fd guard(path_fd);
  struct stat st {};
  if (::fstat(path_fd, &st) != 0) return failure_from_errno(errno);
  if (S_ISDIR(st.st_mode)) return ReadFailure::directory;
  if (!S_ISREG(st.st_mode)) return ReadFailure::not_regular;
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
  if (!fd) return failure_from_errno(errno);
  return read_open_file(fd.get(), max_size, text, identity);
}

std::uint64_t file_size_limit(std::uint64_t configured) {
  const char* env = std::getenv("KAPLAN_MAX_FILE_SIZE");
  if (!env || !*env) return configured;
  std::string_view v = env;
  std::uint64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  std::string_view suffix(end, static_cast<std::size_t>(v.data() + v.size() - end));
  int shift = suffix.empty()  ? 0
              : suffix == "K" ? 10
              : suffix == "M" ? 20
              : suffix == "G" ? 30
                              : -1;
  if (ec != std::errc() || n == 0 || shift < 0 || n > (std::uint64_t{1} << (62 - shift)))
    throw StopError{"stop.env-size", {arg("name", "KAPLAN_MAX_FILE_SIZE"), arg("value", v)}, {}};
  return n << shift;
}

} // namespace kaplan::io
