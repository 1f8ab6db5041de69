// SPDX-License-Identifier: MIT
// Hover: an id's entity in one paragraph, a key's meaning, a rule's explain text.
#include "kaplan/analysis/cascade.hpp"
#include "kaplan/analysis/load_calendar.hpp"
#include "kaplan/load/format_doc.hpp"
#include "kaplan/lsp/features.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/model/enum_names.hpp"
#include "kaplan/model/rule_catalogue.hpp"
#include "kaplan/render/explain.hpp"
#include "kaplan/util/text.hpp"
#include "lsp/features_index.hpp"
#include "lsp/features_messages.hpp"

namespace kaplan::lsp {

using namespace detail;

namespace {

std::string md(std::string_view s) {
  return text::markdown_escape(s);
}

// "label: value" with the value escaped.
std::string hover_field(std::string_view label_key, std::string_view value, Lang lang) {
  return say("lsp.hover.field", {arg("label", say(label_key, {}, lang)), arg("value", md(value))},
             lang);
}

std::string id_list(const std::vector<Ref>& refs) {
  std::string out;
  for (const auto& r : refs)
    out += (out.empty() ? "" : ", ") + r.id;
  return out;
}

std::string years_text(const std::vector<YearValue>& years) {
  std::string out;
  for (const auto& y : years)
    out += (out.empty() ? "" : ", ") + std::to_string(y.year) + ": " + text::format_number(y.value);
  return out;
}

void kpi_lines(const Plan& plan, std::uint32_t index, Lang lang, std::vector<std::string>& out) {
  const Kpi& k = plan.kpis[index];
  if (k.unit) out.push_back(hover_field("lsp.label.unit", k.unit->id, lang));
  if (k.owner) out.push_back(hover_field("lsp.label.owner", k.owner->id, lang));
  if (k.measure) out.push_back(hover_field("lsp.label.measure", *k.measure, lang));
  if (k.baseline)
    out.push_back(hover_field("lsp.label.baseline", text::format_number(*k.baseline), lang));
  if (!k.targets.empty())
    out.push_back(hover_field("lsp.label.targets", years_text(k.targets), lang));
  Cascade cascade = build_cascade(plan);
  if (index >= cascade.nodes.size()) return;
  const CascadeNode& node = cascade.nodes[index];
  if (node.in_cycle) {
    out.push_back(say("lsp.cascade.cycle", {}, lang));
    return;
  }
  if (node.children.empty()) {
    out.push_back(k.parent ? say("lsp.cascade.leaf", {arg("parent", md(k.parent->id))}, lang)
                           : say("lsp.cascade.root-leaf", {}, lang));
    return;
  }
  std::vector<std::string> problems;
  for (const auto& y : node.years) {
    std::vector<Arg> args{arg("year", y.year), arg("combined", y.combined),
                          arg("target", y.target)};
    switch (y.verdict) {
    case CascadeVerdict::covered:
      break;
    case CascadeVerdict::gap:
      problems.push_back(say("lsp.cascade.gap", args, lang));
      break;
    case CascadeVerdict::stretch:
      problems.push_back(say("lsp.cascade.stretch", args, lang));
      break;
    case CascadeVerdict::no_children:
      problems.push_back(say("lsp.cascade.no-children", args, lang));
      break;
    }
  }
  if (problems.empty())
    out.push_back(say("lsp.cascade.covered", {arg("count", node.children.size())}, lang));
  for (auto& p : problems)
    out.push_back(std::move(p));
}

void person_lines(const Plan& plan, std::uint32_t index, Lang lang, std::vector<std::string>& out) {
  const Person& p = plan.people[index];
  if (p.unit) out.push_back(hover_field("lsp.label.unit", p.unit->id, lang));
  if (p.role) out.push_back(hover_field("lsp.label.role", *p.role, lang));
  out.push_back(hover_field("lsp.label.capacity", text::format_number(p.capacity.value), lang));
  LoadCalendar cal = build_load_calendar(plan);
  if (index >= cal.people.size()) return;
  // Months of equal load joined into ranges: "2027-01..2027-03 0.8".
  std::string loads;
  const PersonLoad& pl = cal.people[index];
  const auto& months = pl.months;
  for (std::size_t i = 0; i < months.size();) {
    std::size_t j = i;
    while (j + 1 < months.size() && std::abs(months[j + 1].load - months[i].load) <= kLoadEpsilon)
      ++j;
    if (pl.month(i) >= cal.horizon_first && pl.month(j) <= cal.horizon_last) {
      std::string range =
          i == j ? cal::format_month(pl.month(i))
                 : cal::format_month(pl.month(i)) + ".." + cal::format_month(pl.month(j));
      loads += (loads.empty() ? "" : ", ") + range + " " + text::format_number(months[i].load) +
               (pl.overloaded(months[i]) ? " (!)" : "");
    }
    i = j + 1;
  }
  if (!loads.empty()) out.push_back(hover_field("lsp.label.load", loads, lang));
}

void strategy_lines(const Plan& plan, std::uint32_t index, Lang lang,
                    std::vector<std::string>& out) {
  const Strategy& s = plan.strategies[index];
  if (s.kind) out.push_back(hover_field("lsp.label.kind", name(*s.kind), lang));
  if (!s.objectives.empty())
    out.push_back(hover_field("lsp.label.objectives", id_list(s.objectives), lang));
  std::string actions;
  for (const auto& a : plan.actions)
    if (a.strategy && a.strategy->id == s.id) actions += (actions.empty() ? "" : ", ") + a.id;
  out.push_back(hover_field("lsp.label.actions",
                            actions.empty() ? say("lsp.label.none", {}, lang) : actions, lang));
}

void action_lines(const Plan& plan, std::uint32_t index, Lang lang, std::vector<std::string>& out) {
  const Action& a = plan.actions[index];
  if (a.strategy) out.push_back(hover_field("lsp.label.strategy", a.strategy->id, lang));
  if (!a.kpis.empty()) out.push_back(hover_field("lsp.label.kpis", id_list(a.kpis), lang));
  if (a.unit) out.push_back(hover_field("lsp.label.unit", a.unit->id, lang));
  if (a.owner) out.push_back(hover_field("lsp.label.owner", a.owner->id, lang));
  if (a.start && a.due)
    out.push_back(
        hover_field("lsp.label.dates", format_date(*a.start) + ".." + format_date(*a.due), lang));
}

std::string entity_paragraph(const Plan& plan, const std::string& id, std::size_t definitions,
                             Lang lang) {
  EntityRef e = entity_of(plan, id);
  if (!e.entity) return {};
  std::vector<Arg> args{arg("id", md(id)), arg("kind", kind_label(e.kind, lang))};
  std::vector<std::string> lines;
  if (!e.label.empty()) {
    args.push_back(arg("name", md(e.label)));
    lines.push_back(say("lsp.hover.title", args, lang));
  } else {
    lines.push_back(say("lsp.hover.title-bare", args, lang));
  }
  if (definitions > 1)
    lines.push_back(say("lsp.hover.duplicate", {arg("count", definitions)}, lang));
  switch (e.kind) {
  case EntityKind::kpi:
    kpi_lines(plan, e.index, lang, lines);
    break;
  case EntityKind::person:
    person_lines(plan, e.index, lang, lines);
    break;
  case EntityKind::strategy:
    strategy_lines(plan, e.index, lang, lines);
    break;
  case EntityKind::action:
    action_lines(plan, e.index, lang, lines);
    break;
  case EntityKind::unit: {
    const Unit& u = plan.units[e.index];
    if (u.kind) lines.push_back(hover_field("lsp.label.kind", name(*u.kind), lang));
    if (u.parent) lines.push_back(hover_field("lsp.label.unit", u.parent->id, lang));
    break;
  }
  case EntityKind::objective: {
    const Objective& o = plan.objectives[e.index];
    if (o.perspective) lines.push_back(hover_field("lsp.label.kind", name(*o.perspective), lang));
    break;
  }
  default:
    break;
  }
  // One paragraph: Markdown hard line breaks between its lines.
  std::string out;
  for (const auto& l : lines)
    out += (out.empty() ? "" : "  \n") + l;
  return out;
}

std::optional<Hover> rule_hover(std::string_view word, const std::vector<std::string>& keys,
                                Span span, Lang lang) {
  bool in_ignore = !keys.empty() && keys.back() == "ignore";
  if (!word.starts_with("KAP-") && !in_ignore) return std::nullopt;
  const RuleInfo* rule = find_rule(word);
  if (!rule) return std::nullopt;
  // The explain text is plain text wrapped for a terminal: a fenced block shows it as
  // written, and no Markdown in it is interpreted.
  std::string text = render_explain(*rule, lang);
  std::string fence = "```";
  while (text.find(fence) != std::string::npos)
    fence += '`';
  return Hover{fence + "text\n" + text + (text.ends_with('\n') ? "" : "\n") + fence + "\n", span};
}

std::optional<Hover> key_hover(std::string_view key, const std::vector<std::string>& keys,
                               Span span, Lang lang) {
  std::string path = join_path(keys);
  static const std::vector<SectionDoc> docs = describe_plan_format();
  for (const auto& section : docs) {
    if (section.path != path) continue;
    for (const auto& f : section.fields) {
      if (f.key != key) continue;
      std::string out = say("lsp.key.title",
                            {arg("key", key), arg("section", path), arg("type", f.type),
                             arg("required", f.required ? say("lsp.key.required", {}, lang) : "")},
                            lang);
      out += "  \n" + md(f.doc);
      if (!f.values.empty()) {
        std::string values;
        for (auto v : f.values)
          values += (values.empty() ? "" : ", ") + std::string(v);
        out += "  \n" + say("lsp.key.values", {arg("values", md(values))}, lang);
      }
      return Hover{out, span};
    }
  }
  // A section's own key: what the section holds. (Keys and paths come from the format's
  // tables, written in code spans above: no escaping there.)
  std::string own = path.empty() ? std::string(key) : path + "." + std::string(key);
  for (const auto& section : docs)
    if (section.path == own) return Hover{"**" + md(own) + "**  \n" + md(section.doc), span};
  return std::nullopt;
}

} // namespace

std::optional<Hover> hover(const Plan& plan, const SourceSet& sources, Location at, Lang lang) {
  if (at.file >= sources.files.size()) return std::nullopt;
  Index ix = build_index(plan, sources);
  if (const std::string* id = ix.id_at(at)) {
    const auto& places = ix.by_id.at(*id);
    std::size_t definitions = 0;
    for (const auto& p : places)
      definitions += p.definition ? 1 : 0;
    for (const auto& p : places)
      if (p.loc.file == at.file && p.loc.line == at.line && at.column >= p.loc.column &&
          at.column <= p.loc.column + p.length) {
        std::string text = entity_paragraph(plan, *id, definitions, lang);
        if (!text.empty()) return Hover{text, span_of(p)};
      }
  }
  auto line = sources.line(at.file, at.line);
  auto [b, e] = word_at(line, at.column);
  if (b == e) return std::nullopt;
  std::string_view word = line.substr(b, e - b);
  Span span{Location{at.file, at.line, static_cast<std::uint32_t>(b) + 1},
            Location{at.file, at.line, static_cast<std::uint32_t>(e) + 1}};
  std::uint32_t content = key_column(line);
  auto keys = enclosing_keys(sources, at.file, at.line, content);
  // A rule id after `#` (a comment) or in an `ignore:` mapping.
  if (auto h = rule_hover(word, keys, span, lang)) return h;
  // A key: the word is followed by a colon.
  if (e < line.size() && line[e] == ':') {
    // Within a flow mapping on the line (`- {id: x, name: y}`), the keys are the entry's.
    return key_hover(word, keys, span, lang);
  }
  return std::nullopt;
}

} // namespace kaplan::lsp
