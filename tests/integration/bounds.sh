#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Bounded cost and honest figures on hostile plans (issue #17). Each case is sized so
# that the quadratic or exponential code it guards against would take minutes or
# hundreds of megabytes, while the bounded code takes well under a second in a release
# build. The time limits leave room for a sanitizer build, several times slower; the
# bench (bench/README.md) measures the same shapes at full size.
#  - includes: links to `.` walked by a deep pattern; one pattern repeated 1,000 times;
#    800 files that each include `*.yaml`;
#  - rollforward of a plan of 1,000 files;
#  - a plan with thousands of people on one ten-year action: report and diff summarise;
#  - costs near the largest double: refused, never summed to `inf`;
#  - init and rollforward never write a plan whose years validate would reject;
#  - the messages for a socket, a folder that cannot be listed, a path too long.
source "$(dirname "$0")/common.bash"
command -v python3 >/dev/null || skip "python3 is needed to generate the plans"
command -v timeout >/dev/null || skip "timeout (coreutils) is needed"
cd "$tmp"
limit=${KAPLAN_BOUNDS_TIMEOUT:-30} # seconds per run, sanitizers included
t=(--today 2027-07-05)

# bounded SECONDS OUT ALLOWED... -- ARGS: runs kaplan within the limit into OUT (stdout;
# stderr in OUT.err) and checks the exit status is one of ALLOWED.
bounded() {
  local out=$1 got=0
  shift
  local allowed=()
  while [ "$1" != -- ]; do
    allowed+=("$1")
    shift
  done
  shift
  timeout "$limit" "$kaplan" "$@" >"$out" 2>"$out.err" || got=$?
  [ "$got" -ne 124 ] || fail "took more than ${limit}s: kaplan $*"
  local a
  for a in "${allowed[@]}"; do [ "$got" -eq "$a" ] && return 0; done
  fail "exit status $got, expected ${allowed[*]}: kaplan $* ($(head -c 400 "$out.err"))"
}

# at_most FILE BYTES: the file is no larger than BYTES.
at_most() {
  local size
  size=$(stat -c %s "$1")
  [ "$size" -le "$2" ] || fail "$1 is $size bytes, more than $2"
}

header() { # ID: the first lines of a plan
  printf 'kaplan: 1\nplan: {id: %s, title: t, cycle: 2027}\n' "$1"
}

# --- includes ---------------------------------------------------------------------------
# Three links to `.`: a 14-level pattern would walk 3^14 (4.8 million) folders.
mkdir links
(cd links && ln -s . a && ln -s . b && ln -s . c)
{
  header links
  echo 'include: ["*/*/*/*/*/*/*/*/*/*/*/*/*/*/none.yaml"]'
} >links/plan.yaml
bounded links.out 1 2 -- validate links/plan.yaml "${t[@]}"

# One pattern repeated 1,000 times over 1,000 files: expanded once.
mkdir -p repeat/p
for i in $(seq 1000); do : >"repeat/p/f$i.yaml"; done
python3 - <<'EOF'
with open("repeat/plan.yaml", "w") as f:
    f.write("kaplan: 1\nplan: {id: repeat, title: t, cycle: 2027}\ninclude:\n")
    f.write("  - p/*.yaml\n" * 1000)
EOF
bounded repeat.out 1 2 -- validate repeat/plan.yaml "${t[@]}"

# 800 files that each include `*.yaml`: each file read once, each cycle said once.
mkdir -p star/s
header star >star/plan.yaml
echo 'include: ["s/*.yaml"]' >>star/plan.yaml
for i in $(seq 800); do echo 'include: ["*.yaml"]' >"star/s/f$i.yaml"; done
bounded star.out 1 2 -- validate star/plan.yaml "${t[@]}"
lines=$(cat star.out star.out.err | wc -l)
[ "$lines" -le 20000 ] || fail "800 files including each other: $lines lines of findings"

