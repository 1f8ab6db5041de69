// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/io/read.hpp"
#include "kaplan/load/yaml_tree.hpp"
#include "kaplan/model/plan.hpp"
#include "kaplan/util/work_pool.hpp"

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kaplan {

class TreeCache;

// Limits that keep hostile input from exhausting memory or time.
struct LoadOptions {
  std::uint64_t max_file_size = 64ull << 20; // bytes per file (64 MiB)
  std::uint32_t max_files = 10000;           // files per plan, includes counted
  std::size_t max_entries = 500'000;         // list entries of every section, all files
  ParseLimits parse;
  // Threads to read and parse included files on, several at a time; none (or a pool of
  // one): one after another on the caller's thread. The result is the same either way.
  WorkPool* pool = nullptr;
  // Text read ahead on the pool and not yet taken by the walk, at most (bytes): reading
  // ahead never holds more than this, and the trees parsed from it, beyond what reading
  // one file at a time holds. A file past it is read when the walk reaches it.
  std::uint64_t read_ahead_bytes = 32ull << 20;
  // Unsaved editor buffers (`kaplan lsp`): a file's absolute, normalised path → the text
  // used instead of its content. The file is still read as always (a regular file beneath
  // the plan's folder, through the io layer's confined reader, within max_file_size):
  // the buffer replaces only what was read, so no buffer opens a file the loader would
  // not. Null: none.
  const std::map<std::string, std::string, std::less<>>* overlay = nullptr;
  // The trees of earlier loads of the same plan: a file whose text is unchanged is not
  // parsed again (`kaplan lsp` re-parses only the file being edited). Null: none.
  TreeCache* trees = nullptr;
  // Lets go of each file's text once the file is read into the plan
  // (SourceSet::release): a check of a large plan then holds the model, not the model
  // and every text. A snippet reads its file again beneath the plan's folder. Not with
  // an overlay or a tree cache (their texts are an editor's), nor where the texts are
  // edited (`rollforward`).
  bool release_texts = false;
};

// The file number a tree and its findings carry while their file is read and parsed
// ahead, on a work pool thread, before the run numbers it (take_tree).
inline constexpr std::uint32_t kPendingFile = 0xfffffffeu;

// One file read and parsed ahead of its turn.
struct ParsedFile {
  io::ReadFailure failure = io::ReadFailure::none;
  std::string text;
  FileIdentity identity;
  bool parsed = false;   // false: only read (a failure, or left for the caller to parse)
  bool deferred = false; // not even read: left for the caller to read (a memory bound)
  YamlTree tree;
  std::vector<Finding> findings;
};

// The trees of files parsed before, by absolute path, each with the text it was parsed
// from: a load that meets the same path with the same text takes a copy instead of
// parsing it again. Safe to use from the threads of one load. sweep() after each load
// drops the files that load did not meet, so it holds at most one plan's files.
class TreeCache {
public:
  // The tree and findings (numbered kPendingFile) of `text` at `path`, when cached.
  bool find(const std::string& path, std::string_view text, YamlTree& tree,
            std::vector<Finding>& findings);
  void store(const std::string& path, std::string_view text, const YamlTree& tree,
             const std::vector<Finding>& findings);
  // Drops the entries no find or store has used since the last sweep.
  void sweep();
  std::size_t size() const;
  std::size_t hits() const; // finds that found, since the cache was made (for tests)

private:
  struct Entry {
    std::string text;
    YamlTree tree;
    std::vector<Finding> findings;
    bool used = true;
  };
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t hits_ = 0;
};

// On a pool thread: parses a file read ahead, before the run numbers it.
void parse_ahead(ParsedFile& p, const ParseLimits& limits);

// The tree of a file the run has added to its SourceSet as `file` (its text moved there):
// as parsed ahead, given its number, with its findings moved to `findings`; or parsed
// now. The same tree and findings either way.
YamlTree take_tree(ParsedFile& p, const SourceSet& sources, std::uint32_t file,
                   std::vector<Finding>& findings, const ParseLimits& limits);

// A plan as read from its files, with every structural finding (S rules).
struct LoadResult {
  Plan plan;
  std::vector<Finding> findings;
  // True when some file could not be read or parsed (KAP-S001): the plan is incomplete
  // and only structural findings are meaningful; the run exits with status 2.
  bool unreadable = false;
};

// Loads a plan from a root file, or a directory holding `plan.yaml`, with its includes.
// The plan's folder (the root file's) is opened once and every file is read beneath it
// (io/read.hpp): no include, `..` or symbolic link reaches outside it. Every file read is
// added to `sources`, with its identity, and the includes' absolute patterns to
// `sources.include_patterns`; findings point into it.
LoadResult load_plan(const std::string& path, SourceSet& sources, const LoadOptions& options = {});

// Resolves references and ids over the whole plan: KAP-S005 (duplicates), KAP-S006
// (dangling or wrong-kind references), header ranges. Called by load_plan.
void index_plan(Plan& plan, std::vector<Finding>& findings);

} // namespace kaplan
