// SPDX-License-Identifier: MIT
#include "kaplan/render/stop_message.hpp"
#include "vcs/process.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_vcs_process {

using kaplan::vcs::Coprocess;
using kaplan::vcs::run_process;

TEST_CASE("run_process keeps stdout, stderr and the exit status apart") {
  auto r = run_process({"sh", "-c", "printf out; printf err >&2; exit 3"});
  CHECK(r.spawn_error.empty());
  CHECK(r.out == "out");
  CHECK(r.err == "err");
  CHECK(r.status == 3);
}

TEST_CASE("run_process passes arguments without a shell") {
  auto r = run_process({"printf", "%s|", "a b", "$HOME", ";"});
  CHECK(r.status == 0);
  CHECK(r.out == "a b|$HOME|;|");
}

TEST_CASE("a program that cannot start gives a catalogue reason in either language") {
  auto r = run_process({"kaplan-no-such-program-anywhere"});
  CHECK(r.status == -1);
  CHECK(r.spawn_error == "reason.errno.enoent");
  kaplan::StopError e{
      "stop.git", {kaplan::arg("command", "log"), kaplan::arg("reason", r.spawn_error)}, {}};
  std::string en = kaplan::stop_message(e, kaplan::Lang::en);
  std::string zh = kaplan::stop_message(e, kaplan::Lang::zh);
  CHECK(en.find("No such file or directory") != std::string::npos);
  CHECK(zh.find("文件或目录不存在") != std::string::npos);
  CHECK(zh.find("No such file") == std::string::npos);
}

TEST_CASE("a reason key takes its placeholders from the error's other args") {
  kaplan::StopError e{"stop.git",
                      {kaplan::arg("command", "show"), kaplan::arg("reason", "reason.exit-status"),
                       kaplan::arg("status", "128")},
                      {}};
  CHECK(kaplan::stop_message(e, kaplan::Lang::en) == "git show failed: exit status 128");
  CHECK(kaplan::stop_message(e, kaplan::Lang::zh) == "git show 执行失败：退出状态 128");
}

TEST_CASE("a coprocess answers request after request, long replies included") {
  // A stand-in for `git cat-file --batch`: for each line, a header, that many bytes, a newline.
  Coprocess child(
      {"sh", "-c", "while read n; do echo \"size $n\"; head -c \"$n\" /dev/zero; echo; done"});
  REQUIRE(child.spawn_error().empty());
  for (std::size_t n : {std::size_t{0}, std::size_t{5}, std::size_t{300000}, std::size_t{70000}}) {
    REQUIRE(child.write(std::to_string(n) + "\n"));
    std::string header, body, newline;
    REQUIRE(child.read_line(header));
    CHECK(header == "size " + std::to_string(n));
    REQUIRE(child.read_exact(n, body));
    CHECK(body == std::string(n, '\0'));
    REQUIRE(child.read_exact(1, newline));
    CHECK(newline == "\n");
  }
  auto r = child.finish();
  CHECK(r.status == 0);
  CHECK(r.out.empty());
}

TEST_CASE("a coprocess's stderr is read while its stdout is waited for") {
  // 300 KB on stderr before the first line of stdout: a child that could not write them
  // all would never answer.
  Coprocess child(
      {"sh", "-c", "read x; head -c 300000 /dev/zero | tr '\\0' e >&2; echo \"got $x\""});
  REQUIRE(child.write("it\n"));
  std::string line;
  REQUIRE(child.read_line(line));
  CHECK(line == "got it");
  auto r = child.finish();
  CHECK(r.status == 0);
  CHECK(r.err.size() == 64 * 1024); // kept: enough for git's first line
}

TEST_CASE("writing to a coprocess that has gone fails, without SIGPIPE") {
  Coprocess child({"sh", "-c", "exit 3"});
  std::string line;
  CHECK_FALSE(child.read_line(line)); // stdout ends with the child
  bool refused = false;
  for (int i = 0; i < 10000 && !refused; ++i)
    refused = !child.write("request\n");
  CHECK(refused);
  CHECK(child.finish().status == 3);
  Coprocess none({"kaplan-no-such-program-anywhere"});
  CHECK(none.spawn_error() == "reason.errno.enoent");
  CHECK_FALSE(none.write("x\n"));
  CHECK(none.finish().spawn_error == "reason.errno.enoent");
}

} // namespace unit_vcs_process
