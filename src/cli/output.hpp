// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/io/write.hpp"
#include "kaplan/model/config.hpp"
#include "kaplan/model/messages.hpp"

#include <string>
#include <string_view>

namespace kaplan::cli {

// `kaplan: error: [where: ]message` and a newline, escaped for a terminal.
std::string stop_text(const StopError& e, Lang lang);

// Prints stop_text to stderr; returns exit status 2.
int print_stop(const StopError& e, Lang lang);

// Findings as `validate` shows them in text (with the summary line); empty when every
// one is suppressed.
std::string findings_text(const std::vector<Finding>& findings, const SourceSet& sources,
                          Lang lang);

// Prints findings_text to stderr.
void print_findings(const std::vector<Finding>& findings, const SourceSet& sources, Lang lang);

// What a run read (its files and configuration): no output of the run may touch it.
io::OutputGuard guard_of(const SourceSet& sources, const Config& config);

// Writes a command's result through the safe writer (io::write_output) and, when it went
// to a file, says where on stderr. Throws StopError.
void emit(const std::string& path, std::string_view content, const io::WriteOptions& options,
          Lang lang);

} // namespace kaplan::cli
