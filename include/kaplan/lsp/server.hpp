// SPDX-License-Identifier: MIT
#pragma once

// `kaplan lsp`: a language server (LSP 3.17, JSON-RPC 2.0 over stdio with `Content-Length`
// framing). FrameReader cuts the byte stream into messages; Server answers each message
// and says when the diagnostics of a changed plan are due; run_stdio joins them to a
// process's stdin and stdout. No JSON type appears here: only src/lsp/server.cpp
// includes the JSON library.

#include "kaplan/model/dates.hpp"
#include "kaplan/model/messages.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kaplan {
class WorkPool;
}

namespace kaplan::lsp {

// The largest message body accepted: the loader's limit of one file (64 MiB), as a
// didOpen carries a whole file. A frame announcing more is refused unread.
inline constexpr std::uint64_t kMaxBody = 64ull << 20;
// The largest header section (its lines up to the empty one).
inline constexpr std::size_t kMaxHeader = 8192;

// One frame of the stream: a message's body, or why the header before it was refused.
struct Frame {
  bool ok = false;
  std::string body;  // ok: the message (JSON text, not checked here)
  std::string error; // not ok: what was wrong with the header
};

// Splits bytes into frames. A header that is malformed, too long, without a
// Content-Length or announcing more than max_body bytes gives an error frame; the reader
// then skips to the next `Content-Length:` it sees, so one bad frame loses no later
// message. It never holds more than max_body bytes of body plus one read's worth.
class FrameReader {
public:
  explicit FrameReader(std::uint64_t max_body = kMaxBody) : max_body_(max_body) {}
  void feed(std::string_view bytes);
  // The next frame, when one is complete.
  bool next(Frame& out);

private:
  enum class State : std::uint8_t { header, body, resync };
  std::string buffer_;
  std::uint64_t max_body_;
  std::uint64_t body_size_ = 0;
  State state_ = State::header;
};

// How the server runs (the command line's choices).
struct ServerOptions {
  // --lang: used whatever the client says. Otherwise the client's `locale` (a locale
  // starting with "zh" is Chinese, any other English), else `fallback_lang`.
  std::optional<Lang> lang;
  Lang fallback_lang = Lang::en;
  std::string config_path; // --config
  Date today;              // --today, else the system's date
  WorkPool* pool = nullptr;
  // How long after the last change of a plan its diagnostics are computed again.
  std::chrono::milliseconds debounce{150};
  // False: no plan is loaded and no diagnostics are computed (the fuzz target, which
  // exercises the protocol only).
  bool analyse = true;
};

class Workspace;

// The protocol: one message in, zero or more messages out (through `send`, each a whole
// framed message). Never throws for anything a client sends.
class Server {
public:
  using Clock = std::chrono::steady_clock;
  Server(ServerOptions options, std::function<void(std::string)> send);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The frames read so far and not yet handled, in order (messages, or errors to
  // answer). A request that a `$/cancelRequest` among them names is answered
  // RequestCancelled instead of being handled.
  void on_frames(std::span<const Frame> frames);
  // When the next plan's diagnostics are due, if any is.
  std::optional<Clock::time_point> due() const;
  // Computes and publishes the diagnostics due at `now`.
  void tick(Clock::time_point now);
  bool exited() const { return exit_status_.has_value(); }
  int exit_status() const { return exit_status_.value_or(1); }

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::optional<int> exit_status_;
  friend struct Impl;
};

// Serves on file descriptors `in` and `out` until `exit` (or the end of input: status 1,
// as an exit without shutdown). Returns the exit status.
int run_stdio(int in, int out, const ServerOptions& options);

} // namespace kaplan::lsp
