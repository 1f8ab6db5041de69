// SPDX-License-Identifier: MIT
// The layers of ARCHITECTURE.md hold: no source or public header includes a layer above
// its own, every folder is a layer, no two sources share a name, and the "where do I
// add" steps name files that exist. The order of the layers is read from ARCHITECTURE.md
// itself, so it is written once.
#include "support.hpp"

#include <doctest/doctest.h>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace unit_architecture {

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = KAPLAN_SOURCE_DIR;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// "Layers, lowest first: a < b < c" -> {a: 0, b: 1, c: 2}.
std::map<std::string, int> layer_ranks() {
  std::string doc = slurp(kRoot / "ARCHITECTURE.md");
  std::smatch m;
  REQUIRE(std::regex_search(doc, m, std::regex("Layers, lowest first: ([a-z0-9 <]+)")));
  std::map<std::string, int> ranks;
  std::istringstream words(m[1].str());
  std::string word;
  int rank = 0;
  while (words >> word)
    if (word != "<") ranks[word] = rank++;
  return ranks;
}

// The layer of a file of the tree: src/<layer>/…, include/kaplan/<layer>/…; main.cpp
// is the command line.
std::string layer_of(const fs::path& rel) {
  auto it = rel.begin();
  std::string top = (*it++).string();
  if (top == "src") return it->string() == "main.cpp" ? "cli" : it->string();
  ++it; // include/kaplan
  return it == rel.end() ? "" : it->string();
}

// The layer an include names: "kaplan/<layer>/x.hpp" (public) or "<layer>/x.hpp" (private).
std::string layer_of_include(const std::string& inc) {
  fs::path p = inc;
  auto it = p.begin();
  if (it->string() == "kaplan") ++it;
  return it->string();
}

std::vector<fs::path> sources() {
  std::vector<fs::path> out;
  for (const char* top : {"src", "include"})
    for (const auto& e : fs::recursive_directory_iterator(kRoot / top))
      if (e.is_regular_file() && (e.path().extension() == ".cpp" || e.path().extension() == ".hpp"))
        out.push_back(fs::relative(e.path(), kRoot));
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("no layer includes a layer above it") {
  auto ranks = layer_ranks();
  REQUIRE(ranks.size() >= 10);
  std::size_t includes = 0;
  const std::regex include(R"re(#include "([^"]+)")re");
  for (const auto& rel : sources()) {
    std::string layer = layer_of(rel);
    CAPTURE(rel.string());
    REQUIRE_MESSAGE(ranks.count(layer), "the folder is not a layer of ARCHITECTURE.md");
    std::string text = slurp(kRoot / rel);
    for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
      std::string inc = (*it)[1];
      std::string target = layer_of_include(inc);
      CAPTURE(inc);
      REQUIRE_MESSAGE(ranks.count(target), "an include outside every layer");
      CHECK_MESSAGE(ranks[target] <= ranks[layer],
                    layer << " includes " << target << ", a layer above it");
      ++includes;
    }
  }
  CHECK(includes > 300); // the walk saw the tree, not an empty folder
}

TEST_CASE("the layer check would catch an include upwards") {
  auto ranks = layer_ranks();
  CHECK(ranks.at(layer_of("src/load/loader.cpp")) <
        ranks.at(layer_of_include("kaplan/rules/rules.hpp")));
  CHECK(ranks.at(layer_of("include/kaplan/model/plan.hpp")) <
        ranks.at(layer_of_include("render/render_tables.hpp")));
  CHECK(layer_of("src/main.cpp") == "cli");
}

TEST_CASE("public headers sit in a layer's folder and no two sources share a name") {
  for (const auto& e : fs::directory_iterator(kRoot / "include" / "kaplan")) {
    CAPTURE(e.path().string());
    CHECK(e.is_directory());
  }
  std::map<std::string, std::string> seen;
  for (const auto& rel : sources()) {
    if (rel.extension() != ".cpp") continue;
    std::string name = rel.filename().string();
    CAPTURE(rel.string());
    CHECK_MESSAGE(!seen.count(name), "also " << seen[name]);
    seen[name] = rel.string();
  }
}

TEST_CASE("the steps of 'where do I add' name files that exist") {
  std::string doc = slurp(kRoot / "ARCHITECTURE.md");
  auto at = doc.find("## Where do I add");
  REQUIRE(at != std::string::npos);
  std::string section = doc.substr(at, doc.find("\n## ", at + 1) - at);
  const std::regex path(R"re(`((?:src|include|tests|man|completions)/[^`]*?)`)re");
  std::size_t checked = 0;
  for (std::sregex_iterator it(section.begin(), section.end(), path), end; it != end; ++it) {
    // The examples' own new files (KAP-R010, codeclimate, lint) go into folders that
    // exist: the path up to the first part named after an example must exist.
    fs::path p = kRoot;
    for (const auto& part : fs::path((*it)[1].str())) {
      std::string s = part.string();
      if (s.find("R010") != std::string::npos || s.find("codeclimate") != std::string::npos ||
          s.find("lint") != std::string::npos)
        break;
      p /= part;
    }
    CAPTURE((*it)[1].str());
    CHECK(fs::exists(p));
    ++checked;
  }
  CHECK(checked >= 12);
  // The functions the steps name are where the steps say.
  CHECK(slurp(kRoot / "src/cli/validate.cpp").find("Runner declare_validate(") !=
        std::string::npos);
  CHECK(slurp(kRoot / "src/render/findings.cpp").find("std::string render_findings(") !=
        std::string::npos);
  CHECK(slurp(kRoot / "src/render/findings.cpp").find("parse_format(") != std::string::npos);
  CHECK(slurp(kRoot / "src/rules/feasibility_rules.cpp").find("constexpr MessageText") !=
        std::string::npos);
  CHECK(slurp(kRoot / "src/cli/command_table.cpp").find("kCommands[]") != std::string::npos);
}

} // namespace unit_architecture
