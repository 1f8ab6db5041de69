// SPDX-License-Identifier: MIT
#include "vcs/process.hpp"

#include "kaplan/model/errors.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kaplan::vcs {
namespace {

// Closes a descriptor once; -1 means already closed.
void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// A pipe whose ends do not leak into other children (O_CLOEXEC); the spawn actions
// dup2 the child's end, which clears the flag on the copy.
bool make_pipe(int fds[2]) {
  return ::pipe2(fds, O_CLOEXEC) == 0;
}

// Waits for the child; its exit status, or -1 when a signal ended it.
int reap(pid_t pid) {
  int wstatus = 0;
  while (::waitpid(pid, &wstatus, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
}

// What is kept of a coprocess's stderr: enough for the first line of git's message.
constexpr std::size_t kMaxErrText = 64 * 1024;

// argv as posix_spawn takes it, null-terminated (its signature is not const-correct).
std::vector<char*> spawn_args(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  return args;
}

} // namespace

ProcessResult run_process(const std::vector<std::string>& argv) {
  ProcessResult result;
  std::vector<char*> args = spawn_args(argv);

  int out_pipe[2] = {-1, -1};
  int err_pipe[2] = {-1, -1};
  if (!make_pipe(out_pipe) || !make_pipe(err_pipe)) {
    result.spawn_error = errno_reason(errno);
    close_fd(out_pipe[0]);
    close_fd(out_pipe[1]);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  pid_t pid = 0;
  int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close_fd(out_pipe[1]);
  close_fd(err_pipe[1]);
  if (rc != 0) {
    result.spawn_error = errno_reason(rc);
    close_fd(out_pipe[0]);
    close_fd(err_pipe[0]);
    return result;
  }

  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&result.out, &result.err};
  char buffer[65536];
  int open_count = 2;
  while (open_count > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[i]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[i].fd);
        fds[i].fd = -1; // poll ignores negative descriptors
        --open_count;
      }
    }
  }
  for (auto& p : fds)
    if (p.fd >= 0) ::close(p.fd);

  result.status = reap(pid);
  return result;
}

Coprocess::Coprocess(const std::vector<std::string>& argv) {
  std::vector<char*> args = spawn_args(argv);
  // stdin is a socket, so that a write after the child is gone can say MSG_NOSIGNAL.
  int in_pair[2] = {-1, -1};
  int out_pipe[2] = {-1, -1};
  int err_pipe[2] = {-1, -1};
  auto close_all = [&] {
    for (int* fds : {in_pair, out_pipe, err_pipe}) {
      close_fd(fds[0]);
      close_fd(fds[1]);
    }
  };
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_pair) != 0 || !make_pipe(out_pipe) ||
      !make_pipe(err_pipe)) {
    spawn_error_ = errno_reason(errno);
    close_all();
    return;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pair[1], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
  pid_t pid = 0;
  int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    spawn_error_ = errno_reason(rc);
    close_all();
    return;
  }
  close_fd(in_pair[1]);
  close_fd(out_pipe[1]);
  close_fd(err_pipe[1]);
  pid_ = pid;
  in_ = in_pair[0];
  out_ = out_pipe[0];
  err_ = err_pipe[0];
}

Coprocess::~Coprocess() {
  close_fd(in_);
  close_fd(out_);
  close_fd(err_);
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL); // abandoned midway (an error, a limit): its answers are not wanted
    reap(pid_);
  }
}

bool Coprocess::write(std::string_view request) {
  std::size_t done = 0;
  while (done < request.size()) {
    if (in_ < 0) return false;
    ssize_t n = ::send(in_, request.data() + done, request.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void Coprocess::read_err() {
  char chunk[65536];
  ssize_t n = ::read(err_, chunk, sizeof chunk);
  if (n > 0 && err_text_.size() < kMaxErrText)
    err_text_.append(chunk, std::min(static_cast<std::size_t>(n), kMaxErrText - err_text_.size()));
  else if (n == 0 || (n < 0 && errno != EINTR))
    close_fd(err_);
}

bool Coprocess::fill() {
  if (taken_ == buffer_.size()) {
    buffer_.clear();
    taken_ = 0;
  } else if (taken_ > (1u << 20)) {
    buffer_.erase(0, taken_);
    taken_ = 0;
  }
  char chunk[65536];
  while (out_ >= 0) {
    pollfd fds[2] = {{out_, POLLIN, 0}, {err_, POLLIN, 0}}; // a closed stderr (-1) is skipped
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      close_fd(out_);
      return false;
    }
    if (err_ >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) read_err();
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = ::read(out_, chunk, sizeof chunk);
      if (n > 0) {
        buffer_.append(chunk, static_cast<std::size_t>(n));
        return true;
      }
      if (n == 0 || errno != EINTR) close_fd(out_);
    }
  }
  return false;
}

bool Coprocess::read_line(std::string& line) {
  std::size_t searched = taken_;
  for (;;) {
    auto end = buffer_.find('\n', searched);
    if (end != std::string::npos) {
      line.assign(buffer_, taken_, end - taken_);
      taken_ = end + 1;
      return true;
    }
    searched = buffer_.size() - taken_; // fill() may move the unread part to the front
    if (!fill()) return false;
    searched += taken_;
  }
}

bool Coprocess::read_exact(std::size_t n, std::string& out) {
  if (buffer_.size() - taken_ < n) { // room for all of it at once
    buffer_.erase(0, taken_);
    taken_ = 0;
    buffer_.reserve(n);
  }
  while (buffer_.size() - taken_ < n)
    if (!fill()) return false;
  out.assign(buffer_, taken_, n);
  taken_ += n;
  return true;
}

ProcessResult Coprocess::finish() {
  ProcessResult result;
  result.spawn_error = spawn_error_;
  if (pid_ <= 0) return result;
  close_fd(in_); // end of the requests: the child finishes its replies and exits
  while (fill()) {
  }
  while (err_ >= 0)
    read_err();
  result.out = buffer_.substr(taken_);
  result.err = std::move(err_text_);
  result.status = reap(pid_);
  pid_ = -1;
  return result;
}

} // namespace kaplan::vcs
