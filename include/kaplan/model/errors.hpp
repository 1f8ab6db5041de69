// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/diagnostic.hpp"

#include <string>
#include <vector>

namespace kaplan {

// An error that stops a run (unreadable configuration, bad option value): thrown once,
// caught at the top, printed as `kaplan: error: …`, exit status 2. The message is a
// catalogue key with arguments so that it can be shown in either language.
struct StopError {
  std::string key;
  std::vector<Arg> args;
  std::string where; // "file:line:col" when there is a place, else empty
};

// The value of a StopError's `reason` arg for an errno value: a `reason.errno.*` catalogue
// key for the common ones (translated when the error is printed), else strerror's text.
std::string errno_reason(int err);

} // namespace kaplan
