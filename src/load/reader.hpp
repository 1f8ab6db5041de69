// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/load/yaml_tree.hpp"
#include "kaplan/model/plan.hpp"

#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace kaplan::load {

// The kinds of value a field holds; used for messages and the format's documentation.
enum class ValueType : std::uint8_t {
  id,
  text,
  integer,
  number,
  ratio,
  fte,
  level,
  year,
  date,
  month,
  enumeration,
  ref,
  ref_list,
  text_list,
  year_map,
  number_map,
  mapping,
  list
};

// Reads YAML nodes of one file into typed fields, turning every problem into a finding.
class Reader {
public:
  Reader(const YamlTree& tree, std::vector<Finding>& findings) : tree_(tree), findings_(findings) {}

  const YamlTree& tree() const { return tree_; }

  // The field being read and the entry it belongs to, named in messages.
  std::string_view field = "value";
  std::string_view what = "plan";
  Location loc(NodeId n) const { return tree_.location(n); }

  // How many findings of this file were counted but not kept (past kMaxFindingsPerFile).
  std::uint32_t dropped() const;

  // The number of findings recorded so far, and naming the entity of those recorded
  // since then that name none yet.
  std::size_t finding_count() const { return findings_.size(); }
  void set_entity_since(std::size_t since, const std::string& id) {
    for (std::size_t i = since; i < findings_.size(); ++i)
      if (findings_[i].entity.empty()) findings_[i].entity = id;
  }

  // One mistake, one finding (issue #18): the findings recorded since `since` leave the
  // value at `path` unknown ("objectives.perspective", see Finding::unknown).
  void leave_unknown_since(std::size_t since, const std::string& path) {
    for (std::size_t i = since; i < findings_.size(); ++i)
      findings_[i].unknown = path;
  }
  // A misspelt key (KAP-S002) recorded since `since` that meant `path` leaves nothing
  // unknown when `path` was written with its right spelling too.
  void forget_misspelt_since(std::size_t since, std::string_view path) {
    for (std::size_t i = since; i < findings_.size(); ++i)
      if (findings_[i].rule == "KAP-S002" && findings_[i].unknown == path)
        findings_[i].unknown.clear();
  }

  // Records a finding of a structure rule.
  void report(std::string_view rule, Location loc, std::string key, std::vector<Arg> args,
              std::string entity = {});
  // Records a finding about the value or key `n`; when its text holds full-width
  // punctuation (`：`, `，`, `【`, …) the finding points at that mark and says what
  // YAML needed instead.
  void report_at(std::string_view rule, NodeId n, std::string key, std::vector<Arg> args);

  void read(NodeId n, Field<std::string>& out);
  void read(NodeId n, Field<double>& out);
  void read(NodeId n, Field<int>& out);
  void read(NodeId n, Field<Date>& out);
  void read(NodeId n, Field<Month>& out);
  void read(NodeId n, Field<Ref>& out);
  void read(NodeId n, std::vector<Ref>& out);
  void read(NodeId n, std::vector<Field<std::string>>& out);
  void read(NodeId n, std::vector<YearValue>& out);
  void read(NodeId n, std::vector<NamedValue>& out);
  void read(NodeId n, Field<std::vector<double>>& out);
  void read(NodeId n, Field<Thresholds>& out);
  void read(NodeId n, std::vector<Suppression>& out);
  // Reads a calendar year (1900..2200); anything else is KAP-S008, not a type error.
  void read_year(NodeId n, Field<int>& out);

  // Reads an enumeration by its names (index = enum value).
  template <class E>
  void read(NodeId n, Field<E>& out, std::span<const std::string_view> names) {
    int i = read_enum(n, names);
    if (i < 0) return;
    out.value = static_cast<E>(i);
    out.loc = loc(n);
    out.set = true;
  }

  // Checks a number against a range; reports KAP-S007 and clears the field if outside.
  void check_range(Field<double>& f, double lo, double hi, bool lo_open, std::string_view what);

