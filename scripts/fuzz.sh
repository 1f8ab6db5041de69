#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz and runs each for
# SECONDS (default 30), one after the other, from the seed corpora in fuzz/corpus/.
# New inputs go to build-fuzz/corpus/<target>/ (never into the source tree); a crash
# leaves build-fuzz/crash-* and makes the script fail. See fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=${KAPLAN_FUZZ_BUILD:-build-fuzz}
targets=(${KAPLAN_FUZZ_TARGETS:-fuzz_load_file fuzz_validate fuzz_actuals fuzz_dates fuzz_lsp})
# Without clang or its libFuzzer runtime the step is skipped, not failed (as the tests
# that need chromium or npm skip): scripts/deps.sh --fuzz installs both.
bash scripts/deps.sh --fuzz
if ! command -v clang++ >/dev/null ||
  ! compgen -G "$(clang++ -print-runtime-dir)/libclang_rt.fuzzer-*.a" >/dev/null; then
  echo "kaplan: clang or libFuzzer is missing (apt-get install clang libclang-rt-14-dev): fuzzing skipped" >&2
  exit 0
fi
CC=clang CXX=clang++ cmake -S fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"${KAPLAN_FUZZ_JOBS:-1}" --target "${targets[@]}"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Seeds: the inputs fuzz/seeds.sh lists (the test fixtures, the hostile inputs of
# tests/hostile/, the examples, fuzz/corpus/<target>/), copied into build-fuzz/seed/.
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus/$t" "$build/artifacts/$t" "$build/seed/$t"
  bash fuzz/seeds.sh "$t" | while read -r f; do cp "$f" "$build/seed/$t/$(echo "$f" | tr / _)"; done
  echo "== $t for ${seconds}s" >&2
  # -rss_limit_mb: the 1 GiB bound of the issue (ASan's shadow memory included in RSS
  # is far below it); -timeout: a single input taking over 5 s is a hang.
  corpora=("$build/corpus/$t" "$build/seed/$t")
  "$build/$t" "${corpora[@]}" -max_total_time="$seconds" -timeout=5 \
    -rss_limit_mb=1024 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts/$t/" 2>"$build/$t.log" || {
    tail -60 "$build/$t.log" >&2
    echo "kaplan: $t found a problem; the input is in $build/artifacts/$t/" >&2
    exit 1
  }
  grep -E '^stat::number_of_executed_units|^Done' "$build/$t.log" >&2 || true
done
