// SPDX-License-Identifier: MIT
#pragma once

#include "kaplan/pipeline/plan_run.hpp"

#include <optional>
#include <string>

// A plan as it was at a git revision, for `kaplan diff --git REV` and
// `kaplan validate --new-only --git REV`. The revision's files are read with git itself
// (`git ls-tree`, `git cat-file`, never through a shell) into a temporary folder, so
// the normal loader reads them; paths are then shown as the working tree's are.
namespace kaplan {

// The plan folder of a revision, written into a temporary folder that is removed when
// the object goes away.
class RevisionTree {
public:
  // Writes the files of the plan at `path` (a root file or a folder, as given on the
  // command line, relative to the current folder) as they are at `rev`: the plan's
  // folder with its YAML files, and every `.kaplan.yaml` from the repository's top down
  // to it. Throws StopError when `rev` is not a commit, git fails, or the path is not
  // in a git repository.
  RevisionTree(const std::string& rev, const std::string& path);
  ~RevisionTree();
  RevisionTree(const RevisionTree&) = delete;
  RevisionTree& operator=(const RevisionTree&) = delete;

  // Whether the plan's root file exists at the revision (a plan added since has none).
  bool exists() const { return exists_; }
  // The path to give the loader: the plan inside the temporary folder.
  const std::string& plan_path() const { return plan_path_; }
  // The display form of a path inside the temporary folder: what the same file is
  // called in the working tree, as the user wrote the plan's path. Other text is
  // returned unchanged.
  std::string display(std::string_view shown) const;
  // Rewrites every path of a run loaded from plan_path() (its files in `sources` from
  // index `first_file` on, its configuration path, path arguments of findings).
  void relabel(PlanRun& run, SourceSet& sources, std::size_t first_file) const;

private:
  // The constructor's work: writes the files and sets the paths below.
  void fill(const std::string& rev, const std::string& path);

  std::string temp_dir_;   // the temporary folder; removed by the destructor
  std::string plan_path_;  // temp_dir_/<path relative to the repository's top>
  std::string tree_base_;  // the folder of the plan inside temp_dir_
  std::string shown_base_; // the same folder as the user names it
  bool exists_ = false;
};

// Validates the plan at `path` as it was at `rev` (its files added to `sources`, paths
// shown as the working tree's). nullopt when the plan did not exist at that revision.
std::optional<PlanRun> validate_at_revision(const std::string& rev, const std::string& path,
                                            SourceSet& sources, const RunOptions& options);

} // namespace kaplan
