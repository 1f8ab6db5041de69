// SPDX-License-Identifier: MIT
// The cascade as a table whose first column draws the tree with box characters. Columns
// are aligned by display width, so Chinese names (two cells a character) line up.
#include "kaplan/document/wording.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <utility>

namespace kaplan::render {
namespace {

// Beyond this depth the tree column shows the depth as a number instead of drawing every
// level: a cascade 10,000 levels deep must not print lines 30,000 cells wide.
constexpr std::size_t kDrawnDepth = 24;

struct Row {
  std::vector<std::string> cells; // tree, name, unit, owner, measure, years…, status
};

std::string number_or_dash(const YearValue* v) {
  return v ? text::format_number(v->value) : "-";
}

std::string years_label(const std::vector<int>& years) {
  if (years.empty()) return "-";
  if (years.front() == years.back()) return std::to_string(years.front());
  return fmt::format("{}–{}", years.front(), years.back());
}

class TextView {
public:
  explicit TextView(const DecomposeView& v) : view_(v), years_(view_years(v)) {}

  std::string render() {
    const Lang lang = view_.lang;
    std::string out = text::one_line(
        detail::say("decompose.title",
                    {arg("plan", view_.plan.header.id), arg("years", years_label(years_))}, lang));
    out += "\n\n";
    if (view_.roots.empty()) return out + detail::say("decompose.empty", {}, lang) + "\n";
    std::vector<std::string> header{
        detail::say("decompose.col.kpi", {}, lang), detail::say("decompose.col.name", {}, lang),
        detail::say("decompose.col.unit", {}, lang), detail::say("decompose.col.owner", {}, lang),
        detail::say("decompose.col.measure", {}, lang)};
    for (int y : years_)
      header.push_back(std::to_string(y));
    header.push_back(detail::say("decompose.col.status", {}, lang));
    rows_.push_back({header});
    // Each tree's rows, built at once when there are threads to spare, joined in order.
    std::vector<std::vector<Row>> trees(view_.roots.size());
    for_each_index(view_.pool, trees.size(),
                   [&](std::size_t i) { add_tree(view_.roots[i], trees[i]); });
    for (std::size_t i = 0; i < trees.size(); ++i) {
      if (i) rows_.push_back({}); // a blank line between trees
      std::move(trees[i].begin(), trees[i].end(), std::back_inserter(rows_));
    }
    return out + layout();
  }

private:
  // Rows of one tree, depth first; `last` holds, per level of the current path,
  // whether that ancestor is the last of its siblings (which decides │ or blank).
  void add_tree(std::size_t root, std::vector<Row>& rows) const {
    const Cascade& c = view_.cascade;
    std::vector<bool> last;
    struct Item {
      std::size_t node, depth;
      bool is_last;
    };
    std::vector<Item> stack{{root, 0, true}};
    while (!stack.empty()) {
      Item it = stack.back();
      stack.pop_back();
      last.resize(it.depth + 1);
      last[it.depth] = it.is_last;
      add_node(it.node, it.depth, last, rows);
      const auto& kids = c.nodes[it.node].children;
      for (std::size_t k = kids.size(); k-- > 0;)
        stack.push_back({kids[k], it.depth + 1, k + 1 == kids.size()});
    }
  }

  // The drawing left of a row: ancestors' continuation lines, then `tail`.
  static std::string prefix(const std::vector<bool>& last, std::size_t levels,
                            std::string_view tail, std::size_t depth) {
    if (depth > kDrawnDepth) return fmt::format("…({}) {}", depth, tail);
    std::string s;
    for (std::size_t k = 1; k <= levels; ++k)
      s += last[k] ? "   " : "│  ";
    return s + std::string(tail);
  }

