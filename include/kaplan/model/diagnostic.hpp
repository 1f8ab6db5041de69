// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan {

// How serious a finding is; the order matters: a higher value is worse.
enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

// The lower-case name used in every output ("error", "warning", "info").
std::string_view severity_name(Severity s);

// Parses "error" / "warning" / "info" (as written in configuration files).
std::optional<Severity> parse_severity(std::string_view s);

// A place in a source file: 1-based line and column (column counts UTF-8 bytes,
// as editors and SARIF expect); line 0 means "the file as a whole".
struct Location {
  std::uint32_t file = 0; // index into the run's SourceSet
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  friend bool operator==(const Location&, const Location&) = default;
};

// A named parameter of a message ("year" = "2027"), already formatted as text.
struct Arg {
  std::string name;
  std::string value;
};

// A second place a finding concerns (the first definition of a duplicate id, …).
struct Related {
  Location loc;
  std::string note_key; // message catalogue key of the note
  std::vector<Arg> args;
};

// A finding about a plan: data, collected and reported, never thrown.
struct Finding {
  std::string rule; // stable id, "KAP-K004"
  Severity severity = Severity::error;
  Location loc;
  std::string entity;      // id of the entity concerned, empty when none
  std::string message_key; // key into the message catalogue ("KAP-K004" or "KAP-S002.suggest")
  std::vector<Arg> args;   // parameters the message text refers to by name
  std::vector<Related> related;
  // A hint appended to the message ("a full-width colon `：` at column 12: …"), a
  // catalogue key and its parameters; empty when the message needs none.
  std::string hint_key;
  std::vector<Arg> hint_args;
  bool suppressed = false;     // matched by an `ignore:` entry
  std::string suppress_reason; // the reason written with it
  // One mistake, one finding (issue #18). A structure finding that leaves a value of the
  // plan unknown names it by its path of keys, "objectives.perspective" or
  // "resources.budget" (on `entity` when the value belongs to one). A plan rule whose
  // finding depends on that value leaves the finding out (RuleCheck::needs) and counts
  // it here; the message then ends with "; N <term> checks skipped", the term naming
  // `skipped_key` (the last key of the path).
  std::string unknown;
  std::uint32_t skipped = 0;
  std::string skipped_key;
};

// Builds an Arg from anything fmt can format; doubles go through format_number.
Arg arg(std::string name, std::string_view value);
Arg arg(std::string name, const char* value);
Arg arg(std::string name, const std::string& value);
Arg arg(std::string name, long long value);
Arg arg(std::string name, int value);
Arg arg(std::string name, unsigned value);
Arg arg(std::string name, std::size_t value);
Arg arg(std::string name, double value);

} // namespace kaplan
