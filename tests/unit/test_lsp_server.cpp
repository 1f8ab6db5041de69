// SPDX-License-Identifier: MIT
// The language server without a client: the framing of the byte stream, positions in
// UTF-16 and UTF-8, file URIs, and a Server fed messages in memory (the diagnostics of
// every file, the debounce).
#include "kaplan/lsp/server.hpp"
#include "lsp/workspace.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <string>
#include <vector>

namespace unit_lsp_server {

namespace fs = std::filesystem;
using namespace kaplan;
using namespace kaplan::lsp;

namespace {

std::string framed(std::string_view body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

std::vector<Frame> frames_of(FrameReader& r) {
  std::vector<Frame> out;
  for (Frame f; r.next(f);)
    out.push_back(f);
  return out;
}

} // namespace

TEST_CASE("frames: split however the bytes arrive, bad headers refused and skipped") {
  FrameReader r;
  std::string stream = framed("{\"a\":1}") +
                       "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
                       framed("{\"b\":2}");
  std::vector<Frame> got;
  for (char c : stream) { // one byte at a time
    r.feed(std::string_view(&c, 1));
    for (auto& f : frames_of(r))
      got.push_back(f);
  }
  REQUIRE(got.size() == 2);
  CHECK(got[0].ok);
  CHECK(got[0].body == "{\"a\":1}");
  CHECK(got[1].body == "{\"b\":2}");

  // No Content-Length, a number that is not one, 10^12, past 64 bits: each an error,
  // and the next good frame still arrives.
  for (std::string bad : {"Content-Lenght: 2\r\n\r\n{}", "Content-Length: 12a\r\n\r\n",
                          "Content-Length: 1000000000000\r\n\r\n",
                          "Content-Length: 99999999999999999999999\r\n\r\n", "garbage\r\n\r\n"}) {
    CAPTURE(bad);
    FrameReader b;
    b.feed(bad + framed("{}"));
    auto f = frames_of(b);
    REQUIRE(f.size() == 2);
    CHECK_FALSE(f[0].ok);
    CHECK(f[1].ok);
    CHECK(f[1].body == "{}");
  }
  // A header section that never ends: refused once it passes the limit.
  FrameReader endless;
  endless.feed(std::string(kMaxHeader + 10, 'x'));
  auto f = frames_of(endless);
  REQUIRE(f.size() == 1);
  CHECK_FALSE(f[0].ok);
  // A frame of a smaller limit: its body is not awaited.
  FrameReader small(10);
  small.feed("Content-Length: 11\r\n\r\n");
  f = frames_of(small);
  REQUIRE(f.size() == 1);
  CHECK(f[0].error.find("limit") != std::string::npos);
}

TEST_CASE("positions: UTF-16 code units or UTF-8 bytes, both ways") {
  std::string line = "name: 周涛 😀 x"; // 周涛 3 bytes each, 😀 4 bytes (two UTF-16 units)
  std::uint32_t x = static_cast<std::uint32_t>(line.find('x'));
  CHECK(x == 6 + 6 + 1 + 4 + 1);
  CHECK(character_of_byte(line, x, Encoding::utf16) == 6 + 2 + 1 + 2 + 1);
  CHECK(byte_of_character(line, 12, Encoding::utf16) == x);
  CHECK(character_of_byte(line, x, Encoding::utf8) == x);
  CHECK(byte_of_character(line, x, Encoding::utf8) == x);
  CHECK(byte_of_character(line, 1000, Encoding::utf16) == line.size()); // clamped
  CHECK(byte_of_character("\xff\xfe"
                          "a",
                          2, Encoding::utf16) == 2); // stray bytes: one each
  std::string text = "a: 1\r\nbé: 2\nc";
  CHECK(offset_of(text, {1, 2}, Encoding::utf16) == text.find(':', 5));
  CHECK(offset_of(text, {0, 99}, Encoding::utf16) == text.find('\r')); // the line end, before CR
  CHECK(offset_of(text, {9, 0}, Encoding::utf16) == text.size());
}

TEST_CASE("a finding's range: from its place to the end of the token there") {
  ServerOptions options;
  Workspace ws(options);
  SourceSet sources;
  sources.add("/p/plan.yaml", "people:\n"
                              "  - id: p-1 # the first\n"
                              "    name: \"周 \\\" 涛\"\n"
                              "  - {id: KPI-a, parent: KPI-b, unit: hq}\n"
                              "    comitted: 0.3\n"
                              "     targets: {2027: 5, 2028: 6}}\n");
  auto range = [&](std::uint32_t line, std::uint32_t column) {
    Range r = ws.range_at(sources, {0, line, column});
    CHECK(r.start.line == line - 1);
    CHECK(r.end.line == line - 1);
    return std::pair(r.start.character, r.end.character);
  };
  CHECK(range(2, 9) == std::pair(8u, 11u));      // a value, before its comment
  CHECK(range(3, 11) == std::pair(10u, 18u));    // a quoted value with an escaped quote (UTF-16)
  CHECK(range(4, 25) == std::pair(24u, 29u));    // a value in a flow mapping, to the comma
  CHECK(range(5, 5) == std::pair(4u, 12u));      // a key, to its colon
  CHECK(range(6, 22) == std::pair(21u, 22u));    // on a continued flow line, to the comma
  Range whole = ws.range_at(sources, {0, 0, 0}); // the file as a whole: its first line
  CHECK(whole.start == Position{0, 0});
  CHECK(whole.end == Position{0, 7});
}

TEST_CASE("file URIs: decoded, checked, and written back") {
  CHECK(path_of_uri("file:///a/b%20c/plan.yaml") == "/a/b c/plan.yaml");
  CHECK(path_of_uri("file://localhost/a/./x/../p.yaml") == "/a/p.yaml");
  CHECK(path_of_uri("FILE:///a.yaml") == "/a.yaml");
  CHECK(path_of_uri("http://example.com/a.yaml").empty());
  CHECK(path_of_uri("file://server/a.yaml").empty());
  CHECK(path_of_uri("file:///a%00b").empty());
  CHECK(path_of_uri("file:///a%zz").empty());
  CHECK(path_of_uri("file:///a%2").empty());
  CHECK(path_of_uri("file:").empty());
  CHECK(uri_of_path("/a/b c/杭州.yaml") == "file:///a/b%20c/%E6%9D%AD%E5%B7%9E.yaml");
  CHECK(path_of_uri(uri_of_path("/a/b c/杭州 #1%.yaml")) == "/a/b c/杭州 #1%.yaml");
}

TEST_CASE("a server in memory: every file of the plan published, a change debounced") {
  std::vector<std::string> out;
  ServerOptions options;
  options.lang = Lang::en;
  options.debounce = std::chrono::milliseconds(150);
  (void)parse_date("2027-07-05", options.today);
  Server server(options, [&](std::string m) { out.push_back(std::move(m)); });
  auto send = [&](const std::string& body) {
    FrameReader r;
    r.feed(framed(body));
    auto frames = frames_of(r);
    server.on_frames(frames);
  };
  const fs::path example = fs::path(KAPLAN_SOURCE_DIR) / "examples/telecom-2027";
  const std::string branch = (example / "branches/hangzhou.yaml").string();
  std::ifstream in(branch, std::ios::binary);
  std::string text{std::istreambuf_iterator<char>(in), {}};
  auto quoted = [](std::string s) {
    std::string q = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') q += '\\';
      if (c == '\n') {
        q += "\\n";
        continue;
      }
      q += c;
    }
    return q + "\"";
  };
  send(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})");
  REQUIRE(out.size() == 1);
  CHECK(out[0].find("\"positionEncoding\":\"utf-16\"") != std::string::npos);
  out.clear();
  const std::string uri = uri_of_path(branch);
  send(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":")" +
       uri + R"(","languageId":"yaml","version":1,"text":)" + quoted(text) + "}}}");
  CHECK(out.empty()); // nothing before the tick
  REQUIRE(server.due());
  server.tick(*server.due());
  std::size_t publications = 0;
  for (const auto& m : out)
    publications += m.find("publishDiagnostics") != std::string::npos;
  CHECK(publications == 4); // plan.yaml and three branches, each an empty list
  CHECK_FALSE(server.due());
  out.clear();

  auto at = text.find("    committed: 0.3\n");
  REQUIRE(at != std::string::npos);
  std::string broken = text;
  broken.replace(at, 18, "    comitted: 0.3\n");
  const auto before = Server::Clock::now();
  send(R"({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":")" +
       uri + R"(","version":2},"contentChanges":[{"text":)" + quoted(broken) + "}]}}");
  REQUIRE(server.due());
  CHECK(*server.due() >= before + std::chrono::milliseconds(150));
  server.tick(before); // not yet due: nothing
  CHECK(out.empty());
  server.tick(*server.due());
  REQUIRE(out.size() == 1); // only the changed file: the others' lists are unchanged
  CHECK(out[0].find("\"code\":\"KAP-S002\"") != std::string::npos);
  CHECK(out[0].find("\"version\":2") != std::string::npos);
  CHECK(out[0].find("kaplan-rules.7#L") != std::string::npos);

  send(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})");
  send(R"({"jsonrpc":"2.0","method":"exit"})");
  CHECK(server.exited());
  CHECK(server.exit_status() == 0);
}

} // namespace unit_lsp_server