  // A short, language-neutral picture of a node for messages: `text`, […], {…}, ~.
  std::string found(NodeId n) const;

  // Expects a mapping/sequence; reports KAP-S003 otherwise.
  bool expect_mapping(NodeId n, std::string_view what);
  bool expect_sequence(NodeId n, std::string_view what);
  // Expects a scalar; a null counts as absent (returns false without a finding).
  bool expect_scalar(NodeId n, std::string_view what);

  // Parses helpers shared with the actuals and configuration readers.
  static bool parse_number(std::string_view s, double& out, bool& overflow);
  static bool parse_month(std::string_view s, Month& out);
  static bool parse_period(std::string_view s, Period& out);
  static bool valid_id(std::string_view s);

private:
  int read_enum(NodeId n, std::span<const std::string_view> names);

  const YamlTree& tree_;
  std::vector<Finding>& findings_;
  std::uint32_t reported_ = 0;
};

// Describes one field of an entity: its key, whether required, its value type, a
// one-line description (used by `kaplan schema` and the man page), and how to read it.
template <class E>
struct FieldSpec {
  std::string_view key;
  bool required;
  ValueType type;
  std::string_view doc;
  void (*read)(Reader&, E&, NodeId);
  std::span<const std::string_view> values = {}; // an enumeration's names, for `kaplan schema`
};

// The name of a value type in the format's documentation ("id", "ref_list", …).
std::string_view value_type_name(ValueType t);

// The path of a key in an entry or section named `what` ("objectives" and "perspective"
// give "objectives.perspective"; the document's own keys are their own path).
std::string key_path(std::string_view what, std::string_view key);

// Finds a key among a spec's names: its index, or -1 after reporting an unknown key
// (KAP-S002 with a suggestion) or a non-text key; `x-` keys are free and give -2.
int find_key(Reader& r, NodeId key, std::span<const std::string_view> names, std::string_view what);

// Reports a required field that is absent or empty (KAP-S004) at the entry.
void report_missing(Reader& r, NodeId map, std::string_view key, std::string_view what);

// Reads an entry mapping field by field from its spec: unknown keys, missing
// required fields, `x-` keys left for users. `what` names the entry in messages.
template <class E>
void read_entry(Reader& r, NodeId map, E& e, std::span<const FieldSpec<E>> specs,
                std::string_view what) {
  std::array<std::string_view, 32> names{};
  for (std::size_t i = 0; i < specs.size() && i < names.size(); ++i)
    names[i] = specs[i].key;
  std::span<const std::string_view> name_span(names.data(), specs.size());
  std::uint32_t present = 0; // bit i: spec i has a non-null value
  auto saved_what = r.what;
  auto saved_field = r.field;
  const std::size_t first = r.finding_count();
  for_each_pair(r.tree(), map, [&](NodeId k, NodeId v) {
    int i = find_key(r, k, name_span, what);
    if (i < 0) return;
    if (!r.tree().is_null(v)) present |= 1u << i;
    r.what = what;
    r.field = specs[static_cast<std::size_t>(i)].key;
    const std::size_t before = r.finding_count();
    specs[static_cast<std::size_t>(i)].read(r, e, v);
    // Whatever was wrong in the value, the field is not known (issue #18).
    if (r.finding_count() > before) // the path is built only when a finding needs it
      r.leave_unknown_since(before, key_path(what, specs[static_cast<std::size_t>(i)].key));
  });
  r.what = saved_what;
  r.field = saved_field;
  // A misspelt key whose right spelling is there too leaves nothing unknown.
  if (r.finding_count() > first)
    for (std::size_t i = 0; i < specs.size(); ++i)
      if (present & (1u << i)) r.forget_misspelt_since(first, key_path(what, specs[i].key));
  for (std::size_t i = 0; i < specs.size(); ++i)
    if (specs[i].required && !(present & (1u << i))) report_missing(r, map, specs[i].key, what);
}

} // namespace kaplan::load
