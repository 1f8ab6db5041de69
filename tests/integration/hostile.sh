#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Hostile input through every subcommand that reads a plan (issue #9): the committed
# files of tests/hostile/ (listed in tests/hostile/expect.txt) and cases generated here
# (huge, deeply nested, special files, thousands of files, long chains). Every run must
# exit with an allowed status (2 for input that cannot be read, 0 or 1 where it can),
# print no sanitizer report, no raw control character, well-formed JSON and XML, and
# finish within KAPLAN_HOSTILE_TIMEOUT seconds (default 5) and 1 GiB of memory (peak RSS
# from /usr/bin/time; under ASan that includes its shadow memory, so the bound is
# conservative). A sanitizer build without optimisation (scripts/test.sh's Debug build)
# runs 10 to 20 times slower: there the large generated cases get 4 times the limit
# (a 10,000-level cascade takes about 1 s in a release build, 10 s in Debug+ASan).
# KAPLAN_HOSTILE_ONLY=NAME runs the cases whose name contains NAME; KAPLAN_HOSTILE_SHARD=I/N
# runs every Nth case from the Ith (0-based), so ctest can spread the cases over cores.
source "$(dirname "$0")/common.bash"
limit_s=${KAPLAN_HOSTILE_TIMEOUT:-5}
lean_limit_s=$limit_s
grep -q __asan_init "$kaplan" && lean_limit_s=$((limit_s * 4))
limit_kb=$((1024 * 1024))
only=${KAPLAN_HOSTILE_ONLY:-}
hostile=$source_dir/tests/hostile
example=$source_dir/examples/telecom-2027
example_actuals=$example/actuals-2027-H1.yaml
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
command -v python3 >/dev/null || skip "python3 is needed to generate the large cases"
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f %M -o "$tmp/rss")
rollforward=0
"$kaplan" rollforward --help >/dev/null 2>&1 && rollforward=1

cd "$tmp"
mkdir cases out rf
failures=0
runs=0
cases=()      # name
case_paths=() # the path given as the plan
case_allow=() # allowed statuses: "2" or "01"
case_level=() # full or lean (see run_all)

# add_case NAME PATH ALLOWED [LEVEL]
add_case() {
  [ -n "$only" ] && [[ $1 != *"$only"* ]] && return 0
  cases+=("$1")
  case_paths+=("$2")
  case_allow+=("$3")
  case_level+=("${4:-lean}")
}

bad() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# Runs kaplan once: check NAME ALLOWED ARGS... (stdout in out/NAME.N.out), within
# $run_limit_s seconds (set by run_all for the case).
check() {
  local name=$1 allow=$2 status=0 rss=0 limit_s=$run_limit_s
  shift 2
  runs=$((runs + 1))
  local o="out/$name.$runs.out" e="out/$name.$runs.err"
  rm -f "$tmp/rss"
  (cd "$tmp/work" && timeout -s KILL "$limit_s" "${timer[@]}" "$kaplan" "$@" >"$tmp/$o" 2>"$tmp/$e" </dev/null) ||
    status=$?
  [ -s "$tmp/rss" ] && rss=$(tail -1 "$tmp/rss" | tr -dc 0-9)
  # /usr/bin/time reports a killed child as its own failure; timeout says 137.
  if [ "$status" -eq 137 ] || [ "$status" -eq 124 ]; then
    bad "$name: over ${limit_s}s: kaplan $*"
  elif [[ $allow != *"$status"* ]]; then
    bad "$name: exit status $status, allowed {$allow}: kaplan $*"
    head -5 "$e" >&2
  fi
  if grep -aqE 'Sanitizer|runtime error|terminate called|Assertion' "$e"; then
    bad "$name: sanitizer or abort: kaplan $*"
    head -20 "$e" >&2
  fi
  if LC_ALL=C grep -aqP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$o" "$e"; then
    bad "$name: a raw control character reached the output: kaplan $*"
  fi
  [ "${rss:-0}" -le "$limit_kb" ] || bad "$name: peak RSS ${rss} KiB over 1 GiB: kaplan $*"
  # JSON and XML outputs are checked all at once at the end.
  case " $* " in
  *" json "* | *" sarif "*) [ -s "$o" ] && echo "$o" >>json-files ;;
  *" junit "*) [ -s "$o" ] && echo "$o" >>xml-files ;;
  esac
  return 0
}

