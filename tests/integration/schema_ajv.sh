#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan schema` checked by an independent validator: ajv 8 (with ajv-formats) from the
# npm registry, installed at test time into the build folder. The bundled example, the
# `kaplan init` skeleton and tests/fixtures/schema/good must be accepted, every file of
# tests/fixtures/schema/bad rejected. Skipped, with the reason, when node, npm, the
# registry or python3's yaml module is unavailable.
source "$(dirname "$0")/common.bash"
py=${PYTHON:-python3}
command -v node >/dev/null || skip "node is not installed: the schema is not checked with ajv"
command -v npm >/dev/null || skip "npm is not installed: the schema is not checked with ajv"
"$py" -c 'import yaml' 2>/dev/null || skip "python3 has no yaml module (python3-yaml)"
modules=$build_dir/ajv
if [ ! -f "$modules/node_modules/ajv/package.json" ] || [ ! -f "$modules/node_modules/ajv-formats/package.json" ]; then
  mkdir -p "$modules"
  if ! timeout 300 npm install --prefix "$modules" --no-audit --no-fund --no-save --silent \
    ajv@8 ajv-formats@3 >"$tmp/npm.log" 2>&1; then
    cat "$tmp/npm.log"
    skip "npm could not install ajv@8 and ajv-formats@3 (offline?): the schema is not checked"
  fi
fi

"$kaplan" schema >"$tmp/schema.json"
"$kaplan" init "$tmp/skeleton" --today 2026-09-01 >/dev/null
"$kaplan" init "$tmp/skeleton-zh" --today 2026-09-01 --lang zh >/dev/null

# YAML to JSON as a YAML 1.2 language server reads it: dates stay strings.
to_json() { # OUT-DIR FILE...
  "$py" - "$@" <<'EOT'
import json, os, sys, yaml
class Loader(yaml.SafeLoader):
    pass
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    name = os.path.join(out, "%03d-%s.json" % (i, os.path.basename(path)))
    with open(path, encoding="utf-8") as f:
        json.dump(yaml.load(f, Loader=Loader), open(name, "w", encoding="utf-8"), ensure_ascii=False)
    print(name)
EOT
}
mkdir "$tmp/good" "$tmp/bad"
mapfile -t good < <(to_json "$tmp/good" "$source_dir"/examples/telecom-2027/plan.yaml \
  "$source_dir"/examples/telecom-2027/branches/*.yaml "$tmp"/skeleton/plan.yaml \
  "$tmp"/skeleton/branches/*.yaml "$tmp"/skeleton-zh/plan.yaml "$source_dir"/tests/fixtures/schema/good/*.yaml)
mapfile -t bad < <(to_json "$tmp/bad" "$source_dir"/tests/fixtures/schema/bad/*.yaml)
[ "${#bad[@]}" -ge 8 ] || fail "expected the bad fixtures"
export NODE_PATH=$modules/node_modules
node "$source_dir/tests/integration/ajv_check.js" "$tmp/schema.json" good "${good[@]}" || fail "a good file was rejected"
node "$source_dir/tests/integration/ajv_check.js" "$tmp/schema.json" bad "${bad[@]}" || fail "a bad file was accepted"
echo "ok"
