// SPDX-License-Identifier: MIT
#pragma once

// Helpers the unit tests share: a plan written to a fresh temporary folder, loaded or
// validated there, and findings rendered in either language.

#include "kaplan/loader.hpp"
#include "kaplan/messages.hpp"
#include "kaplan/validate.hpp"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

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

  // Writes a file into the folder and returns its path.
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path_ / name) << text;
    return path_ / name;
  }

private:
  std::filesystem::path path_;
};

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
