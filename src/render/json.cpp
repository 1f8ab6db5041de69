// SPDX-License-Identifier: MIT
// The JSON shape scripts rely on (cli-v1): tool, version, diagnostics, summary.
#include "kaplan/render/findings.hpp"
#include "kaplan/util/json_writer.hpp"

namespace kaplan::render {

std::string findings_json(std::span<const PlanRun> runs, const SourceSet& sources,
                          const RenderOptions& options) {
  JsonWriter w;
  Summary total;
  w.begin_object();
  w.key("tool").value("kaplan");
  w.key("version").value(KAPLAN_VERSION);
  w.key("diagnostics").begin_array();
  for (const auto& run : runs) {
    Summary s = summarize(run.findings);
    total.error += s.error;
    total.warning += s.warning;
    total.info += s.info;
    total.suppressed += s.suppressed;
    for (const auto& f : run.findings) {
      if (f.suppressed) continue;
      w.begin_object();
      w.key("rule").value(f.rule);
      w.key("severity").value(severity_name(f.severity));
      w.key("message").value(finding_message(f, options.lang));
      w.key("file").value(f.loc.file < sources.files.size() ? sources.files[f.loc.file].path : "");
      w.key("line").value(static_cast<long long>(f.loc.line));
      w.key("column").value(static_cast<long long>(sources.char_column(f.loc)));
      w.key("entity").value(f.entity);
      if (!f.related.empty()) {
        w.key("related").begin_array();
        for (const auto& r : f.related) {
          w.begin_object();
          w.key("message").value(render_message(r.note_key, r.args, options.lang));
          w.key("file").value(r.loc.file < sources.files.size() ? sources.files[r.loc.file].path
                                                                : "");
          w.key("line").value(static_cast<long long>(r.loc.line));
          w.key("column").value(static_cast<long long>(sources.char_column(r.loc)));
          w.end_object();
        }
        w.end_array();
      }
      w.end_object();
    }
  }
  w.end_array();
  w.key("summary").begin_object();
  w.key("error").value(static_cast<long long>(total.error));
  w.key("warning").value(static_cast<long long>(total.warning));
  w.key("info").value(static_cast<long long>(total.info));
  w.key("suppressed").value(static_cast<long long>(total.suppressed));
  w.end_object();
  w.end_object();
  std::string out = std::move(w).str();
  out += '\n';
  return out;
}

} // namespace kaplan::render
