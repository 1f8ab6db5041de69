#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine, builds kaplan and runs it on the
# bundled example: validate, then the other commands as they exist.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKAPLAN_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
plan=examples/telecom-2027
echo "\$ kaplan validate $plan --today 2027-07-05"
./build/kaplan validate "$plan" --today 2027-07-05
for cmd in score report; do
  if ./build/kaplan "$cmd" --help >/dev/null 2>&1; then
    echo "\$ kaplan $cmd $plan"
    ./build/kaplan "$cmd" "$plan" --today 2027-07-05
  fi
done
echo "\$ kaplan validate examples/flawed   # a plan with deliberate mistakes"
./build/kaplan validate examples/flawed --today 2027-07-05 || true
