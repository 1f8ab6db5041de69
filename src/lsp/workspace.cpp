// SPDX-License-Identifier: MIT
#include "lsp/workspace.hpp"

#include "kaplan/io/read.hpp"
#include "kaplan/render/explain.hpp"
#include "kaplan/render/findings.hpp"
#include "kaplan/render/stop_message.hpp"

#include <algorithm>
#include <filesystem>

namespace kaplan::lsp {
namespace fs = std::filesystem;
namespace {

// The length of the UTF-8 sequence starting with `b` when well formed at `s[i]`, else 1
// (a stray byte counts as one character, as the text functions of util do).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80           ? 1
                  : (b >> 5) == 0x6  ? 2
                  : (b >> 4) == 0xe  ? 3
                  : (b >> 3) == 0x1e ? 4
                                     : 1;
  if (i + n > s.size()) return 1;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return 1;
  return n;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The end (byte offset) of the token starting at `start` of `line`: a quoted scalar to
// its closing quote, a key to its colon, a plain value to the line's end or its comment,
// a value in a flow list to the next comma or bracket.
std::size_t token_end(std::string_view line, std::size_t start) {
  if (start >= line.size()) return line.size();
  char q = line[start];
  if (q == '"' || q == '\'') {
    for (std::size_t i = start + 1; i < line.size(); ++i) {
      if (q == '"' && line[i] == '\\') {
        ++i;
        continue;
      }
      if (line[i] == q) return i + 1;
    }
    return line.size();
  }
  // In a flow collection (`{id: a, parent: b}`): opened before `start` on this line, or
  // continued from the line above (the line then ends with a bracket or a comma).
  int depth = 0;
  char quote = 0;
  for (std::size_t k = 0; k < start; ++k) {
    char c = line[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    } else if (c == '#' && (k == 0 || line[k - 1] == ' ')) {
      break;
    }
  }
  std::string_view rest = line;
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r'))
    rest.remove_suffix(1);
  bool flow = depth > 0 ||
              (!rest.empty() && (rest.back() == '}' || rest.back() == ']' || rest.back() == ','));
  std::size_t i = start;
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (c == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) break;
    if (c == '#' && i > start && line[i - 1] == ' ') break;
    if (flow && (c == ',' || c == ']' || c == '}')) break;
  }
  while (i > start && (line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == '\r'))
    --i;
  return i == start ? std::min(start + 1, line.size()) : i;
}

std::string normal(const fs::path& p) {
  return p.lexically_normal().generic_string();
}

} // namespace

std::string path_of_uri(std::string_view uri) {
  constexpr std::string_view scheme = "file://";
  if (uri.size() < scheme.size()) return {};
  for (std::size_t i = 0; i < scheme.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(uri[i])) != scheme[i]) return {};
  uri.remove_prefix(scheme.size());
  std::size_t slash = uri.find('/');
  if (slash == std::string_view::npos) return {};
  std::string_view host = uri.substr(0, slash);
  if (!host.empty() && host != "localhost") return {};
  uri.remove_prefix(slash);
  if (std::size_t q = uri.find_first_of("?#"); q != std::string_view::npos) uri = uri.substr(0, q);
  std::string path;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%') {
      if (i + 2 >= uri.size()) return {};
      int hi = hex_value(uri[i + 1]), lo = hex_value(uri[i + 2]);
      if (hi < 0 || lo < 0) return {};
      path += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      path += uri[i];
    }
  }
  if (path.find('\0') != std::string::npos || path.size() > 4096) return {};
  return normal(path);
}

