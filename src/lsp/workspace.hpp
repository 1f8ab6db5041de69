// SPDX-License-Identifier: MIT
#pragma once

// The server's documents and plans, without JSON: the documents the client has open (its
// unsaved text), the plan each belongs to, each plan's latest run (diagnostics, code
// actions) and its latest run whose files all parsed (the language features), positions
// in the client's encoding, and the diagnostics to publish, file by file.

#include "kaplan/load/loader.hpp"
#include "kaplan/lsp/server.hpp"
#include "kaplan/pipeline/plan_run.hpp"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace kaplan::lsp {

// How the client counts characters of a line: UTF-16 code units (LSP's default), or
// UTF-8 bytes when it offers them.
enum class Encoding : std::uint8_t { utf16, utf8 };

// A position as LSP writes it: 0-based line, character in the client's encoding.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend bool operator==(const Position&, const Position&) = default;
};
struct Range {
  Position start, end;
  friend bool operator==(const Range&, const Range&) = default;
};

// A file URI's path (absolute, percent-decoded, normalised), or "" when `uri` is not a
// local file's (another scheme, a host, a relative path, a NUL).
std::string path_of_uri(std::string_view uri);
// The file URI of an absolute path.
std::string uri_of_path(std::string_view path);

// The byte offset (0-based) in `line` of an LSP character, clamped to the line's length.
std::uint32_t byte_of_character(std::string_view line, std::uint32_t character, Encoding enc);
// The LSP character of a byte offset (0-based) of `line`.
std::uint32_t character_of_byte(std::string_view line, std::uint32_t byte, Encoding enc);
// The byte offset in `text` of an LSP position (clamped to the text).
std::size_t offset_of(std::string_view text, Position pos, Encoding enc);

// A diagnostic ready to publish.
struct Related {
  std::string uri;
  Range range;
  std::string message;
  friend bool operator==(const Related&, const Related&) = default;
};
struct Diagnostic {
  Range range;
  int severity = 1; // LSP: 1 error, 2 warning, 3 information
  std::string code; // the rule id
  std::string href; // the rule's section of kaplan-rules(7)
  std::string message;
  std::vector<Related> related;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};
struct Publication {
  std::string uri;
  std::optional<std::int64_t> version; // of the open document it was computed from
  std::vector<Diagnostic> diagnostics;
};

// One analysis of a plan: its files and the run over them.
struct Analysis {
  SourceSet sources;
  PlanRun run;
  std::vector<std::string> stop; // a run that stopped (a bad .kaplan.yaml): its message
};

// What a language feature works on for one document: the plan of its last analysis
// whose files all parsed, with the document's current text in `sources`, and the
// findings of the latest analysis.
struct View {
  std::shared_ptr<const Analysis> good; // the plan (null before any analysis parsed)
  std::shared_ptr<const SourceSet> sources;
  std::shared_ptr<const Analysis> latest;
  std::uint32_t file = 0;        // the document in `sources`
  std::uint32_t latest_file = 0; // the document in latest->sources (kNoFile: not there)
};
inline constexpr std::uint32_t kNoFile = 0xffffffffu;

class Workspace {
public:
  using Clock = Server::Clock;
  explicit Workspace(const ServerOptions& options) : options_(options) {}

  Lang lang = Lang::en;
  Encoding encoding = Encoding::utf16;

  // The client's documents. False when the URI is not a local file (ignored).
  bool open(const std::string& uri, std::string text, std::int64_t version, Clock::time_point now);
  // Replaces the text of an open document (after the server applied the change).
  void change(const std::string& uri, std::string text, std::int64_t version,
              Clock::time_point now);
  // The open document's text, or null.
  const std::string* text(const std::string& uri) const;
  // Closed: the plan is read from disk again, or forgotten (its diagnostics cleared)
  // when none of its documents is open.
  void close(const std::string& uri, Clock::time_point now, std::vector<Publication>& out);
  // Saved: its plan is checked again (files not open may depend on it).
  void saved(const std::string& uri, Clock::time_point now);

  // The URI of a file: the client's, when it has the file open, else its file URI.
  std::string uri_for(const std::string& path) const;

  std::optional<Clock::time_point> due() const;
  // Analyses the plans due at `now` (all of them with `now` = max) and adds what to
  // publish to `out`.
  void tick(Clock::time_point now, std::vector<Publication>& out);

  // The view of an open document for a feature, its plan analysed first if a change is
  // pending and `check_pending` (its publications go to `out`); else the last plan over
  // the document's current text (completion, asked at every keystroke, does not check
  // the plan each time). Nothing when the document is not open.
  std::optional<View> view(const std::string& uri, std::vector<Publication>& out,
                           bool check_pending = true);

  // Conversions for features: a Location of `sources` to an LSP range over the token
  // there, and an LSP position of the document to a Location.
  Range range_at(const SourceSet& sources, Location loc) const;
  Range span_range(const SourceSet& sources, Location begin, Location end) const;
  Position position_of(const SourceSet& sources, Location loc) const;
  Location location_of(const SourceSet& sources, std::uint32_t file, Position pos) const;

private:
  struct Document {
    std::string path;
    std::string text;
    std::int64_t version = 0;
    std::string root; // its plan's root file
  };
  struct PlanState {
    std::string root;
    TreeCache trees;
    std::shared_ptr<const Analysis> latest, good;
    std::shared_ptr<const SourceSet> good_sources; // good's, with open documents' text
    // What each URI was last sent (a file left out of the plan is sent an empty list).
    std::map<std::string, std::vector<Diagnostic>> published;
    std::optional<Clock::time_point> due;
  };

  std::string find_root(const std::string& path);
  void mark(const std::string& root, Clock::time_point when);
  void analyse(PlanState& plan, std::vector<Publication>& out);
  std::vector<Diagnostic> diagnostics_of(const Analysis& a, std::uint32_t file);
  const std::string& help_href(const std::string& rule);

  const ServerOptions& options_;
  std::map<std::string, Document> docs_;   // by URI
  std::map<std::string, PlanState> plans_; // by root path
  std::map<std::string, std::string> hrefs_;
  std::string man_page_;
};

} // namespace kaplan::lsp
