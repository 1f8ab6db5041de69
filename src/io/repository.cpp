// SPDX-License-Identifier: MIT
#include "kaplan/io/repository.hpp"

#include <system_error>

namespace kaplan::io {

namespace fs = std::filesystem;

std::optional<fs::path> repository_root(const fs::path& dir) {
  std::error_code ec;
  for (fs::path d = dir;; d = d.parent_path()) {
    if (fs::exists(fs::symlink_status(d / ".git", ec))) return d;
    if (!d.has_relative_path()) return std::nullopt;
  }
}

std::string repository_path(const std::string& path) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return path;
  fs::path full = (cwd / fs::path(path)).lexically_normal();
  fs::path base = repository_root(full.parent_path()).value_or(cwd);
  fs::path rel = full.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return path;
  return rel.generic_string();
}

} // namespace kaplan::io
