#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every option that a command's --help names (in its description, an option's text or
# its footer) is one of that command's options, in English and in Chinese: a help text
# must not send the reader to an option the command does not have.
source "$(dirname "$0")/common.bash"
commands=$("$kaplan" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NF && !/^Subcommands:/ {print $1}')
[ "$(wc -w <<<"$commands")" -ge 9 ] || fail "could not read the subcommands from kaplan --help: $commands"
for lang in en zh; do
  for c in $commands; do
    help=$("$kaplan" "$c" --help --lang "$lang")
    # The options the command has: the first word of each line of the Options list.
    have=$(sed -n '/^\(Options\|选项\):/,/^$/p' <<<"$help" | grep -oE '^  (-[a-zA-Z],)?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u)
    named=$(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
    missing=$(comm -23 <(echo "$named") <(echo "$have"))
    [ -z "$missing" ] || fail "kaplan $c --help --lang $lang names options it does not have: $missing"
  done
done
echo "ok"
