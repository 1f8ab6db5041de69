// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/config.hpp"
#include "kaplan/model/messages.hpp"

#include <string>

namespace kaplan {

// A StopError's message in `lang`; a `reason` arg holding a `reason.*` key is translated
// first (its placeholders filled from the error's other args), so the reason reads in
// the same language as the rest of the message.
std::string stop_message(const StopError& e, Lang lang);

} // namespace kaplan
