// SPDX-License-Identifier: MIT
#pragma once

namespace kaplan::cli {

// The whole command line: parses arguments, runs the subcommand, returns the exit
// status (0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input,
// 3 internal error). Nothing below calls exit().
int main(int argc, char** argv);

} // namespace kaplan::cli
