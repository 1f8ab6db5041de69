// SPDX-License-Identifier: MIT
#include "kaplan/loader.hpp"

#include "load/reader.hpp"
#include "load/sections.hpp"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <glob.h>
#include <set>
#include <sys/stat.h>

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

// The display path of an included file: the including file's folder joined with the
// pattern's match, normalised lexically, so messages name files as the user wrote them.
std::string display_path(const fs::path& p) {
  return p.lexically_normal().generic_string();
}

class PlanLoader {
public:
  PlanLoader(SourceSet& sources, const LoadOptions& options, LoadResult& result)
      : sources_(sources), options_(options), result_(result) {}

  void load_root(const std::string& path) {
    fs::path root = path;
    std::error_code ec;
    if (fs::is_directory(root, ec)) root /= "plan.yaml";
    root_dir_ = fs::weakly_canonical(fs::absolute(root, ec).parent_path(), ec);
    std::uint32_t file = 0;
    if (!load_file(display_path(root), /*is_root=*/true, {}, file)) return;
  }

private:
  // Loads one file (and, recursively, its includes). Returns false when it could not be read.
  bool load_file(const std::string& shown, bool is_root, Location included_at,
                 std::uint32_t& file) {
    std::string text;
    std::string reason;
    bool ok = read_file(shown, options_.max_file_size, text, reason);
    file = sources_.add(shown, ok ? std::move(text) : std::string());
    if (is_root) result_.plan.root_file = file;
    result_.plan.files.push_back(shown);
    if (!ok) {
      result_.unreadable = true;
      Finding f = file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.read", {arg("reason", reason)});
      if (included_at.line) f.related.push_back({included_at, "note.included-here", {}});
      result_.findings.push_back(std::move(f));
      return false;
    }
    std::size_t before = result_.findings.size();
    YamlTree tree = parse_yaml(sources_.files[file].text, file, result_.findings, options_.parse);
    for (std::size_t i = before; i < result_.findings.size(); ++i)
      if (result_.findings[i].rule == "KAP-S001") result_.unreadable = true;
    if (tree.root == kNoNode) {
      if (result_.findings.size() == before) {
        result_.findings.push_back(file_finding("KAP-S001", {file, 0, 0}, "KAP-S001.empty", {}));
        result_.unreadable = true;
      }
      return true;
    }
    load::Reader reader(tree, result_.findings);
    std::vector<load::IncludeEntry> includes;
    load::read_plan_document(reader, result_.plan, is_root, includes);
    fs::path here = fs::path(shown).parent_path();
    std::error_code ec;
    stack_.push_back(fs::weakly_canonical(fs::absolute(shown, ec), ec));
    for (const auto& inc : includes)
      include(here, inc);
    stack_.pop_back();
    return true;
  }

  void include(const fs::path& here, const load::IncludeEntry& inc) {
    auto bad = [&](std::string key) {
      result_.findings.push_back(
          file_finding("KAP-S011", inc.loc, std::move(key), {arg("pattern", inc.pattern)}));
    };
    fs::path pattern = inc.pattern;
    if (inc.pattern.empty()) return bad("KAP-S011.missing");
    if (pattern.is_absolute()) return bad("KAP-S011.escape");
    fs::path joined = here / pattern;
    std::vector<std::string> matches;
    if (has_wildcard(inc.pattern)) {
      glob_t g{};
      int rc = ::glob(joined.c_str(), GLOB_NOSORT, nullptr, &g);
      if (rc == 0)
        for (std::size_t i = 0; i < g.gl_pathc; ++i)
          matches.emplace_back(g.gl_pathv[i]);
      ::globfree(&g);
      std::sort(matches.begin(), matches.end()); // deterministic whatever the file system
      if (matches.empty()) return bad("KAP-S011.nomatch");
    } else {
      matches.push_back(joined.string());
    }
    for (const auto& m : matches) {
      std::error_code ec;
      fs::path canon = fs::weakly_canonical(fs::absolute(m, ec), ec);
      // Symlinks are resolved first: a link inside the tree that points out of it escapes.
      auto rel = canon.lexically_relative(root_dir_);
      if (ec || rel.empty() || *rel.begin() == "..") {
        bad("KAP-S011.escape");
        continue;
      }
      if (std::find(stack_.begin(), stack_.end(), canon) != stack_.end()) {
        result_.findings.push_back(
            file_finding("KAP-S011", inc.loc, "KAP-S011.cycle",
                         {arg("pattern", inc.pattern), arg("file", display_path(m))}));
        continue;
      }
      if (!loaded_.insert(canon.string()).second) continue; // a diamond: read each file once
      if (!fs::exists(canon, ec)) {
        bad("KAP-S011.missing");
        continue;
      }
      if (result_.plan.files.size() >= options_.max_files) {
        bad("KAP-S011.too-many");
        return;
      }
      std::uint32_t file = 0;
      load_file(display_path(m), false, inc.loc, file);
    }
  }

  SourceSet& sources_;
  const LoadOptions& options_;
  LoadResult& result_;
  fs::path root_dir_;
  std::vector<fs::path> stack_;
  std::set<std::string> loaded_;
};

} // namespace

bool read_file(const std::string& path, std::uint64_t max_size, std::string& out,
               std::string& reason) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    reason = errno == ENOENT ? "missing" : "unreadable";
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    reason = "unreadable";
    return false;
  }
  out.resize(static_cast<std::size_t>(st.st_size));
  in.read(out.data(), static_cast<std::streamsize>(out.size()));
  out.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    reason = "unreadable";
    return false;
  }
  return true;
}

LoadResult load_plan(const std::string& path, SourceSet& sources, const LoadOptions& options) {
  LoadResult result;
  PlanLoader loader(sources, options, result);
  loader.load_root(path);
  if (!result.unreadable) index_plan(result.plan, result.findings);
  return result;
}

} // namespace kaplan
