// SPDX-License-Identifier: MIT
// Reads a plan as it was at a git revision. git is run with argument vectors (never a
// shell), the revision may not start with `-` (it would read as an option) and paths
// go after `--` with literal pathspecs, so nothing in a revision name or a path is
// interpreted.
#include "kaplan/vcs/git_revision.hpp"

#include "kaplan/model/errors.hpp"
#include "kaplan/util/text.hpp"
#include "vcs/process.hpp"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <unistd.h>

namespace kaplan {
namespace fs = std::filesystem;
namespace {

constexpr std::uint64_t kMaxFileSize = 64ull << 20; // as the loader's default limit
constexpr std::size_t kMaxFiles = 10000;

std::string first_line(std::string_view s) {
  auto end = s.find('\n');
  return text::one_line(s.substr(0, end));
}

// Runs git with these arguments; its stdout, or a StopError naming `what` and git's own
// explanation.
std::string git(std::vector<std::string> args, std::string_view what) {
  args.insert(args.begin(), "git");
  vcs::ProcessResult r = vcs::run_process(args);
  if (!r.spawn_error.empty())
    throw StopError{"stop.git", {arg("command", what), arg("reason", r.spawn_error)}, {}};
  if (r.status != 0 && r.err.empty())
    throw StopError{"stop.git",
                    {arg("command", what), arg("reason", "reason.exit-status"),
                     arg("status", std::to_string(r.status))},
                    {}};
  if (r.status != 0)
    throw StopError{"stop.git", {arg("command", what), arg("reason", first_line(r.err))}, {}};
  return r.out;
}

// The blobs of a repository, read through one `git cat-file --batch` (issue #24: one
// `git cat-file blob` per file started up to 10,000 processes). Each request is one
// object id; each reply `<oid> blob <size>\n<content>\n`, read whole before the next
// request is written.
class BlobReader {
public:
  explicit BlobReader(const std::string& top) : git_({"git", "-C", top, "cat-file", "--batch"}) {
    if (!git_.spawn_error().empty())
      throw StopError{
          "stop.git", {arg("command", "cat-file"), arg("reason", git_.spawn_error())}, {}};
  }

  std::string read(const std::string& object) {
    std::string header;
    if (!git_.write(object + "\n") || !git_.read_line(header)) fail();
    // `<oid> blob <size>`; else `<oid> missing` or `<oid> ambiguous`, said as git says it.
    auto first = header.find(' ');
    auto second = first == std::string::npos ? first : header.find(' ', first + 1);
    if (second == std::string::npos || header.compare(first + 1, second - first - 1, "blob") != 0)
      throw StopError{
          "stop.git", {arg("command", "cat-file"), arg("reason", text::one_line(header))}, {}};
    std::uint64_t size = std::strtoull(header.c_str() + second + 1, nullptr, 10);
    if (size > kMaxFileSize) // never: ls-tree's sizes were checked (wanted)
      throw StopError{
          "stop.git", {arg("command", "cat-file"), arg("reason", errno_reason(EFBIG))}, {}};
    std::string content, newline;
    if (!git_.read_exact(static_cast<std::size_t>(size), content) || !git_.read_exact(1, newline) ||
        newline != "\n")
      fail();
    return content;
  }

  // Ends the batch: git's exit status must be 0.
  void close() {
    vcs::ProcessResult r = git_.finish();
    if (r.status != 0) report(r);
  }

private:
  // The reply did not come: git's own explanation, or its exit status.
  [[noreturn]] void fail() { report(git_.finish()); }

  [[noreturn]] static void report(const vcs::ProcessResult& r) {
    if (!r.err.empty())
      throw StopError{
          "stop.git", {arg("command", "cat-file"), arg("reason", first_line(r.err))}, {}};
    throw StopError{"stop.git",
                    {arg("command", "cat-file"), arg("reason", "reason.exit-status"),
                     arg("status", std::to_string(r.status))},
                    {}};
  }

