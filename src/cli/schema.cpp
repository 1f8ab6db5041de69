// SPDX-License-Identifier: MIT
#include "kaplan/render/schema.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"

#include <memory>

namespace kaplan::cli {

// `kaplan schema`: the JSON Schema of the plan format, or of the actuals format
struct SchemaOptions {
  std::string output;   // -o FILE; empty: stdout
  bool force = false;   // replace FILE
  bool actuals = false; // --actuals: the actuals file's schema
};

int run_schema(const SchemaOptions& options) {
  try {
    emit(options.output, options.actuals ? render_actuals_schema() : render_plan_schema(),
         {options.force, nullptr}, select_lang({}));
    return 0;
  } catch (const StopError& e) {
    return print_stop(e, select_lang({}));
  }
}

Runner declare_schema(OptionSink& sink) {
  auto o = std::make_shared<SchemaOptions>();
  sink.flag({"--actuals", "help.schema.actuals"}, o->actuals);
  sink.value({"-o,--output", "help.schema.output"}, o->output);
  sink.flag({"--force", "help.common.force"}, o->force);
  sink.footer("help.schema.footer");
  return [o] { return run_schema(*o); };
}

} // namespace kaplan::cli
