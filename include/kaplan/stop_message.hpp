// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/config.hpp"
#include "kaplan/messages.hpp"

#include <string>

namespace kaplan {

// The value of a StopError's `reason` arg for an errno value: a `reason.errno.*` catalogue
// key for the common ones (stop_message translates it), else strerror's English text.
std::string errno_reason(int err);

// A StopError's message in `lang`; a `reason` arg holding a `reason.*` key is translated
// first (its placeholders filled from the error's other args), so the reason reads in
// the same language as the rest of the message.
std::string stop_message(const StopError& e, Lang lang);

} // namespace kaplan
