#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The CI examples work as written. pre-commit itself is not installed here, so each
# hook of .pre-commit-hooks.yaml and examples/ci/pre-commit-config.yaml is run the way
# pre-commit runs a `language: system` hook with `pass_filenames: false` (its `entry`
# split into words, then its `args`) in a temporary git repository: it passes on the
# example and fails once a change breaks the plan. The kaplan command lines of the
# GitHub Actions and GitLab CI examples are run there too, with their reports checked;
# the GitLab note script runs against a stand-in for curl (one note per merge request,
# updated on later pushes); the workflow's steps that need a writable token are skipped
# for pull requests from forks; neither example installs kaplan's test packages.
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
  [ "$ci" = gitlab-ci.yml ] || rm -f "$repo"/diff.md "$repo"/new-findings.md
  rm -f "$repo"/kaplan.sarif
done
"$py" "$source_dir/tests/check_junit.py" "$repo/kaplan-junit.xml" KAP-K004 >/dev/null || fail "gitlab: JUnit"
"$py" "$source_dir/tests/check_json_shape.py" codeclimate 1 <"$repo/gl-code-quality-report.json" >/dev/null ||
  fail "gitlab: Code Quality report"
grep -q '"path": "plans/' "$repo/gl-code-quality-report.json" || fail "gitlab: Code Quality paths are not from the repository root"

# The structure of both examples: what must hold for forks, reports and installs.
"$py" - "$source_dir/examples/ci/github-actions.yml" "$source_dir/examples/ci/gitlab-ci.yml" <<'EOT' || fail "the CI examples' structure"
import re, sys, yaml
github_file, gitlab_file = sys.argv[1:]
for f in (github_file, gitlab_file):
    text = open(f).read()
    # Only what kaplan needs to build: no test framework, no `deps.sh --test`.
    assert "doctest" not in text and "--test" not in text, (f, "installs test packages")
    assert "-DKAPLAN_BUILD_TESTS=OFF" in text, (f, "builds kaplan's tests")
gh = yaml.safe_load(open(github_file))
steps = gh["jobs"]["kaplan"]["steps"]
same_repo = "github.event.pull_request.head.repo.full_name == github.repository"
fork = "github.event.pull_request.head.repo.full_name != github.repository"
by_action = {s["uses"].split("@")[0]: s for s in steps if "uses" in s}
assert by_action["actions/checkout"]["uses"] == "actions/checkout@v4"
assert all(s["uses"] == "actions/checkout@v4" for s in steps if s.get("uses", "").startswith("actions/checkout"))
for action, version in [("github/codeql-action/upload-sarif", "v3"), ("actions/github-script", "v7")]:
    step = by_action[action]
    assert step["uses"] == action + "@" + version, step["uses"]
    # Skipped for a fork's read-only token, run even when validation failed otherwise.
    assert same_repo in step["if"] and "always()" in step["if"], (action, step.get("if"))
notices = [s for s in steps if fork in str(s.get("if", ""))]
assert len(notices) == 1 and "::notice" in notices[0]["run"] and "fork" in notices[0]["run"], notices
kaplan_step = [s for s in steps if s.get("id") == "kaplan"][0]
assert "if" not in kaplan_step, "the validation must run for forks too"
assert re.search(r"kaplan validate .*--format github", kaplan_step["run"]), "no annotations"
gl = yaml.safe_load(open(gitlab_file))["kaplan"]
assert gl["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
assert any("--format codeclimate" in line for line in gl["script"] if isinstance(line, str))
EOT

# The GitLab note: posted when the merge request has none of kaplan's, updated when it
# has one (on a later page too), through a stand-in for curl that plays the notes API.
if command -v jq >/dev/null; then
  note_script=$("$py" -c '
import sys, yaml
script = yaml.safe_load(open(sys.argv[1]))["kaplan"]["script"]
# The lines writing and posting comment.md, in their order.
print("\n".join(line for line in script if "comment.md" in line))' "$source_dir/examples/ci/gitlab-ci.yml")
  mkdir "$tmp/api"
  cat >"$tmp/api/curl" <<'EOT'
#!/usr/bin/env bash
# curl as the note script calls it: logs METHOD URL [BODY-FILE], answers GETs from $API_DIR.
method=GET url="" body=""
while [ $# -gt 0 ]; do
  case $1 in
    --request) method=$2; shift ;;
    --header) shift ;;
    --data-urlencode) body=${2#body@}; shift ;;
    -*) ;;
    *) url=$1 ;;
  esac
  shift
done
echo "$method $url ${body:+$(head -c 20 "$body")}" >>"$API_DIR/log"
if [ "$method" = GET ]; then
  page=${url##*page=}
  cat "$API_DIR/page-$page.json" 2>/dev/null || echo '[]'
fi
EOT
  chmod +x "$tmp/api/curl"
  run_note() { # runs the note script in the repository with the stand-in curl
    (cd "$repo" && PATH="$tmp/api:$PATH" API_DIR="$tmp/api" KAPLAN_BOT_TOKEN=secret \
      CI_API_V4_URL=https://gitlab.example/api/v4 CI_PROJECT_ID=7 CI_MERGE_REQUEST_IID=42 \
      bash -ec "$note_script")
  }
  notes=https://gitlab.example/api/v4/projects/7/merge_requests/42/notes
  echo '[{"id": 5, "body": "looks good"}]' >"$tmp/api/page-1.json"
  run_note
  [ "$(cat "$tmp/api/log")" = "GET $notes?sort=asc&order_by=created_at&per_page=100&page=1 
GET $notes?sort=asc&order_by=created_at&per_page=100&page=2 
POST $notes <!-- kaplan diff -->" ] || fail "gitlab note, first push: $(cat "$tmp/api/log")"
  rm "$tmp/api/log"
  echo '[{"id": 9, "body": "<!-- kaplan diff -->\n### old"}, {"id": 11, "body": "later"}]' >"$tmp/api/page-2.json"
  run_note
  [ "$(tail -1 "$tmp/api/log")" = "PUT $notes/9 <!-- kaplan diff -->" ] &&
    [ "$(grep -c '^POST' "$tmp/api/log")" -eq 0 ] || fail "gitlab note, later push: $(cat "$tmp/api/log")"
fi
echo "ok"
