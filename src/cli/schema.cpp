// SPDX-License-Identifier: MIT
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "kaplan/format_doc.hpp"

namespace kaplan::cli {

int run_schema(const SchemaOptions& options) {
  try {
    emit(options.output, render_plan_schema(), {options.force, nullptr}, select_lang({}));
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, select_lang({}));
  }
}

} // namespace kaplan::cli
