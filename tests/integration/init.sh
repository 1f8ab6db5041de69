#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan init` writes a skeleton plan that validates with no findings (in both
# languages), and never overwrites a file.
source "$(dirname "$0")/common.bash"
cd "$tmp"
"$kaplan" init new-plan --today 2026-09-01 >out.txt || fail "init"
cat >expected.txt <<'EOT'
created new-plan/plan.yaml
created new-plan/branches/branch-a.yaml
created new-plan/.kaplan.yaml
next: edit the files, then run `kaplan validate new-plan`
EOT
diff -u expected.txt out.txt || fail "init's report"
grep -q '^  cycle: 2027$' new-plan/plan.yaml || fail "the cycle is the year after --today"
[ "$("$kaplan" validate new-plan --today 2026-09-01)" = "no findings" ] || fail "the skeleton has findings"
# Later in the cycle year it is still free of errors.
expect_status 0 "$kaplan" validate new-plan --today 2027-03-01 --fail-on error
"$kaplan" init zh --lang zh --today 2026-09-01 >/dev/null
[ "$("$kaplan" validate zh --today 2026-09-01)" = "no findings" ] || fail "the Chinese skeleton has findings"
grep -q '大客户' zh/plan.yaml || fail "the Chinese skeleton's texts"
# The current folder by default.
mkdir here && (cd here && "$kaplan" init --today 2026-09-01 >/dev/null) && [ -f here/plan.yaml ] || fail "init ."

# An existing file: nothing is written, the file is untouched, exit status 2.
mkdir taken && echo "mine" >taken/.kaplan.yaml
"$kaplan" init taken --today 2026-09-01 2>err.txt && fail "init overwrote"
[ "$(cat err.txt)" = "kaplan: error: taken/.kaplan.yaml already exists; add --force to replace it" ] ||
  fail "message: $(cat err.txt)"
[ "$(cat taken/.kaplan.yaml)" = "mine" ] || fail "the existing file changed"
[ ! -e taken/plan.yaml ] || fail "a file was written although another one exists"
expect_status 2 "$kaplan" init new-plan --today 2026-09-01
# No temporary file is left behind.
[ -z "$(find . -name '*.tmp-*')" ] || fail "temporary files left"
echo "ok"
