// SPDX-License-Identifier: MIT
// The loader's editor buffers (LoadOptions::overlay) and tree cache (LoadOptions::trees),
// which `kaplan lsp` loads plans with: a buffer replaces the content of a file the plan
// reads, never opens one it would not; an unchanged file's tree is reused.
#include "kaplan/load/loader.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <string>

namespace unit_load_overlay {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

const fs::path kExample = fs::path(KAPLAN_SOURCE_DIR) / "examples/telecom-2027";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

bool has_rule_in(const LoadResult& r, const SourceSet& s, const std::string& rule,
                 const std::string& file_end) {
  return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
    return f.rule == rule && s.files[f.loc.file].path.ends_with(file_end);
  });
}

} // namespace

TEST_CASE("an editor's buffer stands in for the file on disk, and only for it") {
  test::TempDir dir("overlay");
  fs::copy(kExample, dir.path() / "plan", fs::copy_options::recursive);
  const std::string root = (dir.path() / "plan/plan.yaml").string();
  const std::string branch =
      (dir.path() / "plan/branches/hangzhou.yaml").lexically_normal().string();
  std::string text = slurp(branch);
  auto at = text.find("    committed: 0.3\n");
  REQUIRE(at != std::string::npos);
  std::map<std::string, std::string, std::less<>> overlay;
  overlay[branch] = text.replace(at, 18, "    comitted: 0.3\n");
  LoadOptions options;
  options.overlay = &overlay;
  SourceSet sources;
  LoadResult r = load_plan(root, sources, options);
  CHECK(has_rule_in(r, sources, "KAP-S002", "branches/hangzhou.yaml"));
  // Without the overlay, the file on disk is clean.
  SourceSet disk_sources;
  LoadResult disk = load_plan(root, disk_sources);
  CHECK_FALSE(has_rule_in(disk, disk_sources, "KAP-S002", "branches/hangzhou.yaml"));

  // A buffer for a file outside the plan's folder is never read, even when an include
  // names it: the include is refused first.
  dir.write("outside.yaml", "people: []\n");
  fs::path plan2 =
      dir.write("p2/plan.yaml", "kaplan: 1\nplan: {id: p, name: P}\ninclude: [../outside.yaml]\n");
  overlay.clear();
  overlay[(dir.path() / "outside.yaml").lexically_normal().string()] =
      "people: [{id: marker}, {id: marker}]\n";
  SourceSet s2;
  LoadResult r2 = load_plan(plan2.string(), s2, options);
  CHECK(has_rule_in(r2, s2, "KAP-S011", "plan.yaml"));
  CHECK(s2.files.size() == 1);
  CHECK(r2.plan.people.empty());
  // A buffer for a file that does not exist on disk opens nothing either.
  overlay.clear();
  overlay[(dir.path() / "p3/new.yaml").lexically_normal().string()] = "people: []\n";
  fs::path plan3 =
      dir.write("p3/plan.yaml", "kaplan: 1\nplan: {id: p, name: P}\ninclude: [new.yaml]\n");
  SourceSet s3;
  LoadResult r3 = load_plan(plan3.string(), s3, options);
  CHECK(has_rule_in(r3, s3, "KAP-S011", "plan.yaml"));
  // A buffer over the size limit is refused as the file would be.
  overlay.clear();
  overlay[branch] = std::string(100, '#');
  options.max_file_size = 50;
  SourceSet s4;
  LoadResult r4 = load_plan(root, s4, options);
  CHECK(r4.unreadable);
}

TEST_CASE("the tree cache parses again only the file whose text changed") {
  const std::string root = (kExample / "plan.yaml").string();
  TreeCache trees;
  LoadOptions options;
  options.trees = &trees;
  SourceSet first_sources;
  LoadResult first = load_plan(root, first_sources, options);
  trees.sweep();
  const std::size_t files = first_sources.files.size();
  REQUIRE(files >= 4);
  CHECK(trees.size() == files);
  CHECK(trees.hits() == 0);

  SourceSet again_sources;
  LoadResult again = load_plan(root, again_sources, options);
  trees.sweep();
  CHECK(trees.hits() == files); // nothing parsed
  CHECK(again.findings.size() == first.findings.size());
  CHECK(again.plan.kpis.size() == first.plan.kpis.size());
  CHECK(again.plan.kpis.back().loc == first.plan.kpis.back().loc);

  // One file edited: only it is parsed again.
  const std::string branch = (kExample / "branches/ningbo.yaml").lexically_normal().string();
  std::map<std::string, std::string, std::less<>> overlay{{branch, slurp(branch) + "\n# edited\n"}};
  options.overlay = &overlay;
  SourceSet edited_sources;
  load_plan(root, edited_sources, options);
  trees.sweep();
  CHECK(trees.hits() == 2 * files - 1);
  CHECK(trees.size() == files);

  // A file the plan no longer reads leaves the cache at the next sweep.
  SourceSet lone;
  load_plan(branch, lone, options);
  trees.sweep();
  CHECK(trees.size() == 1);
}

} // namespace unit_load_overlay
