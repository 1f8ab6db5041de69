// SPDX-License-Identifier: MIT
// Actuals files: the same tree, field tables and findings as plan files, so a bad date in
// an actuals file is reported at its line and column like one in a plan.
#include "kaplan/io/read.hpp"
#include "kaplan/load/actuals.hpp"
#include "kaplan/load/format_doc.hpp"
#include "kaplan/model/dates.hpp"
#include "kaplan/model/enum_names.hpp"
#include "load/reader.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace kaplan {
namespace {

using load::FieldSpec;
using load::Reader;
using VT = load::ValueType;

void read_period(Reader& r, Field<Period>& out, NodeId n) {
  if (!r.expect_scalar(n, r.field)) return;
  Period p;
  if (!Reader::parse_period(r.tree().text(n), p)) {
    r.report("KAP-S008", r.loc(n), "KAP-S008.period",
             {arg("field", r.field), arg("found", r.found(n))});
    return;
  }
  out = {p, r.loc(n), true};
}

const FieldSpec<ActualsHeader> kHeaderSpecs[] = {
    {"plan", true, VT::id, "id of the plan the actuals belong to",
     [](Reader& r, ActualsHeader& e, NodeId n) { r.read(n, e.plan); }},
    {"period", true, VT::text,
     "year to date up to the end of this period: YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM",
     [](Reader& r, ActualsHeader& e, NodeId n) { read_period(r, e.period, n); }},
    {"as_of", false, VT::date, "when the figures were taken (default: the period's last day)",
     [](Reader& r, ActualsHeader& e, NodeId n) { r.read(n, e.as_of); }},
};

const FieldSpec<KpiActual> kKpiSpecs[] = {
    {"kpi", true, VT::ref, "KPI id", [](Reader& r, KpiActual& e, NodeId n) { r.read(n, e.kpi); }},
    {"value", true, VT::number,
     "year-to-date total (cumulative KPIs) or current value (level KPIs)",
     [](Reader& r, KpiActual& e, NodeId n) { r.read(n, e.value); }},
    {"note", false, VT::text, "remarks",
     [](Reader& r, KpiActual& e, NodeId n) { r.read(n, e.note); }},
};

const FieldSpec<ActionActual> kActionSpecs[] = {
    {"action", true, VT::ref, "action id",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.action); }},
    {"status", true, VT::enumeration, "not-started, in-progress, done or dropped",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.status, kActionStatusNames); },
     kActionStatusNames},
    {"finished", false, VT::date, "the day a done action was finished",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.finished); }},
    {"progress", false, VT::ratio, "share done, 0 to 1",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.progress); }},
    {"spent", false, VT::number_map, "{budget category: amount spent so far}",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.spent); }},
    {"note", false, VT::text, "remarks",
     [](Reader& r, ActionActual& e, NodeId n) { r.read(n, e.note); }},
};

constexpr std::string_view kTopKeys[] = {"kaplan", "actuals", "kpis", "actions"};

template <class E, std::size_t N>
void read_entries(Reader& r, NodeId n, std::vector<E>& out, const FieldSpec<E> (&specs)[N],
                  std::string_view what, std::size_t header) {
  if (!r.expect_sequence(n, what)) return;
  for_each_item(r.tree(), n, [&](NodeId item) {
    if (!r.expect_mapping(item, what)) return;
    E e;
    e.entry = r.loc(item);
    e.header = header;
    load::read_entry<E>(r, item, e, std::span<const FieldSpec<E>>(specs, N), what);
    out.push_back(std::move(e));
  });
}

