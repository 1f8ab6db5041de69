#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `decompose --by units --write-plans DIR`: the plans written for the example province match
# the golden files (tests/integration/write_plans/; KAPLAN_UPDATE_GOLDEN=1 rewrites them),
# each validates together with its parent with no P finding, in both languages, and an
# existing file stops the run with status 2 before anything is written.
source "$(dirname "$0")/common.bash"
golden=$source_dir/tests/integration/write_plans
province=$source_dir/examples/province-2027/province

# The example province in English; the flawed example, whose unit `east` has a head, in
# Chinese (status 0: a plan with errors still cascades, after a warning).
expect_status 0 "$kaplan" decompose "$province" --by units --write-plans "$tmp/out"
expect_status 0 "$kaplan" decompose "$source_dir/examples/flawed" --by units --write-plans \
  "$tmp/flawed-zh" --lang zh
for case in out:province flawed-zh:flawed-zh; do
  if [ "${KAPLAN_UPDATE_GOLDEN:-}" = 1 ]; then
    rm -rf "${golden:?}/${case#*:}" && mkdir -p "$golden" && cp -r "$tmp/${case%%:*}" "$golden/${case#*:}"
  fi
  diff -ru "$golden/${case#*:}" "$tmp/${case%%:*}" || fail "the written plans differ from $golden/${case#*:}"
done
status=0
"$kaplan" validate "$source_dir/examples/flawed" "$tmp/flawed-zh" --today 2027-07-05 >"$tmp/v-flawed" || status=$?
[ "$status" -eq 1 ] || fail "validate of the flawed example's written plan: status $status"
if grep -q 'KAP-P' "$tmp/v-flawed"; then fail "a P finding for the flawed example's written plan"; fi

# Each written plan, checked with its parent: findings to fill in (status 1), none of the chain.
for lang in en zh; do
  rm -rf "$tmp/out-$lang"
  expect_status 0 "$kaplan" decompose "$province" --by units --write-plans "$tmp/out-$lang" --lang "$lang"
  status=0
  "$kaplan" validate "$province" "$tmp/out-$lang"/*/plan.yaml --today 2027-07-05 -f json \
    >"$tmp/v-$lang.json" || status=$?
  [ "$status" -eq 1 ] || fail "validate of the written plans ($lang): status $status"
  grep -q '"KAP-C001"' "$tmp/v-$lang.json" || fail "no placeholder finding ($lang)"
  if grep -q '"KAP-P' "$tmp/v-$lang.json"; then fail "a P finding for the written plans ($lang)"; fi
done

# --units chooses the units; an unknown one stops with status 2 and writes nothing.
expect_status 0 "$kaplan" decompose "$province" --by units --units ningbo --write-plans "$tmp/one"
[ "$(ls "$tmp/one")" = ningbo ] || fail "--units ningbo wrote $(ls "$tmp/one")"
expect_status 2 "$kaplan" decompose "$province" --by units --units nigbo --write-plans "$tmp/none" 2>/dev/null
[ ! -e "$tmp/none" ] || fail "an unknown unit left files behind"
expect_status 2 "$kaplan" decompose "$province" --by equal --write-plans "$tmp/none" 2>/dev/null
expect_status 2 "$kaplan" decompose "$province" --by units --kpi KPI-revenue --write-plans "$tmp/none" 2>/dev/null
[ ! -e "$tmp/none" ] || fail "a refused option left files behind"

# An existing file: refused (status 2) without --force, nothing written, not even the other
# unit's plan; replaced with --force.
mkdir -p "$tmp/again/ningbo"
echo keep >"$tmp/again/ningbo/plan.yaml"
"$kaplan" decompose "$province" --by units --write-plans "$tmp/again" 2>"$tmp/err" && status=0 || status=$?
[ "$status" -eq 2 ] || fail "an existing plan.yaml: status $status, expected 2"
grep -q 'ningbo/plan.yaml' "$tmp/err" || fail "the refusal names no file: $(cat "$tmp/err")"
[ "$(cat "$tmp/again/ningbo/plan.yaml")" = keep ] || fail "the existing file was replaced"
[ ! -e "$tmp/again/hangzhou" ] || fail "the other unit's plan was written after a refusal"
expect_status 0 "$kaplan" decompose "$province" --by units --write-plans "$tmp/again" --force
cmp -s "$tmp/again/ningbo/plan.yaml" "$golden/province/ningbo/plan.yaml" || fail "--force did not replace"
echo ok
