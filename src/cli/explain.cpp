// SPDX-License-Identifier: MIT
#include "kaplan/render/explain.hpp"

#include "cli/common.hpp"
#include "cli/output.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>
#include <memory>

namespace kaplan::cli {

// `kaplan explain RULE` / `kaplan explain --list`
struct ExplainOptions {
  CommonOptions common;
  std::string rule;
  bool list = false;
  bool man = false; // --man: print kaplan-rules(7) as roff
};

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
      out += fmt::format("{}  {}  {}\n", r.id, text::pad_right(severity_label(r.severity, lang), 7),
                         t.title);
    }
    io::write_stdout(out);
    return 0;
  }
  const RuleInfo* rule = find_rule(options.rule);
  if (!rule)
    return print_stop(
        StopError{"stop.unknown-rule", {arg("rule", text::one_line(options.rule))}, {}}, lang);
  io::write_stdout(render_explain(*rule, lang));
  return 0;
}

Runner declare_explain(OptionSink& sink) {
  auto o = std::make_shared<ExplainOptions>();
  sink.value({"rule", "help.explain.rule"}, o->rule);
  sink.flag({"--list", "help.explain.list"}, o->list);
  // Hidden: for maintainers, who regenerate man/kaplan-rules.7 with it.
  sink.flag({.names = "--man", .help = "help.explain.man", .hidden = true}, o->man);
  declare_common(sink, o->common, false);
  sink.footer("help.explain.footer");
  return [o] { return run_explain(*o); };
}

} // namespace kaplan::cli
