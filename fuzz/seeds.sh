#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lists the seed inputs of one fuzz target, a path a line, relative to the source folder
# (run from there): the test fixtures, the hostile inputs of tests/hostile/ and the
# examples (plans or actuals files), and fuzz/corpus/TARGET/ when there is one (dates
# and numbers; the language server's message streams). Used by scripts/fuzz.sh (the timed fuzzing) and by the fuzz smoke tests
# of the normal suite (tests/CMakeLists.txt), so both start from the same inputs.
# Usage: bash fuzz/seeds.sh TARGET
set -euo pipefail
case $1 in
fuzz_load_file | fuzz_validate)
  find tests/fixtures/rules tests/fixtures/report tests/hostile examples -name '*.yaml' ! -name 'actuals*' ;;
fuzz_actuals) find tests/fixtures/rules tests/hostile examples -name 'actuals*.yaml' ;;
fuzz_dates | fuzz_lsp) ;;
*)
  echo "fuzz/seeds.sh: unknown target $1" >&2
  exit 2
  ;;
esac | LC_ALL=C sort
[ -d "fuzz/corpus/$1" ] && find "fuzz/corpus/$1" -type f | LC_ALL=C sort
exit 0
