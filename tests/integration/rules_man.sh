#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# man/kaplan-rules.7 is `kaplan explain --man`, generated from the same rule catalogue as
# `kaplan explain`: the committed page and the catalogue never disagree.
source "$(dirname "$0")/common.bash"
"$kaplan" explain --man >"$tmp/kaplan-rules.7"
if ! diff -u "$source_dir/man/kaplan-rules.7" "$tmp/kaplan-rules.7"; then
  fail "man/kaplan-rules.7 is out of date: run \`kaplan explain --man > man/kaplan-rules.7\`"
fi
# Its date is the version's, the date of the hand-written pages: never empty, never today.
th_date() { sed -n 's/^\.TH [^ ]* [0-9] \([^ ]*\) .*/\1/p' "$1"; }
date=$(th_date "$tmp/kaplan-rules.7")
[ -n "$date" ] && [ "$date" != '""' ] || fail "kaplan-rules(7) has no date in .TH"
[ "$date" = "$(th_date "$source_dir/man/kaplan.1")" ] ||
  fail "kaplan-rules(7) is dated $date, kaplan(1) $(th_date "$source_dir/man/kaplan.1")"
if command -v groff >/dev/null; then
  [ -z "$(groff -man -ww -z "$tmp/kaplan-rules.7" 2>&1)" ] || fail "groff warns about kaplan-rules.7"
fi
echo "ok"
