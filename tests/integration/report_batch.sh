#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan report` over 20 plans (the example under 19 ids, and one unreadable plan) with
# --jobs 1 and --jobs 4: the files must be identical, the bad plan must give its error
# while the others still get their reports, and the status must be the worst (2). The
# JSON and HTML reports must parse (Python's json and html.parser). Reports over several
# plans carry the plan chain's findings (P rules).
# Usage: report_batch.sh KAPLAN SOURCE_DIR PYTHON
set -uo pipefail
kaplan=$1
src=$2
python=${3:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plans=()
for i in $(seq -w 1 19); do
  mkdir -p "$work/plans/p$i"
  cp -r "$src/examples/telecom-2027/." "$work/plans/p$i/"
  sed -i "s/^  id: ka-2027$/  id: ka-2027-$i/" "$work/plans/p$i/plan.yaml"
  plans+=("$work/plans/p$i")
done
mkdir -p "$work/plans/bad" && printf 'kaplan: 1\nplan: [unclosed\n' >"$work/plans/bad/plan.yaml"
plans=("${plans[@]:0:10}" "$work/plans/bad" "${plans[@]:10}")
fail=0
for fmt in markdown html json; do
  for jobs in 1 4; do
    "$kaplan" report "${plans[@]}" --today 2027-07-05 --lang en -f "$fmt" --out-dir "$work/out-$fmt-$jobs" \
      --jobs "$jobs" 2>"$work/err-$fmt-$jobs"
    status=$?
    [ $status -eq 2 ] || { echo "FAIL $fmt jobs $jobs: status $status, expected 2"; fail=1; }
    n=$(ls "$work/out-$fmt-$jobs" | wc -l)
    [ "$n" -eq 19 ] || { echo "FAIL $fmt jobs $jobs: $n reports, expected 19"; fail=1; }
    grep -q 'bad/plan.yaml' "$work/err-$fmt-$jobs" || { echo "FAIL: no error for the bad plan"; fail=1; }
  done
  diff -r "$work/out-$fmt-1" "$work/out-$fmt-4" >/dev/null || { echo "FAIL $fmt: --jobs 1 and --jobs 4 differ"; fail=1; }
  # The same messages, but for the folder named in the last line ("wrote 19 files into …").
  diff <(sed "s#$work/out-$fmt-1#OUT#" "$work/err-$fmt-1") <(sed "s#$work/out-$fmt-4#OUT#" "$work/err-$fmt-4") >/dev/null ||
    { echo "FAIL $fmt: stderr differs"; fail=1; }
done
[ -f "$work/out-markdown-1/ka-2027-07.md" ] || { echo "FAIL: no ka-2027-07.md"; fail=1; }
"$python" - "$work/out-json-1" "$work/out-html-1" <<'PY' || fail=1
import html.parser, json, pathlib, sys
for f in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    data = json.loads(f.read_text(encoding="utf-8"))
    assert data["sections"][0]["id"] == "summary", f
class P(html.parser.HTMLParser):
    pass
for f in sorted(pathlib.Path(sys.argv[2]).iterdir()):
    P().feed(f.read_text(encoding="utf-8"))
PY
for lang in en zh; do
  for fmt in json html markdown text; do
    "$kaplan" report "$src/tests/fixtures/report/adversarial/plan.yaml" --today 2027-07-05 --lang $lang -f $fmt \
      -o "$work/adv-$lang.$fmt" || { echo "FAIL adversarial $fmt"; fail=1; }
  done
  "$python" -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/adv-$lang.json" \
    || { echo "FAIL: adversarial JSON does not parse"; fail=1; }
  if grep -q $'\x1b' "$work/adv-$lang.text"; then echo "FAIL: ESC in text output"; fail=1; fi
done
# Several plans are checked together, as validate checks them: the P rules' findings
# (here KAP-P001, a missing higher plan) are in the derived plan's report.
"$kaplan" report "$src/tests/fixtures/rules/KAP-P001/bad" --today 2027-07-05 --lang en -f json \
  --out-dir "$work/chain" 2>/dev/null
grep -q '"KAP-P001"' "$work/chain/"*.json || { echo "FAIL: report of several plans ran no P rule"; fail=1; }
[ $fail -eq 0 ] && echo "report batch: ok"
exit $fail
