// SPDX-License-Identifier: MIT
// Loading a plan: the root file and, depth first in include order, every file its
// `include:` entries name. Every file is read through the io layer beneath the root
// file's folder, opened once; a file reached twice (the same path, or another path to
// the same file) is read once.
#include "kaplan/load/loader.hpp"

#include "kaplan/io/glob.hpp"
#include "kaplan/io/read.hpp"
#include "load/reader.hpp"
#include "load/sections.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kaplan {
namespace fs = std::filesystem;
namespace {

Finding file_finding(std::string rule, Location loc, std::string key, std::vector<Arg> args) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = Severity::error;
  f.loc = loc;
  f.message_key = std::move(key);
  f.args = std::move(args);
  return f;
}

// A folder name as a literal glob prefix: a folder called `a[1]` must not act as a pattern.
std::string escape_glob(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '*' || c == '?' || c == '[' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string normal(const fs::path& p) {
  return p.lexically_normal().generic_string();
}

// The folder of a root-relative path ("" for a file at the root).
std::string folder_of(const std::string& rel) {
  auto slash = rel.rfind('/');
  return slash == std::string::npos ? std::string() : rel.substr(0, slash);
}

// The list entries of every section read so far.
std::size_t entry_count(const Plan& p) {
  return p.units.size() + p.people.size() + p.assumptions.size() + p.factors.size() +
         p.segments.size() + p.competitors.size() + p.sources.size() + p.capabilities.size() +
         p.issues.size() + p.objectives.size() + p.kpis.size() + p.strategies.size() +
         p.budget.size() + p.assets.size() + p.actions.size() + p.decisions.size() +
         p.reviews.size() + p.signoffs.size();
}

// Reads a released text again beneath the plan's folder, opened anew by the path it
// was first opened by (no descriptor stays open between reads).
class FolderOrigin : public TextOrigin {
public:
  FolderOrigin(std::string folder, std::uint64_t max_size)
      : folder_(std::move(folder)), max_size_(max_size) {}
  bool read(const std::string& rel, std::string& text) const override {
    io::ReadFailure failure{};
    io::Folder folder = io::Folder::open(folder_, failure);
    FileIdentity identity;
    return folder.is_open() && folder.read(rel, max_size_, text, identity) == io::ReadFailure::none;
  }

private:
  std::string folder_;
  std::uint64_t max_size_;
};

// Loads a plan's files depth first, in include order. Iterative, with an explicit
// stack: a chain of thousands of includes must not exhaust the call stack.
class PlanLoader {
public:
  PlanLoader(SourceSet& sources, const LoadOptions& options, LoadResult& result)
      : sources_(sources), options_(options), result_(result) {}
  PlanLoader(const PlanLoader&) = delete;
  PlanLoader& operator=(const PlanLoader&) = delete;
  // Files still being read ahead refer to this loader: they are waited for.
  ~PlanLoader() { drop_read_ahead(); }

  void load(const std::string& path) {
    std::string root_rel;
    if (!open_root(path, root_rel)) return;
    std::error_code ec;
    fs::path abs = fs::absolute(shown_dir_.empty() ? fs::path(".") : fs::path(shown_dir_), ec)
                       .lexically_normal();
    abs_dirs_.push_back(escape_glob(abs.generic_string()));
    abs_root_ = abs.generic_string();
    fs::path real = fs::canonical(abs, ec);
    if (!ec && real != abs) abs_dirs_.push_back(escape_glob(real.generic_string()));
    if (options_.release_texts && !options_.overlay && !options_.trees)
      origin_ = std::make_shared<FolderOrigin>(shown_dir_.empty() ? "." : shown_dir_,
                                               options_.max_file_size);
    read_one(root_rel, /*is_root=*/true, {});
    while (!stack_.empty())
      step();
    drop_read_ahead();
  }

private:
  // What the loader knows of a root-relative path it has met.
  enum class Seen : std::uint8_t { reading, done };

  // A file being read whose includes are being followed.
  struct Frame {
    std::string rel_dir; // its folder, relative to the root: includes are relative to it
    FileIdentity identity;
    std::string rel;
    std::vector<load::IncludeEntry> includes;
    std::size_t next_include = 0;
    std::vector<std::string> matches; // of includes[next_include], once resolved
    std::size_t next_match = 0;
    bool resolved = false;
    std::string cycle_file; // the first match of the current include already being read
    std::size_t cycle_more = 0;
  };

  // Opens the plan's folder: the folder given (when it holds plan.yaml) or the root
  // file's folder. False, with a finding, when there is nothing to read.
  bool open_root(const std::string& path, std::string& root_rel) {
    io::ReadFailure failure{};
    io::Folder as_folder = io::Folder::open(path, failure);
    if (as_folder.is_open()) {
      io::EntryType type{};
      if (as_folder.type_of("plan.yaml", type) == io::ReadFailure::none) {
        root_ = std::move(as_folder);
        shown_dir_ = normal(path);
        if (shown_dir_ == ".") shown_dir_.clear();
        root_rel = "plan.yaml";
        return true;
      }
      root_failure(normal(path), io::ReadFailure::directory);
      return false;
    }
    fs::path p = path;
    shown_dir_ = normal(p.parent_path());
    if (shown_dir_ == ".") shown_dir_.clear();
    root_ = io::Folder::open(shown_dir_.empty() ? "." : shown_dir_, failure);
    if (!root_.is_open()) {
      root_failure(normal(p),
                   failure == io::ReadFailure::not_regular ? io::ReadFailure::missing : failure);
      return false;
    }
    root_rel = p.filename().string();
    return true;
  }

  void root_failure(const std::string& shown, io::ReadFailure failure) {
    std::uint32_t file = sources_.add(shown, {});
    result_.plan.root_file = file;
    result_.plan.files.push_back(shown);
    result_.unreadable = true;
    result_.findings.push_back(file_finding(
        "KAP-S001", {file, 0, 0}, "KAP-S001.read-" + std::string(io::failure_name(failure)), {}));
  }

  std::string shown(const std::string& rel) const {
    return shown_dir_.empty() ? normal(rel) : normal(fs::path(shown_dir_) / rel);
  }

  // Reads and parses one file into the plan; pushes a frame when it has includes.
  // `included_at` is the include entry that named it (line 0 for the root file).
  void read_one(const std::string& rel, bool is_root, const load::IncludeEntry* included_at) {
    ParsedFile ahead = fetch(rel);
    io::ReadFailure failure = ahead.failure;
    const FileIdentity identity = ahead.identity;
    if (included_at && failure == io::ReadFailure::missing)
      return bad(*included_at, "KAP-S011.missing");
    if (included_at && failure == io::ReadFailure::outside)
      return bad(*included_at, "KAP-S011.escape");
    if (failure == io::ReadFailure::none && loaded_ids_.count(identity)) {
      // Another path to a file read already: a cycle when it is still being read.
      seen_[rel] = Seen::done;
      if (included_at && on_stack_ids_.count(identity)) note_cycle(rel);
      return;
    }
    std::string name = shown(rel);
    std::uint32_t file = sources_.add(
        name, failure == io::ReadFailure::none ? std::move(ahead.text) : std::string(), identity);
    if (is_root) result_.plan.root_file = file;
    result_.plan.files.push_back(name);
    seen_[rel] = Seen::done;
    if (failure != io::ReadFailure::none) {
      result_.unreadable = true;
      Finding f = file_finding("KAP-S001", {file, 0, 0},
                               "KAP-S001.read-" + std::string(io::failure_name(failure)), {});
      if (included_at) f.related.push_back({included_at->loc, "note.included-here", {}});
      result_.findings.push_back(std::move(f));
      return;
    }
    loaded_ids_.insert(identity);
    std::size_t before = result_.findings.size();
    YamlTree tree = take_tree(ahead, sources_, file, result_.findings, options_.parse);
    for (std::size_t i = before; i < result_.findings.size(); ++i)
      if (result_.findings[i].rule == "KAP-S001") result_.unreadable = true;
    // A partial tree is not read: its truncated entries would only give false findings.
    if (tree.partial) return release(file, rel);
    if (tree.root == kNoNode) {
      // An empty root file leaves no plan to check; an empty included file (a branch's
      // placeholder) loses nothing, so the rules still run.
      result_.findings.push_back(file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.empty", {}));
      if (is_root) result_.unreadable = true;
      return release(file, rel);
    }
    load::Reader reader(tree, result_.findings);
    Frame frame;
    load::read_plan_document(reader, result_.plan, is_root, frame.includes);
    release(file, rel); // the tree's texts are the text's: let go only now
    if (std::uint32_t dropped = reader.dropped())
      result_.findings.push_back(
          file_finding("KAP-S002", {file, 0, 0}, "KAP-S002.too-many", {arg("count", dropped)}));
    if (entry_count(result_.plan) > options_.max_entries) {
      // Memory stays bounded: what was read is kept for its structural findings, and
      // nothing more is read.
      result_.unreadable = true;
      result_.findings.push_back(file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.entries",
                                              {arg("limit", options_.max_entries)}));
      stack_.clear();
      return;
    }
    if (frame.includes.empty()) return;
    frame.rel_dir = folder_of(rel);
    frame.rel = rel;
    frame.identity = identity;
    for (const auto& inc : frame.includes)
      record_pattern(frame.rel_dir, inc.pattern);
    seen_[rel] = Seen::reading;
    on_stack_ids_.insert(identity);
    stack_.push_back(std::move(frame));
  }

  // Lets go of a file's text once it is read into the plan (LoadOptions::release_texts).
  void release(std::uint32_t file, const std::string& rel) {
    if (origin_) sources_.release(file, origin_, rel);
  }

  // Keeps the absolute form of an include pattern, so no output is ever written where
  // the plan would read it.
  void record_pattern(const std::string& rel_dir, const std::string& pattern) {
    if (pattern.empty() || fs::path(pattern).is_absolute()) return;
    std::string rel = io::has_wildcard(pattern) ? normal(fs::path(escape_glob(rel_dir)) / pattern)
                                                : escape_glob(normal(fs::path(rel_dir) / pattern));
    for (const auto& dir : abs_dirs_)
      sources_.include_patterns.push_back(dir + "/" + rel);
  }

  // One step of the depth-first walk: resolve the next include, or read its next match.
  void step() {
    Frame& top = stack_.back();
    if (top.next_include == top.includes.size() || budget_spent_) {
      seen_[top.rel] = Seen::done;
      on_stack_ids_.erase(top.identity);
      stack_.pop_back();
      return;
    }
    const load::IncludeEntry& inc = top.includes[top.next_include];
    if (!top.resolved) {
      top.cycle_file.clear();
      top.cycle_more = 0;
      top.matches = resolve(top.rel_dir, inc); // may note a cycle already
      top.next_match = 0;
      top.resolved = true;
    }
    if (top.next_match == top.matches.size()) {
      if (!top.cycle_file.empty()) {
        std::vector<Arg> args{arg("pattern", inc.pattern), arg("file", top.cycle_file)};
        if (top.cycle_more) args.push_back(arg("count", top.cycle_more));
        result_.findings.push_back(file_finding(
            "KAP-S011", inc.loc, top.cycle_more ? "KAP-S011.cycle-more" : "KAP-S011.cycle",
            std::move(args)));
      }
      ++top.next_include;
      top.resolved = false;
      return;
    }
    if (!glob_.charge(1)) return spend_budget(inc);
    std::string m = top.matches[top.next_match++];
    if (auto it = seen_.find(m); it != seen_.end()) {
      if (it->second == Seen::reading) note_cycle(m);
      return; // a diamond: each file is read once
    }
    if (result_.plan.files.size() >= options_.max_files) {
      top.next_match = top.matches.size();
      return bad(inc, "KAP-S011.too-many");
    }
    load::IncludeEntry at = inc;
    read_ahead(top);
    read_one(m, false, &at); // may push a frame: `top` and `inc` are stale after it
  }

  // --- Reading ahead on the work pool --------------------------------------------------

  // Starts reading and parsing the next matches of the include being followed, up to a
  // few files ahead of the walk. Only files the walk has not met are read ahead; the
  // limits on files and work are still charged by the walk, file by file.
  void read_ahead(const Frame& top) {
    WorkPool* pool = options_.pool;
    if (!pool || pool->threads() < 2) return;
    const std::size_t window = 2 * pool->threads();
    for (std::size_t i = top.next_match; i < top.matches.size() && ahead_.size() < window; ++i) {
      const std::string& m = top.matches[i];
      if (seen_.count(m) || ahead_.count(m)) continue;
      if (result_.plan.files.size() + ahead_.size() >= options_.max_files) break;
      ahead_.emplace(m, pool->submit([this, m] { return read_and_parse(m); }));
    }
  }

  // On a pool thread: one file read beneath the plan's folder and parsed, numbered later.
  // A file whose identity another read-ahead has claimed (another path to the same file)
  // is only read: the walk reads it once, whichever path it meets first.
  ParsedFile read_and_parse(const std::string& rel) const {
    ParsedFile p;
    if (cancelled_.load(std::memory_order_relaxed)) return p;
    p.failure = root_.read(rel, options_.max_file_size, p.text, p.identity);
    apply_overlay(rel, p);
    if (p.failure != io::ReadFailure::none) return p;
    const std::uint64_t size = p.text.size();
    if (ahead_bytes_.fetch_add(size) + size > options_.read_ahead_bytes) {
      ahead_bytes_.fetch_sub(size); // past the bound: the walk reads it
      ParsedFile later;
      later.deferred = true;
      return later;
    }
    {
      std::lock_guard lock(claimed_mutex_);
      if (!claimed_.insert(p.identity).second) return p;
    }
    parse_cached(rel, p);
    return p;
  }

  // --- Editors' buffers and the tree cache (`kaplan lsp`) ------------------------------

  std::string absolute_of(const std::string& rel) const {
    return normal(fs::path(abs_root_) / rel);
  }

  // An editor's unsaved buffer in place of the text of a file just read (the file was
  // read beneath the root as always, so the buffer stands only for a file the loader
  // may read).
  void apply_overlay(const std::string& rel, ParsedFile& p) const {
    if (!options_.overlay || p.failure != io::ReadFailure::none) return;
    auto it = options_.overlay->find(absolute_of(rel));
    if (it == options_.overlay->end()) return;
    if (it->second.size() > options_.max_file_size) {
      p.failure = io::ReadFailure::too_large;
      p.text.clear();
      return;
    }
    p.text = it->second;
  }

  // Parses a file read, or takes its tree from the cache when its text is unchanged.
  void parse_cached(const std::string& rel, ParsedFile& p) const {
    if (!options_.trees) return parse_ahead(p, options_.parse);
    const std::string key = absolute_of(rel);
    if (options_.trees->find(key, p.text, p.tree, p.findings)) {
      p.parsed = true;
      return;
    }
    parse_ahead(p, options_.parse);
    options_.trees->store(key, p.text, p.tree, p.findings);
  }

  // A file as read ahead, or read now (and parsed by the caller).
  ParsedFile fetch(const std::string& rel) {
    if (auto it = ahead_.find(rel); it != ahead_.end()) {
      WorkPool::Task<ParsedFile> task = std::move(it->second);
      ahead_.erase(it);
      ParsedFile ahead = task.get();
      if (!ahead.deferred) {
        ahead_bytes_.fetch_sub(ahead.text.size());
        return ahead;
      }
    }
    ParsedFile p;
    p.failure = root_.read(rel, options_.max_file_size, p.text, p.identity);
    apply_overlay(rel, p);
    if (p.failure == io::ReadFailure::none && options_.trees) parse_cached(rel, p);
    return p;
  }

  // Files read ahead that the walk will not take (a limit reached): their work is
  // cancelled where it has not started, and each is waited for, so none outlives the
  // loader.
  void drop_read_ahead() noexcept {
    cancelled_.store(true, std::memory_order_relaxed);
    for (auto& [rel, task] : ahead_) {
      try {
        task.get();
      } catch (...) {
        // Its result is not used; what it threw (out of memory) ends nothing here.
      }
    }
    ahead_.clear();
  }

  // A repeated include still forms a cycle when it names a file being read: looked up
  // for each file on the stack (the work charged to the budget), not for each match.
  void note_repeated_cycle(const std::string& joined, bool wildcard) {
    if (!wildcard) {
      if (auto it = seen_.find(joined); it != seen_.end() && it->second == Seen::reading)
        note_cycle(joined);
      return;
    }
    const std::vector<std::string>& matches = glob_.expand(joined).matches;
    if (!glob_.charge(stack_.size())) return;
    for (const auto& frame : stack_)
      if (std::binary_search(matches.begin(), matches.end(), frame.rel)) note_cycle(frame.rel);
  }

  void note_cycle(const std::string& rel) {
    Frame& top = stack_.back();
    if (top.cycle_file.empty())
      top.cycle_file = shown(rel);
    else
      ++top.cycle_more;
  }

  // The files an include names, relative to the root: one path, or a pattern's matches
  // in sorted order. Reports patterns that cannot match anything.
  std::vector<std::string> resolve(const std::string& rel_dir, const load::IncludeEntry& inc) {
    if (inc.pattern.empty()) {
      bad(inc, "KAP-S011.missing");
      return {};
    }
    if (fs::path(inc.pattern).is_absolute()) {
      bad(inc, "KAP-S011.escape");
      return {};
    }
    bool wildcard = io::has_wildcard(inc.pattern);
    std::string joined = wildcard ? normal(fs::path(escape_glob(rel_dir)) / inc.pattern)
                                  : normal(fs::path(rel_dir) / inc.pattern);
    if (joined == ".." || joined.starts_with("../")) {
      bad(inc, "KAP-S011.escape");
      return {};
    }
    // A path or pattern resolved before (here or in another file) brings nothing new:
    // every file it names is read or being read already, and a repeated mistake is
    // reported once. So a list repeating a pattern, or a thousand files that each
    // include `*.yaml`, cost one expansion.
    if (!resolved_.insert(joined).second) {
      note_repeated_cycle(joined, wildcard);
      return {};
    }
    if (!wildcard) return {joined};
    const io::GlobResult& g = glob_.expand(joined);
    if (g.over_budget) {
      spend_budget(inc);
      return {};
    }
    if (g.failure == io::ReadFailure::outside) {
      bad(inc, "KAP-S011.escape");
      return {};
    }
    if (g.failure != io::ReadFailure::none)
      bad(inc, "KAP-S011.list-" + std::string(io::failure_name(g.failure)));
    else if (g.matches.empty())
      bad(inc, "KAP-S011.nomatch");
    return g.matches;
  }

  // The work limit of include expansion is reached: one finding, and no more includes.
  void spend_budget(const load::IncludeEntry& inc) {
    if (budget_spent_) return;
    budget_spent_ = true;
    result_.findings.push_back(
        file_finding("KAP-S011", inc.loc, "KAP-S011.budget",
                     {arg("pattern", inc.pattern), arg("limit", io::TreeGlob::kDefaultBudget)}));
  }

  void bad(const load::IncludeEntry& inc, std::string key) {
    result_.findings.push_back(
        file_finding("KAP-S011", inc.loc, std::move(key), {arg("pattern", inc.pattern)}));
  }

  SourceSet& sources_;
  const LoadOptions& options_;
  LoadResult& result_;
  io::Folder root_;
  io::TreeGlob glob_{root_};
  std::string shown_dir_;             // the root folder as the user wrote it ("" for `.`)
  std::string abs_root_;              // its absolute path, normalised (the overlay's keys)
  std::vector<std::string> abs_dirs_; // its absolute path, and its real path when other
  std::vector<Frame> stack_;
  std::unordered_map<std::string, Seen> seen_; // root-relative paths met so far
  std::unordered_set<std::string> resolved_;   // includes (joined with their folder) resolved
  std::set<FileIdentity> loaded_ids_;
  std::set<FileIdentity> on_stack_ids_;
  bool budget_spent_ = false;
  std::shared_ptr<const TextOrigin> origin_; // where released texts are read again, if any
  std::unordered_map<std::string, WorkPool::Task<ParsedFile>> ahead_; // read ahead, by path
  std::atomic<bool> cancelled_{false};
  // Text read ahead and not yet taken by the walk (bytes): LoadOptions::read_ahead_bytes.
  mutable std::atomic<std::uint64_t> ahead_bytes_{0};
  mutable std::mutex claimed_mutex_;
  mutable std::set<FileIdentity> claimed_; // identities parsed ahead
};

} // namespace