std::string uri_of_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "file://";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::uint32_t byte_of_character(std::string_view line, std::uint32_t character, Encoding enc) {
  if (enc == Encoding::utf8)
    return static_cast<std::uint32_t>(std::min<std::size_t>(character, line.size()));
  std::size_t i = 0;
  std::uint32_t units = 0;
  while (i < line.size() && units < character) {
    std::size_t n = sequence_length(line, i);
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return static_cast<std::uint32_t>(i);
}

std::uint32_t character_of_byte(std::string_view line, std::uint32_t byte, Encoding enc) {
  if (enc == Encoding::utf8) return byte;
  std::size_t end = std::min<std::size_t>(byte, line.size());
  std::size_t i = 0;
  std::uint32_t units = 0;
  while (i < end) {
    std::size_t n = sequence_length(line, i);
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return units + static_cast<std::uint32_t>(byte - std::min<std::size_t>(byte, line.size()));
}

std::size_t offset_of(std::string_view text, Position pos, Encoding enc) {
  std::size_t start = 0;
  for (std::uint32_t l = 0; l < pos.line; ++l) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return text.size();
    start = nl + 1;
  }
  std::size_t nl = text.find('\n', start);
  std::string_view line =
      text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return start + byte_of_character(line, pos.character, enc);
}

// --- Positions of a SourceSet ------------------------------------------------------------

Position Workspace::position_of(const SourceSet& sources, Location loc) const {
  if (loc.line == 0) return {};
  std::string_view line = sources.line(loc.file, loc.line);
  return {loc.line - 1, character_of_byte(line, loc.column ? loc.column - 1 : 0, encoding)};
}

Range Workspace::range_at(const SourceSet& sources, Location loc) const {
  if (loc.line == 0) { // the file as a whole: its first line
    std::string_view first = sources.line(loc.file, 1);
    return {{0, 0},
            {0, character_of_byte(first, static_cast<std::uint32_t>(first.size()), encoding)}};
  }
  std::string_view line = sources.line(loc.file, loc.line);
  std::size_t start = std::min<std::size_t>(loc.column ? loc.column - 1 : 0, line.size());
  std::size_t end = token_end(line, start);
  return {{loc.line - 1, character_of_byte(line, static_cast<std::uint32_t>(start), encoding)},
          {loc.line - 1, character_of_byte(line, static_cast<std::uint32_t>(end), encoding)}};
}

Range Workspace::span_range(const SourceSet& sources, Location begin, Location end) const {
  return {position_of(sources, begin), position_of(sources, end)};
}

Location Workspace::location_of(const SourceSet& sources, std::uint32_t file, Position pos) const {
  std::uint32_t line_no = pos.line + 1;
  std::string_view line = sources.line(file, line_no);
  return {file, line_no, byte_of_character(line, pos.character, encoding) + 1};
}

// --- Documents ---------------------------------------------------------------------------

bool Workspace::open(const std::string& uri, std::string text, std::int64_t version,
                     Clock::time_point now) {
  std::string path = path_of_uri(uri);
  if (path.empty()) return false;
  Document& doc = docs_[uri];
  doc.path = path;
  doc.text = std::move(text);
  doc.version = version;
  doc.root = options_.analyse ? find_root(path) : path;
  PlanState& plan = plans_[doc.root];
  plan.root = doc.root;
  mark(doc.root, now);
  return true;
}

void Workspace::change(const std::string& uri, std::string text, std::int64_t version,
                       Clock::time_point now) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return;
  it->second.text = std::move(text);
  it->second.version = version;
  mark(it->second.root, now + options_.debounce);
}

const std::string* Workspace::text(const std::string& uri) const {
  auto it = docs_.find(uri);
  return it == docs_.end() ? nullptr : &it->second.text;
}

void Workspace::close(const std::string& uri, Clock::time_point now,
                      std::vector<Publication>& out) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return;
  std::string root = it->second.root;
  docs_.erase(it);
  bool still_open =
      std::any_of(docs_.begin(), docs_.end(), [&](const auto& d) { return d.second.root == root; });
  if (still_open) return mark(root, now);
  auto plan = plans_.find(root);
  if (plan == plans_.end()) return;
  for (const auto& [published, diagnostics] : plan->second.published)
    if (!diagnostics.empty()) out.push_back({published, std::nullopt, {}});
  plans_.erase(plan);
}

void Workspace::saved(const std::string& uri, Clock::time_point now) {
  auto it = docs_.find(uri);
  if (it != docs_.end()) mark(it->second.root, now);
}