# --- rollforward of 1,000 files ---------------------------------------------------------
mkdir -p roll/b
cat >roll/plan.yaml <<'EOF'
kaplan: 1
plan: {id: r-2027, title: t, cycle: 2027}
include: [b/*.yaml]
units:
  - {id: hq, name: 总部, kind: company}
EOF
for i in $(seq 1000); do
  printf 'units:\n  - {id: u%d, name: 单位%d, kind: branch, parent: hq}\n' "$i" "$i" >"roll/b/f$i.yaml"
done
printf 'kaplan: 1\nactuals: {plan: r-2027, period: 2027}\n' >roll/actuals.yaml
bounded roll.out 0 1 -- rollforward roll/plan.yaml --actuals roll/actuals.yaml -o next \
  --today 2028-01-05
[ -f next/plan.yaml ] && [ "$(find next -name '*.yaml' | wc -l)" -eq 1001 ] ||
  fail "rollforward of 1,000 files: $(find next -name '*.yaml' | wc -l) files written"

# --- thousands of people on one ten-year action -----------------------------------------
cp -r "$source_dir/examples/telecom-2027" crowd
python3 - <<'EOF'
n = 5000
with open("crowd/branches/crowd.yaml", "w", encoding="utf-8") as f:
    f.write("people:\n")
    for i in range(n):
        f.write(f"  - {{id: pc{i}, name: 员工{i}, unit: hangzhou, capacity: 1.0}}\n")
    f.write("actions:\n  - id: AC-crowd\n    title: 全员\n    strategy: STR-core-deepen\n")
    f.write("    kpis: [KPI-rev-hq]\n    unit: hangzhou\n    owner: pc0\n")
    f.write("    start: 2027-01-04\n    due: 2036-12-31\n    effort: 0.1\n    team:\n")
    for i in range(1, n):
        f.write(f"      - {{person: pc{i}, effort: 0.1}}\n")
EOF
bounded crowd.html 0 1 -- report crowd/plan.yaml -f html "${t[@]}"
at_most crowd.html $((3 << 20))
grep -q 'pc4999\|员工4999' crowd.html && fail "the html report lists every person"
bounded crowd.md 0 1 -- report crowd/plan.yaml -f markdown "${t[@]}"
at_most crowd.md $((3 << 20))
# Every team member's effort doubled: 5,000 load changes, of which the diff lists 1,000.
cp -r crowd crowd2
sed -i 's/effort: 0.1}/effort: 0.2}/' crowd2/branches/crowd.yaml
bounded crowd.diff 0 1 -- diff crowd/plan.yaml crowd2/plan.yaml
at_most crowd.diff $((1 << 20))
grep -q '3999 more' crowd.diff || fail "the diff does not say how many changes it left out"
bounded crowd.json 0 1 -- diff crowd/plan.yaml crowd2/plan.yaml -f json
python3 -c 'import json,sys; d=json.load(open("crowd.json")); assert d["omitted"]["load"] == 3999' ||
  fail "the JSON diff does not count the changes it left out"

# --- figures near the largest double ----------------------------------------------------
cp -r "$source_dir/examples/telecom-2027" huge
sed -i 's/{year: 2027, category: marketing, amount: 2600}/{year: 2027, category: marketing, amount: 1.79e308}/;
        s/cost: {opex: 30}/cost: {opex: 1.79e308}/' huge/plan.yaml
grep -q 1.79e308 huge/plan.yaml || fail "the edit did not apply to the example"
bounded huge.out 1 -- validate huge/plan.yaml "${t[@]}"
grep -q 'KAP-S003' huge.out || fail "a cost of 1.79e308 is not refused: $(head -5 huge.out)"
bounded huge.md 0 1 -- report huge/plan.yaml -f markdown "${t[@]}"
grep -qwi 'inf\|nan' huge.md && fail "the report shows inf or nan"

# --- years validate would reject are never written --------------------------------------
bounded init.out 2 -- init late --today 2199-06-01
[ ! -e late ] || fail "init wrote a plan for a cycle beyond 2200"
grep -q '2199' init.out.err || fail "init does not say which year it refuses: $(cat init.out.err)"
mkdir y2200
printf 'kaplan: 1\nplan: {id: y, title: t, cycle: 2200}\nunits:\n  - {id: hq, name: 总部, kind: company}\n' \
  >y2200/plan.yaml
printf 'kaplan: 1\nactuals: {plan: y, period: 2200}\n' >y2200/actuals.yaml
bounded y2200.out 2 -- rollforward y2200/plan.yaml --actuals y2200/actuals.yaml -o y2201 \
  --today 2201-01-05
[ ! -e y2201 ] || fail "rollforward wrote a plan beyond 2200"

# --- what cannot be read is named for what it is ----------------------------------------
mkdir -p msg/sub
header msg >msg/plan.yaml
echo 'include: ["sub/*.yaml"]' >>msg/plan.yaml
python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("msg/sub/s.yaml")'
bounded socket.out 2 -- validate msg/plan.yaml "${t[@]}"
grep -q 'not a regular file' socket.out.err socket.out || fail "a socket: $(cat socket.out.err)"
rm msg/sub/s.yaml

# A folder that cannot be listed (as another user when run as root).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv >/dev/null || skip "setpriv is needed to run as another user"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod 755 "$tmp" "$tmp/msg"
  chmod 644 msg/plan.yaml
fi
chmod 000 msg/sub
got=0
"${as_user[@]}" "$kaplan" validate msg/plan.yaml "${t[@]}" >unlisted.out 2>&1 || got=$?
chmod 755 msg/sub
grep -q 'cannot be read (permission denied)' unlisted.out ||
  fail "a folder that cannot be listed (status $got): $(grep S011 unlisted.out)"

# A real path longer than PATH_MAX (4096): too long, not outside the plan.
deep=$(python3 - <<'EOF'
import os
os.mkdir("long")
os.chdir("long")
for _ in range(22):  # one folder at a time: the whole path is too long for one call
    os.mkdir("a" * 200)
    os.chdir("a" * 200)
open("x.yaml", "w").write("units: []\n")
print("/".join(["a" * 200] * 22) + "/x.yaml")
EOF
)
{
  header long
  echo "include: [\"$deep\"]"
} >long/plan.yaml
bounded long.out 1 2 -- validate long/plan.yaml "${t[@]}"
grep -q 'longer than the system allows' long.out.err long.out ||
  fail "a path longer than PATH_MAX: $(grep -h S0 long.out long.out.err | head -c 300)"
grep -q 'outside' long.out.err long.out && fail "a long path is called outside the plan"
echo "bounds: all cases within ${limit}s"
