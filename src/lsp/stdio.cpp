// SPDX-License-Identifier: MIT
// The server on a process's stdin and stdout: one thread, which waits with poll() for
// input or for the moment a changed plan's diagnostics are due (the debounce), so the
// reading never sleeps and a burst of edits is checked once.
#include "kaplan/lsp/server.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <poll.h>
#include <unistd.h>
#include <vector>

namespace kaplan::lsp {
namespace {

// Writes all of `bytes`; false when the output is gone.
bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Input taken in one go before the frames are handled: enough for a burst of messages
// (a cancellation then reaches the request it cancels), bounded.
constexpr std::size_t kBatchBytes = 4u << 20;

} // namespace

int run_stdio(int in, int out, const ServerOptions& options) {
  std::signal(SIGPIPE, SIG_IGN); // a client gone is seen as a failed write
  bool output_broken = false;
  Server server(options, [&](std::string message) {
    if (!output_broken && !write_all(out, message)) output_broken = true;
  });
  FrameReader reader;
  std::vector<char> chunk(64 * 1024);
  bool input_open = true;
  while (input_open && !server.exited() && !output_broken) {
    int timeout = -1;
    if (auto due = server.due()) {
      auto left = std::chrono::ceil<std::chrono::milliseconds>(*due - Server::Clock::now()).count();
      timeout = static_cast<int>(std::clamp<long long>(left, 0, 60'000));
    }
    pollfd p{in, POLLIN, 0};
    int ready = ::poll(&p, 1, timeout);
    if (ready < 0 && errno != EINTR) break;
    std::vector<Frame> frames;
    std::size_t taken = 0;
    while (ready > 0 && taken < kBatchBytes) {
      ssize_t n = ::read(in, chunk.data(), chunk.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        input_open = false;
        break;
      }
      taken += static_cast<std::size_t>(n);
      reader.feed({chunk.data(), static_cast<std::size_t>(n)});
      for (Frame f; reader.next(f);)
        frames.push_back(std::move(f));
      p.revents = 0;
      ready = ::poll(&p, 1, 0);
    }
    if (!frames.empty()) server.on_frames(frames);
    if (auto due = server.due(); due && *due <= Server::Clock::now())
      server.tick(Server::Clock::now());
  }
  return server.exited() ? server.exit_status() : 1;
}

} // namespace kaplan::lsp