  vcs::Coprocess git_;
};

std::string trim_newline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
    s.pop_back();
  return s;
}

// One entry of `git ls-tree -z -l`: "<mode> <type> <object> <size>\t<path>".
struct TreeEntry {
  std::string mode, type, object, path;
  std::uint64_t size = 0;
};

std::vector<TreeEntry> parse_ls_tree(std::string_view out) {
  std::vector<TreeEntry> entries;
  while (!out.empty()) {
    auto end = out.find('\0');
    std::string_view record = out.substr(0, end);
    out = end == std::string_view::npos ? std::string_view{} : out.substr(end + 1);
    auto tab = record.find('\t');
    if (tab == std::string_view::npos) continue;
    TreeEntry e;
    e.path = std::string(record.substr(tab + 1));
    std::string_view meta = record.substr(0, tab);
    std::vector<std::string_view> words;
    while (!meta.empty()) {
      auto sp = meta.find(' ');
      if (sp != 0) words.push_back(meta.substr(0, sp));
      meta = sp == std::string_view::npos ? std::string_view{} : meta.substr(sp + 1);
    }
    if (words.size() < 3) continue;
    e.mode = std::string(words[0]);
    e.type = std::string(words[1]);
    e.object = std::string(words[2]);
    if (words.size() > 3) e.size = std::strtoull(std::string(words[3]).c_str(), nullptr, 10);
    entries.push_back(std::move(e));
  }
  return entries;
}

// Whether a repository path is one the loader could read: a YAML file, nothing that
// climbs out of the folder it is written into.
bool wanted(const TreeEntry& e) {
  if (e.type != "blob" || (e.mode != "100644" && e.mode != "100755")) return false;
  if (e.size > kMaxFileSize) return false;
  fs::path p = e.path;
  if (p.is_absolute()) return false;
  for (const auto& part : p)
    if (part == ".." || part == "." || part == ".git" || part.empty()) return false;
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::string make_temp_dir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern = std::string(base && *base ? base : "/tmp") + "/kaplan-git-XXXXXX";
  if (!::mkdtemp(pattern.data()))
    throw StopError{
        "stop.git", {arg("command", "mkdtemp"), arg("reason", errno_reason(errno))}, {}};
  return pattern;
}

std::string generic(const fs::path& p) {
  std::string s = p.lexically_normal().generic_string();
  while (s.size() > 1 && s.back() == '/')
    s.pop_back();
  return s == "." ? std::string() : s;
}

} // namespace

RevisionTree::RevisionTree(const std::string& rev, const std::string& path) {
  // The destructor does not run when a constructor throws: remove the folder here then.
  try {
    fill(rev, path);
  } catch (...) {
    std::error_code ec;
    if (!temp_dir_.empty()) fs::remove_all(temp_dir_, ec);
    throw;
  }
}

