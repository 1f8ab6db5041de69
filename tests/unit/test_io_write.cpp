// SPDX-License-Identifier: MIT
// The one writer (io/write.hpp): nothing replaced without force, never an input or a
// path the plan's includes would read, devices and FIFOs written in place, several
// files all or nothing.
#include "io/file_ops.hpp"
#include "kaplan/io/write.hpp"
#include "kaplan/model/config.hpp"
#include "support.hpp"

#include <atomic>
#include <csignal>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <pthread.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

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

std::atomic<int> signals_seen{0};
void count_signal(int) {
  ++signals_seen;
}

// The state letter of a thread of this process (R running, S sleeping, ...).
char thread_state(pid_t tid) {
  std::ifstream in("/proc/self/task/" + std::to_string(tid) + "/stat");
  std::string line((std::istreambuf_iterator<char>(in)), {});
  auto paren = line.rfind(')');
  return paren == std::string::npos || paren + 2 >= line.size() ? '?' : line[paren + 2];
}

TEST_CASE("a write a signal interrupts (EINTR) is retried, not reported as an error") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  // A full pipe: the write below waits inside write(2) until the pipe is drained, and a
  // signal whose handler has no SA_RESTART makes that write return EINTR.
  int capacity = ::fcntl(fds[1], F_GETPIPE_SZ);
  REQUIRE(capacity > 0);
  ::fcntl(fds[1], F_SETFL, O_NONBLOCK);
  std::string filler(static_cast<std::size_t>(capacity), 'f');
  std::size_t filled = 0;
  for (ssize_t n; (n = ::write(fds[1], filler.data(), filler.size())) > 0;)
    filled += static_cast<std::size_t>(n);
  ::fcntl(fds[1], F_SETFL, 0);
  struct sigaction handler {
  }, old{};
  handler.sa_handler = count_signal;
  sigemptyset(&handler.sa_mask);
  handler.sa_flags = 0; // no SA_RESTART
  REQUIRE(::sigaction(SIGUSR1, &handler, &old) == 0);

  const std::string content(200000, 'x');
  std::atomic<pid_t> writer_tid{0};
  std::atomic<bool> finished{false};
  std::string error;
  std::thread writer([&] {
    writer_tid = ::gettid();
    try {
      kaplan::io::ops::write_all(fds[1], content, "the pipe");
    } catch (const StopError& e) {
      error = e.key;
    }
    finished = true;
    ::close(fds[1]);
  });
  while (writer_tid == 0)
    std::this_thread::yield();
  // Five signals, each sent while the writer waits in write(2) (unless it gave up).
  for (int i = 0; i < 5 && !finished; ++i) {
    while (!finished && thread_state(writer_tid) != 'S')
      std::this_thread::yield();
    if (finished) break;
    int before = signals_seen;
    ::pthread_kill(writer.native_handle(), SIGUSR1);
    while (!finished && signals_seen == before)
      std::this_thread::yield();
  }
  std::string got;
  char buffer[65536];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
    got.append(buffer, static_cast<std::size_t>(n));
  writer.join();
  ::close(fds[0]);
  ::sigaction(SIGUSR1, &old, nullptr);
  CHECK(error.empty());
  REQUIRE(got.size() == filled + content.size());
  CHECK(got.substr(filled) == content);
}

TEST_CASE("files staged on many threads get the mode the umask gives, and the umask stays") {
  test::TempDir dir("io-staged-mode");
  mode_t saved = ::umask(027);
  {
    io::StagedFiles files((dir.path() / "out").string(), {});
    std::vector<std::thread> pool;
    for (int t = 0; t < 8; ++t)
      pool.emplace_back([&files, t] {
        for (int i = 0; i < 20; ++i)
          files.name(files.stage("x\n"), std::to_string(t * 20 + i) + ".txt");
      });
    for (auto& th : pool)
      th.join();
    files.commit();
  }
  mode_t after = ::umask(saved);
  CHECK(after == 027);
  struct stat st {};
  REQUIRE(::stat((dir.path() / "out").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0750);
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "out")) {
    REQUIRE(::stat(e.path().c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    ++n;
  }
  CHECK(n == 160);
}

TEST_CASE("no code sets the process-wide umask: files get their mode from the kernel") {
  // umask() both reads and sets; called on worker threads (report --jobs), umask(0) then
  // umask(mask) left other threads' files at 0666 (issue #24). Files are created with
  // mode 0666 and the kernel applies the caller's umask.
  std::vector<std::string> callers;
  for (const char* top : {"src", "include"})
    for (const auto& e : fs::recursive_directory_iterator(fs::path(KAPLAN_SOURCE_DIR) / top)) {
      if (!e.is_regular_file()) continue;
      if (slurp(e.path()).find("umask(") != std::string::npos) callers.push_back(e.path().string());
    }
  CHECK_MESSAGE(callers.empty(), (callers.empty() ? std::string() : callers.front()));
}

} // namespace unit_io_write