bool TreeCache::find(const std::string& path, std::string_view text, YamlTree& tree,
                     std::vector<Finding>& findings) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(path);
  if (it == entries_.end() || it->second.text != text) return false;
  it->second.used = true;
  tree = it->second.tree;
  findings = it->second.findings;
  ++hits_;
  return true;
}

void TreeCache::store(const std::string& path, std::string_view text, const YamlTree& tree,
                      const std::vector<Finding>& findings) {
  std::lock_guard lock(mutex_);
  Entry& e = entries_[path];
  e.text.assign(text);
  e.tree = tree;
  e.findings = findings;
  e.used = true;
}

void TreeCache::sweep() {
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [](const auto& kv) { return !kv.second.used; });
  for (auto& [path, e] : entries_)
    e.used = false;
}

std::size_t TreeCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

std::size_t TreeCache::hits() const {
  std::lock_guard lock(mutex_);
  return hits_;
}

void parse_ahead(ParsedFile& p, const ParseLimits& limits) {
  p.tree = parse_yaml(p.text, kPendingFile, p.findings, limits);
  p.parsed = true;
}

YamlTree take_tree(ParsedFile& p, const SourceSet& sources, std::uint32_t file,
                   std::vector<Finding>& findings, const ParseLimits& limits) {
  if (!p.parsed) return parse_yaml(sources.files[file].text, file, findings, limits);
  p.tree.file = file;
  for (auto& f : p.findings) {
    if (f.loc.file == kPendingFile) f.loc.file = file;
    for (auto& r : f.related)
      if (r.loc.file == kPendingFile) r.loc.file = file;
    findings.push_back(std::move(f));
  }
  p.findings.clear();
  return std::move(p.tree);
}

LoadResult load_plan(const std::string& path, SourceSet& sources, const LoadOptions& options) {
  LoadResult result;
  PlanLoader loader(sources, options, result);
  loader.load(path);
  if (!result.unreadable) index_plan(result.plan, result.findings);
  return result;
}

} // namespace kaplan
