#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one end-to-end case: `kaplan` with the words of CASE/args, in CASE as the working
# directory, and compares stdout, stderr and the exit status with CASE/stdout,
# CASE/stderr (empty when absent) and CASE/status (0 when absent).
# KAPLAN_UPDATE_GOLDEN=1 rewrites the golden files instead: review the diff before committing.
set -uo pipefail
kaplan=$1
case_dir=$2
cd "$case_dir" || exit 99
read -r -a words < args
env_file=env
extra_env=()
[ -f "$env_file" ] && mapfile -t extra_env < "$env_file"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
env -u KAPLAN_LANG -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 NO_COLOR=1 "${extra_env[@]}" \
  "$kaplan" "${words[@]}" >"$out" 2>"$err" </dev/null
status=$?
if [ "${KAPLAN_UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$out" stdout
  if [ -s "$err" ]; then cp "$err" stderr; else rm -f stderr; fi
  if [ "$status" -ne 0 ]; then echo "$status" > status; else rm -f status; fi
  exit 0
fi
expected_status=0
[ -f status ] && expected_status=$(cat status)
fail=0
if ! diff -u stdout "$out" >&2; then echo "stdout differs" >&2; fail=1; fi
if [ -f stderr ]; then
  if ! diff -u stderr "$err" >&2; then echo "stderr differs" >&2; fail=1; fi
elif [ -s "$err" ]; then
  echo "unexpected stderr:" >&2; cat "$err" >&2; fail=1
fi
if [ "$status" -ne "$expected_status" ]; then
  echo "exit status $status, expected $expected_status" >&2; fail=1
fi
exit $fail
