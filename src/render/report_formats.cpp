// SPDX-License-Identifier: MIT
#include "kaplan/render/report.hpp"

namespace kaplan {

std::string render_report(const ReportData& data, ReportFormat format) {
  switch (format) {
  case ReportFormat::text:
    return render::report_text(data);
  case ReportFormat::html:
    return render::report_html(data);
  case ReportFormat::json:
    return render::report_json(data);
  case ReportFormat::markdown:
    break;
  }
  return render::report_markdown(data);
}

} // namespace kaplan
