// SPDX-License-Identifier: MIT
#pragma once

// Writing files: the one place kaplan writes anything but its standard streams. Every
// output goes through write_output (one file) or StagedFiles (several), which promise:
// an existing file is never replaced without `force`; a file the run read, or a path
// the plan's includes would read, is never written even with `force`; a regular file is
// written whole or not at all (temporary file, fsync, rename); a device, FIFO or
// /dev/stdout is written in place; and an interrupted run (SIGINT, SIGTERM, SIGHUP)
// leaves neither temporary files nor half of a set of files behind.

#include "kaplan/model/plan.hpp"

#include <csignal>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {
struct Config;
}

namespace kaplan::io {

// The files a run read, which its outputs must never replace or land among.
struct OutputGuard {
  std::vector<FileIdentity> inputs;          // every file read from disk
  std::vector<std::string> include_patterns; // absolute patterns of the plans' includes

  // Adds every file of `sources` and its include patterns.
  void add(const SourceSet& sources);
  // Adds the configuration file a run read, when it read one.
  void add(const Config& config);
};

// How outputs are written.
struct WriteOptions {
  bool force = false;                 // replace an existing regular file (or link)
  const OutputGuard* guard = nullptr; // the run's inputs, never written
};

// Where an output went.
enum class Destination : std::uint8_t {
  stdout_stream, // `-` or no path: standard output
  stream,        // a character device, FIFO or an open descriptor (/dev/stdout, /dev/fd/N)
  file,          // a regular file, now complete
};

// What is at `path` and whether it may be written: throws StopError when it is one of the
// run's inputs or where an include would read it, a folder, or an existing file (or
// link) without `force`. Commands call it before their work so a refusal costs nothing;
// write_output calls it again.
Destination check_output(const std::string& path, const WriteOptions& options);

// Writes `content` to `path` (see the top of this file). Throws StopError on any failure
// (disk full included), after which nothing of this output exists at `path`.
Destination write_output(const std::string& path, std::string_view content,
                         const WriteOptions& options);

// Writes `content` to standard output, reporting a write error (disk full, a closed
// pipe) as a StopError.
void write_stdout(std::string_view content);

// Several files that appear together or not at all. They are written into one staging
// folder (beside the target folder when that does not exist yet, inside it otherwise),
// then moved into place by commit() with SIGINT, SIGTERM and SIGHUP held back; a failure
// midway restores what was there. Until commit, and when it fails, a signal or the
// destructor removes the staging folder.
class StagedFiles {
public:
  // The files go below `target_dir` (created by commit when missing).
  StagedFiles(std::string target_dir, WriteOptions options);
  ~StagedFiles();
  StagedFiles(const StagedFiles&) = delete;
  StagedFiles& operator=(const StagedFiles&) = delete;

  // Checks that `rel` (a path below the target folder) may be written, as check_output.
  void check(const std::string& rel) const;
  // Writes `content` into the staging folder and returns its handle. Safe to call from
  // several threads at once.
  std::size_t stage(std::string_view content);
  // Names where a staged file goes: `rel` below the target folder.
  void name(std::size_t handle, std::string rel);
  // Moves every named file into place, or none; unnamed staged files are dropped.
  // Throws StopError.
  void commit();
  // The target folder as given.
  const std::string& target() const { return target_; }

private:
  struct State;
  std::string target_;
  WriteOptions options_;
  std::unique_ptr<State> state_;
};

// Installs the handlers that, on SIGINT, SIGTERM or SIGHUP, remove every temporary file
// and staging folder this process has made and exit with status 128 + the signal. Call
// once, early, from the main thread (before any thread starts).
void install_interrupt_cleanup();

// Holds SIGINT, SIGTERM and SIGHUP back in this thread while it lives: threads started
// meanwhile inherit the mask, so the handler always runs on the main thread; a moment
// that must not be cut in two (the final renames) is not.
class HoldInterrupts {
public:
  HoldInterrupts();
  ~HoldInterrupts();
  HoldInterrupts(const HoldInterrupts&) = delete;
  HoldInterrupts& operator=(const HoldInterrupts&) = delete;

private:
  sigset_t saved_; // the mask before
};

} // namespace kaplan::io
