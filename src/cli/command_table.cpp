// SPDX-License-Identifier: MIT
// The command table. Adding a subcommand: one declaration and one row here, the
// command's own file src/cli/<name>.cpp (its options and run function), its help texts
// in src/i18n/cli_messages.cpp and its man page man/kaplan-<name>.1.
#include "cli/command.hpp"

namespace kaplan::cli {

Runner declare_validate(OptionSink& sink);
Runner declare_explain(OptionSink& sink);
Runner declare_decompose(OptionSink& sink);
Runner declare_score(OptionSink& sink);
Runner declare_rollforward(OptionSink& sink);
Runner declare_diff(OptionSink& sink);
Runner declare_schema(OptionSink& sink);
Runner declare_init(OptionSink& sink);
Runner declare_report(OptionSink& sink);
Runner declare_lsp(OptionSink& sink);

namespace {
constexpr Command kCommands[] = {
    {"validate", declare_validate},       {"explain", declare_explain},
    {"decompose", declare_decompose},     {"score", declare_score},
    {"rollforward", declare_rollforward}, {"diff", declare_diff},
    {"schema", declare_schema},           {"init", declare_init},
    {"report", declare_report},           {"lsp", declare_lsp},
};
} // namespace

std::span<const Command> commands() {
  return kCommands;
}

} // namespace kaplan::cli
