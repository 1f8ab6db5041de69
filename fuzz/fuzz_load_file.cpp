// SPDX-License-Identifier: MIT
// libFuzzer target: one plan file through the YAML tree builder, the section reader and
// the id index. Any input must give findings, never a crash, a hang or a leak.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kaplan::SourceSet sources;
  kaplan::LoadResult r = kaplan::fuzz::load_from_memory(data, size, sources);
  // Findings are capped per file (kMaxFindingsPerFile) plus a handful of file-level
  // ones: a hostile file must not turn into millions of findings.
  if (r.findings.size() > 20 * kaplan::kMaxFindingsPerFile) __builtin_trap();
  return 0;
}
