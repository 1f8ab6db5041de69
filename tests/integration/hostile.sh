#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Hostile input through every subcommand that reads a plan (issue #9): the committed
# files of tests/hostile/ (listed in tests/hostile/expect.txt) and cases generated here
# (huge, deeply nested, special files, thousands of files, long chains). Every run must
# exit with an allowed status (2 for input that cannot be read, 0 or 1 where it can),
# print no sanitizer report, no raw control character, well-formed JSON and XML, and
# finish within KAPLAN_HOSTILE_TIMEOUT seconds (default 5) and 1 GiB of memory (peak RSS;
# under ASan that includes its shadow memory, so the bound is conservative). A sanitizer
# build (scripts/test.sh's) runs several times slower than a release build: there the
# large generated cases get 4 times the limit.
#
# With KAPLAN_RUN_MANY naming the kaplan_run_many helper built with this kaplan (ctest
# sets it), the runs of one input share one process (tests/integration/run_many.cpp):
# under ASan a process start and exit cost more CPU than most of these runs. Its exit
# status is checked too (LeakSanitizer's report of leaked memory comes at exit), and its
# peak RSS stands for each run's. Without it, each run is a process of its own:
# `timeout` + `/usr/bin/time` + kaplan, as for an installed binary.
# KAPLAN_HOSTILE_ONLY=NAME runs the cases whose name contains NAME; KAPLAN_HOSTILE_SHARD=I/N
# runs every Nth case from the Ith (0-based), so ctest can spread the cases over cores;
# a generated case's input is only made by the shard that runs it.
source "$(dirname "$0")/common.bash"
limit_s=${KAPLAN_HOSTILE_TIMEOUT:-5}
lean_limit_s=$limit_s
grep -q __asan_init "$kaplan" && lean_limit_s=$((limit_s * 4))
limit_kb=$((1024 * 1024))
only=${KAPLAN_HOSTILE_ONLY:-}
runner=${KAPLAN_RUN_MANY:+$(realpath "$KAPLAN_RUN_MANY")}
hostile=$source_dir/tests/hostile
example=$source_dir/examples/telecom-2027
example_actuals=$example/actuals-2027-H1.yaml
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
command -v python3 >/dev/null || skip "python3 is needed to generate the large cases and check the outputs"
rollforward=0
"$kaplan" rollforward --help >/dev/null 2>&1 && rollforward=1

cd "$tmp"
mkdir cases out rf
: >runs.tsv
: >meta.tsv
runs=0
cases=()      # name
case_paths=() # the path given as the plan
case_allow=() # allowed statuses: "2" or "01"
case_level=() # full or lean (see run_all)
case_make=()  # the function making a generated case's input, or empty

# add_case NAME PATH ALLOWED [LEVEL [MAKE]]: MAKE, a function, makes PATH when the case runs.
add_case() {
  [ -n "$only" ] && [[ $1 != *"$only"* ]] && return 0
  cases+=("$1")
  case_paths+=("$2")
  case_allow+=("$3")
  case_level+=("${4:-lean}")
  case_make+=("${5:-}")
}

# Queues one run of kaplan: check NAME ALLOWED ARGS... (stdout in out/NAME.N.out), within
# $run_limit_s seconds (set by run_all for the case). The runs are made and checked
# together at the end (run_queued, then the Python check).
check() {
  local name=$1 allow=$2
  shift 2
  runs=$((runs + 1))
  local o="$tmp/out/$name.$runs.out" e="$tmp/out/$name.$runs.err" IFS=$'\t'
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$run_limit_s" "$o" "$e" "$*" >>"$tmp/runs.tsv"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$allow" "$run_limit_s" "$o" "$e" "$*" >>"$tmp/meta.tsv"
}

