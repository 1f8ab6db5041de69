#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The fish completion (completions/kaplan.fish), asked with `complete -C` in a real fish:
# subcommands, formats, and the rule ids of `kaplan explain` (ids only, each with its
# title; in Chinese locales too; from the kaplan named on the line, also when it is not
# on $PATH). Skipped (77) without fish.
source "$(dirname "$0")/common.bash"
command -v fish >/dev/null || skip "no fish"
mkdir "$tmp/bin"
ln -s "$kaplan" "$tmp/bin/kaplan"
export PATH="$tmp/bin:$PATH"
cd "$tmp"

# The candidates fish offers for the command line "$1" (words only, sorted).
offers() {
  timeout 60 fish --no-config -c "source $(printf '%q' "$source_dir/completions/kaplan.fish"); complete -C '$1'" \
    >candidates.txt 2>fish.err || fail "fish failed on '$1': $(cat fish.err)"
  [ ! -s fish.err ] || fail "fish complained on '$1': $(cat fish.err)"
  cut -f1 candidates.txt | sort -u
}

listed=$(kaplan --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}' | sort)
[ "$(offers 'kaplan ' | grep -v '^-')" = "$listed" ] || fail "kaplan <TAB>: $(offers 'kaplan ' | tr '\n' ' ')"
[ "$(offers 'kaplan vali')" = "validate" ] || fail "kaplan vali<TAB>"
[ "$(offers 'kaplan diff -f m')" = "markdown" ] || fail "diff -f m<TAB>"
offers 'kaplan validate --fail-on ' | grep -qx never || fail "validate --fail-on <TAB>"

ids=$(kaplan explain --list --lang en | cut -d' ' -f1 | sort)
[ "$(echo "$ids" | wc -l)" -gt 10 ] || fail "explain --list: $ids"
[ "$(offers 'kaplan explain ')" = "$ids" ] || fail "explain <TAB>: $(offers 'kaplan explain ' | head -5)"
grep -qP '^KAP-K001\t\S' candidates.txt || fail "explain <TAB>: no title for KAP-K001"
[ "$(offers 'kaplan explain KAP-K00' | head -1)" = "KAP-K001" ] || fail "explain KAP-K00<TAB>"
zh=$(LANG=zh_CN.UTF-8 KAPLAN_LANG=zh offers 'kaplan explain ')
[ "$zh" = "$ids" ] || fail "explain <TAB> in Chinese: $(echo "$zh" | head -3)"
[ "$(PATH=${PATH#*:} offers "$kaplan explain KAP-K00" | head -1)" = "KAP-K001" ] ||
  fail "$kaplan explain KAP-K00<TAB>, kaplan not on \$PATH"
echo "ok"
