#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The zsh completion (completions/_kaplan), run by zsh's own completion system in an
# interactive zsh on a pseudo-terminal (zsh/zpty): subcommands, formats, and the rule ids
# of `kaplan explain`, which must be ids only (issue #24: `shift words` made it run
# `explain explain --list`, and a Chinese locale put severities into the candidates).
# Skipped (77) without zsh.
source "$(dirname "$0")/common.bash"
command -v zsh >/dev/null || skip "no zsh"
zsh -fc 'zmodload zsh/zpty' 2>/dev/null || skip "no zsh/zpty module"
mkdir "$tmp/bin"
ln -s "$kaplan" "$tmp/bin/kaplan"
export PATH="$tmp/bin:$PATH"
cd "$tmp"

# The driver: starts `zsh -f -i` on a pty with compinit and the completion folder in
# $fpath, makes compadd record every candidate it is given (after matching) in a file,
# types the line and a Tab, and prints what was recorded once the completion is over.
cat >complete.zsh <<'ZSH'
zmodload zsh/zpty
local dir=$1 line=$2 capture=$3
zpty z zsh -f -i
zpty -w z "PS1= PROMPT= RPROMPT=; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'compadd() {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
  local -a __hits; builtin compadd -A __hits "$@"; (( $#__hits )) && print -rl -- $__hits >>'${(q)capture}'
}'
zpty -w z "_kaplan_test_done() { print -r -- '<end>' >>${(q)capture}; exit; }; comppostfuncs=(_kaplan_test_done)"
zpty -w z "bindkey '^I' complete-word"
zpty -w -n z "$line"$'\t'
local out
while zpty -r z out; do :; done
zpty -d z
ZSH

# The candidates zsh offers for the command line "$1" (the cursor at its end), sorted.
offers() {
  rm -f capture.txt
  : >capture.txt
  timeout 60 zsh -f complete.zsh "$source_dir/completions" "$1" capture.txt >/dev/null 2>&1 ||
    fail "zsh did not complete '$1'"
  grep -qx '<end>' capture.txt || fail "the completion of '$1' did not finish"
  grep -vx '<end>' capture.txt | sort -u
}

listed=$(kaplan --help | awk '/^Subcommands:/ {on = 1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on = 0}' | sort)
[ -n "$listed" ] || fail "no subcommands in kaplan --help"
[ "$(offers 'kaplan ' | grep -v '^-')" = "$listed" ] || fail "kaplan <TAB>: $(offers 'kaplan ' | tr '\n' ' ')"
[ "$(offers 'kaplan vali')" = "validate" ] || fail "kaplan vali<TAB>"
[ "$(offers 'kaplan diff -f m')" = "markdown" ] || fail "diff -f m<TAB>"
offers 'kaplan validate --fail-on ' | grep -qx never || fail "validate --fail-on <TAB>"
offers 'kaplan validate --ne' | grep -qx -- '--new-only' || fail "validate --ne<TAB>"

# Rule ids: every id of `explain --list`, nothing else, in English and Chinese locales,
# and from the kaplan named on the line when it is not the one on $PATH.
ids=$(kaplan explain --list --lang en | cut -d' ' -f1 | sort)
[ "$(echo "$ids" | wc -l)" -gt 10 ] || fail "explain --list: $ids"
[ "$(offers 'kaplan explain ')" = "$ids" ] || fail "explain <TAB>: $(offers 'kaplan explain ' | head -5)"
[ "$(offers 'kaplan explain KAP-K00' | head -1)" = "KAP-K001" ] || fail "explain KAP-K00<TAB>"
zh=$(LANG=zh_CN.UTF-8 KAPLAN_LANG=zh offers 'kaplan explain ')
[ "$zh" = "$ids" ] || fail "explain <TAB> in Chinese: $(echo "$zh" | head -3)"
[ "$(PATH=${PATH#*:} offers "$kaplan explain KAP-K00" | head -1)" = "KAP-K001" ] ||
  fail "$kaplan explain KAP-K00<TAB>, kaplan not on \$PATH"
echo "ok"
