// SPDX-License-Identifier: MIT
// Files and includes: what can be read (regular files within a size limit), how
// includes resolve (relative, globbed in a fixed order, each file once), and what is
// refused (missing, escaping the plan's folder, cycles), with messages word for word.
#include "kaplan/load/loader.hpp"
#include "kaplan/model/messages.hpp"
#include "support.hpp"

#include <chrono>
#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace unit_load_loader {

namespace fs = std::filesystem;
using namespace kaplan;
using kaplan::test::read_file;

namespace {

// A fresh folder under the system's temporary folder, removed afterwards; the test
// runs inside it so that paths read as the user would type them.
struct TempDir : test::TempDir {
  TempDir() : test::TempDir("load") {}
  test::InDir inside{path()};
};

struct Loaded {
  SourceSet sources;
  LoadResult result;
};

Loaded load(const std::string& path, const LoadOptions& options = {}) {
  Loaded l;
  l.result = load_plan(path, l.sources, options);
  return l;
}

// Every finding as "file:line:col RULE message".
std::vector<std::string> describe(const Loaded& l, std::string_view rule = {}) {
  std::vector<std::string> out;
  for (const auto& f : l.result.findings)
    if (rule.empty() || f.rule == rule)
      out.push_back(test::place(l.sources, f.loc) + " " + f.rule + " " +
                    render_message(f.message_key, f.args, Lang::en));
  return out;
}

std::string place(const Loaded& l, const Location& loc) {
  return test::place(l.sources, loc);
}

constexpr std::string_view kRoot = "kaplan: 1\n"
                                   "plan: {id: p, title: t, cycle: 2027}\n";

} // namespace

TEST_CASE("a folder stands for its plan.yaml") {
  TempDir dir;
  dir.write("plans/plan.yaml", std::string(kRoot) + "units: [{id: hq, name: HQ, kind: company}]\n");
  auto l = load("plans");
  CHECK(describe(l).empty());
  CHECK_FALSE(l.result.unreadable);
  CHECK(l.result.plan.files == std::vector<std::string>{"plans/plan.yaml"});
  CHECK(l.result.plan.units.size() == 1);
}

TEST_CASE("released texts are read again for their lines, and only while unchanged") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [b/a.yaml]\n");
  dir.write("b/a.yaml", "units:\n  - {id: hq, name: 总部, kind: company}\n");
  LoadOptions options;
  options.release_texts = true;
  auto l = load(".", options);
  REQUIRE(l.sources.files.size() == 2);
  for (const auto& f : l.sources.files) {
    CHECK(f.released);
    CHECK(f.text.empty()); // nothing held while the rules run
  }
  // A snippet (and a column in characters) reads the file again beneath the folder.
  CHECK(l.sources.line(1, 2) == "  - {id: hq, name: 总部, kind: company}");
  CHECK(l.sources.char_column({1, 2, 35}) == 31);
  CHECK_FALSE(l.sources.files[1].released);

  SUBCASE("a file changed since it was checked shows no lines") {
    dir.write("plan.yaml", std::string(kRoot) + "include: [b/a.yaml]  # edited\n");
    CHECK(l.sources.line(0, 1).empty());
    CHECK(l.sources.text(0).empty());
  }
  SUBCASE("a file removed since shows no lines") {
    fs::remove("plan.yaml");
    CHECK(l.sources.line(0, 1).empty());
  }
  SUBCASE("without the option every text is kept") {
    auto kept = load(".");
    CHECK_FALSE(kept.sources.files[1].released);
    CHECK(kept.sources.files[1].text.size() == 49);
  }
}

TEST_CASE("a missing file and a folder without plan.yaml cannot be read") {
  TempDir dir;
  auto missing = load("nothing.yaml");
  CHECK(describe(missing) ==
        std::vector<std::string>{
            "nothing.yaml:0:0 KAP-S001 cannot read the file: no such file or folder"});
  CHECK(missing.result.unreadable);
  fs::create_directory("empty");
  auto folder = load("empty");
  CHECK(describe(folder) ==
        std::vector<std::string>{"empty:0:0 KAP-S001 cannot read the file: it is a folder (a plan "
                                 "folder must hold plan.yaml)"});
  CHECK(folder.result.unreadable);
  const Finding& f = folder.result.findings[0];
  CHECK(render_message(f.message_key, f.args, Lang::zh) ==
        "无法读取文件：这是一个目录（规划目录中应有 plan.yaml）");
}

