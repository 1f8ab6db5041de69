#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the HTML report of the bundled example (with actuals, in English and in
# Chinese) and of the adversarial plan in headless Chromium: the page must load without a
# console error and its DOM must hold the expected headings. The Chinese report is also
# drawn to a screenshot (zh-report.png, kept in $KAPLAN_SCREENSHOT_DIR when set) to look
# at for missing glyphs. Skips (exit status 77, ctest's SKIP_RETURN_CODE) when
# /usr/bin/chromium (or $KAPLAN_CHROMIUM) is not installed or cannot run, or when no font
# covers Chinese (`fc-list :lang=zh` is empty); Debian's `chromium` and `fonts-noto-cjk`
# packages provide them. Usage: report_html_chromium.sh KAPLAN SOURCE_DIR
set -uo pipefail
kaplan=$1
src=$2
chromium=${KAPLAN_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "SKIP: $chromium is not installed (apt-get install chromium); the HTML report was not loaded in a browser"
  exit 77
fi
if ! command -v fc-list >/dev/null || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "SKIP: no font covers Chinese (apt-get install fonts-noto-cjk); the Chinese report would show boxes"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A browser that is installed but cannot start here (no sandbox support, missing
# libraries) is a skip, not a failure of the report.
if ! timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
  --user-data-dir="$work/probe" --dump-dom about:blank >"$work/probe.out" 2>&1; then
  echo "SKIP: $chromium cannot run here:"
  tail -5 "$work/probe.out"
  exit 77
fi
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
"$kaplan" report "$src/examples/telecom-2027" --actuals "$src/examples/telecom-2027/actuals-2027-H1.yaml" \
  --today 2027-07-05 --lang zh -f html -o "$work/zh.html" || { echo "FAIL: kaplan report"; exit 1; }
check zh "$work/zh.html" '<html lang="zh-CN">' "<h2>1. 概要</h2>" "<h2>9. 绩效计分卡</h2>" "图例："
shots=${KAPLAN_SCREENSHOT_DIR:-$work}
mkdir -p "$shots"
profile=$(mktemp -d "$work/profile.XXXXXX")
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --window-size=1280,2400 --screenshot="$shots/zh-report.png" "file://$work/zh.html" \
  >"$work/shot.out" 2>&1
if [ ! -s "$shots/zh-report.png" ] || [ "$(head -c 8 "$shots/zh-report.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
  echo "FAIL zh: no PNG screenshot"; cat "$work/shot.out"; fail=1
else
  echo "ok zh screenshot: $shots/zh-report.png"
fi
exit $fail
