#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Files kaplan writes are written atomically (issue #9): an error midway leaves no
# partial file and no temporary file, and an existing file is never touched without
# --force. The failure is injected with a file size limit (`ulimit -f`, SIGXFSZ ignored,
# so write() fails with EFBIG after the first KiB), which works as root too; a folder
# without write permission is tried only when not running as root.
source "$(dirname "$0")/common.bash"
cd "$tmp"
example=$source_dir/examples/telecom-2027
t=(--today 2027-07-05)

no_temp() { # FOLDER: no temporary file of an atomic write left behind
  [ -z "$(find "$1" -name '*.tmp-*')" ] || fail "temporary file left in $1: $(find "$1" -name '*.tmp-*')"
}
# Runs kaplan with writes limited to 1 KiB; echoes the exit status.
limited() {
  local status=0
  (
    trap '' XFSZ
    ulimit -f 1
    exec "$kaplan" "$@"
  ) >/dev/null 2>limited.err || status=$?
  echo "$status"
}

# --- decompose -o
mkdir d
expect_status 0 "$kaplan" decompose "$example" -f json -o d/tree.json "${t[@]}"
"$kaplan" decompose "$example" -f json "${t[@]}" | cmp -s - d/tree.json || fail "decompose -o wrote other bytes than stdout"
[ "$(stat -c %s d/tree.json)" -gt 1024 ] || fail "the output must exceed the injected 1 KiB limit"
# An existing file without --force: refused, untouched.
echo mine >d/existing.json
expect_status 2 "$kaplan" decompose "$example" -o d/existing.json "${t[@]}"
[ "$(cat d/existing.json)" = mine ] || fail "decompose -o changed an existing file without --force"
expect_status 0 "$kaplan" decompose "$example" -o d/existing.json --force "${t[@]}"
[ "$(cat d/existing.json)" != mine ] || fail "decompose -o --force did not replace the file"
# A write that fails midway: exit status 2, no file, no temporary file.
[ "$(limited decompose "$example" -f json -o d/big.json "${t[@]}")" = 2 ] || fail "decompose -o: a failed write must exit 2: $(cat limited.err)"
grep -q 'kaplan: error: ' limited.err || fail "decompose -o: the failed write is reported: $(cat limited.err)"
[ ! -e d/big.json ] || fail "decompose -o left a partial file"
# With --force over an existing file: the old file stays whole.
echo mine >d/keep.json
[ "$(limited decompose "$example" -f json -o d/keep.json --force "${t[@]}")" = 2 ] || fail "decompose -o --force: a failed write must exit 2"
[ "$(cat d/keep.json)" = mine ] || fail "decompose -o --force: a failed write changed the existing file"
no_temp d
# A folder that does not exist, and a path through a file.
expect_status 2 "$kaplan" decompose "$example" -o d/no/such/folder/x.txt "${t[@]}"
[ ! -e d/no ] || fail "decompose -o created folders"
expect_status 2 "$kaplan" decompose "$example" -o d/keep.json/x.txt "${t[@]}"
[ "$(cat d/keep.json)" = mine ] || fail "a path through a file changed it"
if [ "$(id -u)" -ne 0 ]; then
  mkdir ro && chmod 555 ro
  expect_status 2 "$kaplan" decompose "$example" -o ro/x.txt "${t[@]}"
  [ -z "$(ls -A ro)" ] || fail "decompose -o wrote into a read-only folder"
  chmod 755 ro
fi

# --- validate -o and score -o: the same writer.
[ "$(limited validate "$source_dir/examples/flawed" -f sarif -o d/v.sarif "${t[@]}")" = 2 ] || fail "validate -o: a failed write must exit 2"
[ ! -e d/v.sarif ] || fail "validate -o left a partial file"
[ "$(limited score "$example" -f json -o d/s.json "${t[@]}")" = 2 ] || fail "score -o: a failed write must exit 2"
[ ! -e d/s.json ] || fail "score -o left a partial file"
no_temp d

# --- report --out-dir
expect_status 0 "$kaplan" report "$example" -f html --out-dir r "${t[@]}"
report=$(ls r)
[ "$(echo "$report" | wc -l)" -eq 1 ] || fail "one report per plan: $report"
cp "r/$report" saved.html
# A write that fails midway leaves the existing report whole, and no temporary file.
[ "$(limited report "$example" -f html --out-dir r --force "${t[@]}")" = 2 ] ||
  [ "$(limited report "$example" -f html --out-dir r "${t[@]}")" = 2 ] || fail "report --out-dir: a failed write must exit 2"
cmp -s saved.html "r/$report" || fail "report --out-dir: a failed write changed the existing report"
no_temp r
# Into a new folder: nothing partial.
status=$(limited report "$example" -f html --out-dir r2 "${t[@]}")
[ "$status" = 2 ] || fail "report --out-dir: a failed write must exit 2, not $status"
[ ! -e r2 ] || [ -z "$(find r2 -type f)" ] || fail "report --out-dir left a partial file: $(find r2 -type f)"
# An existing report is not replaced without --force (when report has --force).
if "$kaplan" report --help | grep -q -- '--force'; then
  echo mine >"r/$report"
  expect_status 2 "$kaplan" report "$example" -f html --out-dir r "${t[@]}"
  [ "$(cat "r/$report")" = mine ] || fail "report --out-dir replaced an existing file without --force"
else
  echo "NOTE: report has no --force; an existing report is replaced (atomically)" >&2
fi
# --out-dir naming a file.
echo file >notdir
expect_status 2 "$kaplan" report "$example" --out-dir notdir "${t[@]}"
[ "$(cat notdir)" = file ] || fail "report --out-dir changed a file in its way"
# --- rollforward -o: every file or none.
if "$kaplan" rollforward --help >/dev/null 2>&1; then
  actuals=$example/actuals-2027-H1.yaml
  expect_status 0 "$kaplan" rollforward "$example" --actuals "$actuals" -o rf "${t[@]}" >/dev/null
  [ -f rf/plan.yaml ] || fail "rollforward wrote no plan.yaml"
  (cd rf && find . -type f -exec md5sum {} + | sort) >rf.sums
  # Again without --force: refused, nothing changed.
  expect_status 2 "$kaplan" rollforward "$example" --actuals "$actuals" -o rf "${t[@]}"
  (cd rf && find . -type f -exec md5sum {} + | sort) | cmp -s - rf.sums || fail "rollforward changed files without --force"
  # A write that fails midway: no file at all in a new folder, nothing changed with --force.
  status=$(limited rollforward "$example" --actuals "$actuals" -o rf2 "${t[@]}")
  [ "$status" = 2 ] || fail "rollforward: a failed write must exit 2, not $status"
  [ ! -e rf2 ] || [ -z "$(find rf2 -type f)" ] || fail "rollforward left files: $(find rf2 -type f)"
  status=$(limited rollforward "$example" --actuals "$actuals" -o rf --force "${t[@]}")
  [ "$status" = 2 ] || fail "rollforward --force: a failed write must exit 2, not $status"
  (cd rf && find . -type f -exec md5sum {} + | sort) | cmp -s - rf.sums || fail "rollforward --force: a failed write changed files"
  no_temp rf
fi
echo "ok"
