// SPDX-License-Identifier: MIT
// `kaplan report --format html`: one self-contained, printable page. No script, no
// external request: the style is inline and the charts are inline SVG (report_svg.cpp).
// Every piece of plan text goes through html_escape.
#include "kaplan/render/report.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan::render {
namespace {

std::string h(std::string_view s) {
  return text::html_escape(s);
}

// Markdown's inline code (`priority`) in a text becomes <code>; the rest is escaped. An
// unpaired backtick stays as written.
std::string hc(std::string_view s) {
  std::string out;
  for (;;) {
    auto open = s.find('`');
    auto close = open == std::string_view::npos ? open : s.find('`', open + 1);
    if (close == std::string_view::npos) return out + h(s);
    out += h(s.substr(0, open)) + "<code>" + h(s.substr(open + 1, close - open - 1)) + "</code>";
    s.remove_prefix(close + 1);
  }
}

// A cell of ids (a list of them separated by ", ", or an id followed by a name): each
// id in a span that never breaks, so a narrow column wraps between ids, never inside one
// ("hq-marketi" / "ng").
std::string ids(std::string_view s) {
  std::string out;
  for (;;) {
    auto comma = s.find(", ");
    std::string_view item = s.substr(0, comma);
    // The depth of a tree level before the id: "· · " or, deep down, "·12 ".
    std::size_t lead = 0;
    constexpr std::string_view dot = "·";
    if (item.starts_with(dot)) {
      if (item.substr(dot.size()).starts_with(' '))
        while (item.substr(lead).starts_with("· "))
          lead += dot.size() + 1;
      else
        lead = std::min(item.size(), item.find(' ') + 1);
    }
    out += h(item.substr(0, lead));
    item.remove_prefix(lead);
    auto space = item.find(' '); // an id followed by a name
    if (!item.empty()) out += "<span class=\"id\">" + h(item.substr(0, space)) + "</span>";
    if (space != std::string_view::npos) out += h(item.substr(space));
    if (comma == std::string_view::npos) return out;
    out += ", ";
    s.remove_prefix(comma + 2);
  }
}

// The fonts: a CJK face first, so that Chinese text never falls back to boxes.
// Printing: A4 pages, each section from a new page, colours kept; the sections with wide
// tables print on landscape pages (a named page), tables in a smaller type and charts
// scaled to the page, so that nothing is clipped at the page's edge.
constexpr std::string_view kStyle =
    R"(body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1200px;color:#222;line-height:1.4;-webkit-print-color-adjust:exact;print-color-adjust:exact}
svg{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
h1{font-size:1.6em;border-bottom:2px solid #333}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #aaa}
table{border-collapse:collapse;margin:.5em 0 1.2em;font-size:.9em}caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#f0f0f0;white-space:nowrap;overflow-wrap:normal}td.num{text-align:right;white-space:nowrap;overflow-wrap:normal}td.good{background:#e8f5e9}td.warn{background:#fff8e1}td.bad{background:#ffebee;font-weight:bold}
.scroll{overflow-x:auto}ul.tree{list-style:none;padding-left:1.2em}.kind{color:#666;font-size:.85em}
figure{margin:.5em 0 1.2em}figcaption{font-weight:bold}code{font-family:monospace;background:#f4f4f4;padding:0 .2em;white-space:nowrap}.id{white-space:nowrap}
.legend{font-size:.85em}.legend .swatch{display:inline-block;width:1.2em;height:.8em;margin:0 .3em 0 1em;vertical-align:middle}
@page{size:A4;margin:12mm}@page wide{size:A4 landscape;margin:12mm}
@media print{body{max-width:none;margin:0;font-size:9pt}.scroll{overflow:visible}section{break-before:page;page-break-before:always}section:first-of-type{break-before:auto;page-break-before:auto}#context,#cascade,#resources,#actions,#governance,#performance,#findings{page:wide}h2,caption,figcaption{break-after:avoid;page-break-after:avoid}figure,tr{break-inside:avoid;page-break-inside:avoid}table{font-size:.85em}th,td{padding:.1em .3em}svg{max-width:100%;height:auto}})";

void table(std::string& out, const ReportTable& t) {
  out += "<div class=\"scroll\"><table>";
  if (!t.caption.empty()) out += "<caption>" + hc(t.caption) + "</caption>";
  out += "<thead><tr>";
  for (const auto& x : t.header)
    out += "<th>" + h(x) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += "<tr>";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      std::string cls;
      if (c < t.numeric.size() && t.numeric[c]) cls = "num";
      if (r < t.marks.size() && c < t.marks[r].size() && t.marks[r][c] != Mark::none)
        cls += (cls.empty() ? "" : " ") + std::string(mark_name(t.marks[r][c]));
      out += "<td";
      if (!cls.empty()) out += " class=\"" + cls + "\"";
      if (c < t.rows[r].size()) out += lang_attr(t.rows[r][c]);
      out += ">";
      if (c >= t.rows[r].size())
        ;
      else if (c < t.ids.size() && t.ids[c])
        out += ids(t.rows[r][c]);
      else
        out += hc(t.rows[r][c]);
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></div>\n";
}

void tree(std::string& out, const std::vector<TreeLine>& lines) {
  std::size_t open = 0; // nested lists open
  for (const auto& l : lines) {
    while (open < l.depth + 1) {
      out += "<ul class=\"tree\">";
      ++open;
    }
    while (open > l.depth + 1) {
      out += "</ul>";
      --open;
    }
    out += fmt::format("<li><span class=\"kind\">{}</span> <code>{}</code> {}</li>\n", h(l.kind),
                       h(l.id),
                       !l.note.empty()   ? "<span class=\"kind\">" + h(l.note) + "</span>"
                       : has_cjk(l.text) ? "<span lang=\"zh-CN\">" + hc(l.text) + "</span>"
                                         : hc(l.text));
  }
  while (open > 0) {
    out += "</ul>";
    --open;
  }
  out += "\n";
}

void html_figure(std::string& out, const std::string& caption, const std::string& svg,
                 const std::vector<std::pair<std::string, std::string>>& legend = {},
                 const std::string& legend_label = {}, const std::string& today = {}) {
  if (svg.empty()) return;
  out += "<figure class=\"scroll\"><figcaption>" + hc(caption) + "</figcaption>\n" + svg;
  if (!legend.empty() || !today.empty()) {
    out += "<p class=\"legend\">" + h(legend_label);
    for (const auto& [cls, label] : legend) {
      TaskState state = cls == "done"     ? TaskState::done
                        : cls == "active" ? TaskState::active
                        : cls == "crit"   ? TaskState::crit
                                          : TaskState::none;
      out += fmt::format("<span class=\"swatch {}\" style=\"background:{}\"></span>{}", h(cls),
                         gantt_fill(state), h(label));
    }
    if (!today.empty())
      out += fmt::format("<span class=\"swatch today\" style=\"border-left:2px dashed {};"
                         "height:1em;width:0\"></span>{}",
                         kTodayColour, h(today));
    out += "</p>\n";
  }
  out += "</figure>\n";
}

} // namespace

std::string report_html(const ReportData& data) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += report_label("report.html-lang", data.lang);
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
         "content=\"width=device-width, "
         "initial-scale=1\">\n<title>" +
         h(data.title) + "</title>\n<style>\n" + std::string(kStyle) +
         "\n</style>\n</head>\n<body>\n";
  out += "<h1>" + h(data.title) + "</h1>\n";
  int n = 0;
  for (const auto& s : data.sections) {
    out += fmt::format("<section id=\"{}\">\n<h2>{}. {}</h2>\n", h(s.id), ++n, h(s.heading));
    for (const auto& b : s.blocks) {
      switch (b.kind) {
      case ReportBlock::Kind::facts:
        out += "<table>";
        for (const auto& [k, v] : b.facts)
          out += "<tr><th>" + h(k) + "</th><td" + std::string(lang_attr(v)) + ">" + hc(v) +
                 "</td></tr>\n";
        out += "</table>\n";
        break;
      case ReportBlock::Kind::table:
        table(out, b.table);
        break;
      case ReportBlock::Kind::tree:
        tree(out, b.tree);
        break;
      case ReportBlock::Kind::bars:
        html_figure(out, b.note,
                    b.bars.empty()
                        ? ""
                        : svg_bars(b.bars, report_label("report.chart.attainment", data.lang)));
        break;
      case ReportBlock::Kind::heat:
        html_figure(out, b.note,
                    svg_heat(b.heat, report_label("report.chart.load", data.lang),
                             report_label("report.heat.scale", data.lang),
                             report_label("report.heat.over", data.lang)));
        break;
      case ReportBlock::Kind::gantt:
        html_figure(out, b.note,
                    svg_gantt(b.tasks, b.today, report_label("report.chart.gantt", data.lang)),
                    b.legend, report_label("report.gantt.legend", data.lang),
                    b.today ? render_message("report.gantt.today",
                                             std::vector<Arg>{arg("date", format_date(*b.today))},
                                             data.lang)
                            : "");
        break;
      case ReportBlock::Kind::flow:
        break; // the tree below shows the same links
      case ReportBlock::Kind::note:
        out += "<p>" + hc(b.note) + "</p>\n";
        break;
      }
    }
    out += "</section>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

} // namespace kaplan::render
