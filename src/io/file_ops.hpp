// SPDX-License-Identifier: MIT
#pragma once

// The small steps both writers (write.cpp, staged_files.cpp) take on files.

#include <filesystem>
#include <string>
#include <string_view>

namespace kaplan::io::ops {

// Throws the StopError "cannot write PATH: REASON" for an errno value.
[[noreturn]] void fail(const std::string& path, int err);

// Writes all of `content` to `fd`, retrying after signals; StopError naming `shown`.
void write_all(int fd, std::string_view content, const std::string& shown);

// fsync, retried when a signal interrupts it; 0, or -1 with errno set.
int fsync_retry(int fd);

// Ten random letters and digits for a temporary name (created with O_EXCL, so a taken
// name is simply skipped; needs no /dev/urandom, which a container may lack).
std::string random_suffix();

// Renames without replacing anything (RENAME_NOREPLACE, or link + unlink where the file
// system lacks it); false with errno set when it could not (EEXIST: something is there).
bool rename_new(const std::filesystem::path& from, const std::filesystem::path& to);

// Flushes a folder's entries (the renames in it) to disk; best effort.
void sync_folder(const std::filesystem::path& dir);

} // namespace kaplan::io::ops
