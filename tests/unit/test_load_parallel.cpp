// SPDX-License-Identifier: MIT
// Reading a plan's files on a work pool: the plan, the numbering of its files and every
// finding are the same whatever the number of threads, on a clean plan and on one full
// of mistakes (syntax errors, cycles, missing files, two paths to one file, files past
// the limit). This file is also built with ThreadSanitizer (tests/CMakeLists.txt,
// kaplan_tsan), so it must not need more of the library than the loader.
#include "kaplan/load/loader.hpp"
#include "kaplan/util/work_pool.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fmt/format.h>
#include <string>

namespace unit_load_parallel {

namespace fs = std::filesystem;
using namespace kaplan;

namespace {

std::string where(const Location& l) {
  return fmt::format("{}:{}:{}", l.file, l.line, l.column);
}

template <class E>
void dump_ids(std::string& out, const char* what, const std::vector<E>& list) {
  for (const auto& e : list)
    out += fmt::format("{} {} {} {}\n", what, e.id, where(e.loc), where(e.entry));
}

// Everything the loader gives, as text: files, entities, findings, include patterns.
std::string dump(const std::string& path, const LoadOptions& options) {
  SourceSet sources;
  LoadResult r = load_plan(path, sources, options);
  std::string out = fmt::format("unreadable {}\nroot {}\n", r.unreadable, r.plan.root_file);
  for (std::size_t i = 0; i < sources.files.size(); ++i)
    out += fmt::format("source {} {} {}\n", i, sources.files[i].path, sources.files[i].text.size());
  for (const auto& f : r.plan.files)
    out += "file " + f + "\n";
  for (const auto& p : sources.include_patterns)
    out += "pattern " + p + "\n";
  dump_ids(out, "unit", r.plan.units);
  dump_ids(out, "person", r.plan.people);
  dump_ids(out, "kpi", r.plan.kpis);
  dump_ids(out, "action", r.plan.actions);
  dump_ids(out, "strategy", r.plan.strategies);
  for (const auto& s : r.plan.sections_present)
    out += "section " + s + "\n";
  for (const auto& f : r.findings) {
    out += fmt::format("finding {} {} {} {}", f.rule, where(f.loc), f.message_key, f.entity);
    for (const auto& a : f.args)
      out += fmt::format(" {}={}", a.name, a.value);
    for (const auto& rel : f.related)
      out += fmt::format(" related {} {}", where(rel.loc), rel.note_key);
    out += "\n";
  }
  return out;
}

// The same plan loaded without a pool and with pools of 1, 2 and 8 threads.
void check_same_for_any_threads(const std::string& path, const LoadOptions& base = {}) {
  std::string alone = dump(path, base);
  CHECK(alone.find("file ") != std::string::npos);
  for (std::size_t threads : {1u, 2u, 8u}) {
    CAPTURE(threads);
    WorkPool pool(threads);
    LoadOptions options = base;
    options.pool = &pool;
    for (int round = 0; round < 3; ++round)
      CHECK(dump(path, options) == alone);
  }
}

std::string branch(int i) {
  return fmt::format("units:\n  - {{id: u{0}, name: 分公司{0}, kind: branch, parent: hq}}\n"
                     "people:\n  - {{id: p{0}, name: 人员{0}, unit: u{0}}}\n"
                     "kpis:\n  - {{id: k{0}, name: 收入{0}, unit: 万元, owner: p{0}}}\n",
                     i);
}

} // namespace

TEST_CASE("the bundled example loads the same on any number of threads") {
  check_same_for_any_threads(std::string(KAPLAN_SOURCE_DIR) + "/examples/telecom-2027");
}

TEST_CASE("a plan of many files and many mistakes loads the same on any number of threads") {
  test::TempDir dir("parallel");
  fs::path d = dir.path();
  dir.write("plan.yaml",
            "kaplan: 1\nplan: {id: p, title: t, cycle: 2027}\n"
            "units:\n  - {id: hq, name: 总部, kind: company}\n"
            "include: [branches/*.yaml, more/*.yaml, missing.yaml, ../outside.yaml]\n");
  fs::create_directories(d / "branches");
  fs::create_directories(d / "more");
  for (int i = 0; i < 60; ++i)
    dir.write(fmt::format("branches/b{:02}.yaml", i), branch(i));
  // Mistakes among them: a syntax error, a duplicate key, an empty file, a file that
  // includes another and one that includes its includer (a cycle), a duplicate id.
  dir.write("branches/b07.yaml", "units: [ {id: broken\n");
  dir.write("branches/b13.yaml", "units:\n  - {id: u13, id: again}\n");
  dir.write("branches/b21.yaml", "");
  dir.write("branches/b30.yaml", branch(30) + "include: [../more/m1.yaml]\n");
  dir.write("more/m1.yaml", "include: [../branches/b30.yaml]\n" + branch(100));
  dir.write("more/m2.yaml", branch(5)); // u5, p5, k5 again
  // Two more paths to one file: read once, whichever the walk meets first.
  fs::create_symlink("b40.yaml", d / "branches/b40-alias.yaml");
  fs::create_symlink("../branches/b41.yaml", d / "more/m3.yaml");
  check_same_for_any_threads((d / "plan.yaml").string());

  SUBCASE("with a file limit that stops the walk part way") {
    LoadOptions limited;
    limited.max_files = 25;
    check_same_for_any_threads((d / "plan.yaml").string(), limited);
  }
  SUBCASE("with room to read only a file or two ahead") {
    LoadOptions small;
    small.read_ahead_bytes = 200; // a branch file is about 170 bytes
    check_same_for_any_threads((d / "plan.yaml").string(), small);
  }
  SUBCASE("with a tree cache and an editor's buffer (kaplan lsp), shared by the threads") {
    TreeCache trees;
    std::map<std::string, std::string, std::less<>> overlay{
        {(d / "branches/b10.yaml").lexically_normal().string(),
         branch(10) + "  - {id: k10, name: again}\n"}};
    LoadOptions cached;
    cached.trees = &trees;
    cached.overlay = &overlay;
    check_same_for_any_threads((d / "plan.yaml").string(), cached);
    CHECK(trees.hits() > 0);
  }
  SUBCASE("with an entry limit that stops the walk part way") {
    LoadOptions limited;
    limited.max_entries = 40;
    check_same_for_any_threads((d / "plan.yaml").string(), limited);
  }
}

} // namespace unit_load_parallel
