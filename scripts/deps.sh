#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages kaplan needs to build and test, when missing.
# With --test, also tries the tools some tests use (a headless browser for the HTML
# report and poppler-utils to read its PDF print, Node.js for the JSON Schema check,
# zsh and fish for their completion tests, Neovim for the language server's end-to-end
# check); those tests skip when the tools are absent. With --fuzz, clang and its
# libFuzzer runtime for the timed fuzzing of scripts/fuzz.sh (not part of the tests:
# a few hundred MB the test command does not need).
set -euo pipefail

# libyaml-dev is kaplan's YAML parser; libyaml-cpp-dev only builds bench/run's floor
# (bench/yaml_floor.cpp), which the test suite's bench-run-quick runs.
required=(g++ cmake ninja-build pkg-config libyaml-dev libyaml-cpp-dev libcli11-dev libfmt-dev
  doctest-dev clang-format groff-base python3 git time)
required+=(nlohmann-json3-dev) # JSON of the language server (kaplan lsp)
optional=()
if [ "${1:-}" = "--test" ]; then
  optional=(chromium fonts-noto-cjk poppler-utils zsh fish)
  command -v npm >/dev/null || optional+=(npm)
  optional+=(neovim) # the language server's end-to-end check (tests/integration/lsp_neovim.sh)
elif [ "${1:-}" = "--fuzz" ]; then
  optional=(clang libclang-rt-14-dev)
fi

missing() {
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null && sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
updated=0
install() {
  if [ "$updated" -eq 0 ]; then
    $sudo apt-get update -qq
    updated=1
  fi
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

mapfile -t need < <(missing "${required[@]}")
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
    echo "kaplan: run as root, or install: ${need[*]}" >&2
    exit 1
  fi
  echo "kaplan: installing Debian packages: ${need[*]}" >&2
  install "${need[@]}"
fi
if [ ${#optional[@]} -gt 0 ]; then
  mapfile -t want < <(missing "${optional[@]}")
  if [ ${#want[@]} -gt 0 ]; then
    echo "kaplan: installing optional test tools: ${want[*]}" >&2
    install "${want[@]}" || echo "kaplan: could not install ${want[*]}; the tests that need them will skip" >&2
  fi
fi