std::string Workspace::uri_for(const std::string& path) const {
  for (const auto& [uri, doc] : docs_)
    if (doc.path == path) return uri;
  return uri_of_path(path);
}

void Workspace::mark(const std::string& root, Clock::time_point when) {
  auto it = plans_.find(root);
  if (it != plans_.end() && options_.analyse) it->second.due = when;
}

std::optional<Workspace::Clock::time_point> Workspace::due() const {
  std::optional<Clock::time_point> first;
  for (const auto& [root, plan] : plans_)
    if (plan.due && (!first || *plan.due < *first)) first = plan.due;
  return first;
}

void Workspace::tick(Clock::time_point now, std::vector<Publication>& out) {
  for (auto& [root, plan] : plans_)
    if (plan.due && *plan.due <= now) analyse(plan, out);
}

// --- Plans -------------------------------------------------------------------------------

namespace {

using Overlay = std::map<std::string, std::string, std::less<>>;

bool reads_file(const SourceSet& sources, const std::string& path) {
  return std::any_of(sources.files.begin(), sources.files.end(),
                     [&](const SourceFile& f) { return f.path == path; });
}

} // namespace

// The root of the plan a file belongs to: the nearest `plan.yaml` above it whose includes
// read it, found through the io layer (each candidate loaded as `validate` would); a
// file no plan reads is a plan of its own.
std::string Workspace::find_root(const std::string& path) {
  for (const auto& [root, plan] : plans_)
    if (plan.latest && reads_file(plan.latest->sources, path)) return root;
  fs::path p(path);
  if (p.filename() == "plan.yaml") return path;
  Overlay overlay;
  for (const auto& [uri, doc] : docs_)
    overlay.emplace(doc.path, doc.text);
  fs::path dir = p.parent_path();
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    io::ReadFailure failure{};
    io::Folder folder = io::Folder::open(dir.string(), failure);
    io::EntryType type{};
    if (folder.is_open() && folder.type_of("plan.yaml", type) == io::ReadFailure::none &&
        type == io::EntryType::file) {
      // Loaded into the candidate's own tree cache: when it is the root, its first
      // check parses nothing again.
      std::string candidate = normal(dir / "plan.yaml");
      auto [it, created] = plans_.try_emplace(candidate);
      SourceSet sources;
      LoadOptions load;
      load.overlay = &overlay;
      load.pool = options_.pool;
      load.trees = &it->second.trees;
      load_plan(candidate, sources, load);
      if (reads_file(sources, path)) return candidate;
      if (created) plans_.erase(it);
    }
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return path;
}

const std::string& Workspace::help_href(const std::string& rule) {
  auto it = hrefs_.find(rule);
  if (it != hrefs_.end()) return it->second;
  if (man_page_.empty()) man_page_ = render_rules_man_page();
  return hrefs_.emplace(rule, render::help_uri(rule, man_page_)).first->second;
}

std::vector<Diagnostic> Workspace::diagnostics_of(const Analysis& a, std::uint32_t file) {
  std::vector<Diagnostic> out;
  auto uri_of = [&](std::uint32_t f) { return uri_for(a.sources.files[f].path); };
  for (const Finding& f : a.run.findings) {
    if (f.suppressed || f.loc.file != file) continue;
    Diagnostic d;
    d.range = range_at(a.sources, f.loc);
    d.severity = f.severity == Severity::error ? 1 : f.severity == Severity::warning ? 2 : 3;
    d.code = f.rule;
    d.href = help_href(f.rule);
    d.message = finding_message(f, lang);
    for (const auto& r : f.related) {
      if (r.loc.file >= a.sources.files.size()) continue;
      d.related.push_back({uri_of(r.loc.file), range_at(a.sources, r.loc),
                           render_message(r.note_key, r.args, lang)});
    }
    out.push_back(std::move(d));
  }
  return out;
}

