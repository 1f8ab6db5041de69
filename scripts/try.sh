#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets everything up on a fresh Debian 12 machine, builds kaplan and runs it on the
# bundled example: validate, score (plan quality, then performance against actuals)
# and report (Markdown and HTML files under build/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DKAPLAN_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
plan=examples/telecom-2027
actuals=$plan/actuals-2027-H1.yaml
today="--today 2027-07-05"
run() {
  echo "\$ kaplan $*"
  ./build/kaplan "$@"
  echo
}
run validate "$plan" $today
run score "$plan" $today
run score "$plan" --actuals "$actuals" $today
run report "$plan" --actuals "$actuals" $today -o build/ka-2027-report.md
run report "$plan" --actuals "$actuals" $today --format html -o build/ka-2027-report.html
echo "Reports written: build/ka-2027-report.md, build/ka-2027-report.html"
echo
echo "\$ kaplan validate examples/flawed   # a plan with deliberate mistakes"
./build/kaplan validate examples/flawed $today || true
