// SPDX-License-Identifier: MIT
// Confined reading (io/read.hpp, io/glob.hpp): nothing a plan's author writes, no `..`
// and no symbolic link, makes kaplan open a file outside the plan's folder, with the
// kernel's openat2 and with the walk that stands in for it.
#include "kaplan/io/glob.hpp"
#include "kaplan/io/read.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace unit_io_read {

using namespace kaplan;
using io::ReadFailure;

namespace {

// Runs the test body once with openat2 and once with the walk.
struct BothModes {
  bool was = io::use_openat2(true);
  ~BothModes() { io::use_openat2(was); }
};

ReadFailure read_in(const io::Folder& folder, std::string_view rel, std::string* text = nullptr) {
  std::string out;
  FileIdentity id;
  ReadFailure f = folder.read(rel, 1 << 20, out, id);
  if (text) *text = out;
  return f;
}

} // namespace

TEST_CASE("reading beneath a folder never leaves it") {
  test::TempDir dir("io-read");
  dir.write("outside.yaml", "secret: 1\n");
  dir.write("plan/plan.yaml", "kaplan: 1\n");
  dir.write("plan/sub/part.yaml", "units: []\n");
  auto plan = dir.path() / "plan";
  ::symlink("../outside.yaml", (plan / "up.yaml").c_str());
  ::symlink((dir.path() / "outside.yaml").c_str(), (plan / "absolute.yaml").c_str());
  ::symlink("sub/part.yaml", (plan / "inside.yaml").c_str());
  ::symlink("sub/../../plan/plan.yaml", (plan / "roundabout.yaml").c_str());
  ::symlink("loop.yaml", (plan / "loop.yaml").c_str());
  ::symlink("..", (plan / "sub" / "parent").c_str());
  ::symlink("../..", (plan / "sub" / "grandparent").c_str());
  REQUIRE(::mkfifo((plan / "pipe.yaml").c_str(), 0600) == 0);

  BothModes restore;
  for (bool kernel : {true, false}) {
    CAPTURE(kernel);
    io::use_openat2(kernel);
    ReadFailure f{};
    io::Folder folder = io::Folder::open(plan.string(), f);
    REQUIRE(folder.is_open());
    std::string text;
    CHECK(read_in(folder, "plan.yaml", &text) == ReadFailure::none);
    CHECK(text == "kaplan: 1\n");
    CHECK(read_in(folder, "inside.yaml", &text) == ReadFailure::none);
    CHECK(text == "units: []\n");
    CHECK(read_in(folder, "sub/parent/plan.yaml") == ReadFailure::none);
    CHECK(read_in(folder, "../outside.yaml") == ReadFailure::outside);
    CHECK(read_in(folder, "sub/../../outside.yaml") == ReadFailure::outside);
    CHECK(read_in(folder, "up.yaml") == ReadFailure::outside);
    CHECK(read_in(folder, "absolute.yaml") == ReadFailure::outside);
    // A link out then back in is refused as a whole: it left the folder on its way.
    CHECK(read_in(folder, "roundabout.yaml") == ReadFailure::outside);
    CHECK(read_in(folder, "sub/grandparent/outside.yaml") == ReadFailure::outside);
    // Missing files behind a link out say "outside" too: nothing tells what exists there.
    CHECK(read_in(folder, "sub/grandparent/no-such.yaml") == ReadFailure::outside);
    CHECK(read_in(folder, "loop.yaml") == ReadFailure::link_loop);
    CHECK(read_in(folder, "no-such.yaml") == ReadFailure::missing);
    CHECK(read_in(folder, "sub") == ReadFailure::directory);
    CHECK(read_in(folder, "pipe.yaml") == ReadFailure::not_regular); // and returns at once
    CHECK(read_in(folder, std::string(5000, 'a')) == ReadFailure::too_long);
  }
}

