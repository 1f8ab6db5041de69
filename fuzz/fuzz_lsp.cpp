// SPDX-License-Identifier: MIT
// libFuzzer target: the language server's message parser. The input is a byte stream as
// a client would write it to `kaplan lsp`: cut into frames (fed in two pieces, at a
// place the first byte chooses, as reads split it), each frame parsed as JSON-RPC and
// dispatched (lifecycle, documents, incremental changes, the features' requests). No
// plan is loaded (ServerOptions::analyse off): this target is the protocol. Any input
// must give answers, never a crash, a hang or a leak; every answer is a whole frame.
#include "kaplan/lsp/server.hpp"

#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  kaplan::lsp::ServerOptions options;
  options.analyse = false;
  options.lang = kaplan::Lang::en;
  std::size_t out_bytes = 0;
  kaplan::lsp::Server server(options, [&](std::string m) {
    if (m.rfind("Content-Length: ", 0) != 0) __builtin_trap();
    out_bytes += m.size();
  });
  // Small limits, so that the fuzzer reaches "over the limit" with short inputs.
  kaplan::lsp::FrameReader reader(4096);
  const std::size_t cut = size ? static_cast<std::uint8_t>(bytes[0]) % (size + 1) : 0;
  std::vector<kaplan::lsp::Frame> frames;
  for (std::string_view piece : {bytes.substr(0, cut), bytes.substr(cut)}) {
    reader.feed(piece);
    for (kaplan::lsp::Frame f; reader.next(f);)
      frames.push_back(std::move(f));
    server.on_frames(frames);
    frames.clear();
  }
  server.tick(kaplan::lsp::Server::Clock::time_point::max());
  // Answers stay in proportion to the input: an error at most per frame.
  if (out_bytes > 64 * size + 4096) __builtin_trap();
  return 0;
}