  void add_node(std::size_t node, std::size_t depth, const std::vector<bool>& last,
                std::vector<Row>& rows) const {
    const Plan& plan = view_.plan;
    const Cascade& c = view_.cascade;
    const Kpi& k = plan.kpis[node];
    const CascadeNode& n = c.nodes[node];
    std::string tree =
        depth == 0 ? std::string() : prefix(last, depth - 1, last[depth] ? "└─ " : "├─ ", depth);
    Row row;
    row.cells.push_back(tree + text::one_line(k.id));
    row.cells.push_back(text::one_line(k.name.value));
    row.cells.push_back(k.unit.set ? text::one_line(k.unit->id) : "-");
    row.cells.push_back(k.owner.set ? text::one_line(k.owner->id) : "-");
    row.cells.push_back(n.measure.empty() ? "-" : text::one_line(n.measure));
    for (int y : years_)
      row.cells.push_back(number_or_dash(target_for(k, y)));
    row.cells.push_back(status_text(c, node, view_.lang));
    rows.push_back(std::move(row));
    if (n.children.empty()) return;
    // The children's combined figure sits on its own line between the KPI and its children.
    Row sum;
    std::string label =
        n.weighted_by == Cascade::npos
            ? detail::say("decompose.children",
                          {arg("rollup", value_word("rollup", name(n.rollup), view_.lang))},
                          view_.lang)
            : detail::say("decompose.children-weighted",
                          {arg("kpi", text::one_line(plan.kpis[n.weighted_by].id))}, view_.lang);
    sum.cells.push_back(prefix(last, depth, "│  ", depth) + label);
    sum.cells.resize(5);
    for (int y : years_) {
      auto it = std::find_if(n.years.begin(), n.years.end(),
                             [&](const CascadeYear& cy) { return cy.year == y; });
      if (it == n.years.end())
        sum.cells.push_back("");
      else
        sum.cells.push_back(it->contributing ? text::format_number(it->combined) : "-");
    }
    sum.cells.push_back("");
    rows.push_back(std::move(sum));
  }

  // The rows as aligned lines: each column as wide as its widest cell. Measured and laid
  // out in slices of rows, at once when there are threads to spare, joined in order.
  std::string layout() const {
    const std::size_t slices = view_.pool ? 4 * view_.pool->threads() : 1;
    const std::size_t per = (rows_.size() + slices - 1) / slices;
    auto slice = [&](std::size_t s) {
      return std::pair{std::min(rows_.size(), s * per), std::min(rows_.size(), (s + 1) * per)};
    };
    std::vector<std::vector<std::size_t>> widths(slices);
    for_each_index(view_.pool, slices, [&](std::size_t s) {
      auto [from, to] = slice(s);
      for (std::size_t r = from; r < to; ++r) {
        const auto& cells = rows_[r].cells;
        if (widths[s].size() < cells.size()) widths[s].resize(cells.size(), 0);
        for (std::size_t i = 0; i < cells.size(); ++i)
          widths[s][i] = std::max(widths[s][i], text::display_width(cells[i]));
      }
    });
    std::vector<std::size_t> width;
    for (const auto& w : widths) {
      if (width.size() < w.size()) width.resize(w.size(), 0);
      for (std::size_t i = 0; i < w.size(); ++i)
        width[i] = std::max(width[i], w[i]);
    }
    std::vector<std::string> parts(slices);
    for_each_index(view_.pool, slices, [&](std::size_t s) {
      auto [from, to] = slice(s);
      lines(from, to, width, parts[s]);
    });
    std::string out;
    for (const auto& p : parts)
      out += p;
    return out;
  }

  void lines(std::size_t from, std::size_t to, const std::vector<std::size_t>& width,
             std::string& out) const {
    const std::size_t first_year = 5, status = 5 + years_.size();
    for (std::size_t row = from; row < to; ++row) {
      const Row& r = rows_[row];
      std::string line;
      for (std::size_t i = 0; i < r.cells.size(); ++i) {
        if (i) line += "  ";
        bool numeric = i >= first_year && i < status;
        line +=
            numeric ? text::pad_left(r.cells[i], width[i]) : text::pad_right(r.cells[i], width[i]);
      }
      while (!line.empty() && line.back() == ' ')
        line.pop_back();
      out += line;
      out += '\n';
    }
  }

  const DecomposeView& view_;
  std::vector<int> years_;
  std::vector<Row> rows_;
};

} // namespace

std::string decompose_text(const DecomposeView& view) {
  return TextView(view).render();
}

} // namespace kaplan::render