void read_document(Reader& r, Actuals& a, std::size_t header) {
  const auto& t = r.tree();
  ActualsHeader& h = a.headers[header];
  bool saw_version = false, saw_header = false;
  // A document that is not a mapping (`~`, `---` alone, a scalar) still lacks its version
  // and header: reported, so such a file is never taken for empty, valid actuals.
  if (r.expect_mapping(t.root, "document"))
    for_each_pair(t, t.root, [&](NodeId k, NodeId v) {
      int i = load::find_key(r, k, kTopKeys, "document");
      if (i < 0) return;
      r.field = kTopKeys[static_cast<std::size_t>(i)];
      r.what = r.field;
      switch (i) {
      case 0:
        saw_version = true;
        if (!t.is_scalar(v) || t.text(v) != "1")
          r.report("KAP-S009", t.is_null(v) ? r.loc(k) : r.loc(v), "KAP-S009.unsupported",
                   {arg("found", r.found(v))});
        break;
      case 1:
        saw_header = true;
        if (r.expect_mapping(v, "actuals")) {
          h.loc = r.loc(v);
          load::read_entry<ActualsHeader>(r, v, h, kHeaderSpecs, "actuals");
        } else if (t.is_null(v)) {
          load::report_missing(r, k, "plan", "actuals");
        }
        break;
      case 2:
        read_entries(r, v, a.kpis, kKpiSpecs, "kpis", header);
        break;
      case 3:
        read_entries(r, v, a.actions, kActionSpecs, "actions", header);
        break;
      default:
        break;
      }
    });
  if (!saw_version) r.report("KAP-S009", r.loc(t.root), "KAP-S009.missing", {});
  if (!saw_header) load::report_missing(r, t.root, "actuals", "document");
}

Finding duplicate(std::string key, const Ref& again, const Location& first) {
  Finding f;
  f.rule = "KAP-S005";
  f.severity = Severity::error;
  f.loc = again.loc;
  f.entity = again.id;
  f.message_key = std::move(key);
  f.args = {arg("id", again.id)};
  f.related.push_back({first, "note.first-here", {}});
  return f;
}

// Indexes entries by id; a second entry for the same id, in the same file or another,
// is KAP-S005 pointing at both: summing them silently would double-count a branch.
template <class E>
void index_entries(const std::vector<E>& entries, Field<Ref> E::*ref,
                   std::unordered_map<std::string, std::size_t>& index, std::string_view key,
                   std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Field<Ref>& r = entries[i].*ref;
    if (!r.set) continue;
    auto [it, added] = index.try_emplace(r.value.id, i);
    if (!added)
      findings.push_back(duplicate(std::string(key), r.value, (entries[it->second].*ref).loc));
  }
}

// Every file must report the same period: figures of Q1 and Q2 cannot be combined.
void settle_period(Actuals& a, std::vector<Finding>& findings) {
  const ActualsHeader* first = nullptr;
  for (const auto& h : a.headers) {
    if (!h.period.set) continue;
    if (!first) {
      first = &h;
      a.period = h.period.value;
      a.has_period = true;
      continue;
    }
    if (h.period.value == first->period.value) continue;
    Finding f;
    f.rule = "KAP-S007";
    f.severity = Severity::error;
    f.loc = h.period.loc;
    f.message_key = "KAP-S007.actuals-period";
    f.args = {arg("found", format_period(h.period.value)),
              arg("expected", format_period(first->period.value))};
    f.related.push_back({first->period.loc, "note.first-here", {}});
    findings.push_back(std::move(f));
  }
}

} // namespace

std::vector<SectionDoc> describe_actuals_format() {
  auto describe = []<class E, std::size_t N>(std::string path, std::string_view doc,
                                             const FieldSpec<E>(&specs)[N]) {
    SectionDoc s{std::move(path), doc, {}};
    for (const auto& f : specs)
      s.fields.push_back({f.key, f.required, load::value_type_name(f.type), f.doc, f.values});
    return s;
  };
  return {
      describe("actuals", "which plan and period the figures belong to", kHeaderSpecs),
      describe("kpis", "each KPI's actual value", kKpiSpecs),
      describe("actions", "each action's state", kActionSpecs),
  };
}

