// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

// The plan format described from the loader's own field tables, so that `kaplan schema`
// (and anything else documenting the format) can never disagree with what is read.
namespace kaplan {

// One field of an entry: what the loader's table says about it.
struct FieldDoc {
  std::string_view key;
  bool required = false;
  // The kind of value: id, text, integer, number, ratio, fte, level, year, date, month,
  // enumeration, ref, ref_list, text_list, year_map, number_map, mapping or list.
  std::string_view type;
  std::string_view doc;                     // one line
  std::span<const std::string_view> values; // the allowed names of an enumeration
};

// A list section (or nested list) of entries, named by its path in the document:
// "units", "environment.factors", "actions.team"; "plan" is the header mapping.
struct SectionDoc {
  std::string path;
  std::string_view doc; // one line: what the section holds
  std::vector<FieldDoc> fields;
};

// Every entry kind of plan-format-v1, in the order of the format's documentation.
std::vector<SectionDoc> describe_plan_format();

// The actuals file's header (`actuals`) and entries (`kpis`, `actions`), from the
// actuals loader's own field tables.
std::vector<SectionDoc> describe_actuals_format();

} // namespace kaplan
