// SPDX-License-Identifier: MIT
// The text of `kaplan validate --explain-load PERSON`: one person's months as a table.
#include "kaplan/render/person_load.hpp"

#include "kaplan/util/text.hpp"

#include <algorithm>
#include <array>

namespace kaplan {

namespace {

// Every line of the calendar is one line whatever a name holds.
std::string msg(std::string_view key, std::vector<Arg> args, Lang lang) {
  return text::one_line(render_message(key, args, lang));
}

} // namespace

std::string render_person_load(const Plan& plan, const PersonLoad& load, Lang lang) {
  const Person& person = plan.people[load.person];
  const std::string cap = text::format_number(person.capacity.value);
  std::string out;
  if (person.name.set && !person.name.value.empty())
    out +=
        msg("load.heading",
            {arg("person", person.id), arg("name", person.name.value), arg("capacity", cap)}, lang);
  else
    out += msg("load.heading-id", {arg("person", person.id), arg("capacity", cap)}, lang);
  out += '\n';
  if (person.committed.value > 0) {
    const std::string committed = text::format_number(person.committed.value);
    if (person.committed_until.set)
      out += msg("load.committed-until",
                 {arg("committed", committed),
                  arg("until", cal::format_month(person.committed_until.value))},
                 lang);
    else
      out += msg("load.committed", {arg("committed", committed)}, lang);
    out += '\n';
  }
  if (load.months.empty()) return out + msg("load.no-months", {}, lang) + '\n';
  out += '\n';

  // Rows of cells: month, load, capacity, mark, parts; widths by terminal cells.
  using Row = std::array<std::string, 5>;
  std::vector<Row> rows;
  rows.push_back({msg("load.month", {}, lang), msg("load.load", {}, lang),
                  msg("load.capacity", {}, lang), "", msg("load.parts", {}, lang)});
  bool any_over = false;
  for (std::size_t k = 0; k < load.months.size(); ++k) {
    const LoadMonth& m = load.months[k];
    const double committed = load.committed_in(k);
    std::string parts;
    auto add = [&](std::string_view what, double v) {
      if (!parts.empty()) parts += ", ";
      parts += text::one_line(what);
      parts += ' ';
      parts += text::format_number(v);
    };
    if (committed > 0) add("`committed`", committed);
    for (const auto& p : load.parts_of(m))
      add(plan.actions[p.action].id, p.effort);
    any_over = any_over || load.overloaded(m);
    rows.push_back({cal::format_month(load.month(k)), text::format_number(m.load),
                    text::format_number(load.capacity), load.overloaded(m) ? "!" : "", parts});
  }
  std::array<std::size_t, 4> width{};
  for (const auto& r : rows)
    for (std::size_t i = 0; i < width.size(); ++i)
      width[i] = std::max(width[i], text::display_width(r[i]));
  for (const auto& r : rows) {
    std::string line = text::pad_right(r[0], width[0]) + "  " + text::pad_left(r[1], width[1]) +
                       "  " + text::pad_left(r[2], width[2]) + " " +
                       text::pad_right(r[3], width[3]) + " " + r[4];
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += text::one_line(line);
    out += '\n';
  }
  if (any_over) out += msg("load.legend", {}, lang) + '\n';
  return out;
}

} // namespace kaplan