const KpiActual* Actuals::kpi(std::string_view id) const {
  auto it = kpi_index.find(std::string(id));
  return it == kpi_index.end() ? nullptr : &kpis[it->second];
}

const ActionActual* Actuals::action(std::string_view id) const {
  auto it = action_index.find(std::string(id));
  return it == action_index.end() ? nullptr : &actions[it->second];
}

Date Actuals::as_of(std::size_t header) const {
  if (header < headers.size()) {
    const auto& h = headers[header];
    if (h.as_of.set) return h.as_of.value;
    if (h.period.set) return period_end(h.period.value);
  }
  return has_period ? period_end(period) : Date{};
}

Date Actuals::latest_as_of() const {
  Date latest{};
  for (std::size_t i = 0; i < headers.size(); ++i)
    latest = std::max(latest, as_of(i));
  return latest;
}

ActualsAhead::ActualsAhead(std::span<const std::string> paths, const LoadOptions& options) {
  if (!options.pool || options.pool->threads() < 2) return;
  for (const auto& path : paths)
    tasks_.push_back(
        options.pool->submit([path, max_size = options.max_file_size, limits = options.parse] {
          ParsedFile p;
          p.failure = io::read_named_file(path, max_size, p.text, p.identity);
          if (p.failure != io::ReadFailure::none) return p;
          parse_ahead(p, limits);
          return p;
        }));
}

ActualsAhead::~ActualsAhead() {
  for (auto& t : tasks_) {
    try {
      if (t.valid()) t.get();
    } catch (...) {
      // Not taken: what it threw (out of memory) ends nothing here.
    }
  }
}

std::optional<ParsedFile> ActualsAhead::take(std::size_t i) {
  if (i >= tasks_.size() || !tasks_[i].valid()) return std::nullopt;
  return tasks_[i].get();
}

ActualsLoad load_actuals(std::span<const std::string> paths, SourceSet& sources,
                         const LoadOptions& options, ActualsAhead* ahead) {
  ActualsLoad result;
  Actuals& a = result.actuals;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string& path = paths[i];
    std::optional<ParsedFile> taken = ahead ? ahead->take(i) : std::nullopt;
    ParsedFile read;
    if (taken)
      read = std::move(*taken);
    else
      read.failure = io::read_named_file(path, options.max_file_size, read.text, read.identity);
    io::ReadFailure failure = read.failure;
    bool ok = failure == io::ReadFailure::none;
    std::uint32_t file =
        sources.add(path, ok ? std::move(read.text) : std::string(), read.identity);
    ActualsHeader header;
    header.file = file;
    header.loc = {file, 0, 0};
    a.headers.push_back(header);
    auto file_error = [&](std::string key, std::vector<Arg> args) {
      Finding f;
      f.rule = "KAP-S001";
      f.loc = {file, 0, 0};
      f.message_key = std::move(key);
      f.args = std::move(args);
      result.findings.push_back(std::move(f));
      result.unreadable = true;
    };
    if (!ok) {
      file_error("KAP-S001.read-" + std::string(io::failure_name(failure)), {});
      continue;
    }
    std::size_t before = result.findings.size();
    YamlTree tree = take_tree(read, sources, file, result.findings, options.parse);
    for (std::size_t k = before; k < result.findings.size(); ++k)
      if (result.findings[k].rule == "KAP-S001") result.unreadable = true;
    if (tree.root == kNoNode) {
      if (result.findings.size() == before) file_error("KAP-S001.empty", {});
      continue;
    }
    Reader reader(tree, result.findings);
    read_document(reader, a, a.headers.size() - 1);
  }
  index_entries(a.kpis, &KpiActual::kpi, a.kpi_index, "KAP-S005.actual-kpi", result.findings);
  index_entries(a.actions, &ActionActual::action, a.action_index, "KAP-S005.actual-action",
                result.findings);
  settle_period(a, result.findings);
  return result;
}

} // namespace kaplan
