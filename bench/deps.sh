#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what bench/run's peer row needs into bench/node_modules (a bench-local
# folder, not committed): js-yaml and ajv from the npm registry, the tools a user would
# script instead of kaplan. Node.js itself comes from the machine (Debian's nodejs);
# without it bench/run skips the peer row and says so.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  echo "bench/deps.sh: npm is not installed (apt-get install npm); the peer row will be skipped" >&2
  exit 0
fi
if [ -f node_modules/js-yaml/package.json ] && [ -f node_modules/ajv/package.json ] &&
  [ -f node_modules/ajv-formats/package.json ]; then
  exit 0
fi
npm install --prefix . --no-audit --no-fund --no-save --silent js-yaml@4 ajv@8 ajv-formats@3