TEST_CASE("a FIFO is refused at once instead of waiting for a writer") {
  TempDir dir;
  REQUIRE(::mkfifo("pipe.yaml", 0600) == 0);
  auto start = std::chrono::steady_clock::now();
  std::string text, reason;
  CHECK_FALSE(read_file("pipe.yaml", 1000, text, reason));
  CHECK(reason == "not-regular");
  auto l = load("pipe.yaml");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  CHECK(describe(l) ==
        std::vector<std::string>{"pipe.yaml:0:0 KAP-S001 cannot read the file: not a regular file "
                                 "(a device, FIFO or socket)"});
  CHECK(l.result.unreadable);
}

TEST_CASE("devices and folders are not regular files") {
  std::string text, reason;
  CHECK_FALSE(read_file("/dev/null", 1000, text, reason));
  CHECK(reason == "not-regular");
  CHECK_FALSE(read_file("/", 1000, text, reason));
  CHECK(reason == "directory");
  CHECK_FALSE(read_file("/no/such/file", 1000, text, reason));
  CHECK(reason == "missing");
}

TEST_CASE("a file over the size limit is refused before it is read") {
  TempDir dir;
  dir.write("plan.yaml", kRoot);
  LoadOptions small;
  small.max_file_size = 16;
  auto l = load("plan.yaml", small);
  REQUIRE(l.result.findings.size() == 1);
  CHECK(l.result.findings[0].message_key == "KAP-S001.read-too-large");
  CHECK(l.result.unreadable);
  std::string text, reason;
  CHECK(read_file("plan.yaml", kRoot.size(), text, reason)); // exactly at the limit is fine
  CHECK(text == kRoot);
  CHECK_FALSE(read_file("plan.yaml", kRoot.size() - 1, text, reason));
  CHECK(reason == "too-large");
}

