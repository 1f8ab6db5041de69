#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The bash completion offers every subcommand `kaplan --help` lists, the formats of a
# command, rule ids for `explain` and the options of a command.
source "$(dirname "$0")/common.bash"
mkdir "$tmp/bin"
ln -s "$kaplan" "$tmp/bin/kaplan"
export PATH="$tmp/bin:$PATH"
source "$source_dir/completions/kaplan.bash"
complete -p kaplan | grep -q -- '-F _kaplan' || fail "no completion registered for kaplan"

# The words bash would offer for the command line "$@", the cursor after the last word.
offers() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _kaplan kaplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sort
}

# Every subcommand of `kaplan --help`, and nothing else but the two global options.
listed=$(kaplan --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}' | sort)
[ -n "$listed" ] || fail "no subcommands in kaplan --help"
offered=$(offers kaplan "" | grep -v '^-')
[ "$offered" = "$listed" ] || fail "completion offers [$(echo $offered)], kaplan --help lists [$(echo $listed)]"
[ "$(offers kaplan di)" = "diff" ] || fail "kaplan di<TAB>"
[ "$(offers kaplan validate --format j | tr '\n' ' ')" = "json junit " ] || fail "validate --format j<TAB>"
[ "$(offers kaplan diff -f m)" = "markdown" ] || fail "diff -f m<TAB>"
[ "$(offers kaplan explain KAP-K00 | head -1)" = "KAP-K001" ] || fail "explain KAP-K00<TAB>"
# Rule ids only, every one, in a Chinese locale too.
ids=$(kaplan explain --list --lang en | cut -d' ' -f1 | sort)
[ "$(KAPLAN_LANG=zh LANG=zh_CN.UTF-8 offers kaplan explain "")" = "$ids" ] || fail "explain <TAB> in Chinese"
offers kaplan validate --ne | grep -qx -- '--new-only' || fail "validate --ne<TAB>"
# Every long option a command's --help shows is offered after `--`.
for cmd in $listed; do
  offered=$(offers kaplan "$cmd" --)
  for opt in $(kaplan "$cmd" --help | awk '/^  -/ {print $1}' | tr ',' '\n' | grep -- '^--' | sort -u); do
    grep -qx -- "$opt" <<<"$offered" || fail "kaplan $cmd --<TAB> does not offer $opt"
  done
done
offers kaplan validate --fail-on "" | grep -qx never || fail "--fail-on <TAB>"
echo "ok"
