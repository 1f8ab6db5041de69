// SPDX-License-Identifier: MIT
// What every cascade view shares: the years shown, each node's status and its wording.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/decompose.hpp"

#include <algorithm>

namespace kaplan {

std::string render_decompose(const DecomposeView& view, DecomposeFormat format) {
  switch (format) {
  case DecomposeFormat::markdown:
    return render::decompose_markdown(view);
  case DecomposeFormat::json:
    return render::decompose_json(view);
  case DecomposeFormat::text:
    break;
  }
  return render::decompose_text(view);
}

std::vector<int> view_years(const DecomposeView& view) {
  std::vector<int> years;
  const Plan& plan = view.plan;
  if (plan.header.cycle.set) {
    for (int y = plan.first_year(); y <= plan.last_year(); ++y)
      years.push_back(y);
    return years;
  }
  for (std::size_t root : view.roots)
    for (std::size_t n : view.cascade.subtree(root))
      for (const auto& t : plan.kpis[n].targets)
        years.push_back(t.year);
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

} // namespace kaplan
