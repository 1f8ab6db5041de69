// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/config.hpp"
#include "kaplan/messages.hpp"

#include <string>
#include <vector>

namespace kaplan::cli {

// Prints `kaplan: error: [where: ]message` to stderr; returns exit status 2.
int print_stop(const StopError& e, Lang lang);

// Writes `content` to stdout, or atomically to `path` (a temporary file in the same
// folder, then rename), so a failure never leaves a partial file. Throws StopError.
void write_output(const std::string& path, const std::string& content);

// Writes `content` atomically to `path` only if no file is there: false when one is (it
// is left untouched). Throws StopError for other failures.
bool write_new_file(const std::string& path, const std::string& content);

// Writes `content` to a new temporary file in folder `dir` (flushed to disk) and returns
// its path: worker threads stage their files in parallel, one thread then names them in
// a fixed order with commit_staged. Throws StopError.
std::string stage_file(const std::string& dir, const std::string& content);

// Moves a staged file to `path`, replacing what is there only when `replace` is true;
// false when a file is there and was left alone. On other failures the staged file is
// removed and StopError thrown; the staged file is gone in every case.
bool commit_staged(const std::string& staged, const std::string& path, bool replace);

// One file of a set written together.
struct FileToWrite {
  std::string path;
  std::string content;
};

// Writes every file or none: each goes to a temporary file beside its target (creating
// missing folders), and only when all were written are they moved into place. Without
// `force` an existing target is never replaced (checked again at the final step, so a
// file created meanwhile survives). On any failure, the files and folders it made are
// removed and StopError is thrown. The final moves are per-file atomic renames: with
// `force`, a failure among them (rare: same folder, same file system) may leave earlier
// targets already replaced.
void write_all_or_nothing(const std::vector<FileToWrite>& files, bool force);

} // namespace kaplan::cli
