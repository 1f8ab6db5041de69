// SPDX-License-Identifier: MIT
// The one writer (io/write.hpp): nothing replaced without force, never an input or a
// path the plan's includes would read, devices and FIFOs written in place, several
// files all or nothing.
#include "kaplan/io/write.hpp"
#include "kaplan/model/config.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace unit_io_write {

using namespace kaplan;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string stop_key(const std::function<void()>& f) {
  try {
    f();
  } catch (const StopError& e) {
    return e.key;
  }
  return "";
}

std::size_t temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    n += e.path().filename().string().find(".tmp-") != std::string::npos;
  return n;
}

FileIdentity identity_of(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

} // namespace

TEST_CASE("an output file is new, or replaced only with force, keeping its mode") {
  test::TempDir dir("io-write");
  fs::path out = dir.path() / "out.txt";
  CHECK(io::write_output(out.string(), "one\n", {}) == io::Destination::file);
  CHECK(slurp(out) == "one\n");
  CHECK(stop_key([&] { io::write_output(out.string(), "two\n", {}); }) == "stop.output-exists");
  CHECK(slurp(out) == "one\n");
  ::chmod(out.c_str(), 0640);
  io::write_output(out.string(), "two\n", {true, nullptr});
  CHECK(slurp(out) == "two\n");
  struct stat st {};
  ::stat(out.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(stop_key([&] { io::write_output((dir.path() / "no/such/x").string(), "x", {}); }) ==
        "stop.output");
  CHECK(stop_key([&] {
          io::write_output(dir.path().string(), "x", {true, nullptr});
        }) == "stop.output-folder");
  CHECK(temporaries(dir.path()) == 0);
}

TEST_CASE("a link at the output path is never followed, and replaced only with force") {
  test::TempDir dir("io-link");
  fs::path link = dir.path() / "link.txt";
  ::symlink("target/file.txt", link.c_str());
  CHECK(stop_key([&] { io::write_output(link.string(), "x", {}); }) == "stop.output-exists");
  CHECK(fs::is_symlink(link));
  io::write_output(link.string(), "x", {true, nullptr});
  CHECK_FALSE(fs::is_symlink(link));
  CHECK_FALSE(fs::exists(dir.path() / "target"));
}

TEST_CASE("no output replaces an input or lands where an include would read it") {
  test::TempDir dir("io-guard");
  fs::path plan = dir.write("plan.yaml", "kaplan: 1\n");
  dir.write("branches/a.yaml", "{}\n");
  ::symlink("plan.yaml", (dir.path() / "alias.yaml").c_str());
  io::OutputGuard guard;
  guard.inputs.push_back(identity_of(plan));
  guard.include_patterns.push_back(fs::absolute(dir.path()).lexically_normal().string() +
                                   "/branches/*.yaml");
  io::WriteOptions force{true, &guard};
  CHECK(stop_key([&] { io::write_output(plan.string(), "x", force); }) == "stop.output-is-input");
  CHECK(stop_key([&] { io::write_output((dir.path() / "alias.yaml").string(), "x", force); }) ==
        "stop.output-is-input");
  CHECK(stop_key([&] {
          io::write_output((dir.path() / "branches/new.yaml").string(), "x", force);
        }) == "stop.output-included");
  CHECK(slurp(plan) == "kaplan: 1\n");
  CHECK_FALSE(fs::exists(dir.path() / "branches/new.yaml"));
  io::write_output((dir.path() / "branches/notes.txt").string(), "x", force); // not matched
}

TEST_CASE("a FIFO is written in place, not replaced") {
  test::TempDir dir("io-fifo");
  fs::path fifo = dir.path() / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(fifo); });
  CHECK(io::write_output(fifo.string(), "through the pipe\n", {}) == io::Destination::stream);
  reader.join();
  CHECK(got == "through the pipe\n");
  struct stat st {};
  ::lstat(fifo.c_str(), &st);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("staged files appear together in a new folder, or not at all") {
  test::TempDir dir("io-staged");
  fs::path target = dir.path() / "a" / "b" / "out";
  {
    io::StagedFiles files(target.string(), {});
    files.name(files.stage("1\n"), "one.txt");
    files.name(files.stage("2\n"), "sub/two.txt");
    files.stage("dropped\n"); // never named: not written
    CHECK_FALSE(fs::exists(target));
    files.commit();
  }
  CHECK(slurp(target / "one.txt") == "1\n");
  CHECK(slurp(target / "sub" / "two.txt") == "2\n");
  CHECK(std::distance(fs::directory_iterator(target), fs::directory_iterator()) == 2);
  {
    // Staged, never committed: nothing remains.
    io::StagedFiles files((dir.path() / "never").string(), {});
    files.name(files.stage("x"), "x.txt");
  }
  CHECK_FALSE(fs::exists(dir.path() / "never"));
  CHECK(temporaries(dir.path()) == 0);
}

TEST_CASE("staged files over an existing folder: all replaced with force, else none") {
  test::TempDir dir("io-staged-old");
  fs::path target = dir.path() / "out";
  dir.write("out/one.txt", "old 1\n");
  dir.write("out/two.txt", "old 2\n");
  {
    io::StagedFiles files(target.string(), {});
    files.name(files.stage("new 3\n"), "three.txt");
    files.name(files.stage("new 2\n"), "two.txt"); // exists: the whole set is refused
    CHECK(stop_key([&] { files.commit(); }) == "stop.output-exists");
  }
  CHECK_FALSE(fs::exists(target / "three.txt"));
  CHECK(slurp(target / "two.txt") == "old 2\n");
  {
    io::StagedFiles files(target.string(), {true, nullptr});
    files.name(files.stage("new 1\n"), "one.txt");
    files.name(files.stage("new 2\n"), "two.txt");
    files.commit();
  }
  CHECK(slurp(target / "one.txt") == "new 1\n");
  CHECK(slurp(target / "two.txt") == "new 2\n");
  // A failure midway puts back what was replaced: here the second file's folder is a file.
  dir.write("out/blocked", "a file, not a folder\n");
  {
    io::StagedFiles files(target.string(), {true, nullptr});
    files.name(files.stage("newer 1\n"), "one.txt");
    files.name(files.stage("x\n"), "blocked/inside.txt");
    CHECK(stop_key([&] { files.commit(); }) == "stop.output");
  }
  CHECK(slurp(target / "one.txt") == "new 1\n");
  CHECK(temporaries(dir.path()) == 0);
}

} // namespace unit_io_write
