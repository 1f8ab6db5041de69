// SPDX-License-Identifier: MIT
#include "render/score_common.hpp"

#include "kaplan/enum_names.hpp"
#include "kaplan/text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

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

std::string_view dimension_label(Dimension d, Lang lang) {
  switch (d) {
  case Dimension::completeness:
    return tr(lang, "completeness", "完整性");
  case Dimension::orientation:
    return tr(lang, "orientation", "问题导向");
  case Dimension::cascade:
    return tr(lang, "cascade", "指标分解");
  case Dimension::feasibility:
    return tr(lang, "feasibility", "资源可行性");
  case Dimension::governance:
    return tr(lang, "governance", "规划组织");
  }
  return {};
}

std::string_view perspective_label(Perspective p, Lang lang) {
  switch (p) {
  case Perspective::financial:
    return tr(lang, "financial", "财务");
  case Perspective::customer:
    return tr(lang, "customer", "客户");
  case Perspective::internal:
    return tr(lang, "internal", "内部流程");
  case Perspective::learning:
    return tr(lang, "learning", "学习与成长");
  }
  return {};
}

std::string_view colour_label(Colour c, Lang lang) {
  switch (c) {
  case Colour::green:
    return tr(lang, "green", "绿");
  case Colour::amber:
    return tr(lang, "amber", "黄");
  case Colour::red:
    return tr(lang, "red", "红");
  case Colour::none:
    break;
  }
  return "—";
}

std::string_view source_label(const KpiPerformance& k, Lang lang) {
  switch (k.source) {
  case ActualSource::own:
    return tr(lang, "own", "填报");
  case ActualSource::rollup:
    switch (k.rollup) {
    case Rollup::sum:
      return tr(lang, "sum", "合计");
    case Rollup::mean:
      return tr(lang, "mean", "平均");
    case Rollup::min:
      return tr(lang, "min", "最小");
    case Rollup::max:
      return tr(lang, "max", "最大");
    }
    break;
  case ActualSource::none:
    break;
  }
  return "—";
}

std::string_view status_label(std::string_view status, Lang lang) {
  if (lang == Lang::en) return status;
  if (status == "not-started") return "未开始";
  if (status == "in-progress") return "进行中";
  if (status == "done") return "已完成";
  if (status == "dropped") return "已取消";
  if (status == "unreported") return "未填报";
  return status;
}

std::string_view state_label(TimeState s, Lang lang) {
  switch (s) {
  case TimeState::on_time:
    return tr(lang, "on time", "按期");
  case TimeState::early:
    return tr(lang, "early", "提前");
  case TimeState::late:
    return tr(lang, "late", "延期");
  case TimeState::overdue:
    return tr(lang, "overdue", "逾期");
  case TimeState::slipping:
    return tr(lang, "behind", "滞后");
  case TimeState::ahead:
    return tr(lang, "ahead", "超前");
  case TimeState::none:
    break;
  }
  return "—";
}

std::string time_deviation_label(const ActionPerformance& a, Lang lang) {
  if (!a.time_deviation_days || a.state == TimeState::none) return "—";
  long long d = std::llabs(*a.time_deviation_days);
  if (a.state == TimeState::on_time) return std::string(state_label(a.state, lang));
  if (lang == Lang::zh) return fmt::format("{} {} 天", state_label(a.state, lang), d);
  return fmt::format("{} day{} {}", d, d == 1 ? "" : "s", state_label(a.state, lang));
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
