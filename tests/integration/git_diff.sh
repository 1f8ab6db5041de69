#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The pull-request scenario: a git repository with the example plan and one commit that
# breaks the KPI cascade and moves budget. `kaplan diff --git HEAD~1` shows exactly those
# changes, `validate --new-only --git HEAD~1` only the new finding, with a bounded number
# of git processes however many files the plan's folder holds, and the JUnit and SARIF
# reports of one multi-format run pass their structure checks.
source "$(dirname "$0")/common.bash"
py=${PYTHON:-python3}
repo=$tmp/repo
repo_with_example "$repo"
cd "$repo"
# 300 more YAML files in the plan's folder, which the plan does not include: each is still
# read from a revision, and must not cost a git process each (issue #24).
mkdir plans/notes
for i in $(seq 1 300); do echo "note: $i" >"plans/notes/n$i.yaml"; done
git_ add plans/notes
git_ commit -qm "notes"

# Before any change nothing differs and nothing is new.
"$kaplan" diff --git HEAD plans --today 2027-07-05 >"$tmp/out" || fail "diff on a clean tree"
[ "$(cat "$tmp/out")" = "plan ka-2027: HEAD → working tree
no changes" ] || fail "clean diff: $(cat "$tmp/out")"
expect_status 0 "$kaplan" validate --new-only --git HEAD plans --today 2027-07-05

break_cascade_and_move_budget "$repo"
git_ commit -qam "cut Wenzhou's 2027 revenue target, move 2028 budget to training"

# The line of KPI-rev's id, where the cascade finding points.
line=$(grep -n -- '- id: KPI-rev$' plans/plan.yaml | cut -d: -f1)
[ -n "$line" ] || fail "KPI-rev not found in the example"

# The text diff, word for word.
"$kaplan" diff --git HEAD~1 plans --today 2027-07-05 >"$tmp/diff.txt" || fail "diff status"
cat >"$tmp/expected.txt" <<'EOT'
plan ka-2027: HEAD~1 → working tree
KPI targets:
  KPI-rev-wz 2027: 70000 → 50000 (-20000)
budget:
  2028 marketing: 1200 → 1100 (-100)
  2028 training: 400 → 500 (+100)
findings: 1 new finding(s), 0 fixed
  new   plans/plan.yaml:LINE:9: error: KPI `KPI-rev` 2027: children's combined target 508000 falls short of the parent's 520000 by 12000 (combined by `sum`) [KAP-K004]
EOT
sed -i "s/:LINE:/:$line:/" "$tmp/expected.txt"
diff -u "$tmp/expected.txt" "$tmp/diff.txt" || fail "text diff differs"

# The number of git processes does not grow with the number of files (one
# `git cat-file --batch` for all of them), and the output is the same through a git that
# counts its runs.
real_git=$(command -v git)
mkdir "$tmp/shim"
printf '#!/bin/sh\necho "$*" >>"%s"\nexec "%s" "$@"\n' "$tmp/git-calls" "$real_git" >"$tmp/shim/git"
chmod +x "$tmp/shim/git"
: >"$tmp/git-calls"
PATH="$tmp/shim:$PATH" "$kaplan" diff --git HEAD~1 plans --today 2027-07-05 >"$tmp/diff-counted.txt" ||
  fail "diff through the counting git"
cmp -s "$tmp/diff.txt" "$tmp/diff-counted.txt" || fail "diff through the counting git differs"
[ "$(wc -l <"$tmp/git-calls")" -le 6 ] || fail "diff --git ran git $(wc -l <"$tmp/git-calls") times"
[ "$(grep -c ' cat-file ' "$tmp/git-calls")" -eq 1 ] || fail "cat-file runs: $(grep ' cat-file ' "$tmp/git-calls" | head -3)"
: >"$tmp/git-calls"
expect_status 1 env PATH="$tmp/shim:$PATH" "$kaplan" validate --new-only --git HEAD~1 plans --today 2027-07-05 >/dev/null
[ "$(wc -l <"$tmp/git-calls")" -le 6 ] || fail "validate --new-only ran git $(wc -l <"$tmp/git-calls") times"

# The JSON diff: exactly those changes and nothing else.
"$kaplan" diff --git HEAD~1 plans --today 2027-07-05 --format json >"$tmp/diff.json"
"$py" - "$tmp/diff.json" <<'EOT' || fail "json diff"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["before"] == "HEAD~1" and d["plan"] == "ka-2027", d
assert d["targets"] == [{"kpi": "KPI-rev-wz", "year": 2027, "before": 70000, "after": 50000,
                         "change": -20000}], d["targets"]
assert d["budget"] == [
    {"year": 2028, "category": "marketing", "before": 1200, "after": 1100, "change": -100},
    {"year": 2028, "category": "training", "before": 400, "after": 500, "change": 100}], d["budget"]
assert d["actions"] == {"added": [], "removed": [], "changed": []}, d["actions"]
assert d["load"] == [], d["load"]
new = d["findings"]["new"]
assert [(f["rule"], f["entity"], f["file"]) for f in new] == [("KAP-K004", "KPI-rev", "plans/plan.yaml")], new
assert d["findings"]["fixed"] == []
EOT

# The same diff from inside the plan's folder names files from there.
(cd plans && "$kaplan" diff --git HEAD~1 --today 2027-07-05) | grep -q "^  new   plan.yaml:$line:9: error: " ||
  fail "diff from the plan's folder"
# Two paths: the example as shipped against the changed copy.
"$kaplan" diff "$source_dir/examples/telecom-2027" plans --today 2027-07-05 --format json >"$tmp/two.json"
"$py" -c 'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
assert a["targets"] == b["targets"] and a["budget"] == b["budget"]' "$tmp/diff.json" "$tmp/two.json" ||
  fail "diff OLD NEW differs from diff --git"
# Markdown for the pull-request comment.
"$kaplan" diff --git HEAD~1 plans --today 2027-07-05 --format markdown >"$tmp/diff.md"
head -1 "$tmp/diff.md" | grep -qx '<!-- kaplan diff -->' || fail "markdown marker"
grep -qx '| KPI-rev-wz | 2027 | 70000 | 50000 | -20000 |' "$tmp/diff.md" || fail "markdown targets row"

# Only the new finding, matched by identity: the example's own suppressed findings and
# lines that moved do not count.
expect_status 1 "$kaplan" validate --new-only --git HEAD~1 plans --today 2027-07-05 --format json -o "$tmp/new.json"
"$py" - "$tmp/new.json" "$line" <<'EOT' || fail "--new-only json"
import json, sys
d = json.load(open(sys.argv[1]))
line = int(sys.argv[2])
assert [(x["rule"], x["entity"], x["line"]) for x in d["diagnostics"]] == [("KAP-K004", "KPI-rev", line)], d
assert d["summary"] == {"error": 1, "warning": 0, "info": 0, "suppressed": 0}, d["summary"]
EOT
# Lines added above the finding keep its identity: still nothing new compared with HEAD.
sed -i '1i # a comment that moves every line down' plans/plan.yaml
expect_status 0 "$kaplan" validate --new-only --git HEAD plans --today 2027-07-05
git_ checkout -q plans/plan.yaml

# Several reports in one run: text to stdout, JUnit and SARIF to files.
expect_status 1 "$kaplan" validate plans --today 2027-07-05 --format text --format junit --format sarif \
  --output - --output "$tmp/report.xml" --output "$tmp/report.sarif" >"$tmp/stdout.txt"
grep -q "^plans/plan.yaml:$line:9: error: .*\\[KAP-K004\\]\$" "$tmp/stdout.txt" || fail "text on stdout"
"$py" "$source_dir/tests/check_junit.py" "$tmp/report.xml" KAP-K004 || fail "JUnit structure"
"$py" "$source_dir/tests/check_json_shape.py" sarif <"$tmp/report.sarif" || fail "SARIF structure"
expect_status 2 "$kaplan" validate plans --format text --format json
# A format before the path takes one value: the path stays a path.
expect_status 1 "$kaplan" validate -f junit plans -o "$tmp/first.xml" --today 2027-07-05
"$py" "$source_dir/tests/check_junit.py" "$tmp/first.xml" KAP-K004 >/dev/null || fail "-f junit PLAN -o FILE"
expect_status 2 "$kaplan" validate plans --format text --format json --output - --output -

# Bad revisions and places stop with exit status 2 and say why.
"$kaplan" diff --git no-such-rev plans 2>"$tmp/err" && fail "bad revision accepted"
grep -qx 'kaplan: error: --git: `no-such-rev` is not a commit of this repository' "$tmp/err" ||
  fail "bad revision message: $(cat "$tmp/err")"
expect_status 2 "$kaplan" diff --git=--output=/tmp/x plans
expect_status 2 "$kaplan" validate --new-only plans
mkdir "$tmp/norepo"
cp -r "$source_dir/examples/telecom-2027" "$tmp/norepo/plans"
expect_status 2 "$kaplan" diff --git HEAD "$tmp/norepo/plans"

# A plan added after the revision: everything in it is new.
mkdir "$tmp/repo2"
git_ -C "$tmp/repo2" init -q
echo "first" >"$tmp/repo2/README"
git_ -C "$tmp/repo2" add README
git_ -C "$tmp/repo2" commit -qm init
cp -r "$source_dir/examples/flawed" "$tmp/repo2/plans"
(cd "$tmp/repo2" && "$kaplan" diff --git HEAD plans --format json --today 2027-07-05) >"$tmp/added.json" || true
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["findings"]["new"] and not d["findings"]["fixed"], d' \
  "$tmp/added.json" || fail "plan added since the revision"
echo "ok"
