// SPDX-License-Identifier: MIT
// kaplan_fuzz_smoke: the five libFuzzer targets of this folder built without libFuzzer
// (g++, in the sanitizer build of the tests) into one program, which feeds every file
// named on its command line, or listed one a line on stdin with `-`, to one target once,
// as libFuzzer does with its seed corpus before it starts mutating:
//   kaplan_fuzz_smoke TARGET FILE...    (TARGET: fuzz_load_file, fuzz_validate, ...)
// A crash, a sanitizer report or a target's own check (a trap) ends the process, the file
// named last on stderr; so does an input that takes over KAPLAN_FUZZ_SMOKE_TIMEOUT
// seconds (default 25: libFuzzer's -timeout=5 in scripts/fuzz.sh, for an optimised
// build). Inputs are cut at scripts/fuzz.sh's -max_len (65,536 bytes), as libFuzzer does.
// Each target's entry point gets a name of its own here, so the five link together.
#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#define LLVMFuzzerTestOneInput kaplan_fuzz_load_file
#include "fuzz_load_file.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput kaplan_fuzz_validate
#include "fuzz_validate.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput kaplan_fuzz_actuals
#include "fuzz_actuals.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput kaplan_fuzz_dates
#include "fuzz_dates.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput kaplan_fuzz_lsp
#include "fuzz_lsp.cpp"
#undef LLVMFuzzerTestOneInput

namespace {

constexpr std::size_t kMaxLen = 65536;

struct Target {
  const char* name;
  int (*run)(const std::uint8_t*, std::size_t);
};

constexpr Target kTargets[] = {
    {"fuzz_load_file", kaplan_fuzz_load_file},
    {"fuzz_validate", kaplan_fuzz_validate},
    {"fuzz_actuals", kaplan_fuzz_actuals},
    {"fuzz_dates", kaplan_fuzz_dates},
    {"fuzz_lsp", kaplan_fuzz_lsp},
};

} // namespace

int main(int argc, char** argv) {
  const Target* target = nullptr;
  for (const auto& t : kTargets)
    if (argc > 1 && std::strcmp(argv[1], t.name) == 0) target = &t;
  if (!target) {
    std::cerr << "usage: kaplan_fuzz_smoke TARGET FILE... (or - to read the files from stdin)\n";
    return 2;
  }
  std::vector<std::string> files;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg != "-") {
      files.push_back(arg);
      continue;
    }
    for (std::string line; std::getline(std::cin, line);)
      if (!line.empty()) files.push_back(line);
  }
  if (files.empty()) {
    std::cerr << "kaplan_fuzz_smoke: no input file given\n";
    return 2;
  }
  const char* limit_env = std::getenv("KAPLAN_FUZZ_SMOKE_TIMEOUT");
  const double limit_s = limit_env && *limit_env ? std::atof(limit_env) : 25.0;
  double slowest = 0;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "kaplan_fuzz_smoke: cannot read " << file << "\n";
      return 2;
    }
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.size() > kMaxLen) bytes.resize(kMaxLen);
    std::cerr << target->name << ": " << file << "\n";
    const auto start = std::chrono::steady_clock::now();
    // A copy of exactly the input's size (never a null pointer, even when empty), so ASan
    // catches a read one byte past its end.
    std::unique_ptr<std::uint8_t[]> data(new std::uint8_t[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), data.get());
    target->run(data.get(), bytes.size());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (seconds > limit_s) {
      std::cerr << target->name << ": " << file << " took " << seconds << " s, over " << limit_s
                << " s\n";
      return 1;
    }
    slowest = std::max(slowest, seconds);
  }
  std::cout << target->name << ": " << files.size() << " inputs, the slowest " << slowest << " s\n";
  return 0;
}
