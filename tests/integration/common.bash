# SPDX-License-Identifier: MIT
# Sourced by every integration test: `bash TEST.sh KAPLAN SOURCE_DIR BUILD_DIR`.
# Gives $kaplan, $source_dir, $build_dir, a temporary folder $tmp removed at exit, and
# helpers. Exit status 77 means the test was skipped (ctest's SKIP_RETURN_CODE).
set -euo pipefail
kaplan=$(realpath "$1")
source_dir=$(realpath "$2")
build_dir=$(realpath "${3:-.}")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kaplan-it.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Nothing from the caller's environment changes kaplan's messages or colours.
unset KAPLAN_LANG LC_ALL LC_MESSAGES
export LANG=C.UTF-8 NO_COLOR=1

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

skip() {
  echo "SKIP: $*"
  exit 77
}

# Runs a command and checks its exit status: expect_status N command...
expect_status() {
  local want=$1 got=0
  shift
  "$@" || got=$?
  [ "$got" -eq "$want" ] || fail "exit status $got, expected $want: $*"
}

# git without the caller's configuration, with an identity for commits.
git_() {
  GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 git -c user.name=kaplan-test \
    -c user.email=test@example.invalid -c commit.gpgsign=false -c init.defaultBranch=main "$@"
}

# A git repository at $1 holding the bundled example as plans/, committed once.
repo_with_example() {
  git_ init -q "$1"
  cp -r "$source_dir/examples/telecom-2027" "$1/plans"
  git_ -C "$1" add .
  git_ -C "$1" commit -qm "the example plan"
}

# The change of the scenario: a branch's revenue target cut so that the cascade falls
# short in 2027 (KAP-K004), and 100 of the 2028 budget moved from marketing to training.
break_cascade_and_move_budget() {
  sed -i 's/targets: {2027: 70000, 2028: 75000, 2029: 80000}/targets: {2027: 50000, 2028: 75000, 2029: 80000}/' \
    "$1/plans/branches/wenzhou.yaml"
  sed -i 's/{year: 2028, category: marketing, amount: 1200}/{year: 2028, category: marketing, amount: 1100}/;
          s/{year: 2028, category: training, amount: 400}/{year: 2028, category: training, amount: 500}/' \
    "$1/plans/plan.yaml"
  git_ -C "$1" diff --quiet && fail "the scenario's edits did not apply to the example"
  return 0
}
