// SPDX-License-Identifier: MIT
// A StopError's message in a language, and why a file could not be read or written: the
// errno values a user can cause and fix (a missing folder, a read-only disk), translated
// at print time, when the language is known.
#include "kaplan/render/stop_message.hpp"

#include "render/render_tables.hpp"

#include <cerrno>
#include <cstring>

namespace kaplan {
namespace {

// The English texts are glibc's strerror texts, so English output is as before.
constexpr MessageText kReasons[] = {
    {"reason.errno.enoent", "No such file or directory", "文件或目录不存在"},
    {"reason.errno.eacces", "Permission denied", "没有权限"},
    {"reason.errno.eexist", "File exists", "文件已存在"},
    {"reason.errno.enotdir", "Not a directory", "路径中有一部分不是目录"},
    {"reason.errno.eisdir", "Is a directory", "这是一个目录"},
    {"reason.errno.enospc", "No space left on device", "磁盘空间不足"},
    {"reason.errno.erofs", "Read-only file system", "文件系统是只读的"},
    {"reason.errno.eloop", "Too many levels of symbolic links", "符号链接层数过多"},
    {"reason.errno.enametoolong", "File name too long", "文件名过长"},
    // A child process that failed without a word on stderr; {status} is its exit status.
    {"reason.exit-status", "exit status {status}", "退出状态 {status}"},
};

} // namespace

namespace render {
std::span<const MessageText> reason_messages() {
  return kReasons;
}
} // namespace render

std::string stop_message(const StopError& e, Lang lang) {
  std::vector<Arg> args = e.args;
  for (auto& a : args)
    if (a.name == "reason" && a.value.starts_with("reason.") && find_message(a.value))
      a.value = render_message(a.value, e.args, lang); // the reason may use the other args
  return render_message(e.key, args, lang);
}

} // namespace kaplan
