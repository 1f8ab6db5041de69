// SPDX-License-Identifier: MIT
#include "kaplan/model/plan.hpp"

#include "kaplan/util/text.hpp"

#include <functional>

namespace kaplan {

std::uint32_t SourceSet::add(std::string path, std::string text, FileIdentity identity) {
  SourceFile file;
  file.path = std::move(path);
  file.text = std::move(text);
  file.identity = identity;
  return add(std::move(file));
}

std::uint32_t SourceSet::add(SourceFile file) {
  files.push_back(std::move(file));
  return static_cast<std::uint32_t>(files.size() - 1);
}

void SourceSet::release(std::uint32_t file, std::shared_ptr<const TextOrigin> origin,
                        std::string rel) {
  SourceFile& f = files[file];
  if (f.released || !origin) return;
  f.size = f.text.size();
  f.digest = std::hash<std::string_view>{}(f.text);
  f.origin = std::move(origin);
  f.rel = std::move(rel);
  f.released = true;
  std::string().swap(f.text);
}

std::string_view SourceSet::text(std::uint32_t file) const {
  const SourceFile& f = files[file];
  if (f.released) {
    f.released = false;
    std::string now;
    if (f.origin->read(f.rel, now) && now.size() == f.size &&
        std::hash<std::string_view>{}(now) == f.digest)
      f.text = std::move(now);
  }
  return f.text;
}

std::string_view SourceSet::line(std::uint32_t file, std::uint32_t line_no) const {
  if (file >= files.size() || line_no == 0) return {};
  std::string_view t = text(file);
  if (t.substr(0, 3) == "\xEF\xBB\xBF") t.remove_prefix(3);
  if (line_starts.size() < files.size()) line_starts.resize(files.size());
  auto& starts = line_starts[file];
  if (starts.empty()) {
    starts.push_back(0);
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i] == '\n') starts.push_back(i + 1);
  }
  if (line_no > starts.size()) return {};
  std::size_t start = starts[line_no - 1];
  if (start > t.size()) return {};
  auto end = t.find('\n', start);
  auto s = t.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

namespace {

// Counts the characters before a byte column, each as `units(code point)`.
template <class Units>
std::uint32_t count_column(const SourceSet& sources, Location loc, Units units) {
  if (loc.column == 0) return 0;
  std::string_view line = sources.line(loc.file, loc.line);
  std::size_t byte = loc.column - 1;
  std::size_t count = 0, pos = 0;
  while (pos < byte && pos < line.size())
    count += units(text::decode_utf8(line, pos));
  if (byte > line.size()) count += byte - line.size(); // past the line end: keep the distance
  return static_cast<std::uint32_t>(count + 1);
}

} // namespace

std::uint32_t SourceSet::char_column(Location loc) const {
  return count_column(*this, loc, [](char32_t) { return 1; });
}

std::uint32_t SourceSet::utf16_column(Location loc) const {
  return count_column(*this, loc, [](char32_t c) { return c >= 0x10000 ? 2 : 1; });
}

const IdEntry* Plan::find(std::string_view id) const {
  return ids.find(*this, id);
}

namespace {
template <class E>
std::string_view id_in(const std::vector<E>& list, std::uint32_t index) {
  return index < list.size() ? std::string_view(list[index].id) : std::string_view();
}
} // namespace

std::string_view Plan::id_of(EntityKind kind, std::uint32_t index) const {
  switch (kind) {
  case EntityKind::plan:
    return index == 0 ? std::string_view(header.id) : std::string_view();
  case EntityKind::unit:
    return id_in(units, index);
  case EntityKind::person:
    return id_in(people, index);
  case EntityKind::assumption:
    return id_in(assumptions, index);
  case EntityKind::factor:
    return id_in(factors, index);
  case EntityKind::segment:
    return id_in(segments, index);
  case EntityKind::competitor:
    return id_in(competitors, index);
  case EntityKind::source:
    return id_in(sources, index);
  case EntityKind::capability:
    return id_in(capabilities, index);
  case EntityKind::issue:
    return id_in(issues, index);
  case EntityKind::objective:
    return id_in(objectives, index);
  case EntityKind::kpi:
    return id_in(kpis, index);
  case EntityKind::strategy:
    return id_in(strategies, index);
  case EntityKind::asset:
    return id_in(assets, index);
  case EntityKind::action:
    return id_in(actions, index);
  case EntityKind::decision:
    return id_in(decisions, index);
  case EntityKind::review:
    return id_in(reviews, index);
  }
  return {};
}

namespace {
template <class E>
const E* lookup(const Plan& p, std::string_view id, EntityKind kind, const std::vector<E>& list) {
  const IdEntry* e = p.find(id);
  if (!e || e->kind != kind || e->index >= list.size()) return nullptr;
  return &list[e->index];
}
} // namespace

const Unit* Plan::unit(std::string_view id) const {
  return lookup(*this, id, EntityKind::unit, units);
}
const Person* Plan::person(std::string_view id) const {
  return lookup(*this, id, EntityKind::person, people);
}
const Kpi* Plan::kpi(std::string_view id) const {
  return lookup(*this, id, EntityKind::kpi, kpis);
}
const Action* Plan::action(std::string_view id) const {
  return lookup(*this, id, EntityKind::action, actions);
}
const Objective* Plan::objective(std::string_view id) const {
  return lookup(*this, id, EntityKind::objective, objectives);
}
const Strategy* Plan::strategy(std::string_view id) const {
  return lookup(*this, id, EntityKind::strategy, strategies);
}

std::string_view section_of(EntityKind k) {
  switch (k) {
  case EntityKind::plan:
    return "plan";
  case EntityKind::unit:
    return "units";
  case EntityKind::person:
    return "people";
  case EntityKind::assumption:
    return "assumptions";
  case EntityKind::factor:
    return "environment.factors";
  case EntityKind::segment:
    return "environment.segments";
  case EntityKind::competitor:
    return "environment.competitors";
  case EntityKind::source:
    return "environment.sources";
  case EntityKind::capability:
    return "capabilities";
  case EntityKind::issue:
    return "issues";
  case EntityKind::objective:
    return "objectives";
  case EntityKind::kpi:
    return "kpis";
  case EntityKind::strategy:
    return "strategies";
  case EntityKind::asset:
    return "resources.assets";
  case EntityKind::action:
    return "actions";
  case EntityKind::decision:
    return "governance.decisions";
  case EntityKind::review:
    return "governance.reviews";
  }
  return "?";
}

std::optional<double> previous_target(const Plan& plan, const Kpi& kpi, int year) {
  for (const auto& t : kpi.targets)
    if (t.year == year - 1) return t.value;
  if (plan.header.cycle && year == *plan.header.cycle && kpi.baseline) return *kpi.baseline;
  return std::nullopt;
}

} // namespace kaplan
