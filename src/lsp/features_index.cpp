// SPDX-License-Identifier: MIT
#include "lsp/features_index.hpp"

#include <algorithm>

namespace kaplan::lsp::detail {

namespace {

template <class T>
void each(const std::vector<T>& v, EntityKind kind, std::string_view (*label)(const T&),
          const std::function<void(const EntityRef&)>& f) {
  for (std::uint32_t i = 0; i < v.size(); ++i)
    f(EntityRef{&v[i], kind, i, label(v[i])});
}

std::uint64_t line_key(std::uint32_t file, std::uint32_t line) {
  return (static_cast<std::uint64_t>(file) << 32) | line;
}

} // namespace

void for_each_entity(const Plan& plan, const std::function<void(const EntityRef&)>& f) {
  if (!plan.header.id.empty())
    f(EntityRef{&plan.header, EntityKind::plan, 0, plan.header.title.value});
  each<Unit>(
      plan.units, EntityKind::unit, [](const Unit& e) -> std::string_view { return e.name.value; },
      f);
  each<Person>(
      plan.people, EntityKind::person,
      [](const Person& e) -> std::string_view { return e.name.value; }, f);
  each<Assumption>(
      plan.assumptions, EntityKind::assumption,
      [](const Assumption& e) -> std::string_view { return e.statement.value; }, f);
  each<Factor>(
      plan.factors, EntityKind::factor,
      [](const Factor& e) -> std::string_view { return e.finding.value; }, f);
  each<Segment>(
      plan.segments, EntityKind::segment,
      [](const Segment& e) -> std::string_view { return e.name.value; }, f);
  each<Competitor>(
      plan.competitors, EntityKind::competitor,
      [](const Competitor& e) -> std::string_view { return e.name.value; }, f);
  each<Source>(
      plan.sources, EntityKind::source,
      [](const Source& e) -> std::string_view { return e.title.value; }, f);
  each<Capability>(
      plan.capabilities, EntityKind::capability,
      [](const Capability& e) -> std::string_view { return e.area.value; }, f);
  each<Issue>(
      plan.issues, EntityKind::issue,
      [](const Issue& e) -> std::string_view { return e.statement.value; }, f);
  each<Objective>(
      plan.objectives, EntityKind::objective,
      [](const Objective& e) -> std::string_view { return e.statement.value; }, f);
  each<Kpi>(
      plan.kpis, EntityKind::kpi, [](const Kpi& e) -> std::string_view { return e.name.value; }, f);
  each<Strategy>(
      plan.strategies, EntityKind::strategy,
      [](const Strategy& e) -> std::string_view { return e.statement.value; }, f);
  each<Asset>(
      plan.assets, EntityKind::asset,
      [](const Asset& e) -> std::string_view { return e.name.value; }, f);
  each<Action>(
      plan.actions, EntityKind::action,
      [](const Action& e) -> std::string_view { return e.title.value; }, f);
  each<Decision>(
      plan.decisions, EntityKind::decision,
      [](const Decision& e) -> std::string_view { return e.outcome.value; }, f);
  each<ReviewCadence>(
      plan.reviews, EntityKind::review, [](const ReviewCadence&) -> std::string_view { return {}; },
      f);
}

void for_each_ref(const Plan& plan,
                  const std::function<void(std::string_view key, const Ref&)>& f) {
  auto one = [&](std::string_view key, const Field<Ref>& r) {
    if (r.set) f(key, r.value);
  };
  auto many = [&](std::string_view key, const std::vector<Ref>& v) {
    for (const auto& r : v)
      f(key, r);
  };
  // One line per reference field of the model (include/kaplan/model/plan.hpp).
  one("owner", plan.header.owner);
  for (const auto& e : plan.units) {
    one("parent", e.parent);
    one("head", e.head);
    many("deputies", e.deputies);
  }
  for (const auto& e : plan.people)
    one("unit", e.unit);
  for (const auto& e : plan.factors)
    many("sources", e.sources);
  for (const auto& e : plan.segments)
    many("sources", e.sources);
  for (const auto& e : plan.competitors) {
    many("sources", e.sources);
    for (const auto& s : e.share) // keys are segment ids
      f("share", Ref{s.name, s.loc});
  }
  for (const auto& e : plan.capabilities)
    one("benchmark_source", e.benchmark_source);
  for (const auto& e : plan.issues)
    many("evidence", e.evidence);
  for (const auto& e : plan.objectives)
    many("addresses", e.addresses);
  for (const auto& e : plan.kpis) {
    one("objective", e.objective);
    one("parent", e.parent);
    one("unit", e.unit);
    one("owner", e.owner);
    one("weighted_by", e.weighted_by);
    many("segments", e.segments);
  }
  for (const auto& e : plan.strategies) {
    many("objectives", e.objectives);
    many("basis", e.basis);
  }
  for (const auto& e : plan.actions) {
    one("strategy", e.strategy);
    many("kpis", e.kpis);
    one("unit", e.unit);
    one("owner", e.owner);
    for (const auto& m : e.team)
      one("person", m.person);
    many("uses", e.uses);
    many("depends_on", e.depends_on);
    for (const auto& c : e.contributes)
      f("contributes", c.kpi);
  }
  for (const auto& e : plan.decisions) {
    one("chair", e.chair);
    many("participants", e.participants);
  }
  for (const auto& e : plan.reviews) {
    one("owner", e.owner);
    many("kpis", e.kpis);
  }
  for (const auto& s : plan.signoffs) {
    one("unit", s.unit);
    one("by", s.by);
  }
}

std::string_view line_text(const SourceSet& sources, std::uint32_t file, std::uint32_t line) {
  if (file >= sources.files.size()) return {};
  return sources.line(file, line);
}

const std::string* Index::id_at(Location at) const {
  auto it = by_line_.find(line_key(at.file, at.line));
  if (it == by_line_.end()) return nullptr;
  for (const auto& h : it->second)
    if (at.column >= h.column && at.column <= h.column + h.length) return h.id;
  return nullptr;
}

Index build_index(const Plan& plan, const SourceSet& sources) {
  Index ix;
  auto add = [&](const std::string& id, Location loc, bool definition) {
    if (id.empty() || loc.line == 0) return;
    // A quoted id's location is that of its opening quote.
    auto line = line_text(sources, loc.file, loc.line);
    if (loc.column >= 1 && loc.column <= line.size()) {
      char c = line[loc.column - 1];
      if ((c == '"' || c == '\'') && line.substr(loc.column).starts_with(id)) ++loc.column;
    }
    ix.by_id[id].push_back(Place{loc, static_cast<std::uint32_t>(id.size()), definition});
  };
  for_each_entity(plan, [&](const EntityRef& e) { add(e.entity->id, e.entity->loc, true); });
  for_each_ref(plan, [&](std::string_view, const Ref& r) { add(r.id, r.loc, false); });
  for (auto& [id, places] : ix.by_id) {
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
      return std::tie(a.loc.file, a.loc.line, a.loc.column) <
             std::tie(b.loc.file, b.loc.line, b.loc.column);
    });
    for (const auto& p : places)
      ix.by_line_[line_key(p.loc.file, p.loc.line)].push_back(
          Index::Hit{p.loc.column, p.length, &id});
  }
  return ix;
}

