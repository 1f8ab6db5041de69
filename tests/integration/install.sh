#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` into a temporary prefix puts the binary, the man pages and the shell
# completions where tools look for them, and the installed binary runs.
source "$(dirname "$0")/common.bash"
cmake=${KAPLAN_CMAKE:-cmake}
prefix=$tmp/prefix
"$cmake" --install "$build_dir" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "install"; }
for f in bin/kaplan share/man/man1/kaplan.1 share/man/man1/kaplan-validate.1 share/man/man1/kaplan-diff.1 \
  share/man/man1/kaplan-schema.1 share/man/man1/kaplan-init.1 share/man/man5/kaplan-plan.5 \
  share/man/man7/kaplan-rules.7 share/bash-completion/completions/kaplan share/zsh/site-functions/_kaplan \
  share/fish/vendor_completions.d/kaplan.fish; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
# Every page in man/ lands in the section its name ends with.
for page in "$source_dir"/man/*.[1-8]; do
  name=$(basename "$page")
  [ -f "$prefix/share/man/man${name##*.}/$name" ] || fail "man page not installed: $name"
done
[ -x "$prefix/bin/kaplan" ] || fail "bin/kaplan is not executable"
"$prefix/bin/kaplan" --version | grep -qx 'kaplan [0-9.]*' || fail "installed --version"
expect_status 0 "$prefix/bin/kaplan" validate "$source_dir/examples/telecom-2027" --today 2027-07-05
# Captured first: grep -q stops reading early, and under pipefail kaplan's SIGPIPE would fail the test.
schema_out=$("$prefix/bin/kaplan" schema)
grep -q '"\$schema": "https://json-schema.org/draft/2020-12/schema"' <<<"$schema_out" || fail "installed schema"
if command -v man >/dev/null; then
  MANPATH=$prefix/share/man man -w kaplan-diff | grep -q "$prefix/share/man/man1/kaplan-diff.1" || fail "man finds the page"
fi
echo "ok"
