#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The CI examples work as written. pre-commit itself is not installed here, so each
# hook of .pre-commit-hooks.yaml and examples/ci/pre-commit-config.yaml is run the way
# pre-commit runs a `language: system` hook with `pass_filenames: false` (its `entry`
# split into words, then its `args`) in a temporary git repository: it passes on the
# example and fails once a change breaks the plan. The kaplan command lines of the
# GitHub Actions and GitLab CI examples are run there too, with their reports checked.
source "$(dirname "$0")/common.bash"
py=${PYTHON:-python3}
"$py" -c 'import yaml' 2>/dev/null || skip "python3 has no yaml module (python3-yaml)"
mkdir "$tmp/bin"
ln -s "$kaplan" "$tmp/bin/kaplan"
export PATH="$tmp/bin:$PATH"
repo=$tmp/repo
repo_with_example "$repo"

# One line per hook: its id, then the command as pre-commit would run it, separated by \x01.
hooks() {
  "$py" - "$1" <<'EOT'
import shlex, sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
hooks = doc if isinstance(doc, list) else [h for r in doc["repos"] for h in r["hooks"]]
for h in hooks:
    assert h["language"] == "system" and h["pass_filenames"] is False, h
    assert h["files"] == r"\.ya?ml$", h["files"]
    print("\x01".join([h["id"]] + shlex.split(h["entry"]) + h.get("args", [])))
EOT
}

run_hooks() { # FILE EXPECTED-STATUS-OF-validate EXPECTED-STATUS-OF-new-findings
  local file=$1 id status
  while IFS= read -r line; do
    IFS=$'\x01' read -r -a words <<<"$line"
    id=${words[0]}
    status=0
    (cd "$repo" && env -u NO_COLOR "${words[@]:1}" --today 2027-07-05 >"$tmp/hook.out" 2>&1) || status=$?
    local want=$2
    [ "$id" = kaplan-new-findings ] && want=$3
    [ "$status" -eq "$want" ] || { cat "$tmp/hook.out" >&2; fail "hook $id of $file: status $status, expected $want"; }
  done < <(hooks "$file")
}

hook_files=("$source_dir/.pre-commit-hooks.yaml" "$source_dir/examples/ci/pre-commit-config.yaml")
[ "$(hooks "${hook_files[0]}" | cut -d $'\x01' -f1 | tr '\n' ' ')" = "kaplan-validate kaplan-new-findings " ] ||
  fail "the hooks offered changed: update this test"
for f in "${hook_files[@]}"; do run_hooks "$f" 0 0; done
# An uncommitted change that breaks the cascade: both hooks fail.
break_cascade_and_move_budget "$repo"
for f in "${hook_files[@]}"; do run_hooks "$f" 1 1; done
git_ -C "$repo" commit -qam "break the cascade"
# Committed, the finding is no longer new to HEAD; the full check still fails.
for f in "${hook_files[@]}"; do run_hooks "$f" 1 0; done

# The kaplan lines of the CI examples, with their variables set as CI would set them.
ci_lines() {
  "$py" - "$1" <<'EOT'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
if "jobs" in doc:  # GitHub Actions: the run block of the step with id `kaplan`
    steps = [s for s in doc["jobs"]["kaplan"]["steps"] if s.get("id") == "kaplan"]
    lines = steps[0]["run"].splitlines()
else:              # GitLab CI: the job's script
    lines = doc["kaplan"]["script"]
for line in lines:
    line = line.strip()
    if line.startswith("kaplan ") or line.startswith("status=") or line.startswith("export BASE"):
        print(line.replace("$GITHUB_OUTPUT", "/dev/null"))
EOT
}
for ci in github-actions.yml gitlab-ci.yml; do
  script=$tmp/${ci%.yml}.sh
  { echo 'set -e'; echo 'PLANS=plans BASE=HEAD~1'; ci_lines "$source_dir/examples/ci/$ci" | grep -v '^export BASE'
    echo 'echo "new-findings status $status"'; } >"$script"
  [ "$(grep -c '^kaplan ' "$script")" -eq 3 ] || fail "$ci: expected three kaplan commands"
  out=$(cd "$repo" && bash "$script" 2>&1) || fail "$ci commands failed: $out"
  grep -q 'new-findings status 1' <<<"$out" || fail "$ci: the new finding did not fail: $out"
  grep -qx '<!-- kaplan diff -->' "$repo/diff.md" || fail "$ci: diff.md"
  grep -q 'KAP-K004' "$repo/new-findings.md" || fail "$ci: new-findings.md"
  "$py" "$source_dir/tests/check_json_shape.py" sarif <"$repo/kaplan.sarif" >/dev/null || fail "$ci: SARIF"
  rm -f "$repo"/diff.md "$repo"/new-findings.md "$repo"/kaplan.sarif
done
"$py" "$source_dir/tests/check_junit.py" "$repo/kaplan-junit.xml" KAP-K004 >/dev/null || fail "gitlab: JUnit"
echo "ok"