TEST_CASE("one file reached by two paths has one identity") {
  test::TempDir dir("io-identity");
  dir.write("a.yaml", "x: 1\n");
  ::symlink("a.yaml", (dir.path() / "b.yaml").c_str());
  ReadFailure f{};
  io::Folder folder = io::Folder::open(dir.path().string(), f);
  std::string text;
  FileIdentity a, b;
  REQUIRE(folder.read("a.yaml", 100, text, a) == ReadFailure::none);
  REQUIRE(folder.read("b.yaml", 100, text, b) == ReadFailure::none);
  CHECK(a.on_disk());
  CHECK(a == b);
}

TEST_CASE("a file named on the command line may link only below its own folder") {
  test::TempDir dir("io-named");
  dir.write("secret.txt", "s\n");
  dir.write("p/real/plan.yaml", "kaplan: 1\n");
  ::symlink("../secret.txt", (dir.path() / "p" / "out.yaml").c_str());
  ::symlink("real/plan.yaml", (dir.path() / "p" / "in.yaml").c_str());
  std::string text;
  FileIdentity id;
  CHECK(io::read_named_file((dir.path() / "p" / "out.yaml").string(), 100, text, id) ==
        ReadFailure::outside);
  CHECK(io::read_named_file((dir.path() / "p" / "in.yaml").string(), 100, text, id) ==
        ReadFailure::none);
  CHECK(io::read_named_file((dir.path() / "nowhere" / "x.yaml").string(), 100, text, id) ==
        ReadFailure::missing);
}

TEST_CASE("a wildcard never walks into a link to a folder, and its work is bounded") {
  test::TempDir dir("io-glob");
  dir.write("plan.yaml", "kaplan: 1\n");
  dir.write("parts/a.yaml", "{}\n");
  dir.write("parts/b.yaml", "{}\n");
  dir.write("parts/.hidden.yaml", "{}\n");
  dir.write("parts/deep/c.yaml", "{}\n");
  for (const char* name : {"l1", "l2", "l3"})
    ::symlink(".", (dir.path() / name).c_str());
  ::symlink("parts", (dir.path() / "alias").c_str());
  ReadFailure f{};
  io::Folder folder = io::Folder::open(dir.path().string(), f);
  io::TreeGlob glob(folder);
  CHECK(glob.expand("parts/*.yaml").matches ==
        std::vector<std::string>{"parts/a.yaml", "parts/b.yaml"});
  CHECK(glob.expand("*/*.yaml").matches ==
        std::vector<std::string>{"parts/a.yaml", "parts/b.yaml"});
  // Through a literal link the folder is reached (it stays inside); a wildcard does not
  // follow links to `.`, so fourteen levels of them cost nothing.
  CHECK(glob.expand("alias/*.yaml").matches ==
        std::vector<std::string>{"alias/a.yaml", "alias/b.yaml"});
  CHECK(glob.expand("*/*/*/*/*/*/*/*/*/*/*/*/*/*/none.yaml").matches.empty());
  CHECK(glob.expand("parts/*/c.yaml").matches == std::vector<std::string>{"parts/deep/c.yaml"});

  io::TreeGlob small(folder, 3);
  CHECK(small.expand("parts/*.yaml").over_budget); // four entries to look at, three allowed
  io::TreeGlob cached(folder, 6);
  CHECK_FALSE(cached.expand("parts/*.yaml").over_budget);
  CHECK_FALSE(cached.expand("parts/*.yaml").over_budget); // the same pattern: no more work
}

TEST_CASE("a wildcard under a link leading outside says so, whether or not files match") {
  test::TempDir dir("io-glob-out");
  dir.write("outside/shadow", "secret\n");
  dir.write("plan/plan.yaml", "kaplan: 1\n");
  ::symlink((dir.path() / "outside").c_str(), (dir.path() / "plan" / "etc").c_str());
  ReadFailure f{};
  io::Folder folder = io::Folder::open((dir.path() / "plan").string(), f);
  io::TreeGlob glob(folder);
  const io::GlobResult& some = glob.expand("etc/shad*");
  const io::GlobResult& none = glob.expand("etc/nosuch*");
  CHECK(some.failure == ReadFailure::outside);
  CHECK(none.failure == ReadFailure::outside);
  CHECK(some.matches.empty());
  CHECK(none.matches.empty());
}

} // namespace unit_io_read
