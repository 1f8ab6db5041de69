// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/config.hpp"
#include "kaplan/messages.hpp"

#include <string>

namespace kaplan::cli {

// Prints `kaplan: error: [where: ]message` to stderr; returns exit status 2.
int print_stop(const StopError& e, Lang lang);

// Writes `content` to stdout, or atomically to `path` (a temporary file in the same
// folder, then rename), so a failure never leaves a partial file. Throws StopError.
void write_output(const std::string& path, const std::string& content);

// Writes `content` atomically to `path` only if no file is there: false when one is (it
// is left untouched). Throws StopError for other failures.
bool write_new_file(const std::string& path, const std::string& content);

} // namespace kaplan::cli
