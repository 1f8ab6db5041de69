#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Nothing lost, nothing read outside (issue #16): every way a run could replace a file
# it should not, write where the plan would read, or read outside the plan's folder.
# Runs twice: with the kernel's openat2 and with the walk that stands in for it
# (KAPLAN_NO_OPENAT2=1). The device cases run in a private mount namespace with a tmpfs
# on /dev when root can make one (never touching the real /dev), else they are skipped.
source "$(dirname "$0")/common.bash"
cd "$tmp"
example=$source_dir/examples/telecom-2027
t=(--today 2027-07-05)
secret="TOP-SECRET-$$-do-not-print"

same() { cmp -s "$1" "$2" || fail "$3"; }
no_temp() {
  [ -z "$(find "$1" -name '*.tmp-*')" ] || fail "temporary left in $1: $(find "$1" -name '*.tmp-*')"
}
# check_refused STATUS WHAT FILE SAVED -- kaplan ARGS: exits STATUS, FILE unchanged.
check_refused() {
  local want=$1 what=$2 file=$3 saved=$4
  shift 5
  expect_status "$want" "$kaplan" "$@"
  same "$file" "$saved" "$what: $file was changed"
}

run_suite() {
  local mode=$1
  rm -rf work && mkdir work && cd work
  cp -r "$example" p
  cp p/plan.yaml plan.saved
  printf 'kaplan: 1\nplan: {id: one, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\n' >one.yaml
  cp one.yaml one.saved

  # --- Files replaced or corrupted.
  check_refused 2 "score -o plan" p/plan.yaml plan.saved -- score p -o p/plan.yaml "${t[@]}"
  check_refused 2 "score -o plan --force" p/plan.yaml plan.saved -- score p -o p/plan.yaml --force "${t[@]}"
  check_refused 2 "validate -o its input" one.yaml one.saved -- validate one.yaml -o one.yaml "${t[@]}"
  check_refused 2 "schema -o existing" one.yaml one.saved -- schema -o one.yaml
  check_refused 2 "diff with a missing side" one.yaml one.saved -- diff one.yaml missing -o one.yaml "${t[@]}"
  echo mine >other.txt && cp other.txt other.saved
  check_refused 2 "diff with a missing side" other.txt other.saved -- diff one.yaml missing -o other.txt --force "${t[@]}"
  check_refused 2 "report -o plan --force" p/plan.yaml plan.saved -- report p -o p/plan.yaml --force "${t[@]}"
  cp p/branches/hangzhou.yaml hz.saved
  check_refused 2 "decompose -o an include --force" p/branches/hangzhou.yaml hz.saved -- \
    decompose p --kpi KPI-rev --by units --units hangzhou -o p/branches/hangzhou.yaml --force "${t[@]}"
  cp p/actuals-2027-H1.yaml act.saved
  check_refused 2 "score -o its actuals --force" p/actuals-2027-H1.yaml act.saved -- \
    score p --actuals p/actuals-2027-H1.yaml -o p/actuals-2027-H1.yaml --force "${t[@]}"
  # A link to an input is the input.
  ln -s p/plan.yaml link-to-plan.yaml
  check_refused 2 "validate -o a link to its input" p/plan.yaml plan.saved -- \
    validate p -o link-to-plan.yaml --force "${t[@]}"
  # A new file where the plan's include would read it.
  expect_status 2 "$kaplan" decompose p -o p/branches/tree.yaml "${t[@]}"
  [ ! -e p/branches/tree.yaml ] || fail "decompose wrote where the plan's include reads"
  # A dangling link is not replaced without --force, and never followed.
  ln -s nowhere/target.txt dangling.txt
  expect_status 2 "$kaplan" decompose p -o dangling.txt "${t[@]}"
  [ -L dangling.txt ] && [ ! -e nowhere ] || fail "decompose replaced or followed a dangling link"
  # rollforward into a folder the input's include matches: refused, the input intact.
  expect_status 0 "$kaplan" validate p --fail-on never "${t[@]}" >before.txt
  expect_status 2 "$kaplan" rollforward p --actuals p/actuals-2027-H1.yaml -o p/branches "${t[@]}"
  [ ! -e p/branches/plan.yaml ] || fail "rollforward wrote plan.yaml among the plan's includes"
  "$kaplan" validate p --fail-on never "${t[@]}" >after.txt
  same before.txt after.txt "rollforward changed what the input plan says"
  # Every subcommand with an output has --force, and says where a file output went.
  expect_status 0 "$kaplan" score p -o score.txt "${t[@]}" 2>err.txt
  grep -q 'score.txt' err.txt || fail "score -o does not say where it wrote"
  expect_status 2 "$kaplan" score p -o score.txt "${t[@]}"
  expect_status 0 "$kaplan" score p -o score.txt --force "${t[@]}" 2>/dev/null
  expect_status 0 "$kaplan" schema -o schema.json 2>/dev/null
  expect_status 0 "$kaplan" schema -o schema.json --force 2>/dev/null
  # `-o -` is standard output.
  [ "$("$kaplan" schema -o - | head -c 1)" = "{" ] || fail "schema -o - is not stdout"
  no_temp .

  # --- Reads outside the plan's folder.
  mkdir -p outside && printf 'rules: {%s: off}\n' "$secret" >outside/secret.yaml
  printf '%s\n' "$secret" >outside/secret.txt
  # A configuration that is a link leading outside: refused without a word of it.
  mkdir -p cfg && cp one.yaml cfg/plan.yaml && ln -s ../outside/secret.yaml cfg/.kaplan.yaml
  git_ init -q cfg
  expect_status 2 "$kaplan" validate cfg "${t[@]}" 2>err.txt
  grep -q "$secret" err.txt && fail "the content of an outside configuration was printed"
  grep -q 'cfg/.kaplan.yaml' err.txt || fail "the refused configuration is not named: $(cat err.txt)"
  # A FIFO as configuration: refused at once.
  mkdir -p fifo-cfg && cp one.yaml fifo-cfg/plan.yaml && mkfifo fifo-cfg/.kaplan.yaml
  git_ init -q fifo-cfg
  timeout 10 "$kaplan" validate fifo-cfg "${t[@]}" >/dev/null 2>err.txt && fail "a FIFO configuration was accepted"
  grep -q 'not a regular file' err.txt || fail "FIFO configuration: $(cat err.txt)"
  # Outside a git repository only the plan's own folder is searched.
  mkdir -p nogit/plans/p1 && cp one.yaml nogit/plans/p1/plan.yaml
  printf 'fail_on: never\nrules: {KAP-S004: off, KAP-C001: off}\n' >nogit/.kaplan.yaml
  out=$("$kaplan" validate nogit/plans/p1 "${t[@]}" 2>&1) && fail "a .kaplan.yaml above a plan outside any repository was read"
  [ -n "$out" ] || fail "validate printed nothing"
  # A folder link to outside: existing and missing names give the same message.
  mkdir -p esc && ln -s "$tmp/work/outside" esc/etc
  printf 'kaplan: 1\nplan: {id: e, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\ninclude: ["etc/secr*"]\n' >esc/plan.yaml
  "$kaplan" validate esc "${t[@]}" >a.txt 2>&1 || true
  sed -i 's/etc\/secr\*/PATTERN/' esc/plan.yaml a.txt
  printf 'kaplan: 1\nplan: {id: e, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\ninclude: ["etc/nosu*"]\n' >esc/plan.yaml
  "$kaplan" validate esc "${t[@]}" >b.txt 2>&1 || true
  sed -i 's/etc\/nosu\*/PATTERN/' b.txt
  same a.txt b.txt "an outside folder's files can be told apart through an include"
  grep -q 'leads outside' a.txt || fail "an include through an outside link: $(cat a.txt)"
  for literal in etc/secret.txt etc/nosuch.txt ../outside/secret.txt; do
    printf 'kaplan: 1\nplan: {id: e, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\ninclude: ["%s"]\n' "$literal" >esc/plan.yaml
    "$kaplan" validate esc -f json "${t[@]}" >c.txt 2>&1 || true
    grep -q "$secret" c.txt && fail "include $literal printed an outside file"
    grep -q 'leads outside' c.txt || fail "include $literal: $(cat c.txt)"
  done
  # A root file or actuals file named on the command line that is a link leading out.
  mkdir -p named && ln -s ../outside/secret.txt named/plan.yaml
  "$kaplan" validate named "${t[@]}" >c.txt 2>&1 || true
  grep -q "$secret" c.txt && fail "a root file linking outside was read"
  ln -s ../outside/secret.txt p/actuals-link.yaml
  "$kaplan" score p --actuals p/actuals-link.yaml "${t[@]}" >c.txt 2>&1 || true
  grep -q "$secret" c.txt && fail "an actuals file linking outside was read"
  # The rename race: a checked file swapped for a link to an outside file, over and over.
  mkdir -p race/parts
  printf 'kaplan: 1\nplan: {id: r, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\ninclude: ["parts/*.yaml"]\n' >race/plan.yaml
  printf 'units: [{id: u1, name: n, kind: company}]\n' >race/good.yaml
  ln -s "$tmp/work/outside/secret.txt" race/evil.yaml
  (
    for _ in $(seq 1 4000); do
      cp -P race/good.yaml race/parts/.x.yaml && mv -T race/parts/.x.yaml race/parts/a.yaml
      cp -P race/evil.yaml race/parts/.x.yaml && mv -T race/parts/.x.yaml race/parts/a.yaml
    done
  ) 2>/dev/null &
  swapper=$!
  for _ in $(seq 1 30); do
    "$kaplan" report race -f json "${t[@]}" >c.txt 2>&1 || true
    grep -q "$secret" c.txt && { kill $swapper; fail "the rename race leaked an outside file ($mode)"; }
  done
  kill $swapper 2>/dev/null || true
  wait $swapper 2>/dev/null || true
  cd "$tmp"
}

