// SPDX-License-Identifier: MIT
#include "kaplan/render/stop_message.hpp"
#include "vcs/process.hpp"

#include <doctest/doctest.h>
#include <string>

namespace unit_vcs_process {

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

} // namespace unit_vcs_process
