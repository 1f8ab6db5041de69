// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace kaplan::vcs {

// What a finished child process left behind.
struct ProcessResult {
  int status = -1;         // exit status; -1 when it could not start or was killed by a signal
  std::string out;         // everything written to stdout
  std::string err;         // everything written to stderr
  std::string spawn_error; // why it could not start (errno_reason), empty when it ran
};

// Runs argv[0] (looked up in PATH) with exactly these arguments and no shell, so no
// word of argv is ever interpreted; stdin is /dev/null. Reads stdout and stderr
// together so that neither pipe can fill up and stall the child.
ProcessResult run_process(const std::vector<std::string>& argv);

// A child that answers requests written to its stdin, such as `git cat-file --batch`:
// started like run_process (argument vector, no shell), kept running between requests.
// The caller writes one request, then reads its whole reply before the next, so the
// request side never fills while the child waits to write; stderr is read whenever
// stdout is waited for, so neither can stall the child. Writing after the child has
// gone fails instead of raising SIGPIPE (its stdin is a socket written with
// MSG_NOSIGNAL).
class Coprocess {
public:
  explicit Coprocess(const std::vector<std::string>& argv);
  ~Coprocess(); // if finish() was not called: closes the pipes, stops the child, reaps it
  Coprocess(const Coprocess&) = delete;
  Coprocess& operator=(const Coprocess&) = delete;

  // Why the child could not start (errno_reason); empty when it runs.
  const std::string& spawn_error() const { return spawn_error_; }
  // Writes all of `request` to the child's stdin; false when it cannot (the child is gone).
  bool write(std::string_view request);
  // The next line of stdout without its newline; false at the end of stdout.
  bool read_line(std::string& line);
  // The next `n` bytes of stdout into `out`; false when stdout ends before.
  bool read_exact(std::size_t n, std::string& out);
  // Closes stdin, reads stdout and stderr to their ends and waits for the child: its exit
  // status and stderr (`out` holds what stdout still had unread).
  ProcessResult finish();

private:
  bool fill();     // waits for more stdout (reading stderr meanwhile); false at its end
  void read_err(); // one read of stderr into err_text_ (kept up to its limit); closes it at its end
  pid_t pid_ = -1;
  int in_ = -1, out_ = -1, err_ = -1;
  std::string buffer_; // stdout read but not yet taken
  std::size_t taken_ = 0;
  std::string err_text_;
  std::string spawn_error_;
};

} // namespace kaplan::vcs
