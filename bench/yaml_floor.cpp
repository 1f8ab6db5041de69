// SPDX-License-Identifier: MIT
// The benchmark's floor: parse the given YAML files with yaml-cpp and nothing else.
// bench/run builds it apart from the project (g++ -O2 -std=c++20 ... -lyaml-cpp) and
// compares each kaplan subcommand with it on the same files.
#include <cstdio>
#include <exception>
#include <vector>
#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
  // Every document stays alive to the end, as a plan's files must be held together
  // to check references across them: the peak memory is that of the parsed plan.
  std::vector<YAML::Node> documents;
  try {
    for (int i = 1; i < argc; ++i)
      documents.push_back(YAML::LoadFile(argv[i]));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "yaml_floor: %s\n", e.what());
    return 2;
  }
  std::printf("%zu\n", documents.size());
  return 0;
}
