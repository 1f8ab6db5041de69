// SPDX-License-Identifier: MIT
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "kaplan/render.hpp"
#include "kaplan/rule_catalogue.hpp"
#include "kaplan/text.hpp"

#include <fmt/format.h>

namespace kaplan::cli {

int run_explain(const ExplainOptions& options) {
  Lang lang = select_lang(options.common.lang);
  if (options.man) { // man/kaplan-rules.7 is this output, committed; a test keeps them equal
    io::write_stdout(render_rules_man_page());
    return 0;
  }
  if (options.list || options.rule.empty()) {
    std::string out;
    for (const auto& r : rule_catalogue()) {
      const RuleText& t = lang == Lang::zh ? r.zh : r.en;
      // The severity in the chosen language, padded by display width (CJK is two cells).
      out += fmt::format("{}  {}  {}\n", r.id,
                         text::pad_right(render::severity_label(r.severity, lang), 7), t.title);
    }
    io::write_stdout(out);
    return 0;
  }
  const RuleInfo* rule = find_rule(options.rule);
  if (!rule)
    return print_stop(
        StopError{"stop.unknown-rule", {arg("rule", text::terminal_sanitize(options.rule))}, {}},
        lang);
  io::write_stdout(render_explain(*rule, lang));
  return 0;
}

} // namespace kaplan::cli
