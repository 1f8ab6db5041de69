// SPDX-License-Identifier: MIT
#include "render/score_common.hpp"

#include "kaplan/model/enum_names.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace kaplan::render::score_detail {

std::string figure(double v) {
  return text::format_number(std::round(v * 100.0) / 100.0);
}

std::string signed_figure(double v) {
  std::string s = figure(v);
  return s.starts_with('-') || s == "0" ? s : "+" + s;
}

std::string percent(double ratio) {
  return text::format_percent(ratio, 1);
}

std::string signed_percent(double ratio) {
  std::string s = percent(ratio);
  return s.starts_with('-') || s == "0.0%" ? s : "+" + s;
}

std::string score(double v) {
  return text::format_fixed(v, 1);
}

std::string say(std::string_view key, Lang lang, const std::vector<Arg>& args) {
  if (!args.empty()) return render_message(key, args, lang);
  // A scorecard asks for the same few words (a colour, a status) on each of its rows:
  // each word is rendered once per thread and language. Bounded by the catalogue's keys.
  thread_local std::map<std::string, std::string, std::less<>> words[2];
  auto& known = words[lang == Lang::zh ? 1 : 0];
  auto it = known.find(key);
  if (it == known.end()) it = known.emplace(std::string(key), render_message(key, {}, lang)).first;
  return it->second;
}

std::string dimension_label(Dimension d, Lang lang) {
  switch (d) {
  case Dimension::completeness:
    return say("score.dim.completeness", lang);
  case Dimension::orientation:
    return say("score.dim.orientation", lang);
  case Dimension::cascade:
    return say("score.dim.cascade", lang);
  case Dimension::feasibility:
    return say("score.dim.feasibility", lang);
  case Dimension::governance:
    return say("score.dim.governance", lang);
  }
  return {};
}

std::string perspective_label(Perspective p, Lang lang) {
  switch (p) {
  case Perspective::financial:
    return say("score.persp.financial", lang);
  case Perspective::customer:
    return say("score.persp.customer", lang);
  case Perspective::internal:
    return say("score.persp.internal", lang);
  case Perspective::learning:
    return say("score.persp.learning", lang);
  }
  return {};
}

std::string colour_label(Colour c, Lang lang) {
  switch (c) {
  case Colour::green:
    return say("score.colour.green", lang);
  case Colour::amber:
    return say("score.colour.amber", lang);
  case Colour::red:
    return say("score.colour.red", lang);
  case Colour::none:
    break;
  }
  return "—";
}

std::string source_label(const KpiPerformance& k, Lang lang) {
  switch (k.source) {
  case ActualSource::own:
    return say("score.source.own", lang);
  case ActualSource::rollup:
    switch (k.rollup) {
    case Rollup::sum:
      return say("score.source.sum", lang);
    case Rollup::mean:
      return say(k.weighted_by != SIZE_MAX ? "score.source.weighted-mean" : "score.source.mean",
                 lang);
    case Rollup::min:
      return say("score.source.min", lang);
    case Rollup::max:
      return say("score.source.max", lang);
    }
    break;
  case ActualSource::none:
    break;
  }
  return "—";
}

std::string status_label(std::string_view status, Lang lang) {
  // The statuses actuals may give; anything else is shown as written.
  for (std::string_view known : {"not-started", "in-progress", "done", "dropped", "unreported"})
    if (status == known) return say(fmt::format("score.status.{}", known), lang);
  return std::string(status);
}

std::string state_label(TimeState s, Lang lang) {
  switch (s) {
  case TimeState::on_time:
    return say("score.state.on-time", lang);
  case TimeState::early:
    return say("score.state.early", lang);
  case TimeState::late:
    return say("score.state.late", lang);
  case TimeState::overdue:
    return say("score.state.overdue", lang);
  case TimeState::slipping:
    return say("score.state.slipping", lang);
  case TimeState::ahead:
    return say("score.state.ahead", lang);
  case TimeState::none:
    break;
  }
  return "—";
}

std::string time_deviation_label(const ActionPerformance& a, Lang lang) {
  if (!a.time_deviation_days || a.state == TimeState::none) return "—";
  long long d = std::llabs(*a.time_deviation_days);
  if (a.state == TimeState::on_time) return state_label(a.state, lang);
  return say(d == 1 ? "score.time-deviation.one" : "score.time-deviation", lang,
             {arg("days", d), arg("state", state_label(a.state, lang))});
}

std::string columns(const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& right, std::string_view indent) {
  std::vector<std::size_t> width;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (width.size() <= i) width.push_back(0);
      width[i] = std::max(width[i], text::display_width(row[i]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      bool last = i + 1 == row.size();
      if (i) line += "  ";
      if (i < right.size() && right[i])
        line += text::pad_left(row[i], width[i]);
      else
        line += last ? row[i] : text::pad_right(row[i], width[i]);
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line;
    out += '\n';
  }
  return out;
}

} // namespace kaplan::render::score_detail
