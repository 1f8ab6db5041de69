// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/model/messages.hpp"
#include "kaplan/roll/rollforward.hpp"

#include <string>

namespace kaplan {

// The summary `rollforward` prints: text (both languages) or JSON.
std::string render_rollforward_text(const Rollforward& roll, const Plan& plan, Lang lang,
                                    bool dry_run);
std::string render_rollforward_json(const Rollforward& roll, const Plan& plan, bool dry_run);

} // namespace kaplan
