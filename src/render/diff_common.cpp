// SPDX-License-Identifier: MIT
#include "render/diff_common.hpp"

#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/util/text.hpp"

#include <fmt/format.h>

namespace kaplan {

std::string render_plan_diff(const PlanDiff& diff, const SourceSet& sources, Format format,
                             const DiffRenderOptions& options) {
  switch (format) {
  case Format::markdown:
    return render::diff_markdown(diff, sources, options);
  case Format::json:
    return render::diff_json(diff, sources, options);
  default:
    return render::diff_text(diff, sources, options);
  }
}

namespace render::diff {

std::string label(std::string_view key, Lang lang) {
  return render_message(key, {}, lang);
}

std::string value_text(const std::optional<double>& v, Lang lang) {
  return v ? text::format_number(*v) : label("diff.none", lang);
}

std::string change_text(const NumberChange& c) {
  if (!c.before || !c.after) return {};
  double delta = *c.after - *c.before;
  std::string s = text::format_number(delta);
  return delta > 0 ? "+" + s : s;
}

std::string months_text(const LoadChange& c) {
  return cal::format_months(c.first, c.last);
}

std::string place(const SourceSet& sources, Location loc) {
  std::string path = loc.file < sources.files.size() ? sources.files[loc.file].path : "?";
  if (!loc.line) return path;
  return fmt::format("{}:{}:{}", path, loc.line, sources.char_column(loc));
}

std::vector<std::string> change_parts(const ActionChange& c, Lang lang) {
  std::vector<std::string> parts;
  auto none = [&](const std::string& s) { return s.empty() ? label("diff.none", lang) : s; };
  auto add = [&](std::string_view key, const std::optional<TextChange>& t) {
    if (t)
      parts.push_back(fmt::format("{} {} → {}", label(key, lang), none(t->before), none(t->after)));
  };
  add("diff.field.start", c.start);
  add("diff.field.due", c.due);
  add("diff.field.owner", c.owner);
  if (c.effort)
    parts.push_back(fmt::format("{} {} → {}", label("diff.field.effort", lang),
                                value_text(c.effort->before, lang),
                                value_text(c.effort->after, lang)));
  return parts;
}

} // namespace render::diff
} // namespace kaplan
