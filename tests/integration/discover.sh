#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A folder of plans (issue #20): `kaplan validate DIR` finds every plan root below it and
# checks them, and the plan chain across them; the output is byte-identical for --jobs 1,
# 2 and 8 in every findings format; `report DIR --out-dir` writes one report a plan; the
# one-plan commands refuse a folder of several plans (status 2, naming how many) and use
# the plan of a folder that holds one; `score` of several plans gives the portfolio.
# Usage: discover.sh KAPLAN SOURCE_DIR BUILD_DIR
set -uo pipefail
kaplan=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
cd "$work" || exit 1
mkdir plans
cp -r "$src/examples/province-2027" plans/
cp -r "$src/examples/flawed" plans/
cp -r "$src/tests/fixtures/rules/KAP-P006/bad" plans/p006
cp -r "$src/tests/fixtures/rules/KAP-P002/bad" plans/p002
mkdir -p plans/archive && cp -r "$src/examples/flawed" plans/archive/old
printf 'archive\n' >plans/.kaplanignore
ln -s "$src/examples/telecom-2027" plans/link # never followed

"$kaplan" validate "$src/examples/province-2027" --today 2027-07-05 >"$work/clean" 2>&1
status=$?
[ $status -eq 0 ] || { echo "FAIL: the example province: status $status"; cat "$work/clean"; fail=1; }

for fmt in text json sarif junit; do
  for jobs in 1 2 8; do
    "$kaplan" validate plans --today 2027-07-05 --lang en -f "$fmt" --jobs "$jobs" \
      >"$work/out-$fmt-$jobs" 2>"$work/err-$fmt-$jobs"
    echo $? >"$work/status-$fmt-$jobs"
  done
  for jobs in 2 8; do
    cmp -s "$work/out-$fmt-1" "$work/out-$fmt-$jobs" || { echo "FAIL $fmt: --jobs 1 and $jobs differ"; fail=1; }
    cmp -s "$work/err-$fmt-1" "$work/err-$fmt-$jobs" || { echo "FAIL $fmt: stderr differs for --jobs $jobs"; fail=1; }
    cmp -s "$work/status-$fmt-1" "$work/status-$fmt-$jobs" || { echo "FAIL $fmt: status differs"; fail=1; }
  done
done
out=$work/out-text-1
[ "$(cat "$work/status-text-1")" = 1 ] || { echo "FAIL: status $(cat "$work/status-text-1"), expected 1"; fail=1; }
grep -q '^plans/p006/hz/plan.yaml:21:15: error: .*\[KAP-P006\]' "$out" || { echo "FAIL: no P006 at its place"; fail=1; }
grep -q '^plans/p002/prov/plan.yaml:8:17: error: .*\[KAP-P002\]' "$out" || { echo "FAIL: no P002"; fail=1; }
grep -q '^plans/flawed/plan.yaml' "$out" || { echo "FAIL: flawed not found"; fail=1; }
if grep -q 'archive\|plans/link\|province-2027' "$out"; then
  echo "FAIL: an ignored folder, a link or the clean province reported"; fail=1
fi
# Path order: flawed before p002 before p006.
order=$(grep -o '^plans/[a-z0-9]*' "$out" | uniq | tr '\n' ' ')
[ "$order" = "plans/flawed plans/p002 plans/p006 " ] || { echo "FAIL: order '$order'"; fail=1; }

"$kaplan" report plans --today 2027-07-05 --out-dir "$work/reports" >/dev/null 2>"$work/report-err"
n=$(ls "$work/reports" | wc -l)
[ "$n" -eq 9 ] || { echo "FAIL: report wrote $n files, expected 9"; ls "$work/reports"; fail=1; }

"$kaplan" decompose plans --today 2027-07-05 >/dev/null 2>"$work/decompose-err"
status=$?
[ $status -eq 2 ] || { echo "FAIL: decompose of a folder of plans: status $status"; fail=1; }
grep -q 'holds 9 plans' "$work/decompose-err" || { echo "FAIL: decompose names no count"; cat "$work/decompose-err"; fail=1; }
# score of a folder of several plans is the portfolio (docs/decisions.md, 93).
"$kaplan" score plans --today 2027-07-05 >"$work/score-out" 2>/dev/null
grep -q '^Portfolio of 9 plans' "$work/score-out" || { echo "FAIL: score of a folder is no portfolio"; fail=1; }
mkdir -p one/sub && cp -r "$src/examples/province-2027/hangzhou" one/sub/
"$kaplan" score one --today 2027-07-05 >/dev/null 2>&1
status=$?
[ $status -eq 0 ] || { echo "FAIL: score of a folder with one plan: status $status"; fail=1; }
mkdir -p none/x
"$kaplan" validate none >/dev/null 2>"$work/none-err"
status=$?
[ $status -eq 2 ] || { echo "FAIL: a folder without plans: status $status"; fail=1; }
grep -q 'no plan found' "$work/none-err" || { echo "FAIL: no message for a folder without plans"; fail=1; }
# A folder that cannot be searched: the reason in the reader's language, not a key word.
"$kaplan" score plans --actuals-dir no-such-folder --lang zh --today 2027-07-05 >/dev/null 2>"$work/search-err"
status=$?
[ $status -eq 2 ] || { echo "FAIL: a missing --actuals-dir: status $status"; fail=1; }
grep -q '无法在此目录中查找规划：文件或目录不存在' "$work/search-err" ||
  { echo "FAIL: the reason is not in Chinese"; cat "$work/search-err"; fail=1; }
exit $fail
