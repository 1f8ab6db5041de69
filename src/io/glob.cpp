// SPDX-License-Identifier: MIT
#include "kaplan/io/glob.hpp"

#include <algorithm>
#include <fnmatch.h>

namespace kaplan::io {
namespace {

std::vector<std::string> components(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) parts.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string join(const std::string& dir, const std::string& name) {
  return dir.empty() ? name : dir + "/" + name;
}

// A literal component as it names a file: a backslash escapes the next character.
std::string unescape(const std::string& component) {
  std::string out;
  for (std::size_t i = 0; i < component.size(); ++i) {
    if (component[i] == '\\' && i + 1 < component.size()) ++i;
    out += component[i];
  }
  return out;
}

} // namespace

bool has_wildcard(std::string_view pattern) {
  return pattern.find_first_of("*?[") != std::string_view::npos;
}

bool TreeGlob::charge(std::uint64_t n) {
  if (n > left_) {
    left_ = 0;
    return false;
  }
  left_ -= n;
  return true;
}

const std::vector<Entry>* TreeGlob::listing(const std::string& dir, ReadFailure& failure) {
  if (auto it = listings_.find(dir); it != listings_.end()) return &it->second;
  if (auto it = unlistable_.find(dir); it != unlistable_.end()) {
    failure = it->second;
    return nullptr;
  }
  std::vector<Entry> entries;
  failure = root_.list(dir, entries);
  if (failure != ReadFailure::none) {
    unlistable_.emplace(dir, failure);
    return nullptr;
  }
  return &listings_.emplace(dir, std::move(entries)).first->second;
}

const GlobResult& TreeGlob::expand(const std::string& pattern) {
  auto [it, fresh] = results_.try_emplace(pattern);
  GlobResult& result = it->second;
  if (!fresh) return result;
  std::vector<std::string> parts = components(pattern);
  std::vector<std::string> frontier{""}; // folders reached so far, relative to the root
  auto note = [&](ReadFailure f) {
    // `missing` just means no match; anything else is worth saying (the first one).
    if (f != ReadFailure::missing && result.failure == ReadFailure::none) result.failure = f;
  };
  for (std::size_t i = 0; i < parts.size() && !frontier.empty(); ++i) {
    const std::string& part = parts[i];
    bool last = i + 1 == parts.size();
    std::vector<std::string> next;
    if (!has_wildcard(part)) {
      std::string name = unescape(part);
      for (const auto& dir : frontier) {
        std::string path = join(dir, name);
        if (!last) {
          next.push_back(std::move(path));
          continue;
        }
        EntryType type{};
        ReadFailure f = root_.type_of(path, type);
        if (f == ReadFailure::missing) continue;
        if (f == ReadFailure::none && type == EntryType::directory) continue;
        result.matches.push_back(std::move(path)); // reading it says what is wrong
      }
    } else {
      for (const auto& dir : frontier) {
        ReadFailure f{};
        const std::vector<Entry>* entries = listing(dir, f);
        if (!entries) {
          note(f);
          continue;
        }
        if (!charge(entries->size())) {
          result.over_budget = true;
          return result;
        }
        for (const auto& e : *entries) {
          if (::fnmatch(part.c_str(), e.name.c_str(), FNM_PERIOD) != 0) continue;
          std::string path = join(dir, e.name);
          if (!last) {
            // Only real folders: a link to a folder is never walked into by a wildcard.
            if (e.type == EntryType::directory) next.push_back(std::move(path));
            continue;
          }
          if (e.type == EntryType::directory) continue;
          if (e.type == EntryType::symlink) {
            EntryType type{};
            if (root_.type_of(path, type) == ReadFailure::none && type == EntryType::directory)
              continue;
          }
          result.matches.push_back(std::move(path));
        }
      }
    }
    frontier = std::move(next);
  }
  std::sort(result.matches.begin(), result.matches.end());
  result.matches.erase(std::unique(result.matches.begin(), result.matches.end()),
                       result.matches.end());
  return result;
}

} // namespace kaplan::io
