#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --jobs and KAPLAN_JOBS (issue #22): every command that reads plans gives the same bytes
# (output, messages, exit status) with 1, 2 and 8 threads, on a generated plan of 31
# files, on the bundled example with its actuals, on the flawed example and on the
# province's portfolio (score --actuals-dir, report --portfolio); a bad
# KAPLAN_JOBS or --jobs stops the run with exit status 2, printing nothing else, the
# variable's value escaped.
# Usage: jobs.sh KAPLAN SOURCE_DIR
set -uo pipefail
kaplan=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
python3 "$src/bench/gen" "$work/gen" --size S --units 40 --people 60 --kpis 100 --actions 80 \
  --files 40 --seed 3 2>/dev/null || { echo "FAIL: bench/gen"; exit 1; }
# A second version of the generated plan, for diff: one KPI's targets changed.
cp -r "$work/gen" "$work/gen2"
file=$(grep -l 'targets:' "$work/gen2/branches/"*.yaml | head -1)
sed -i '0,/targets: {2027: \([0-9]*\)/s//targets: {2027: 1\1/' "$file"
ex=$src/examples/telecom-2027
flawed=$src/examples/flawed
today=(--today 2027-07-05 --lang en)
cases=(
  "validate $work/gen -f json"
  "validate $work/gen $ex $flawed"
  "validate $flawed -f sarif"
  "score $work/gen -f json"
  "score $ex --actuals $ex/actuals-2027-H1.yaml"
  "decompose $work/gen -f json"
  "decompose $work/gen"
  "report $work/gen -f markdown"
  "report $ex -f html --actuals $ex/actuals-2027-H1.yaml"
  "diff $work/gen $work/gen2"
  "score $src/examples/province-2027 --actuals-dir $src/examples/province-2027/actuals -f json"
  "report --portfolio $src/examples/province-2027 --actuals-dir $src/examples/province-2027/actuals -f html"
  "report --portfolio $src/tests/fixtures/rules/KAP-P009/bad --actuals-dir $src/tests/fixtures/rules/KAP-P009/bad/actuals"
)
n=0
for c in "${cases[@]}"; do
  n=$((n + 1))
  read -r -a args <<<"$c"
  for jobs in 1 2 8; do
    "$kaplan" "${args[@]}" "${today[@]}" --jobs "$jobs" >"$work/out-$n-$jobs" 2>"$work/err-$n-$jobs"
    echo $? >"$work/status-$n-$jobs"
  done
  [ -s "$work/out-$n-1" ] || { echo "FAIL: kaplan $c wrote nothing: $(head -3 "$work/err-$n-1")"; fail=1; }
  for jobs in 2 8; do
    for part in out err status; do
      cmp -s "$work/$part-$n-1" "$work/$part-$n-$jobs" ||
        { echo "FAIL: kaplan $c: $part differs between --jobs 1 and --jobs $jobs"; fail=1; }
    done
  done
done
# KAPLAN_JOBS instead of --jobs: the same bytes; --jobs wins over it.
KAPLAN_JOBS=2 "$kaplan" validate "$work/gen" -f json "${today[@]}" >"$work/env-out" 2>&1
cmp -s "$work/env-out" "$work/out-1-1" || { echo "FAIL: KAPLAN_JOBS=2 changes the output"; fail=1; }
KAPLAN_JOBS=nonsense "$kaplan" validate "$work/gen" -f json "${today[@]}" --jobs 2 >"$work/env-out" 2>&1
cmp -s "$work/env-out" "$work/out-1-1" || { echo "FAIL: --jobs does not win over KAPLAN_JOBS"; fail=1; }
bad() { # expected message part, then the command's environment assignment and arguments
  local want=$1
  shift
  env "$@" >"$work/bad-out" 2>"$work/bad-err"
  local status=$?
  [ $status -eq 2 ] || { echo "FAIL: $* gave status $status, expected 2"; fail=1; }
  [ ! -s "$work/bad-out" ] || { echo "FAIL: $* wrote to stdout"; fail=1; }
  grep -qF -- "$want" "$work/bad-err" || { echo "FAIL: $*: no '$want' in: $(cat "$work/bad-err")"; fail=1; }
}
bad 'KAPLAN_JOBS: `0`' KAPLAN_JOBS=0 "$kaplan" validate "$ex"
bad 'KAPLAN_JOBS: `257`' KAPLAN_JOBS=257 "$kaplan" score "$ex"
bad 'KAPLAN_JOBS: `2x`' KAPLAN_JOBS=2x "$kaplan" report "$ex"
bad 'KAPLAN_JOBS: `\x1b[31m`' KAPLAN_JOBS=$'\e[31m' "$kaplan" validate "$ex"
bad '--jobs' X=1 "$kaplan" validate "$ex" --jobs 0
exit $fail
