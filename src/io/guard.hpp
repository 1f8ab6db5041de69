// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/io/write.hpp"

#include <string>

namespace kaplan::io {

// Throws StopError when `path` (which need not exist) is one of the run's inputs, or lies
// where one of its plans' include patterns would read it. Nothing when `guard` is null.
void refuse_guarded(const std::string& path, const OutputGuard* guard);

} // namespace kaplan::io
