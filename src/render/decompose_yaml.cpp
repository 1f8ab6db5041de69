// SPDX-License-Identifier: MIT
// The split written as YAML a branch planner can include as it is: a `kpis:` list with
// one entry per unit, quoted wherever a plain scalar would be read differently.
#include "kaplan/model/enum_names.hpp"
#include "kaplan/render/decompose.hpp"
#include "kaplan/util/text.hpp"

#include <array>
#include <cctype>
#include <fmt/format.h>
#include <string>

namespace kaplan {
namespace {

// Whether a plain YAML scalar would read back as this exact text (a string).
bool plain_ok(std::string_view s) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`<=+.0123456789~").find(s.front()) !=
      std::string_view::npos)
    return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos)
    return false;
  for (char c : s)
    if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') return false;
  for (std::size_t pos = 0; pos < s.size();)
    if (text::is_unsafe_char(text::decode_utf8(s, pos))) return false;
  std::string lower;
  for (char c : s)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 10> kSpecial{
      "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan"};
  for (auto w : kSpecial)
    if (lower == w) return false;
  return true;
}

// A scalar as YAML: plain when that is safe, else double-quoted with escapes.
std::string yaml_scalar(std::string_view s) {
  if (plain_ok(s)) return std::string(s);
  std::string out = "\"";
  for (std::size_t pos = 0; pos < s.size();) {
    std::size_t start = pos;
    char32_t c = text::decode_utf8(s, pos);
    if (c == U'"' || c == U'\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == U'\n') {
      out += "\\n";
    } else if (c == U'\t') {
      out += "\\t";
    } else if (c < 0x80 && text::is_unsafe_char(c)) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    } else if (text::is_unsafe_char(c)) {
      // C1 controls, direction overrides, zero-width characters: YAML's \u escape, so the
      // file shows them and reads back the same text.
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  return out + "\"";
}

// Text for a comment line: line breaks and unsafe characters become visible escapes, so
// nothing can end the comment or hide in it.
std::string comment(std::string_view s) {
  return text::one_line(s);
}

} // namespace

std::string render_split_yaml(const SplitResult& result, Lang lang) {
  std::string parent = result.children.empty() ? std::string() : result.children.front().parent;
  std::string out;
  out += "# " +
         comment(detail::say("decompose.yaml.header",
                             {arg("id", parent), arg("basis", result.basis)}, lang)) +
         "\n";
  out += "# " + comment(detail::say("decompose.yaml.include", {}, lang)) + "\n";
  out += "kpis:\n";
  const std::string owner = comment(detail::say("decompose.yaml.owner", {}, lang));
  for (const auto& c : result.children) {
    out += fmt::format("  - id: {}\n", yaml_scalar(c.id));
    out += fmt::format("    name: {}\n", yaml_scalar(c.name));
    out += fmt::format("    parent: {}\n", yaml_scalar(c.parent));
    out += fmt::format("    unit: {}\n", yaml_scalar(c.unit));
    out += fmt::format("    # {}\n", owner);
    out += "    targets: {";
    for (std::size_t i = 0; i < c.targets.size(); ++i)
      out += fmt::format("{}{}: {}", i ? ", " : "", c.targets[i].first, c.targets[i].second);
    out += fmt::format("}} # {}\n",
                       comment(detail::say("decompose.yaml.share", {arg("share", c.share)}, lang)));
  }
  return out;
}

std::string render_derived_plan_yaml(const Plan& parent, const DerivedPlan& plan, Lang lang) {
  const Unit& unit = *plan.unit;
  const std::string unit_name = unit.name.set ? unit.name.value : unit.id;
  const std::vector<Arg> args{arg("unit", unit.id), arg("parent", parent.header.id)};
  std::string out;
  for (std::string_view key : {"decompose.plan.header", "decompose.plan.allocated"})
    out += "# " + comment(detail::say(key, args, lang)) + "\n";
  out += "kaplan: 1\nplan:\n";
  out += fmt::format("  id: {}\n", yaml_scalar(plan.id));
  std::string title = parent.header.title.set ? parent.header.title.value : parent.header.id;
  out += fmt::format("  title: {}\n",
                     yaml_scalar(detail::say("decompose.plan.title",
                                             {arg("title", title), arg("unit", unit_name)}, lang)));
  out += fmt::format("  organization: {}\n", yaml_scalar(unit_name));
  if (parent.header.cycle.set) out += fmt::format("  cycle: {}\n", parent.header.cycle.value);
  out += fmt::format("  horizon: {}\n", parent.header.horizon.value);
  out += fmt::format("  money: {}\n", yaml_scalar(parent.header.money.value));
  out += "  status: draft\n";
  out += fmt::format("  owner: {}\n", yaml_scalar(unit.id));
  out += fmt::format("  unit: {}\n", yaml_scalar(unit.id));
  out += fmt::format("  derives_from: {}\n", yaml_scalar(parent.header.id));

  out += "\nunits:\n";
  out += fmt::format("  - id: {}\n    name: {}\n", yaml_scalar(unit.id), yaml_scalar(unit_name));
  if (unit.kind.set) out += fmt::format("    kind: {}\n", name(unit.kind.value));
  if (plan.head) out += fmt::format("    head: {}\n", yaml_scalar(plan.head->id));

  if (plan.head) {
    const Person& p = *plan.head;
    out += "\npeople:\n";
    out += fmt::format("  - id: {}\n", yaml_scalar(p.id));
    if (p.name.set) out += fmt::format("    name: {}\n", yaml_scalar(p.name.value));
    out += fmt::format("    unit: {}\n", yaml_scalar(unit.id));
    if (p.role.set) out += fmt::format("    role: {}\n", yaml_scalar(p.role.value));
  }

  if (!plan.objectives.empty()) {
    out += "\nobjectives:\n";
    for (const Objective* o : plan.objectives) {
      out += fmt::format("  - id: {}\n", yaml_scalar(o->id));
      if (o->perspective.set)
        out += fmt::format("    perspective: {}\n", name(o->perspective.value));
      if (o->statement.set)
        out += fmt::format("    statement: {}\n", yaml_scalar(o->statement.value));
    }
  }

  if (!plan.kpis.empty()) {
    out += "\nkpis:\n";
    const std::string weight_note = comment(detail::say("decompose.plan.weight", {}, lang));
    for (const auto& k : plan.kpis) {
      const Kpi& src = *k.source;
      out += fmt::format("  - id: {}\n", yaml_scalar(src.id));
      out += fmt::format("    name: {}\n", yaml_scalar(src.name.set ? src.name.value : src.id));
      if (k.objective) out += fmt::format("    objective: {}\n", yaml_scalar(k.objective->id));
      if (!k.measure.empty()) out += fmt::format("    measure: {}\n", yaml_scalar(k.measure));
      if (k.direction != Direction::up)
        out += fmt::format("    direction: {}\n", name(k.direction));
      if (k.rollup != Rollup::sum) out += fmt::format("    rollup: {}\n", name(k.rollup));
      if (plan.head) out += fmt::format("    owner: {}\n", yaml_scalar(plan.head->id));
      out += fmt::format("    weight: {} # {}\n", k.weight, weight_note);
      out += fmt::format("    derives: {}\n", yaml_scalar(src.id));
      out += "    targets: {";
      for (std::size_t i = 0; i < k.targets.size(); ++i)
        out += fmt::format("{}{}: {}", i ? ", " : "", k.targets[i].first, k.targets[i].second);
      out += "}\n";
    }
  }

  if (!plan.budget.empty()) {
    out += "\nresources:\n  budget:\n";
    out += "    # " + comment(detail::say("decompose.plan.budget", args, lang)) + "\n";
    for (const auto& b : plan.budget)
      out += fmt::format("    - {{year: {}, category: {}, amount: {}}}\n", b.year,
                         yaml_scalar(b.category), b.amount);
  }
  out += "\n# " + comment(detail::say("decompose.plan.todo", args, lang)) + "\n";
  return out;
}

} // namespace kaplan
