#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine and runs every test, built with
# AddressSanitizer and UndefinedBehaviorSanitizer and warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
build=${KAPLAN_TEST_BUILD:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKAPLAN_WERROR=ON \
  -DKAPLAN_SANITIZE=address,undefined >/dev/null
cmake --build "$build" -j"$(nproc)"
cmake --build "$build" --target check-format
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j"$(nproc)"
# Last, each libFuzzer target for a short fixed time (clang, ASan+UBSan; skipped when
# clang is missing, or with KAPLAN_SKIP_FUZZ=1). See fuzz/README.md.
if [ "${KAPLAN_SKIP_FUZZ:-}" != 1 ]; then
  KAPLAN_FUZZ_JOBS="$(nproc)" bash scripts/fuzz.sh "${KAPLAN_FUZZ_SECONDS:-20}"
fi
