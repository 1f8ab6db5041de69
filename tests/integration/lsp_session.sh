#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan lsp` driven by Microsoft's LSP client library (vscode-languageserver-protocol
# from the npm registry, installed at test time into the build folder): the example
# opened, a key broken and fixed, a reference left dangling after Chinese text (UTF-16
# positions), and the language features (tests/integration/lsp/session.js). Skipped,
# with the reason, when node, npm or the registry is unavailable.
source "$(dirname "$0")/common.bash"
command -v node >/dev/null || skip "node is not installed: the LSP session is not run"
command -v npm >/dev/null || skip "npm is not installed: the LSP session is not run"
modules=$build_dir/lsp-client
if [ ! -f "$modules/node_modules/vscode-languageserver-protocol/package.json" ]; then
  mkdir -p "$modules"
  if ! timeout 300 npm install --prefix "$modules" --no-audit --no-fund --no-save --silent \
    vscode-languageserver-protocol@3.17 >"$tmp/npm.log" 2>&1; then
    cat "$tmp/npm.log"
    skip "npm could not install vscode-languageserver-protocol@3.17 (offline?): the session is not run"
  fi
fi
cp -r "$source_dir/examples/telecom-2027" "$tmp/plan"
NODE_PATH=$modules/node_modules timeout 60 node "$source_dir/tests/integration/lsp/session.js" "$kaplan" "$tmp/plan"
# The VS Code example extension at least parses (VS Code itself is not in the suite).
node --check "$source_dir/examples/editors/vscode/extension.js" || fail "examples/editors/vscode/extension.js does not parse"