# Every subcommand that reads a plan, on PLAN: run_all NAME ALLOWED PLAN LEVEL. LEVEL
# `full` (the small committed files) runs every output format; `lean` (the large
# generated cases, slow under sanitizers) every subcommand in one text and one
# machine-readable format.
run_all() {
  local name=$1 allow=$2 plan=$3 level=$4 f
  run_limit_s=$limit_s
  [ "$level" = lean ] && run_limit_s=$lean_limit_s
  local t=(--today 2027-07-05)
  local formats=(text json github sarif markdown junit) report_formats=(markdown text html json)
  if [ "$level" = lean ]; then
    formats=(text sarif)
    report_formats=(html json)
  fi
  for f in "${formats[@]}"; do
    check "$name" "$allow" validate "$plan" -f "$f" "${t[@]}"
  done
  check "$name" "$allow" score "$plan" -f json "${t[@]}"
  check "$name" "$allow" score "$plan" --actuals "$example_actuals" "${t[@]}"
  check "$name" "$allow" decompose "$plan" "${t[@]}"
  [ "$level" = full ] && check "$name" "$allow" decompose "$plan" -f json "${t[@]}"
  for f in "${report_formats[@]}"; do
    check "$name" "$allow" report "$plan" -f "$f" "${t[@]}"
  done
  check "$name" "$allow" report "$plan" --actuals "$example_actuals" -f json "${t[@]}"
  check "$name" "$allow" diff "$plan" "$example" -f json "${t[@]}"
  [ "$level" = full ] && check "$name" "$allow" diff "$example" "$plan" "${t[@]}"
  if [ "$rollforward" -eq 1 ]; then
    # rollforward refuses a plan with structural errors (2), so readable input allows 0-2.
    local rf_allow=$allow
    [ "$allow" = 01 ] && rf_allow=012
    check "$name" "$rf_allow" rollforward "$plan" --actuals "$example_actuals" --dry-run "${t[@]}"
    [ "$level" = full ] &&
      check "$name" "$rf_allow" rollforward "$plan" --actuals "$example_actuals" -o "$tmp/rf/$runs" "${t[@]}"
  fi
  # The same bytes as an actuals file (never valid actuals; `report` does not fail on
  # findings, so any status but 3 or a crash).
  if [ "$level" = full ] || [ -p "$plan" ] || [ -c "$plan" ]; then
    check "$name" 012 score "$example" --actuals "$plan" "${t[@]}"
    check "$name" 012 report "$example" --actuals "$plan" -f markdown "${t[@]}"
    [ "$rollforward" -eq 1 ] && check "$name" 012 rollforward "$example" --actuals "$plan" --dry-run "${t[@]}"
  fi
  return 0
}

