// SPDX-License-Identifier: MIT
// Finding the plans in a folder (io::discover_plans): plan roots only, in path order,
// no symbolic link followed, .kaplanignore and ignore_paths honoured, bounded.
#include "kaplan/io/discover.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>

namespace unit_io_discover {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

const char* kRoot = "kaplan: 1\nplan:\n  id: x\n";

} // namespace

TEST_CASE("a plan root is a file with kaplan: 1 and plan: at the top level") {
  CHECK(io::looks_like_plan_root("kaplan: 1\nplan:\n  id: a\n"));
  CHECK(io::looks_like_plan_root("# c\nkaplan: 1 # v\r\nplan: {id: a}\n"));
  CHECK_FALSE(io::looks_like_plan_root("kaplan: 1\nkpis: []\n"));      // an included file
  CHECK_FALSE(io::looks_like_plan_root("kaplan: 2\nplan:\n"));         // another version
  CHECK_FALSE(io::looks_like_plan_root("x:\n  kaplan: 1\n  plan:\n")); // not top level
  CHECK_FALSE(io::looks_like_plan_root("kaplan: 10\nplanet: 1\n"));
}

TEST_CASE("a folder search finds every plan root in path order and nothing else") {
  test::TempDir dir("discover");
  fs::path d = dir.path();
  auto write = [&](const fs::path& p, const std::string& text) {
    dir.write(p.lexically_relative(d), text);
  };
  write(d / "b/plan.yaml", kRoot);
  write(d / "a/plan.yaml", kRoot);
  write(d / "a/branches/east.yaml", "kpis: []\n");
  write(d / "a/sub/2026.yml", kRoot);
  write(d / "a/notes.txt", kRoot);
  write(d / ".hidden/plan.yaml", kRoot);
  write(d / "archive/plan.yaml", kRoot);
  write(d / "drafts/old/plan.yaml", kRoot);
  write(d / "drafts/new/plan.yaml", kRoot);
  write(d / "skipped/plan.yaml", kRoot);
  write(d / ".kaplanignore", "# not these\nskipped/\n");
  fs::create_directory_symlink(d / "b", d / "link");
  io::DiscoverOptions options;
  options.ignore_paths = {"archive", "drafts/old"};
  io::Discovery found = io::discover_plans(d.string(), options);
  std::string p = d.string() + "/";
  CHECK(found.plans == std::vector<std::string>{p + "a/plan.yaml", p + "a/sub/2026.yml",
                                                p + "b/plan.yaml", p + "drafts/new/plan.yaml"});
  CHECK(!io::is_folder_to_search((d / "a").string())); // it holds plan.yaml: a plan
  CHECK(io::is_folder_to_search(d.string()));
  CHECK(!io::is_folder_to_search((d / "a/plan.yaml").string()));

  options.max_entries = 5; // the walk stops, and finds nothing rather than a part
  found = io::discover_plans(d.string(), options);
  CHECK(found.over_limit);
  CHECK(found.plans.empty());
}

} // namespace unit_io_discover
