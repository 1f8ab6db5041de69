#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the HTML report of the bundled example (with actuals, in English and in
# Chinese) and of the adversarial plan in headless Chromium: the page must load without a
# console error and its DOM must hold the expected headings. The Chinese report is also
# drawn to a screenshot (zh-report.png, kept in $KAPLAN_SCREENSHOT_DIR when set) to look
# at for missing glyphs. The English report is printed to PDF (A4): every month of the
# load tables, every action and the action plan's last column must be in the PDF's text
# (pdftotext, from poppler-utils; without it the test skips); and at a 1280 px window the
# page must not be wider than the window. Skips (exit status 77, ctest's SKIP_RETURN_CODE) when
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

# Print: the English report with actuals to PDF on A4, as a reader would print it. Every
# month of the load tables, every action and the last column of the action plan must be
# in the PDF's text: a table cut at the page's edge loses them.
if ! command -v pdftotext >/dev/null; then
  echo "SKIP print: pdftotext is not installed (apt-get install poppler-utils)"
  [ $fail -eq 0 ] && exit 77
  exit $fail
fi
profile=$(mktemp -d "$work/profile.XXXXXX")
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --no-pdf-header-footer --print-to-pdf="$work/example.pdf" "file://$work/example.html" \
  >"$work/pdf.out" 2>&1
if [ ! -s "$work/example.pdf" ]; then
  echo "FAIL print: no PDF"; cat "$work/pdf.out"; fail=1
else
  pdftotext -layout "$work/example.pdf" "$work/example.txt"
  # Months stand alone in the load tables' headers (dates elsewhere are YYYY-MM-DD).
  missing=""
  for y in 2027 2028 2029; do
    for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
      grep -qE "(^| )$y-$m( |\$)" "$work/example.txt" || missing+=" $y-$m"
    done
  done
  [ -z "$missing" ] || { echo "FAIL print: load table months missing from the PDF:$missing"; fail=1; }
  for id in $(sed -n 's/^  - id: \(AC-[A-Za-z0-9._-]*\).*/\1/p' "$src"/examples/telecom-2027/*.yaml \
    "$src"/examples/telecom-2027/branches/*.yaml | sort -u); do
    grep -qF -- "$id" "$work/example.txt" || { echo "FAIL print: action $id missing from the PDF"; fail=1; }
  done
  grep -qF "deviation (days)" "$work/example.txt" || { echo "FAIL print: the action plan's last column is cut"; fail=1; }
  [ $fail -eq 0 ] && echo "ok print: $(grep -c . "$work/example.txt") lines of text"
fi

# Screen: at 1280 px the page itself never scrolls sideways (wide tables scroll in their
# own box). A copy of the page with a script writes the page's width into its DOM.
sed 's#</body>#<script>document.body.setAttribute("data-width", document.documentElement.scrollWidth)</script></body>#' \
  "$work/example.html" >"$work/measure.html"
profile=$(mktemp -d "$work/profile.XXXXXX")
width=$(timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --hide-scrollbars --window-size=1280,1000 --dump-dom "file://$work/measure.html" 2>/dev/null |
  sed -n 's/.*data-width="\([0-9]*\)".*/\1/p')
if [ -z "$width" ]; then
  echo "FAIL screen: the page's width was not measured"; fail=1
elif [ "$width" -gt 1280 ]; then
  echo "FAIL screen: the page is $width px wide at a 1280 px window"; fail=1
else
  echo "ok screen: $width px at 1280"
fi
exit $fail
