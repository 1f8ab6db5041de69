#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan lsp` end to end in a real editor: headless Neovim's built-in client, set up by
# examples/editors/neovim/kaplan.lua, opens a branch file of the example with a misspelt
# key and prints the diagnostics it received. Skipped when Neovim is not installed.
source "$(dirname "$0")/common.bash"
command -v nvim >/dev/null || skip "Neovim is not installed: the editor check is skipped"
cp -r "$source_dir/examples/telecom-2027" "$tmp/plan"
sed -i 's/^    committed: 0.3$/    comitted: 0.3/' "$tmp/plan/branches/hangzhou.yaml"
export HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_STATE_HOME=$tmp/state
mkdir "$tmp/bin"
printf '#!/bin/sh\nexec %q "$@" --today 2027-07-05 --lang en\n' "$kaplan" >"$tmp/bin/kaplan"
chmod +x "$tmp/bin/kaplan"
PATH=$tmp/bin:$PATH EXAMPLE=$source_dir/examples/editors/neovim/kaplan.lua PLAN_FILE=$tmp/plan/branches/hangzhou.yaml timeout 60 nvim --headless --clean \
  -u "$source_dir/tests/integration/lsp/neovim_init.lua" >"$tmp/out" 2>"$tmp/err" || {
  cat "$tmp/out" "$tmp/err"
  fail "nvim did not receive the diagnostics"
}
want='8:5-8:13 KAP-S002 unknown key `comitted` in `people`; did you mean `committed`?'
grep -qxF "$want" "$tmp/out" || {
  cat "$tmp/out" "$tmp/err"
  fail "expected the diagnostic: $want"
}
echo "ok: Neovim received: $want"
