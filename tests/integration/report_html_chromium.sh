#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the HTML report of the bundled example (with actuals) and of the adversarial
# plan in headless Chromium: the page must load without a console error and its DOM must
# hold the expected headings. Skips (exit status 77, ctest's SKIP_RETURN_CODE) when
# /usr/bin/chromium (or $KAPLAN_CHROMIUM) is not installed; Debian's `chromium` package
# provides it. Usage: report_html_chromium.sh KAPLAN SOURCE_DIR
set -uo pipefail
kaplan=$1
src=$2
chromium=${KAPLAN_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "SKIP: $chromium is not installed (apt-get install chromium); the HTML report was not loaded in a browser"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { # NAME HTML HEADING...
  local name=$1 html=$2
  shift 2
  local profile
  profile=$(mktemp -d "$work/profile.XXXXXX")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --enable-logging=stderr --v=0 --dump-dom "file://$html" >"$work/$name.dom" 2>"$work/$name.err"
  local status=$?
  if [ $status -ne 0 ]; then echo "FAIL $name: chromium exited $status"; cat "$work/$name.err"; fail=1; return; fi
  if grep -E 'CONSOLE|Uncaught|console\.error' "$work/$name.err"; then
    echo "FAIL $name: console errors"; fail=1
  fi
  for heading in "$@"; do
    if ! grep -qF "$heading" "$work/$name.dom"; then echo "FAIL $name: no heading '$heading' in the DOM"; fail=1; fi
  done
  if grep -qi '<script' "$work/$name.dom"; then echo "FAIL $name: a script element in the DOM"; fail=1; fi
  echo "ok $name"
}
"$kaplan" report "$src/examples/telecom-2027" --actuals "$src/examples/telecom-2027/actuals-2027-H1.yaml" \
  --today 2027-07-05 --lang en -f html -o "$work/example.html" || { echo "FAIL: kaplan report"; exit 1; }
check example "$work/example.html" "<h1>Strategy plan report: ka-2027</h1>" "<h2>1. Summary</h2>" \
  "<h2>5. KPI cascade</h2>" "<h2>9. Performance scorecard</h2>" "<h2>10. Findings</h2>" "<svg"
"$kaplan" report "$src/tests/fixtures/report/adversarial/plan.yaml" --today 2027-07-05 --lang zh -f html \
  -o "$work/adversarial.html" || { echo "FAIL: kaplan report"; exit 1; }
check adversarial "$work/adversarial.html" "<h2>1. 概要</h2>" "<h2>9. 检查结果</h2>"
exit $fail
