// SPDX-License-Identifier: MIT
#include "kaplan/loader.hpp"

#include "kaplan/config.hpp"
#include "load/reader.hpp"
#include "load/sections.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <glob.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
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

bool has_wildcard(std::string_view p) {
  return p.find_first_of("*?[") != std::string_view::npos;
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

// The display path of an included file: the including file's folder joined with the
// pattern's match, normalised lexically, so messages name files as the user wrote them.
std::string display_path(const fs::path& p) {
  return p.lexically_normal().generic_string();
}

// Loads a plan's files depth first, in include order. Iterative, with an explicit
// stack: a chain of thousands of includes must not exhaust the call stack.
class PlanLoader {
public:
  PlanLoader(SourceSet& sources, const LoadOptions& options, LoadResult& result)
      : sources_(sources), options_(options), result_(result) {}

  void load(const std::string& path) {
    fs::path root = path;
    std::error_code ec;
    // A folder stands for its plan.yaml; a folder without one is reported as itself.
    if (fs::is_directory(root, ec) && fs::exists(root / "plan.yaml", ec)) root /= "plan.yaml";
    root_dir_ = fs::weakly_canonical(fs::absolute(root, ec).parent_path(), ec);
    read_one(display_path(root), /*is_root=*/true, {});
    while (!stack_.empty())
      step();
  }

private:
  // A file being read whose includes are being followed.
  struct Frame {
    fs::path here;     // its folder, as displayed: includes are relative to it
    std::string canon; // its canonical path, for cycle detection
    std::vector<load::IncludeEntry> includes;
    std::size_t next_include = 0;
    std::vector<std::string> matches; // of includes[next_include], once resolved
    std::size_t next_match = 0;
    bool resolved = false;
  };

  // Reads and parses one file into the plan; pushes a frame when it has includes.
  void read_one(const std::string& shown, bool is_root, Location included_at) {
    std::string text;
    std::string reason;
    bool ok = read_file(shown, options_.max_file_size, text, reason);
    std::uint32_t file = sources_.add(shown, ok ? std::move(text) : std::string());
    if (is_root) result_.plan.root_file = file;
    result_.plan.files.push_back(shown);
    if (!ok) {
      result_.unreadable = true;
      Finding f = file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.read-" + reason, {});
      if (included_at.line) f.related.push_back({included_at, "note.included-here", {}});
      result_.findings.push_back(std::move(f));
      return;
    }
    std::size_t before = result_.findings.size();
    YamlTree tree = parse_yaml(sources_.files[file].text, file, result_.findings, options_.parse);
    for (std::size_t i = before; i < result_.findings.size(); ++i)
      if (result_.findings[i].rule == "KAP-S001") result_.unreadable = true;
    // A partial tree is not read: its truncated entries would only give false findings.
    if (tree.partial) return;
    if (tree.root == kNoNode) {
      // An empty root file leaves no plan to check; an empty included file (a branch's
      // placeholder) loses nothing, so the rules still run.
      result_.findings.push_back(file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.empty", {}));
      if (is_root) result_.unreadable = true;
      return;
    }
    load::Reader reader(tree, result_.findings);
    Frame frame;
    load::read_plan_document(reader, result_.plan, is_root, frame.includes);
    if (std::uint32_t dropped = reader.dropped())
      result_.findings.push_back(
          file_finding("KAP-S002", {file, 0, 0}, "KAP-S002.too-many", {arg("count", dropped)}));
    if (frame.includes.empty()) return;
    std::error_code ec;
    frame.here = fs::path(shown).parent_path();
    frame.canon = fs::weakly_canonical(fs::absolute(shown, ec), ec).string();
    on_stack_.insert(frame.canon);
    stack_.push_back(std::move(frame));
  }

  // One step of the depth-first walk: resolve the next include, or read its next match.
  void step() {
    Frame& top = stack_.back();
    if (top.next_include == top.includes.size()) {
      on_stack_.erase(top.canon);
      stack_.pop_back();
      return;
    }
    const load::IncludeEntry& inc = top.includes[top.next_include];
    if (!top.resolved) {
      top.matches = resolve(top.here, inc);
      top.next_match = 0;
      top.resolved = true;
    }
    if (top.next_match == top.matches.size()) {
      ++top.next_include;
      top.resolved = false;
      return;
    }
    std::string m = top.matches[top.next_match++];
    std::error_code ec;
    fs::path canon = fs::weakly_canonical(fs::absolute(m, ec), ec);
    // Symlinks are resolved first: a link inside the tree that points out of it escapes.
    auto rel = canon.lexically_relative(root_dir_);
    if (ec || rel.empty() || *rel.begin() == "..") return bad(inc, "KAP-S011.escape");
    if (on_stack_.count(canon.string())) {
      result_.findings.push_back(
          file_finding("KAP-S011", inc.loc, "KAP-S011.cycle",
                       {arg("pattern", inc.pattern), arg("file", display_path(m))}));
      return;
    }
    if (!fs::exists(canon, ec)) return bad(inc, "KAP-S011.missing");
    if (!loaded_.insert(canon.string()).second) return; // a diamond: read each file once
    if (result_.plan.files.size() >= options_.max_files) {
      top.next_match = top.matches.size();
      return bad(inc, "KAP-S011.too-many");
    }
    Location at = inc.loc;
    read_one(display_path(m), false, at); // may push a frame: `top` and `inc` are stale after it
  }

  // The files an include names: one path, or a pattern's matches in sorted order.
  // Reports patterns that cannot match anything.
  std::vector<std::string> resolve(const fs::path& here, const load::IncludeEntry& inc) {
    fs::path pattern = inc.pattern;
    if (inc.pattern.empty() || pattern.is_absolute()) {
      bad(inc, inc.pattern.empty() ? "KAP-S011.missing" : "KAP-S011.escape");
      return {};
    }
    std::vector<std::string> matches;
    if (!has_wildcard(inc.pattern)) {
      matches.push_back((here / pattern).string());
      return matches;
    }
    glob_t g{};
    std::string glob_pattern = (fs::path(escape_glob(here.string())) / pattern).string();
    // GLOB_MARK ends folder names with '/': a pattern includes files, not folders.
    if (::glob(glob_pattern.c_str(), GLOB_NOSORT | GLOB_MARK, nullptr, &g) == 0)
      for (std::size_t i = 0; i < g.gl_pathc; ++i) {
        std::string_view m = g.gl_pathv[i];
        if (!m.ends_with('/')) matches.emplace_back(m);
      }
    ::globfree(&g);
    std::sort(matches.begin(), matches.end()); // deterministic whatever the file system
    if (matches.empty()) bad(inc, "KAP-S011.nomatch");
    return matches;
  }

  void bad(const load::IncludeEntry& inc, std::string key) {
    result_.findings.push_back(
        file_finding("KAP-S011", inc.loc, std::move(key), {arg("pattern", inc.pattern)}));
  }

  SourceSet& sources_;
  const LoadOptions& options_;
  LoadResult& result_;
  fs::path root_dir_;
  std::vector<Frame> stack_;
  std::unordered_set<std::string> on_stack_; // canonical paths of the files in stack_
  std::set<std::string> loaded_;
};

// The size limit of one file: KAPLAN_MAX_FILE_SIZE when set (bytes, or with a K, M or G
// suffix for KiB, MiB, GiB), else `configured`. The variable lets an operator raise or
// lower the limit without a rebuild; a value that is not a size stops the run.
std::uint64_t file_size_limit(std::uint64_t configured) {
  const char* env = std::getenv("KAPLAN_MAX_FILE_SIZE");
  if (!env || !*env) return configured;
  std::string_view v = env;
  std::uint64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  std::string_view suffix(end, static_cast<std::size_t>(v.data() + v.size() - end));
  int shift = suffix.empty()  ? 0
              : suffix == "K" ? 10
              : suffix == "M" ? 20
              : suffix == "G" ? 30
                              : -1;
  if (ec != std::errc() || n == 0 || shift < 0 || n > (std::uint64_t{1} << (62 - shift)))
    throw StopError{
        "stop.cli.convert", {arg("option", "KAPLAN_MAX_FILE_SIZE"), arg("value", v)}, {}};
  return n << shift;
}

} // namespace

bool read_file(const std::string& path, std::uint64_t max_size, std::string& out,
               std::string& reason) {
  max_size = file_size_limit(max_size);
  // O_NONBLOCK: opening a FIFO must not wait for a writer. The type and size are
  // checked on the open descriptor, so the file cannot be swapped for a FIFO or a
  // device between the check and the read.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    reason = errno == ENOENT || errno == ENOTDIR ? "missing"
             : errno == EISDIR                   ? "directory"
                                                 : "unreadable";
    return false;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    reason = "unreadable";
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    reason = "directory";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    reason = "not-regular";
    return false;
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_size) {
    reason = "too-large";
    return false;
  }
  // Read to the end, never more than the limit: the file may grow while we read, and
  // some regular files (in /proc) report size 0.
  out.clear();
  out.reserve(static_cast<std::size_t>(st.st_size));
  char chunk[65536];
  while (true) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = "unreadable";
      return false;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::uint64_t>(n) > max_size) {
      reason = "too-large";
      return false;
    }
    out.append(chunk, static_cast<std::size_t>(n));
  }
  return true;
}

LoadResult load_plan(const std::string& path, SourceSet& sources, const LoadOptions& options) {
  LoadResult result;
  PlanLoader loader(sources, options, result);
  loader.load(path);
  if (!result.unreadable) index_plan(result.plan, result.findings);
  return result;
}

} // namespace kaplan
