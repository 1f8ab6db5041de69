// SPDX-License-Identifier: MIT
#pragma once

// Where a file sits in its git repository, for the paths that CI systems map to their
// checkout (SARIF, CodeClimate) and for the end of the `.kaplan.yaml` search. Looks only
// for a `.git` entry (a folder, or the file of a linked work tree); git is not run.

#include <filesystem>
#include <optional>
#include <string>

namespace kaplan::io {

// The root of the git work tree holding the folder `dir` (absolute, normalised): the
// nearest folder upwards, `dir` included, holding `.git`; nullopt outside a repository.
std::optional<std::filesystem::path> repository_root(const std::filesystem::path& dir);

// `path` (a file, as given on the command line or found beneath a plan) from the root of
// the repository holding it, with `/` separators: "plans/branches/north.yaml". Outside a
// repository, from the working directory; a path outside both stays as given.
std::string repository_path(const std::string& path);

} // namespace kaplan::io
