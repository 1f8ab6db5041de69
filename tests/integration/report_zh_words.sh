#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Reports and scorecards in Chinese show no English enumeration word (issue #18): every
# human format of `report` (markdown, html, text) and of `score` (text, markdown), with
# --lang zh, on the bundled example with and without its actuals and on the flawed
# example, checked by zh_words.py (ids, numbers, paths and quoted code are allowed).
source "$(dirname "$0")/common.bash"
command -v python3 >/dev/null || skip "python3 is needed to check the outputs"
check="$source_dir/tests/integration/zh_words.py"
example="$source_dir/examples/telecom-2027"
actuals="$example/actuals-2027-H1.yaml"
flawed="$source_dir/examples/flawed"
bad=0
run() { # NAME FORMAT kaplan-arguments...
  local name=$1 format=$2
  shift 2
  "$kaplan" "$@" --today 2027-07-05 --lang zh >"$tmp/$name.out" 2>"$tmp/$name.err" || true
  [ -s "$tmp/$name.out" ] || fail "$name: no output: $(cat "$tmp/$name.err")"
  python3 "$check" "$format" "$name" <"$tmp/$name.out" || bad=1
}
for format in markdown html text; do
  run "report-$format" $format report "$example" -f $format
  run "report-$format-actuals" $format report "$example" --actuals "$actuals" -f $format
  run "report-$format-flawed" $format report "$flawed" -f $format
done
for format in text markdown; do
  run "score-$format" $format score "$example" -f $format
  run "score-$format-actuals" $format score "$example" --actuals "$actuals" -f $format
  run "score-$format-flawed" $format score "$flawed" -f $format
done
[ $bad -eq 0 ] || fail "English enumeration words in Chinese outputs (above)"
echo "ok: no English enumeration word in the Chinese reports and scorecards"