# --- The committed cases.
while read -r file allow; do
  [[ -z $file || $file == \#* ]] && continue
  add_case "$file" "$hostile/$file" "$allow" full
done <"$hostile/expect.txt"
# The adversarial plan of the report tests: text that tries to break every format.
add_case adversarial "$source_dir/tests/fixtures/report/adversarial/plan.yaml" 01 full

# --- Generated cases.
gen=$tmp/gen
mkdir -p "$gen" work
py() { python3 -c "$@"; }
head_yaml='kaplan: 1\nplan: {id: big, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\n'

: >"$gen/empty.yaml"
add_case empty-file "$gen/empty.yaml" 2 full
py "print('kaplan: 1\nplan: ' + '[' * 100000)" >"$gen/deep-flow-seq.yaml"
add_case deep-flow-seq-100000 "$gen/deep-flow-seq.yaml" 2
py "print('kaplan: 1\nplan: ' + '{a: ' * 50000 + '1' + '}' * 50000)" >"$gen/deep-flow-map.yaml"
add_case deep-flow-map-50000 "$gen/deep-flow-map.yaml" 2
py "
import sys
sys.stdout.write('kaplan: 1\nplan:\n' + ''.join(' ' * (i + 1) + 'k:\n' for i in range(2000)))" >"$gen/deep-block.yaml"
add_case deep-block-map-2000 "$gen/deep-block.yaml" 2
py "print('kaplan: 1\nplan: {id: x}\na: &a 1\nunits: [' + '*a, ' * 100000 + '*a]')" >"$gen/aliases.yaml"
add_case aliases-100000 "$gen/aliases.yaml" 2
py "print('kaplan: 1\nplan:\n' + ''.join('  id: x%d\n' % i for i in range(100000)))" >"$gen/dup-keys.yaml"
add_case duplicate-keys-100000 "$gen/dup-keys.yaml" 01
py "print('kaplan: 1\nplan: {id: x}\nunits:\n  - id: u\n' + ''.join('    x%d: 1\n' % i for i in range(100000)))" >"$gen/unknown-keys.yaml"
add_case unknown-keys-100000 "$gen/unknown-keys.yaml" 01
# The same keys on one 1.2 MB line: each finding's text snippet shows a window of the
# line, not the whole line (1,000 findings would otherwise print over 1 GB).
py "print('kaplan: 1\nplan: {id: x}\nunits:\n  - {id: u, name: n, kind: company, ' + ', '.join('x%d: 1' % i for i in range(100000)) + '}')" >"$gen/unknown-keys-line.yaml"
add_case unknown-keys-100000-one-line "$gen/unknown-keys-line.yaml" 01
py "print('kaplan: 1\nplan: {id: x}\n' + ''.join('bogus%d: 1\n' % i for i in range(50000)))" >"$gen/unknown-sections.yaml"
add_case unknown-sections-50000 "$gen/unknown-sections.yaml" 01
py "print('kaplan: 1\nplan:\n  id: x\n  title: ' + 'x' * (1 << 20))" >"$gen/long-line.yaml"
add_case scalar-1MiB-line "$gen/long-line.yaml" 01
py "print('kaplan: 1\nplan:\n  id: x\n  title: |\n' + ('    ' + 'y' * 1000 + '\n') * 16000)" >"$gen/block-16MiB.yaml"
add_case scalar-16MiB-block "$gen/block-16MiB.yaml" 01
# A 200 MB scalar is over the 64 MiB file limit: refused before it is read.
{
  printf 'kaplan: 1\nplan:\n  title: '
  head -c 200000000 /dev/zero | tr '\0' a
} >"$gen/scalar-200MB.yaml"
add_case scalar-200MB "$gen/scalar-200MB.yaml" 2
# One byte over the limit (sparse: the rest is NUL bytes, never read).
printf 'kaplan: 1\n' >"$gen/over-limit.yaml"
truncate -s $((64 * 1024 * 1024 + 1)) "$gen/over-limit.yaml"
add_case file-over-64MiB "$gen/over-limit.yaml" 2
mkdir "$gen/folder"
add_case folder-without-plan "$gen/folder" 2 full
mkfifo "$gen/fifo.yaml"
add_case fifo "$gen/fifo.yaml" 2 full
add_case dev-zero /dev/zero 2 full
add_case dev-null /dev/null 2 full
add_case dev-urandom /dev/urandom 2 full
add_case missing-file "$gen/no-such-file.yaml" 2 full

# Thousands of files matched by one include glob.
mkdir -p "$gen/glob/parts"
printf "${head_yaml}units: [{id: u0, name: n, kind: company}]\ninclude: [\"parts/*.yaml\"]\n" >"$gen/glob/plan.yaml"
py "
for i in range(3000):
    open('$gen/glob/parts/p%04d.yaml' % i, 'w').write('units: [{id: u%d, name: n, kind: branch, parent: u0}]\n' % (i + 1))"
add_case include-glob-3000 "$gen/glob" 01
# The same id in 1,000 files.
mkdir -p "$gen/dups/parts"
printf "${head_yaml}include: [\"parts/*.yaml\"]\n" >"$gen/dups/plan.yaml"
py "
for i in range(1000):
    open('$gen/dups/parts/p%04d.yaml' % i, 'w').write('units: [{id: same, name: n, kind: company}]\n')"
add_case duplicate-ids-1000-files "$gen/dups" 01
# More files than the plan limit (10,000 per plan).
mkdir -p "$gen/many/parts"
printf "${head_yaml}include: [\"parts/*.yaml\"]\n" >"$gen/many/plan.yaml"
py "
for i in range(10050):
    open('$gen/many/parts/p%05d.yaml' % i, 'w').write('{}\n')"
add_case include-10050-files "$gen/many" 01
# Symbolic links: one leading out of the tree, one to a FIFO inside it, one to /dev/zero.
mkdir -p "$gen/links/in" "$gen/outside"
printf 'units: [{id: secret, name: n, kind: company}]\n' >"$gen/outside/secret.yaml"
ln -s ../outside/secret.yaml "$gen/links/in/out.yaml"
ln -s /etc/passwd "$gen/links/in/passwd.yaml"
ln -s /dev/zero "$gen/links/in/zero.yaml"
printf "${head_yaml}include: [\"in/*.yaml\"]\n" >"$gen/links/plan.yaml"
add_case symlinks-out-of-tree "$gen/links/plan.yaml" 01
mkdir -p "$gen/fifolink"
mkfifo "$gen/fifolink/pipe"
ln -s pipe "$gen/fifolink/part.yaml"
printf "${head_yaml}include: [part.yaml]\n" >"$gen/fifolink/plan.yaml"
add_case include-fifo "$gen/fifolink/plan.yaml" 2
# An include cycle through 2,000 files, and a file including itself.
mkdir -p "$gen/chain"
py "
for i in range(2000):
    open('$gen/chain/f%d.yaml' % i, 'w').write('include: [f%d.yaml]\nunits: [{id: u%d, name: n, kind: company}]\n' % ((i + 1) % 2000, i))"
printf "${head_yaml}include: [f0.yaml, plan.yaml]\n" >"$gen/chain/plan.yaml"
add_case include-cycle-2000 "$gen/chain/plan.yaml" 01
# A KPI cascade 10,000 levels deep, a unit tree as deep, and a parent cycle as long.
py "
import sys
w = sys.stdout.write
w('kaplan: 1\nplan: {id: deep, title: t, organization: o, cycle: 2027, horizon: 1, status: draft, owner: u0}\n')
w('units:\n  - {id: u0, name: n, kind: company}\n')
for i in range(1, 10000): w('  - {id: u%d, name: n, kind: branch, parent: u%d}\n' % (i, i - 1))
w('objectives: [{id: O1, perspective: financial, statement: s}]\n')
w('kpis:\n  - {id: K0, name: n, objective: O1, unit: u0, measure: m, targets: {2027: 10000}}\n')
for i in range(1, 10000): w('  - {id: K%d, name: n, objective: O1, unit: u%d, parent: K%d, measure: m, targets: {2027: %d}}\n' % (i, i, i - 1, 10000 - i))
" >"$gen/cascade.yaml"
add_case kpi-cascade-10000 "$gen/cascade.yaml" 01
py "
import sys
w = sys.stdout.write
w('kaplan: 1\nplan: {id: cyc, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\n')
w('units:\n')
for i in range(10000): w('  - {id: u%d, name: n, kind: branch, parent: u%d}\n' % (i, (i + 1) % 10000))
w('objectives: [{id: O1, perspective: financial, statement: s}]\nkpis:\n')
for i in range(10000): w('  - {id: K%d, name: n, objective: O1, unit: u%d, parent: K%d, measure: m, targets: {2027: 1}}\n' % (i, i, (i + 1) % 10000))
" >"$gen/cycles.yaml"
add_case parent-cycles-10000 "$gen/cycles.yaml" 01

[ ${#cases[@]} -gt 0 ] || fail "no case matches KAPLAN_HOSTILE_ONLY=$only"
shard=${KAPLAN_HOSTILE_SHARD:-0/1}
shard_index=${shard%/*} shard_count=${shard#*/}
for i in "${!cases[@]}"; do
  [ $((i % shard_count)) -eq "$shard_index" ] || continue
  run_all "${cases[$i]}" "${case_allow[$i]}" "${case_paths[$i]}" "${case_level[$i]}"
done

# Well-formed JSON and XML, checked by Python's own parsers.
touch json-files xml-files
python3 - json-files xml-files <<'EOF' || failures=$((failures + 1))
import json, sys, xml.etree.ElementTree as ET
bad = 0
for path in open(sys.argv[1]).read().split():
    try:
        json.load(open(path, encoding="utf-8"))
    except Exception as e:
        print(f"FAIL: {path}: not JSON: {e}", file=sys.stderr); bad += 1
for path in open(sys.argv[2]).read().split():
    try:
        ET.parse(path)
    except Exception as e:
        print(f"FAIL: {path}: not XML: {e}", file=sys.stderr); bad += 1
sys.exit(1 if bad else 0)
EOF

echo "${#cases[@]} cases, $runs runs, $failures failure(s)"
[ "$failures" -eq 0 ] || exit 1
echo "ok"
