// SPDX-License-Identifier: MIT
#include "kaplan/document/wording.hpp"

#include "kaplan/analysis/decompose.hpp"

#include <fmt/format.h>

namespace kaplan {

std::string status_text(const Cascade& cascade, std::size_t node, Lang lang) {
  const CascadeNode& n = cascade.nodes[node];
  std::vector<std::string> parts;
  auto add = [&](std::string_view key, std::vector<Arg> args) {
    parts.push_back(render_message(key, args, lang));
  };
  for (const auto& y : n.years) {
    if (y.verdict == CascadeVerdict::gap)
      add("decompose.status.gap", {arg("year", y.year), arg("amount", y.difference)});
    if (y.verdict == CascadeVerdict::no_children)
      add("decompose.status.none", {arg("year", y.year)});
  }
  if (!n.covered)
    add(n.children.empty() ? "decompose.status.not-execution" : "decompose.status.not-covered", {});
  for (const auto& y : n.years)
    if (y.verdict == CascadeVerdict::stretch)
      add("decompose.status.stretch", {arg("year", y.year), arg("amount", y.difference)});
  if (parts.empty()) add("decompose.status.covered", {});
  std::string sep = render_message("decompose.status.separator", {}, lang);
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i ? sep : std::string()) + parts[i];
  return out;
}

std::string value_word(std::string_view kind, std::string_view value, Lang lang) {
  return render_message(fmt::format("value.{}.{}", kind, value), {}, lang);
}

std::string period_words(const Period& period, Lang lang) {
  std::vector<Arg> args{arg("year", period.year)};
  switch (period.kind) {
  case Period::Kind::half:
    return render_message(fmt::format("value.period.half.{}", period.index), args, lang);
  case Period::Kind::quarter:
    return render_message(fmt::format("value.period.quarter.{}", period.index), args, lang);
  case Period::Kind::month:
    // 2027-07 in English, as the plan writes it; 2027 年 7 月 in Chinese.
    args.push_back(arg("month", lang == Lang::zh ? fmt::format("{}", period.index)
                                                 : fmt::format("{:02}", period.index)));
    return render_message("value.period.month", args, lang);
  case Period::Kind::year:
    break;
  }
  return render_message("value.period.year", args, lang);
}

std::string period_as_of(const Period& period, const Date& as_of, Lang lang) {
  return render_message(
      "value.period.as-of",
      std::vector<Arg>{arg("period", period_words(period, lang)), arg("date", format_date(as_of))},
      lang);
}

} // namespace kaplan
