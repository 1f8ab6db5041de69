// SPDX-License-Identifier: MIT
#pragma once

// The command table: one row per subcommand (ninja's kTools). A row names the command
// and declares its options and arguments into an OptionSink, which binds them to the
// command's own options and returns the function that runs it. The sink is an interface
// so that this header does not need CLI11 (slow to compile): app.cpp implements it with
// CLI11 for the real command line, and tests implement it to read the table (to check
// the completions and the man pages against it).

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kaplan::cli {

// One option or positional argument as a command declares it.
struct Opt {
  std::string_view names; // "-o,--output", or a positional's name ("plan")
  std::string_view help;  // catalogue key of its help text
  std::initializer_list<std::string_view> choices = {}; // the values it accepts; empty: any
  bool required = false;
  bool one_each = false; // repeated, one value each time (`-f json PLAN` keeps PLAN apart)
  int most = 0;          // a positional list: at most this many values (0: no limit)
  bool hidden = false;   // not shown in --help (maintainers' options)
  // Older names still accepted but not offered in --help (`units`, now `equal`).
  std::initializer_list<std::string_view> aliases = {};
};

// Where a command declares its options; the targets must outlive the sink's use of them.
class OptionSink {
public:
  virtual ~OptionSink() = default;
  virtual void flag(const Opt& opt, bool& target) = 0;
  virtual void value(const Opt& opt, std::string& target) = 0;
  virtual void values(const Opt& opt, std::vector<std::string>& target) = 0;
  virtual void number(const Opt& opt, std::optional<int>& target, int min, int max) = 0;
  // Two options that mean nothing without each other (by their long names).
  virtual void together(std::string_view a, std::string_view b) = 0;
  // The help text's last paragraph (a catalogue key).
  virtual void footer(std::string_view help) = 0;
};

// Runs a command whose options have been parsed; returns its exit status.
using Runner = std::function<int()>;

// One row of the command table.
struct Command {
  std::string_view name; // its one-line summary is help.<name>.summary in the catalogue
  Runner (*declare)(OptionSink& sink);
};

// Every subcommand, in the order `kaplan --help` lists them.
std::span<const Command> commands();

} // namespace kaplan::cli
