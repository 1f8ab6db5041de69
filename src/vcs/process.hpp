// SPDX-License-Identifier: MIT
#pragma once

#include <string>
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

} // namespace kaplan::vcs
