// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/config.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/messages.hpp"

#include <string>
#include <string_view>

namespace kaplan::cli {

// Prints `kaplan: error: [where: ]message` to stderr; returns exit status 2.
int print_stop(const StopError& e, Lang lang);

// What a run read (its files and configuration): no output of the run may touch it.
io::OutputGuard guard_of(const SourceSet& sources, const Config& config);

// Writes a command's result through the safe writer (io::write_output) and, when it went
// to a file, says where on stderr. Throws StopError.
void emit(const std::string& path, std::string_view content, const io::WriteOptions& options,
          Lang lang);

} // namespace kaplan::cli
