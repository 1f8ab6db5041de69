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

# `kaplan schema --actuals`: the example's actuals file is accepted, broken ones are not,
# and the plan schema rejects an actuals file (why each needs its own schema).
"$kaplan" schema --actuals >"$tmp/actuals-schema.json"
mkdir "$tmp/actuals-bad-yaml" "$tmp/actuals-good" "$tmp/actuals-bad"
actuals_example=$(ls "$source_dir"/examples/telecom-2027/actuals*.yaml)
write_bad() { printf '%s\n' "$2" >"$tmp/actuals-bad-yaml/$1.yaml"; }
write_bad no-header 'kaplan: 1
kpis: [{kpi: KPI-a, value: 1}]'
write_bad unknown-key 'kaplan: 1
actuals: {plan: p, period: 2027-Q2}
kpis: [{kpi: KPI-a, value: 1, valeu: 2}]'
write_bad bad-status 'kaplan: 1
actuals: {plan: p, period: 2027-Q2}
actions: [{action: AC-1, status: finished}]'
write_bad bad-period 'kaplan: 1
actuals: {plan: p, period: 2027-Q5}'
write_bad text-value 'kaplan: 1
actuals: {plan: p, period: "2027"}
kpis: [{kpi: KPI-a, value: many}]'
mapfile -t agood < <(to_json "$tmp/actuals-good" "$actuals_example")
mapfile -t abad < <(to_json "$tmp/actuals-bad" "$tmp"/actuals-bad-yaml/*.yaml)
node "$source_dir/tests/integration/ajv_check.js" "$tmp/actuals-schema.json" good "${agood[@]}" ||
  fail "the example's actuals file was rejected by the actuals schema"
node "$source_dir/tests/integration/ajv_check.js" "$tmp/actuals-schema.json" bad "${abad[@]}" ||
  fail "a bad actuals file was accepted"
node "$source_dir/tests/integration/ajv_check.js" "$tmp/schema.json" bad "${agood[@]}" >/dev/null ||
  fail "the plan schema accepts an actuals file"

# The README's yaml.schemas globs, matched the way the YAML language server matches them
# (vscode-json-languageservice: each pattern as `**/PATTERN`, `!` excludes, the last
# pattern that matches decides), on the example laid out as plans/: the plan schema takes
# every plan file and not the actuals file, the actuals schema the actuals file only.
(cd "$source_dir/examples/telecom-2027" && find . -name '*.yaml' | sed 's|^\./|plans/|') >"$tmp/files"
"$py" - "$source_dir/README.md" "$tmp/files" <<'EOT' || fail "the README's yaml.schemas globs"
import json, re, sys
readme = open(sys.argv[1], encoding="utf-8").read()
block = re.search(r"```json\n(\{\"yaml\.schemas\".*?)```", readme, re.S)
assert block, "no yaml.schemas block in README.md"
schemas = json.loads(block.group(1))["yaml.schemas"]
def regex(glob):
    out, i = "", 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif glob[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif glob[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(glob[i]), i + 1
    return re.compile("(?:^|.*/)" + out + "$")
def matches(patterns, path):
    hit = False
    for p in patterns:
        include = not p.startswith("!")
        if regex(p.lstrip("!").lstrip("/")).match("/work/" + path):
            hit = include
    return hit
files = open(sys.argv[2]).read().split()
plan_globs, actuals_globs = schemas["./kaplan.schema.json"], schemas["./kaplan-actuals.schema.json"]
actuals = [f for f in files if f.split("/")[-1].startswith("actuals")]
plans = [f for f in files if f not in actuals]
assert actuals and len(plans) > 3, files
for f in plans:
    assert matches(plan_globs, f) and not matches(actuals_globs, f), f
for f in actuals:
    assert matches(actuals_globs, f) and not matches(plan_globs, f), f
EOT
echo "ok"
