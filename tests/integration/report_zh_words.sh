#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Reports, scorecards, findings and `explain` in Chinese show no English enumeration word
# (issue #18): every human format of `report` (markdown, html, text) and of `score`
# (text, markdown), with --lang zh, on the bundled example with and without its actuals
# and on the flawed example; `score --explain` of KPIs; validate's findings on both
# plans; `explain` of every rule and its list. Checked by zh_words.py (ids, numbers,
# paths, quoted code and the YAML examples are allowed).
source "$(dirname "$0")/common.bash"
command -v python3 >/dev/null || skip "python3 is needed to check the outputs"
check="$source_dir/tests/integration/zh_words.py"
example="$source_dir/examples/telecom-2027"
actuals="$example/actuals-2027-H1.yaml"
flawed="$source_dir/examples/flawed"
run() { # NAME FORMAT kaplan-arguments...
  local name=$1 format=$2 today=(--today 2027-07-05)
  shift 2
  [ "$1" = explain ] && today=()
  "$kaplan" "$@" "${today[@]}" --lang zh >"$tmp/$name.out" 2>"$tmp/$name.err" || true
  [ -s "$tmp/$name.out" ] || fail "$name: no output: $(cat "$tmp/$name.err")"
  outputs+=("$format:$tmp/$name.out")
}
outputs=()
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
for kpi in KPI-rev KPI-cost-ratio KPI-rev-hz KPI-nps; do
  run "score-explain-$kpi" text score "$example" --actuals "$actuals" --explain $kpi
done
run validate-example findings validate "$example"
run validate-flawed findings validate "$flawed"
run explain-list text explain --list
rules=$("$kaplan" explain --list --lang en | awk '{print $1}')
if [ -n "${KAPLAN_RUN_MANY:-}" ]; then
  # One process for the hundred-odd explain runs (tests/integration/run_many.cpp): under
  # the sanitizers a process start costs more than the run.
  for rule in $rules; do
    printf 'explain\t60\t%s\t%s\texplain\t%s\t--lang\tzh\n' \
      "$tmp/explain-$rule.out" "$tmp/explain-$rule.err" "$rule"
  done >"$tmp/runs"
  "$KAPLAN_RUN_MANY" <"$tmp/runs" >"$tmp/results" || fail "kaplan_run_many failed"
  for rule in $rules; do
    [ -s "$tmp/explain-$rule.out" ] || fail "explain-$rule: no output: $(cat "$tmp/explain-$rule.err")"
    outputs+=("explain:$tmp/explain-$rule.out")
  done
else
  for rule in $rules; do
    run "explain-$rule" explain explain "$rule"
  done
fi
python3 "$check" "${outputs[@]}" || fail "English enumeration words in Chinese outputs (above)"
echo "ok: no English enumeration word in the Chinese reports, scorecards, findings and explain"