# Every subcommand that reads a plan, on PLAN: run_all NAME ALLOWED PLAN LEVEL. LEVEL
# `full` (the small committed files) runs every output format; `lean` (the large
# generated cases, slow under sanitizers) every subcommand, in text or HTML and in one
# machine-readable format.
run_all() {
  local name=$1 allow=$2 plan=$3 level=$4 f
  run_limit_s=$limit_s
  [ "$level" = lean ] && run_limit_s=$lean_limit_s
  local t=(--today 2027-07-05)
  local formats=(text json github sarif markdown junit) report_formats=(markdown text html json)
  if [ "$level" = lean ]; then
    # Each run parses the whole large input again: one run per renderer family, the
    # JSON ones with actuals (the fullest document).
    formats=(text sarif)
    report_formats=(html)
  fi
  for f in "${formats[@]}"; do
    check "$name" "$allow" validate "$plan" -f "$f" "${t[@]}"
  done
  if [ "$level" = full ]; then
    check "$name" "$allow" score "$plan" -f json "${t[@]}"
    check "$name" "$allow" score "$plan" --actuals "$example_actuals" "${t[@]}"
  else
    check "$name" "$allow" score "$plan" --actuals "$example_actuals" -f json "${t[@]}"
  fi
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

# --- Generated cases: make_* functions write the input of one case.
gen=$tmp/gen
mkdir -p "$gen" work
py() { python3 -c "$@"; }
head_yaml='kaplan: 1\nplan: {id: big, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\n'

make_empty() { : >"$gen/empty.yaml"; }
add_case empty-file "$gen/empty.yaml" 2 full make_empty
make_deep_flow_seq() { py "print('kaplan: 1\nplan: ' + '[' * 100000)" >"$gen/deep-flow-seq.yaml"; }
add_case deep-flow-seq-100000 "$gen/deep-flow-seq.yaml" 2 lean make_deep_flow_seq
make_deep_flow_map() { py "print('kaplan: 1\nplan: ' + '{a: ' * 50000 + '1' + '}' * 50000)" >"$gen/deep-flow-map.yaml"; }
add_case deep-flow-map-50000 "$gen/deep-flow-map.yaml" 2 lean make_deep_flow_map
make_deep_block() {
  py "
import sys
sys.stdout.write('kaplan: 1\nplan:\n' + ''.join(' ' * (i + 1) + 'k:\n' for i in range(2000)))" >"$gen/deep-block.yaml"
}
add_case deep-block-map-2000 "$gen/deep-block.yaml" 2 lean make_deep_block
make_aliases() { py "print('kaplan: 1\nplan: {id: x}\na: &a 1\nunits: [' + '*a, ' * 100000 + '*a]')" >"$gen/aliases.yaml"; }
add_case aliases-100000 "$gen/aliases.yaml" 2 lean make_aliases
make_dup_keys() { py "print('kaplan: 1\nplan:\n' + ''.join('  id: x%d\n' % i for i in range(20000)))" >"$gen/dup-keys.yaml"; }
add_case duplicate-keys-20000 "$gen/dup-keys.yaml" 01 lean make_dup_keys
make_unknown_keys() {
  py "print('kaplan: 1\nplan: {id: x}\nunits:\n  - id: u\n' + ''.join('    x%d: 1\n' % i for i in range(20000)))" >"$gen/unknown-keys.yaml"
}
add_case unknown-keys-20000 "$gen/unknown-keys.yaml" 01 lean make_unknown_keys
# The same keys on one 240 KB line: each finding's text snippet shows a window of the
# line, not the whole line (1,000 findings would otherwise print 240 MB). The duplicate-key,
# unknown-key and unknown-section cases are 5 times smaller than the shapes bench/hostile
# measures (100,000 keys, 50,000 sections): more than the 1,000 findings a rule shows either way,
# and 70 s less CPU under the sanitizers.
make_unknown_keys_line() {
  py "print('kaplan: 1\nplan: {id: x}\nunits:\n  - {id: u, name: n, kind: company, ' + ', '.join('x%d: 1' % i for i in range(20000)) + '}')" >"$gen/unknown-keys-line.yaml"
}
add_case unknown-keys-20000-one-line "$gen/unknown-keys-line.yaml" 01 lean make_unknown_keys_line
make_unknown_sections() { py "print('kaplan: 1\nplan: {id: x}\n' + ''.join('bogus%d: 1\n' % i for i in range(10000)))" >"$gen/unknown-sections.yaml"; }
add_case unknown-sections-10000 "$gen/unknown-sections.yaml" 01 lean make_unknown_sections
make_long_line() { py "print('kaplan: 1\nplan:\n  id: x\n  title: ' + 'x' * (1 << 20))" >"$gen/long-line.yaml"; }
add_case scalar-1MiB-line "$gen/long-line.yaml" 01 lean make_long_line
# 8 MiB in one block scalar; bench/hostile reads a file just under the 64 MiB limit.
make_block_8mib() { py "print('kaplan: 1\nplan:\n  id: x\n  title: |\n' + ('    ' + 'y' * 1000 + '\n') * 8000)" >"$gen/block-8MiB.yaml"; }
add_case scalar-8MiB-block "$gen/block-8MiB.yaml" 01 lean make_block_8mib
# A 200 MB scalar is over the 64 MiB file limit: refused before it is read.
make_scalar_200mb() {
  {
    printf 'kaplan: 1\nplan:\n  title: '
    head -c 200000000 /dev/zero | tr '\0' a
  } >"$gen/scalar-200MB.yaml"
}
add_case scalar-200MB "$gen/scalar-200MB.yaml" 2 lean make_scalar_200mb
# One byte over the limit (sparse: the rest is NUL bytes, never read).
make_over_limit() {
  printf 'kaplan: 1\n' >"$gen/over-limit.yaml"
  truncate -s $((64 * 1024 * 1024 + 1)) "$gen/over-limit.yaml"
}
add_case file-over-64MiB "$gen/over-limit.yaml" 2 lean make_over_limit
make_folder() { mkdir "$gen/folder"; }
add_case folder-without-plan "$gen/folder" 2 full make_folder
make_fifo() { mkfifo "$gen/fifo.yaml"; }
add_case fifo "$gen/fifo.yaml" 2 full make_fifo
add_case dev-zero /dev/zero 2 full
add_case dev-null /dev/null 2 full
add_case dev-urandom /dev/urandom 2 full
add_case missing-file "$gen/no-such-file.yaml" 2 full

# Thousands of files matched by one include glob.
make_glob() {
  mkdir -p "$gen/glob/parts"
  printf "${head_yaml}units: [{id: u0, name: n, kind: company}]\ninclude: [\"parts/*.yaml\"]\n" >"$gen/glob/plan.yaml"
  py "
for i in range(3000):
    open('$gen/glob/parts/p%04d.yaml' % i, 'w').write('units: [{id: u%d, name: n, kind: branch, parent: u0}]\n' % (i + 1))"
}
add_case include-glob-3000 "$gen/glob" 01 lean make_glob
# The same id in 1,000 files.
make_dups() {
  mkdir -p "$gen/dups/parts"
  printf "${head_yaml}include: [\"parts/*.yaml\"]\n" >"$gen/dups/plan.yaml"
  py "
for i in range(1000):
    open('$gen/dups/parts/p%04d.yaml' % i, 'w').write('units: [{id: same, name: n, kind: company}]\n')"
}
add_case duplicate-ids-1000-files "$gen/dups" 01 lean make_dups
# More files than the plan limit (10,000 per plan).
make_many() {
  mkdir -p "$gen/many/parts"
  printf "${head_yaml}include: [\"parts/*.yaml\"]\n" >"$gen/many/plan.yaml"
  py "
for i in range(10050):
    open('$gen/many/parts/p%05d.yaml' % i, 'w').write('{}\n')"
}
add_case include-10050-files "$gen/many" 01 lean make_many
# Symbolic links: one leading out of the tree, one to a FIFO inside it, one to /dev/zero.
make_links() {
  mkdir -p "$gen/links/in" "$gen/outside"
  printf 'units: [{id: secret, name: n, kind: company}]\n' >"$gen/outside/secret.yaml"
  ln -s ../outside/secret.yaml "$gen/links/in/out.yaml"
  ln -s /etc/passwd "$gen/links/in/passwd.yaml"
  ln -s /dev/zero "$gen/links/in/zero.yaml"
  printf "${head_yaml}include: [\"in/*.yaml\"]\n" >"$gen/links/plan.yaml"
}
add_case symlinks-out-of-tree "$gen/links/plan.yaml" 01 lean make_links
make_fifolink() {
  mkdir -p "$gen/fifolink"
  mkfifo "$gen/fifolink/pipe"
  ln -s pipe "$gen/fifolink/part.yaml"
  printf "${head_yaml}include: [part.yaml]\n" >"$gen/fifolink/plan.yaml"
}
add_case include-fifo "$gen/fifolink/plan.yaml" 2 lean make_fifolink
# An include cycle through 2,000 files, and a file including itself.
make_chain() {
  mkdir -p "$gen/chain"
  py "
for i in range(2000):
    open('$gen/chain/f%d.yaml' % i, 'w').write('include: [f%d.yaml]\nunits: [{id: u%d, name: n, kind: company}]\n' % ((i + 1) % 2000, i))"
  printf "${head_yaml}include: [f0.yaml, plan.yaml]\n" >"$gen/chain/plan.yaml"
}
add_case include-cycle-2000 "$gen/chain/plan.yaml" 01 lean make_chain
# A KPI cascade 10,000 levels deep, a unit tree as deep, and a parent cycle as long.
make_cascade() {
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
}
add_case kpi-cascade-10000 "$gen/cascade.yaml" 01 lean make_cascade
make_cycles() {
  py "
import sys
w = sys.stdout.write
w('kaplan: 1\nplan: {id: cyc, title: t, organization: o, cycle: 2027, horizon: 1, status: draft}\n')
w('units:\n')
for i in range(10000): w('  - {id: u%d, name: n, kind: branch, parent: u%d}\n' % (i, (i + 1) % 10000))
w('objectives: [{id: O1, perspective: financial, statement: s}]\nkpis:\n')
for i in range(10000): w('  - {id: K%d, name: n, objective: O1, unit: u%d, parent: K%d, measure: m, targets: {2027: 1}}\n' % (i, i, (i + 1) % 10000))
" >"$gen/cycles.yaml"
}
add_case parent-cycles-10000 "$gen/cycles.yaml" 01 lean make_cycles

[ ${#cases[@]} -gt 0 ] || fail "no case matches KAPLAN_HOSTILE_ONLY=$only"
shard=${KAPLAN_HOSTILE_SHARD:-0/1}
shard_index=${shard%/*} shard_count=${shard#*/}
ran=0
for i in "${!cases[@]}"; do
  [ $((i % shard_count)) -eq "$shard_index" ] || continue
  [ -n "${case_make[$i]}" ] && "${case_make[$i]}"
  run_all "${cases[$i]}" "${case_allow[$i]}" "${case_paths[$i]}" "${case_level[$i]}"
  ran=$((ran + 1))
done

# Makes every queued run, in $tmp/work, writing `STATUS RSS_KIB MILLISECONDS` a run to
# results.txt (STATUS `timeout` for a run killed at its limit), then with the helper
# `GROUP NAME exit STATUS` for each input's process.
run_queued() {
  if [ -n "$runner" ]; then
    (cd "$tmp/work" && "$runner" <"$tmp/runs.tsv" >"$tmp/results.txt")
    return
  fi
  local timer=() limit o e args status rss start
  [ -x /usr/bin/time ] && timer=(/usr/bin/time -f %M -o "$tmp/rss")
  : >"$tmp/results.txt"
  while IFS=$'\t' read -r -a args; do
    limit=${args[1]} o=${args[2]} e=${args[3]}
    args=("${args[@]:4}")
    status=0 rss=0
    rm -f "$tmp/rss"
    start=$(date +%s%N)
    (cd "$tmp/work" && timeout -s KILL "$limit" "${timer[@]}" "$kaplan" "${args[@]}" >"$o" 2>"$e" </dev/null) ||
      status=$?
    [ -s "$tmp/rss" ] && rss=$(tail -1 "$tmp/rss" | tr -dc 0-9)
    # /usr/bin/time reports a killed child as its own failure; timeout says 137.
    { [ "$status" -eq 137 ] || [ "$status" -eq 124 ]; } && status=timeout
    echo "$status ${rss:-0} $((($(date +%s%N) - start) / 1000000))" >>"$tmp/results.txt"
  done <"$tmp/runs.tsv"
}
run_queued

# Checks every run's result and outputs (Python's own JSON and XML parsers).
python3 - "$tmp/meta.tsv" "$tmp/results.txt" "$limit_kb" <<'EOF' || exit 1
import json, re, sys, xml.etree.ElementTree as ET
meta = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
results = open(sys.argv[2]).read().splitlines()
groups = [r.split() for r in results if r.startswith("GROUP ")]
results = [r for r in results if not r.startswith("GROUP ")]
limit_kb = int(sys.argv[3])
sanitizer = re.compile(rb"Sanitizer|runtime error|terminate called|Assertion")
control = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")
failures = 0
def bad(text):
    global failures
    print(f"FAIL: {text}", file=sys.stderr)
    failures += 1
if len(results) != len(meta):
    bad(f"{len(results)} results for {len(meta)} runs")
for (name, allow, limit, out, err, *args), result in zip(meta, results):
    status, rss, ms = result.split()
    command = "kaplan " + " ".join(args)
    err_bytes = open(err, "rb").read()
    if status == "timeout":
        bad(f"{name}: over {limit}s: {command}")
    elif len(status) != 1 or status not in allow:
        bad(f"{name}: exit status {status}, allowed {{{allow}}}: {command}")
        sys.stderr.write(b"\n".join(err_bytes.split(b"\n")[:5]).decode("utf-8", "replace") + "\n")
    if sanitizer.search(err_bytes):
        bad(f"{name}: sanitizer or abort: {command}")
        sys.stderr.write(b"\n".join(err_bytes.split(b"\n")[:20]).decode("utf-8", "replace") + "\n")
    out_bytes = open(out, "rb").read()
    if control.search(out_bytes) or control.search(err_bytes):
        bad(f"{name}: a raw control character reached the output: {command}")
    if int(rss) > limit_kb:
        bad(f"{name}: peak RSS {rss} KiB over 1 GiB: {command}")
    words = f" {' '.join(args)} "
    if out_bytes and (" json " in words or " sarif " in words):
        try:
            json.loads(out_bytes.decode("utf-8"))
        except Exception as e:
            bad(f"{out}: not JSON: {e}")
    elif out_bytes and " junit " in words:
        try:
            ET.fromstring(out_bytes)
        except Exception as e:
            bad(f"{out}: not XML: {e}")
# The process of each input, after its last run: exit status 0 and no sanitizer report
# (LeakSanitizer reports leaked memory at exit, in the last run's stderr file + .exit).
last_err = {name: err for name, allow, limit, out, err, *args in meta}
for _, name, _, status in groups:
    if status == "-":
        continue  # the last run died or was killed: its own result says so
    exit_err = open(last_err[name] + ".exit", "rb").read()
    if status != "0" or sanitizer.search(exit_err):
        bad(f"{name}: the process of its runs exited with status {status} after the last run")
        sys.stderr.write(b"\n".join(exit_err.split(b"\n")[:40]).decode("utf-8", "replace") + "\n")
how = f"one process for each of {len(groups)} inputs" if groups else "one process each"
print(f"{len(meta)} runs ({how}), {failures} failure(s)")
sys.exit(1 if failures else 0)
EOF
echo "$ran cases ok"
