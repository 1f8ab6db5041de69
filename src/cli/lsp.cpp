// SPDX-License-Identifier: MIT
#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/lsp/server.hpp"

#include <memory>
#include <unistd.h>

namespace kaplan::cli {

// `kaplan lsp`: the language server, on stdin and stdout
struct LspOptions {
  CommonOptions common;
};

int run_lsp(const LspOptions& options) {
  lsp::ServerOptions server;
  try {
    if (!options.common.lang.empty()) server.lang = select_lang(options.common.lang);
    server.fallback_lang = select_lang({});
    server.config_path = options.common.config;
    server.today = today_from(options.common.today);
    server.pool = &work_pool(options.common);
  } catch (const StopError& e) {
    return print_stop(e, select_lang(options.common.lang));
  }
  return lsp::run_stdio(STDIN_FILENO, STDOUT_FILENO, server);
}

Runner declare_lsp(OptionSink& sink) {
  auto o = std::make_shared<LspOptions>();
  declare_common(sink, o->common, true);
  sink.footer("help.lsp.footer");
  return [o] { return run_lsp(*o); };
}

} // namespace kaplan::cli
