// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace kaplan {

// A JSON Schema (draft 2020-12) of a plan file, root or included, with a description
// for every field, for YAML language servers. Ends with a newline.
std::string render_plan_schema();

// The same for an actuals file (`kaplan schema --actuals`).
std::string render_actuals_schema();

} // namespace kaplan