Span span_of(const Place& p) {
  Location end = p.loc;
  end.column += p.length;
  return Span{p.loc, end};
}

EntityRef entity_of(const Plan& plan, std::string_view id) {
  const IdEntry* e = plan.find(id);
  if (!e) return {};
  EntityRef out;
  for_each_entity(plan, [&](const EntityRef& r) {
    if (!out.entity && r.kind == e->kind && r.index == e->index) out = r;
  });
  return out;
}

std::uint32_t indent_of(std::string_view line) {
  std::uint32_t n = 0;
  while (n < line.size() && line[n] == ' ')
    ++n;
  return n;
}

bool blank_or_comment(std::string_view line) {
  auto n = indent_of(line);
  return n == line.size() || line[n] == '#';
}

std::uint32_t line_count(const SourceSet& sources, std::uint32_t file) {
  std::string_view text = sources.files[file].text;
  auto n = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
  return !text.empty() && text.back() != '\n' ? n + 1 : n;
}

std::uint32_t block_end_line(const SourceSet& sources, Location entry, std::uint32_t lines) {
  std::uint32_t last = entry.line;
  std::uint32_t need = entry.column > 0 ? entry.column - 1 : 0;
  if (lines == 0) lines = line_count(sources, entry.file);
  for (std::uint32_t l = entry.line + 1; l <= lines; ++l) {
    auto text = sources.line(entry.file, l);
    if (blank_or_comment(text)) continue;
    if (indent_of(text) < need) break;
    last = l;
  }
  return last;
}

namespace {
bool word_char(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == '-' || c == '_' || c == '.' || c == '/' || c == '@';
}
} // namespace

std::pair<std::size_t, std::size_t> word_at(std::string_view line, std::uint32_t column) {
  std::size_t at = column > 0 ? std::min<std::size_t>(column - 1, line.size()) : 0;
  std::size_t b = at, e = at;
  while (b > 0 && word_char(static_cast<unsigned char>(line[b - 1])))
    --b;
  while (e < line.size() && word_char(static_cast<unsigned char>(line[e])))
    ++e;
  return {b, e};
}

} // namespace kaplan::lsp::detail

namespace kaplan::lsp::detail {

std::uint32_t key_column(std::string_view line) {
  std::uint32_t n = indent_of(line);
  while (n + 1 < line.size() && line[n] == '-' && line[n + 1] == ' ') {
    n += 2;
    while (n < line.size() && line[n] == ' ')
      ++n;
  }
  return n;
}

std::string_view line_key(std::string_view line) {
  std::uint32_t c = key_column(line);
  std::size_t e = c;
  while (e < line.size() && line[e] != ':' && line[e] != ' ' && line[e] != '{' && line[e] != '[' &&
         line[e] != '#' && line[e] != ',')
    ++e;
  if (e == c || e >= line.size() || line[e] != ':') return {};
  if (e + 1 < line.size() && line[e + 1] != ' ') return {};
  return line.substr(c, e - c);
}

namespace {
// True when the key of the line opens a block (nothing but a comment after its colon).
bool opens_block(std::string_view line, std::string_view key) {
  std::size_t after = key_column(line) + key.size() + 1;
  while (after < line.size() && line[after] == ' ')
    ++after;
  return after >= line.size() || line[after] == '#';
}
} // namespace

std::vector<std::string> enclosing_keys(const SourceSet& sources, std::uint32_t file,
                                        std::uint32_t line, std::uint32_t column) {
  std::vector<std::string> out;
  std::uint32_t threshold = column;
  for (std::uint32_t l = line; l-- > 1 && threshold > 0;) {
    auto text = sources.line(file, l);
    if (blank_or_comment(text)) continue;
    std::uint32_t lead = indent_of(text);
    if (lead >= threshold) continue;
    auto key = line_key(text);
    // A key at the start of a list item (`- id: x`) opens the item: its keys are siblings
    // of the line's, not enclosing it; the item's own parent is less indented still.
    if (!key.empty() && opens_block(text, key) && key_column(text) < threshold)
      out.emplace_back(key);
    threshold = lead;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string join_path(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys)
    out += (out.empty() ? "" : ".") + k;
  return out;
}

} // namespace kaplan::lsp::detail