void Workspace::analyse(PlanState& plan, std::vector<Publication>& out) {
  plan.due.reset();
  Overlay overlay;
  for (const auto& [uri, doc] : docs_)
    overlay.emplace(doc.path, doc.text);
  RunOptions run_options;
  run_options.config_path = options_.config_path;
  run_options.today = options_.today;
  run_options.load.pool = options_.pool;
  run_options.load.overlay = &overlay;
  run_options.load.trees = &plan.trees;
  auto a = std::make_shared<Analysis>();
  try {
    a->run = validate_plan(plan.root, a->sources, run_options);
  } catch (const StopError& e) {
    a->stop.push_back(stop_message(e, lang));
    a->run.unreadable = true;
  }
  plan.trees.sweep();
  plan.latest = a;
  if (!a->run.unreadable) {
    plan.good = a;
    plan.good_sources = std::shared_ptr<const SourceSet>(a, &a->sources);
  } else if (plan.good) {
    // The features keep working on the last plan that parsed, over the current texts.
    auto patched = std::make_shared<SourceSet>(plan.good->sources);
    patched->line_starts.clear();
    for (auto& f : patched->files)
      if (auto it = overlay.find(f.path); it != overlay.end()) f.text = it->second;
    plan.good_sources = std::move(patched);
  }

  std::map<std::string, std::vector<Diagnostic>> now_published;
  auto version_of = [&](const std::string& uri) -> std::optional<std::int64_t> {
    auto it = docs_.find(uri);
    if (it == docs_.end()) return std::nullopt;
    return it->second.version;
  };
  for (std::uint32_t file = 0; file < a->sources.files.size(); ++file) {
    const std::string uri = uri_for(a->sources.files[file].path);
    if (now_published.count(uri)) continue;
    Publication p{uri, version_of(uri), diagnostics_of(*a, file)};
    if (file == 0)
      for (const auto& message : a->stop)
        p.diagnostics.push_back({range_at(a->sources, {file, 0, 0}), 1, "", "", message, {}});
    now_published[uri] = p.diagnostics;
    // A file whose diagnostics are those it has already is not sent again: an edit of one
    // file of a plan of 500 sends what changed, not 500 notifications.
    auto before = plan.published.find(uri);
    if (before == plan.published.end() || before->second != p.diagnostics)
      out.push_back(std::move(p));
  }
  if (a->sources.files.empty() && !a->stop.empty()) {
    const std::string uri = uri_for(plan.root);
    Publication p{uri, version_of(uri), {}};
    for (const auto& message : a->stop)
      p.diagnostics.push_back({{}, 1, "", "", message, {}});
    now_published[uri] = p.diagnostics;
    out.push_back(std::move(p));
  }
  for (const auto& [uri, diagnostics] : plan.published)
    if (!now_published.count(uri) && !diagnostics.empty()) out.push_back({uri, std::nullopt, {}});
  plan.published = std::move(now_published);
}

std::optional<View> Workspace::view(const std::string& uri, std::vector<Publication>& out,
                                    bool check_pending) {
  auto it = docs_.find(uri);
  if (it == docs_.end()) return std::nullopt;
  auto plan = plans_.find(it->second.root);
  if (plan == plans_.end()) return std::nullopt;
  if (plan->second.due && check_pending) analyse(plan->second, out);
  View v;
  v.good = plan->second.good;
  v.sources = plan->second.good_sources;
  v.latest = plan->second.latest;
  v.file = kNoFile;
  v.latest_file = kNoFile;
  const std::string& path = it->second.path;
  if (v.sources)
    for (std::uint32_t f = 0; f < v.sources->files.size(); ++f)
      if (v.sources->files[f].path == path) v.file = f;
  if (v.file != kNoFile && v.sources->files[v.file].text != it->second.text) {
    // A change not checked yet: the last plan, over the document's current text.
    auto patched = std::make_shared<SourceSet>(*v.sources);
    patched->files[v.file].text = it->second.text;
    patched->line_starts.clear();
    v.sources = std::move(patched);
  }
  if (v.latest)
    for (std::uint32_t f = 0; f < v.latest->sources.files.size(); ++f)
      if (v.latest->sources.files[f].path == path) v.latest_file = f;
  return v;
}

} // namespace kaplan::lsp
