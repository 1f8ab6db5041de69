#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine and runs every test, built with
# AddressSanitizer and UndefinedBehaviorSanitizer and warnings as errors, in build-test/
# (KAPLAN_TEST_BUILD). Under four minutes on two cores; docs/decisions.md says how.
# The build: a unity build (a few large translation units); the library optimised for
# debugging (-Og) with line tables (-g1) for the sanitizers' stack traces; the unit
# tests' own code at -O0 and uninstrumented. The tests include a smoke run of each fuzz
# target on its seeds; the timed fuzzing (clang, libFuzzer) is scripts/fuzz.sh, run at
# the end when KAPLAN_FUZZ_SECONDS is set (see fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
build=${KAPLAN_TEST_BUILD:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-Og -g1" \
  -DCMAKE_UNITY_BUILD=ON -DKAPLAN_WERROR=ON -DKAPLAN_SANITIZE=address,undefined -DKAPLAN_TSAN_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)" || {
  echo "kaplan: build failed. A \"redefinition\" or an ambiguous call between two files compiled" \
    "together (CMakeFiles/*/Unity/*.cxx) comes from the unity build: see KAPLAN_UNITY_ALONE in CMakeLists.txt" >&2
  exit 1
}
cmake --build "$build" --target check-format
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
junit=$(realpath "$build")/ctest.xml
# One test more than cores: several tests wait on child processes, browsers and signals.
ctest --test-dir "$build" --output-on-failure -j"$(($(nproc) + 1))" --output-junit "$junit" || status=$?
# What ran: each unit/<file> test runs that file's doctest cases in one process, so the
# count is the other ctest tests plus those cases (from ctest's JUnit report of this run).
python3 - "$junit" <<'EOF' || echo "kaplan: could not count the tests run from $junit" >&2
import re, sys, xml.etree.ElementTree as ET
ran = skipped = files = cases = 0
for test in ET.parse(sys.argv[1]).getroot().iter("testcase"):
    if test.get("status") == "notrun":
        skipped += 1
    elif test.get("name").startswith("unit/"):
        files += 1
        m = re.search(r"\[doctest\] test cases: *(\d+) \|", test.findtext("system-out") or "")
        cases += int(m.group(1)) if m else 0
    else:
        ran += 1
print(f"kaplan: {ran + cases} tests run: {ran} ctest tests, and {cases} doctest cases in the "
      f"{files} unit/* tests; {skipped} skipped", file=sys.stderr)
EOF
[ "$status" -eq 0 ] || exit "$status"
if [ -n "${KAPLAN_FUZZ_SECONDS:-}" ]; then
  KAPLAN_FUZZ_JOBS="$(nproc)" bash scripts/fuzz.sh "$KAPLAN_FUZZ_SECONDS"
fi
