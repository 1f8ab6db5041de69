// SPDX-License-Identifier: MIT
#pragma once

// Helpers the unit tests share: a plan written to a fresh temporary folder, loaded or
// validated there, a run from inside a folder, the rule fixtures and their expected
// places, and findings rendered in either language.

#include "kaplan/io/read.hpp"
#include "kaplan/load/loader.hpp"
#include "kaplan/model/messages.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <algorithm>
#include <atomic>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

// Lists of strings (findings, lines) print one per line when a check fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v)
      out += "\n  \"" + s + "\"";
    return (out + "}").c_str();
  }
};

namespace kaplan::test {

// A uniquely named temporary folder, removed with the object.
class TempDir {
public:
  explicit TempDir(std::string_view tag) {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("kaplan-test-" + std::string(tag) + "-" + std::to_string(::getpid()) + "-" +
             std::to_string(counter++));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes a file (relative to the folder, parent folders created, bytes as given) and
  // returns its path.
  std::filesystem::path write(const std::filesystem::path& name, std::string_view text) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

private:
  std::filesystem::path path_;
};

// Runs the enclosed code inside `dir` (the working folder is restored on leaving, an
// exception included), so that paths in findings read as a user in that folder sees them.
class InDir {
public:
  explicit InDir(const std::filesystem::path& dir) : old_(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  ~InDir() {
    std::error_code ec;
    std::filesystem::current_path(old_, ec);
  }
  InDir(const InDir&) = delete;
  InDir& operator=(const InDir&) = delete;

private:
  std::filesystem::path old_;
};

// tests/fixtures/rules: <RULE>/bad and <RULE>/good, bad/expected listing `path:line:col`.
// Reads a file as `kaplan` reads a file named on its command line; `reason` is the
// failure's name ("missing", "not-regular", …) when it returns false.
inline bool read_file(const std::string& path, std::uint64_t max_size, std::string& text,
                      std::string& reason) {
  FileIdentity identity;
  io::ReadFailure failure = io::read_named_file(path, max_size, text, identity);
  reason = std::string(io::failure_name(failure));
  return failure == io::ReadFailure::none;
}

inline const std::filesystem::path kRuleFixtures =
    std::filesystem::path(KAPLAN_SOURCE_DIR) / "tests" / "fixtures" / "rules";

// A location as findings print it: `path:line:col`.
inline std::string place(const SourceSet& sources, const Location& loc) {
  return sources.files[loc.file].path + ":" + std::to_string(loc.line) + ":" +
         std::to_string(loc.column);
}

// The lines of an `expected` file that are not comments or blank, sorted.
inline std::vector<std::string> expected_lines(const std::filesystem::path& file) {
  std::vector<std::string> out;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') out.push_back(line);
  std::sort(out.begin(), out.end());
  return out;
}

// The plan a YAML text describes, loaded from a temporary plan.yaml (no rules run).
inline Plan load_text(const std::string& yaml) {
  TempDir dir("load");
  SourceSet sources;
  LoadResult r = load_plan(dir.write("plan.yaml", yaml).string(), sources);
  return std::move(r.plan);
}

// A plan validated from a temporary plan.yaml with --today 2027-07-05 and no configuration.
struct Checked {
  SourceSet sources;
  PlanRun run;

  explicit Checked(const std::string& yaml) {
    TempDir dir("checked");
    RunOptions options;
    options.today = {2027, 7, 5};
    options.no_config = true;
    run = validate_plan(dir.write("plan.yaml", yaml).string(), sources, options);
  }

  // The findings of one rule, in report order.
  std::vector<Finding> of(std::string_view rule) const {
    std::vector<Finding> out;
    for (const auto& f : run.findings)
      if (f.rule == rule) out.push_back(f);
    return out;
  }
};

// A finding's message in English and in Chinese.
inline std::string en(const Finding& f) {
  return render_message(f.message_key, f.args, Lang::en);
}
inline std::string zh(const Finding& f) {
  return render_message(f.message_key, f.args, Lang::zh);
}

} // namespace kaplan::test