void RevisionTree::fill(const std::string& rev, const std::string& path) {
  if (rev.empty() || rev.front() == '-')
    throw StopError{"stop.git-rev", {arg("rev", text::one_line(rev))}, {}};
  std::error_code ec;
  fs::path given = path.empty() ? fs::path(".") : fs::path(path);
  fs::path abs = fs::absolute(given, ec).lexically_normal();
  // Ask git from the nearest folder that exists: the plan may be gone from the work tree.
  fs::path probe = abs;
  while (!fs::is_directory(probe, ec) && probe.has_relative_path())
    probe = probe.parent_path();
  std::string top = trim_newline(
      git({"-C", probe.string(), "rev-parse", "--show-toplevel"}, "rev-parse --show-toplevel"));
  fs::path rel = fs::weakly_canonical(abs, ec).lexically_relative(fs::weakly_canonical(top, ec));
  if (rel.empty() || *rel.begin() == "..")
    throw StopError{"stop.git-outside", {arg("path", path), arg("top", top)}, {}};

  vcs::ProcessResult commit = vcs::run_process({"git", "-C", top, "rev-parse", "--verify",
                                                "--quiet", "--end-of-options", rev + "^{commit}"});
  if (!commit.spawn_error.empty())
    throw StopError{
        "stop.git", {arg("command", "rev-parse"), arg("reason", commit.spawn_error)}, {}};
  if (commit.status != 0) throw StopError{"stop.git-rev", {arg("rev", text::one_line(rev))}, {}};
  std::string oid = trim_newline(commit.out);

  // Is the path a folder or a file at that revision?
  std::string rel_text = generic(rel);
  bool is_dir = rel_text.empty();
  bool root_exists = false;
  if (!is_dir) {
    auto entries = parse_ls_tree(git({"--literal-pathspecs", "-C", top, "ls-tree", "-z", "-l",
                                      "--full-tree", oid, "--", rel_text},
                                     "ls-tree"));
    for (const auto& e : entries)
      if (e.path == rel_text) {
        is_dir = e.type == "tree";
        root_exists = e.type == "blob";
      }
  }
  fs::path dir_rel = is_dir ? fs::path(rel_text) : fs::path(rel_text).parent_path();
  std::string dir_text = generic(dir_rel);
  std::string root_text = is_dir ? generic(dir_rel / "plan.yaml") : rel_text;

  // The plan's folder, and each folder's configuration from the top down to it.
  std::vector<std::string> args = {"--literal-pathspecs", "-C", top, "ls-tree", "-r", "-z", "-l",
                                   "--full-tree",         oid};
  if (!dir_text.empty()) {
    args.push_back("--");
    args.push_back(dir_text);
    fs::path up;
    args.push_back(".kaplan.yaml");
    for (const auto& part : dir_rel) {
      up /= part;
      args.push_back(generic(up / ".kaplan.yaml"));
    }
  }
  auto entries = parse_ls_tree(git(args, "ls-tree"));

  temp_dir_ = make_temp_dir();
  std::size_t count = 0;
  std::optional<BlobReader> blobs; // started at the first file
  for (const auto& e : entries) {
    if (!wanted(e)) continue;
    if (++count > kMaxFiles)
      throw StopError{"stop.git-too-many", {arg("rev", rev), arg("path", path)}, {}};
    if (e.path == root_text) root_exists = true;
    if (!blobs) blobs.emplace(top);
    std::string content = blobs->read(e.object);
    fs::path target = fs::path(temp_dir_) / e.path;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream file(target, std::ios::binary);
    file.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!file)
      throw StopError{
          "stop.output", {arg("path", target.string()), arg("reason", errno_reason(errno))}, {}};
  }
  if (blobs) blobs->close();
  // The configuration search stops at the folder holding `.git`, as in the repository.
  fs::create_directory(fs::path(temp_dir_) / ".git", ec);

  exists_ = root_exists;
  plan_path_ = generic(fs::path(temp_dir_) / rel_text);
  tree_base_ = generic(fs::path(temp_dir_) / dir_text);
  fs::path shown = given.lexically_normal();
  if (!is_dir) shown = shown.parent_path();
  shown_base_ = generic(shown);
}

RevisionTree::~RevisionTree() {
  if (temp_dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(temp_dir_, ec); // a leftover temporary folder is no reason to fail
}

std::string RevisionTree::display(std::string_view shown) const {
  if (temp_dir_.empty() || !shown.starts_with(temp_dir_)) return std::string(shown);
  if (shown.size() > temp_dir_.size() && shown[temp_dir_.size()] != '/') return std::string(shown);
  fs::path inside = fs::path(shown).lexically_relative(tree_base_);
  std::string out = shown_base_.empty() ? generic(inside) : generic(fs::path(shown_base_) / inside);
  return out.empty() ? std::string(".") : out;
}

void RevisionTree::relabel(PlanRun& run, SourceSet& sources, std::size_t first_file) const {
  for (std::size_t i = first_file; i < sources.files.size(); ++i)
    sources.files[i].path = display(sources.files[i].path);
  run.path = display(run.path);
  for (auto& f : run.plan.files)
    f = display(f);
  if (!run.config.path.empty()) run.config.path = display(run.config.path);
  for (auto& f : run.findings) {
    for (auto& a : f.args)
      a.value = display(a.value);
    for (auto& r : f.related)
      for (auto& a : r.args)
        a.value = display(a.value);
  }
}

std::optional<PlanRun> validate_at_revision(const std::string& rev, const std::string& path,
                                            SourceSet& sources, const RunOptions& options) {
  RevisionTree tree(rev, path);
  if (!tree.exists()) return std::nullopt;
  std::size_t first = sources.files.size();
  // The revision's files are removed with `tree`: their texts are kept.
  RunOptions kept = options;
  kept.load.release_texts = false;
  try {
    PlanRun run = validate_plan(tree.plan_path(), sources, kept);
    tree.relabel(run, sources, first);
    return run;
  } catch (StopError& e) {
    // A bad configuration at that revision: name the file as the working tree does.
    e.where = tree.display(e.where);
    for (auto& a : e.args)
      a.value = tree.display(a.value);
    throw;
  }
}

} // namespace kaplan