run_suite openat2
KAPLAN_NO_OPENAT2=1 run_suite walk

# --- Devices and /dev/stdout, in a private /dev (root only).
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null &&
  unshare -m --propagation private true 2>/dev/null; then
  cat >devices.sh <<'EOF'
set -u
kaplan=$1 example=$2
mount -t tmpfs none /dev || exit 77
mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 || exit 77
ln -s /proc/self/fd/1 /dev/stdout
ln -s /proc/self/fd/2 /dev/stderr
t="--today 2027-07-05"
"$kaplan" schema -o /dev/null || { echo "FAIL: -o /dev/null"; exit 1; }
[ -c /dev/null ] || { echo "FAIL: /dev/null is no longer a device"; exit 1; }
"$kaplan" validate "$example" $t -o /dev/null || { echo "FAIL: validate -o /dev/null"; exit 1; }
[ -c /dev/null ] || { echo "FAIL: /dev/null replaced by validate"; exit 1; }
out=$("$kaplan" schema -o /dev/stdout | head -c 1)
[ "$out" = "{" ] || { echo "FAIL: -o /dev/stdout printed '$out'"; exit 1; }
[ -L /dev/stdout ] || { echo "FAIL: the /dev/stdout link was replaced"; exit 1; }
"$kaplan" schema -o /dev/stdout >captured.json && [ -s captured.json ] || { echo "FAIL: /dev/stdout into a file"; exit 1; }
"$kaplan" schema -o /dev/full 2>err.txt
status=$?
[ $status -eq 2 ] || { echo "FAIL: -o /dev/full exit status $status"; exit 1; }
grep -q 'No space left' err.txt || { echo "FAIL: disk full not reported: $(cat err.txt)"; exit 1; }
[ -c /dev/full ] || { echo "FAIL: /dev/full replaced"; exit 1; }
"$kaplan" schema >/dev/full 2>err.txt
[ $? -eq 2 ] || { echo "FAIL: stdout on a full disk is not an error"; exit 1; }
[ -z "$(ls -A /dev | grep -v -x -e null -e full -e stdout -e stderr)" ] || { echo "FAIL: files left in /dev: $(ls -A /dev)"; exit 1; }
echo devices ok
EOF
  (cd "$tmp" && unshare -m --propagation private bash devices.sh "$kaplan" "$example") || {
    status=$?
    [ $status -eq 77 ] && echo "SKIP: devices (no tmpfs in a private namespace)" || fail "device cases"
  }
else
  echo "SKIP: the device cases need root and unshare"
fi
echo "ok"