TEST_CASE("an empty root file is unreadable, an empty included file is only reported") {
  TempDir dir;
  dir.write("plan.yaml", "# to be written\n");
  auto root = load("plan.yaml");
  CHECK(describe(root) ==
        std::vector<std::string>{
            "plan.yaml:0:0 KAP-S001 the file is empty: a plan file holds one YAML mapping"});
  CHECK(root.result.unreadable);
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/*.yaml]\n");
  dir.write("branches/east.yaml", "");
  auto inc = load("plan.yaml");
  CHECK(
      describe(inc, "KAP-S001") ==
      std::vector<std::string>{
          "branches/east.yaml:0:0 KAP-S001 the file is empty: a plan file holds one YAML mapping"});
  CHECK_FALSE(inc.result.unreadable);
}

TEST_CASE("a file that does not parse is not read further") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [east.yaml]\n");
  // The syntax error cuts the entry short: reading it would report a missing `kind`.
  dir.write("east.yaml", "units:\n  - id: east\n    name: 东区\n   kind: branch\n");
  auto l = load("plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{"east.yaml:4:4 KAP-S001 YAML syntax error: did not find expected "
                                 "'-' indicator (while parsing a block collection from line 2, "
                                 "column 3)"});
  CHECK(l.result.unreadable);
  CHECK(l.result.plan.units.empty());
}

TEST_CASE("invalid UTF-8 in an included file is reported in that file") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: east.yaml\n");
  dir.write("east.yaml", "units:\n  - {id: east, name: \xE4\xB8\x9C\xC0\xAF}\n");
  auto l = load("plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{"east.yaml:2:25 KAP-S001 the file is not valid UTF-8 (byte "
                                 "0xC0); save it as UTF-8"});
}

TEST_CASE("unknown keys in an included file carry that file's name") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/east.yaml]\n");
  dir.write("branches/east.yaml", "kpis:\n  - id: k\n    tragets: {2027: 1}\n");
  auto l = load("plan.yaml");
  CHECK(describe(l, "KAP-S002") ==
        std::vector<std::string>{"branches/east.yaml:3:5 KAP-S002 unknown key `tragets` in `kpis`; "
                                 "did you mean `targets`?"});
}

TEST_CASE("`plan` belongs to the root file only") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [more.yaml]\n");
  dir.write("more.yaml", "plan: {id: q, title: t, cycle: 2028}\n");
  auto l = load("plan.yaml");
  CHECK(describe(l, "KAP-S002") ==
        std::vector<std::string>{"more.yaml:1:1 KAP-S002 `plan` may appear only in the root file"});
  CHECK(l.result.plan.header.id == "p");
}

TEST_CASE("a root file without `plan` is missing it") {
  TempDir dir;
  dir.write("plan.yaml", "kaplan: 1\nunits: []\n");
  auto l = load("plan.yaml");
  CHECK(describe(l, "KAP-S004") ==
        std::vector<std::string>{
            "plan.yaml:1:1 KAP-S004 `document` entry is missing required field `plan`"});
}

TEST_CASE("duplicate ids across two included files name both places") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/*.yaml]\n");
  dir.write("branches/a.yaml", "people:\n  - {id: p-li, name: 李东, unit: hq}\n");
  dir.write("branches/b.yaml", "units:\n  - {id: hq, name: HQ, kind: company}\n"
                               "people:\n  - {id: p-li, name: 李西, unit: hq}\n");
  auto l = load("plan.yaml");
  REQUIRE(describe(l) ==
          std::vector<std::string>{"branches/b.yaml:4:10 KAP-S005 duplicate id `p-li`"});
  const Finding& f = l.result.findings[0];
  CHECK(f.entity == "p-li");
  REQUIRE(f.related.size() == 1);
  CHECK(place(l, f.related[0].loc) == "branches/a.yaml:2:10");
  CHECK(render_message(f.related[0].note_key, f.related[0].args, Lang::en) == "first defined here");
}

TEST_CASE("a reference to an entity of the wrong kind") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "units: [{id: hq, name: HQ, kind: company}]\n"
                                              "people: [{id: p1, name: n, unit: p1}]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{"plan.yaml:4:34 KAP-S006 `unit` refers to `p1`, which is "
                                 "defined in `people`; expected an id from `units`"});
  CHECK(l.result.findings[0].entity == "p1");
}

TEST_CASE("weighted_by: an unknown id, a rollup that is not mean, the KPI itself, a missing unit") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + R"(units:
  - {id: hq, name: HQ, kind: company}
  - {id: a, name: A, kind: branch, parent: hq}
  - {id: b, name: B, kind: branch, parent: hq}
objectives: [{id: O1, perspective: financial, statement: s}]
kpis:
  - {id: R, name: r, objective: O1, unit: hq, measure: x, targets: {2027: 10}, weight: 1}
  - {id: R-a, name: r, parent: R, unit: a, targets: {2027: 10}}
  - {id: C, name: c, objective: O1, unit: hq, measure: x, rollup: mean, weighted_by: R, weight: 1}
  - {id: C-a, name: c, parent: C, unit: a}
  - {id: C-b, name: c, parent: C, unit: b}
  - {id: D, name: d, objective: O1, unit: hq, measure: x, weighted_by: R, weight: 1}
  - {id: E, name: e, objective: O1, unit: hq, measure: x, rollup: mean, weighted_by: E, weight: 1}
  - {id: F, name: f, objective: O1, unit: hq, measure: x, rollup: mean, weighted_by: KPI-R, weight: 1}
)");
  auto l = load("plan.yaml");
  CHECK(
      describe(l) ==
      std::vector<std::string>{
          "plan.yaml:16:86 KAP-S006 `weighted_by` refers to `KPI-R`, which is not defined "
          "(expected an id from `kpis`)",
          "plan.yaml:11:86 KAP-S006 `weighted_by` refers to `R`, which has no child in unit `b` "
          "to weigh `C-b` by",
          "plan.yaml:14:72 KAP-S007 `weighted_by` applies only to `rollup: mean`; `D` combines "
          "its children by `sum`",
          "plan.yaml:15:86 KAP-S007 `weighted_by` of `E` names the KPI itself; name the KPI whose "
          "children weigh its children, such as revenue"});
}

TEST_CASE("glob matches are read in sorted order whatever the file system says") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/*.yaml]\n");
  for (std::string name : {"c", "a", "B", "b"})
    dir.write("branches/" + name + ".yaml", "units: [{id: u-" + name + ", name: n, kind: team}]\n");
  fs::create_directories("branches/sub.yaml"); // a folder is never included by a pattern
  dir.write("branches/.hidden.yaml", "units: [{id: u-hidden, name: n, kind: team}]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l).empty());
  CHECK(l.result.plan.files == std::vector<std::string>{"plan.yaml", "branches/B.yaml",
                                                        "branches/a.yaml", "branches/b.yaml",
                                                        "branches/c.yaml"});
  std::vector<std::string> ids;
  for (const auto& u : l.result.plan.units)
    ids.push_back(u.id);
  CHECK(ids == std::vector<std::string>{"u-B", "u-a", "u-b", "u-c"});
}

TEST_CASE("includes are relative to the including file") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/east.yaml]\n");
  dir.write("branches/east.yaml", "include: [teams/*.yaml]\n");
  dir.write("branches/teams/gov.yaml", "units: [{id: gov, name: n, kind: team}]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l).empty());
  CHECK(l.result.plan.files ==
        std::vector<std::string>{"plan.yaml", "branches/east.yaml", "branches/teams/gov.yaml"});
}

TEST_CASE("a file reached twice (a diamond) is read once") {
  TempDir dir;
  dir.write("plan.yaml",
            std::string(kRoot) + "include: [x.yaml, y.yaml, ./shared/../shared/z.yaml]\n");
  dir.write("x.yaml", "include: [shared/z.yaml]\n");
  dir.write("y.yaml", "include: [shared/*.yaml]\n");
  dir.write("shared/z.yaml", "units: [{id: hq, name: HQ, kind: company}]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l).empty()); // no duplicate id `hq`
  CHECK(l.result.plan.files ==
        std::vector<std::string>{"plan.yaml", "x.yaml", "shared/z.yaml", "y.yaml"});
  CHECK(l.result.plan.units.size() == 1);
}

TEST_CASE("includes that cannot be resolved") {
  TempDir dir;
  dir.write("plan/plan.yaml", std::string(kRoot) + "include:\n"
                                                   "  - branches/north.yaml\n"
                                                   "  - regions/*.yaml\n"
                                                   "  - ../outside.yaml\n"
                                                   "  - /etc/hostname\n"
                                                   "  - ''\n");
  dir.write("outside.yaml", "units: []\n");
  auto l = load("plan/plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{
            "plan/plan.yaml:4:5 KAP-S011 include `branches/north.yaml`: no such file",
            "plan/plan.yaml:5:5 KAP-S011 include `regions/*.yaml` matches no file",
            "plan/plan.yaml:6:5 KAP-S011 include `../outside.yaml` leads outside the plan's folder",
            "plan/plan.yaml:7:5 KAP-S011 include `/etc/hostname` leads outside the plan's folder",
            "plan/plan.yaml:8:5 KAP-S011 include ``: no such file"});
  CHECK_FALSE(l.result.unreadable);
  CHECK(l.result.plan.files == std::vector<std::string>{"plan/plan.yaml"});
}

TEST_CASE("a symbolic link that leads out of the plan's folder escapes it") {
  TempDir dir;
  dir.write("plan/plan.yaml", std::string(kRoot) + "include: [branches/*.yaml]\n");
  dir.write("plan/branches/east.yaml", "units: [{id: east, name: n, kind: branch}]\n");
  dir.write("secret.yaml", "units: [{id: secret, name: n, kind: team}]\n");
  fs::create_symlink("../../secret.yaml", "plan/branches/evil.yaml");
  fs::create_directory_symlink("../plan/branches", "plan/branches-link"); // inside: fine
  auto l = load("plan/plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{"plan/plan.yaml:3:11 KAP-S011 include `branches/*.yaml` leads "
                                 "outside the plan's folder"});
  REQUIRE(l.result.plan.units.size() == 1);
  CHECK(l.result.plan.units[0].id == "east");
}

TEST_CASE("an include cycle is reported where it closes") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [cycle/a.yaml]\n");
  dir.write("cycle/a.yaml", "include: [b.yaml]\nunits: [{id: a, name: n, kind: team}]\n");
  dir.write("cycle/b.yaml",
            "units: [{id: b, name: n, kind: team}]\ninclude: [a.yaml, ../plan.yaml]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l) == std::vector<std::string>{"cycle/b.yaml:2:11 KAP-S011 include `a.yaml` forms "
                                                "a cycle: cycle/a.yaml is already being read",
                                                "cycle/b.yaml:2:19 KAP-S011 include `../plan.yaml` "
                                                "forms a cycle: plan.yaml is already being read"});
  CHECK(l.result.plan.units.size() == 2);
  const Finding& f = l.result.findings[0];
  CHECK(render_message(f.message_key, f.args, Lang::zh) ==
        "包含 `a.yaml` 形成循环：cycle/a.yaml 已在读取中");
}

TEST_CASE("an included file that cannot be read points back at the include") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [branches/*.yaml]\n");
  dir.write("branches/a.yaml", "units: []\n");
  REQUIRE(::mkfifo("branches/pipe.yaml", 0600) == 0);
  auto l = load("plan.yaml");
  CHECK(describe(l) ==
        std::vector<std::string>{"branches/pipe.yaml:0:0 KAP-S001 cannot read the file: not a "
                                 "regular file (a device, FIFO or socket)"});
  REQUIRE(l.result.findings[0].related.size() == 1);
  CHECK(place(l, l.result.findings[0].related[0].loc) == "plan.yaml:3:11");
  CHECK(l.result.findings[0].related[0].note_key == "note.included-here");
  CHECK(l.result.unreadable);
}

TEST_CASE("the number of files in one plan is limited") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [b/*.yaml]\n");
  for (int i = 0; i < 5; ++i)
    dir.write("b/" + std::to_string(i) + ".yaml", "units: []\n");
  LoadOptions few;
  few.max_files = 3;
  auto l = load("plan.yaml", few);
  CHECK(describe(l) ==
        std::vector<std::string>{
            "plan.yaml:3:11 KAP-S011 include `b/*.yaml`: too many files in one plan"});
  CHECK(l.result.plan.files.size() == 3);
}

TEST_CASE("the entries of all files together are limited, and reading stops there") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "include: [b/*.yaml]\n");
  for (int i = 0; i < 4; ++i)
    dir.write("b/" + std::to_string(i) + ".yaml",
              "units: [{id: a" + std::to_string(i) + ", name: n, kind: team}, {id: b" +
                  std::to_string(i) + ", name: n, kind: team}]\n");
  LoadOptions few;
  few.max_entries = 5;
  auto l = load("plan.yaml", few);
  CHECK(describe(l, "KAP-S001") ==
        std::vector<std::string>{"b/2.yaml:0:0 KAP-S001 the plan has more than 5 entries (units, "
                                 "people, KPIs, actions, …) in all; kaplan reads no further"});
  CHECK(l.result.unreadable);
  CHECK(l.result.plan.units.size() == 6); // b/3.yaml is never read
}

TEST_CASE("the values of one file are limited") {
  TempDir dir;
  dir.write("plan.yaml", std::string(kRoot) + "units: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
  LoadOptions few;
  few.parse.max_nodes = 8;
  auto l = load("plan.yaml", few);
  auto s001 = describe(l, "KAP-S001");
  REQUIRE(s001.size() == 1);
  CHECK(s001[0].find("plan.yaml:") == 0);
  CHECK(s001[0].find("more than 8 values") != std::string::npos);
  CHECK(l.result.unreadable);
}

TEST_CASE("a folder whose name looks like a pattern is taken literally") {
  TempDir dir;
  dir.write("p[1]/plan.yaml", std::string(kRoot) + "include: [b/*.yaml]\n");
  dir.write("p[1]/b/x.yaml", "units: [{id: x, name: n, kind: team}]\n");
  dir.write("p1/b/y.yaml",
            "units: [{id: y, name: n, kind: team}]\n"); // what `p[1]` would match as a pattern
  auto l = load("p[1]");
  CHECK(describe(l).empty());
  REQUIRE(l.result.plan.units.size() == 1);
  CHECK(l.result.plan.units[0].id == "x");
}

TEST_CASE("a chain of thousands of includes is followed without exhausting the stack") {
  TempDir dir;
  constexpr int kChain = 9000;
  dir.write("plan.yaml", std::string(kRoot) + "include: [f1.yaml]\n");
  for (int i = 1; i <= kChain; ++i)
    dir.write("f" + std::to_string(i) + ".yaml",
              (i < kChain ? "include: [f" + std::to_string(i + 1) + ".yaml]\n" : std::string()) +
                  "units: [{id: u" + std::to_string(i) + ", name: n, kind: team}]\n");
  auto l = load("plan.yaml");
  CHECK(describe(l).empty());
  CHECK(l.result.plan.files.size() == kChain + 1);
  REQUIRE(l.result.plan.units.size() == kChain);
  CHECK(l.result.plan.units.back().id == "u" + std::to_string(kChain));
}

} // namespace unit_load_loader
