#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `validate -f sarif` as GitHub code scanning reads it: the logs of the bundled example,
# the flawed plan (in English and Chinese), a plan with related places and a suppression,
# and a plan outside any repository validate
# against the official SARIF 2.1.0 JSON Schema with ajv; file URIs are relative to the
# repository root (uriBaseId %SRCROOT%) whatever the working directory; every result has
# a fingerprint that stays when lines move; every rule links to its documentation.
# The schema is the OASIS file as published in the npm package @datadog/datadog-ci 2.8.0
# (only that file is taken from its tarball, checked by its SHA-256). Skipped, with the
# reason, when node, npm or the registry is unavailable.
source "$(dirname "$0")/common.bash"
py=${PYTHON:-python3}
command -v node >/dev/null || skip "node is not installed: SARIF is not checked against its schema"
command -v npm >/dev/null || skip "npm is not installed: SARIF is not checked against its schema"
modules=$build_dir/ajv
if [ ! -f "$modules/node_modules/ajv/package.json" ] || [ ! -f "$modules/node_modules/ajv-formats/package.json" ]; then
  mkdir -p "$modules"
  if ! timeout 300 npm install --prefix "$modules" --no-audit --no-fund --no-save --silent \
    ajv@8 ajv-formats@3 >"$tmp/npm.log" 2>&1; then
    cat "$tmp/npm.log"
    skip "npm could not install ajv@8 and ajv-formats@3 (offline?): SARIF is not checked"
  fi
fi
schema=$build_dir/sarif-schema-2.1.0.json
schema_sha=10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454
if [ ! -f "$schema" ]; then
  if ! (cd "$tmp" && timeout 300 npm pack --silent @datadog/datadog-ci@2.8.0 >npm.log 2>&1 &&
    tar -xzf datadog-datadog-ci-2.8.0.tgz package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json); then
    cat "$tmp/npm.log"
    skip "npm could not fetch the SARIF 2.1.0 schema (offline?)"
  fi
  echo "$schema_sha  $tmp/package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json" | sha256sum -c --quiet ||
    fail "the SARIF schema fetched is not the one expected"
  cp "$tmp/package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json" "$schema"
fi

# From inside the plan's folder, from the repository root and from elsewhere: the same URIs.
(cd "$source_dir/examples/flawed" && "$kaplan" validate . -f sarif --today 2027-07-05 >"$tmp/flawed.sarif") || true
(cd "$source_dir" && "$kaplan" validate examples/flawed -f sarif --today 2027-07-05 >"$tmp/flawed-root.sarif") || true
(cd "$tmp" && "$kaplan" validate "$source_dir/examples/flawed" -f sarif --today 2027-07-05 --lang zh >"$tmp/flawed-zh.sarif") || true
(cd "$source_dir/examples" && "$kaplan" validate telecom-2027 -f sarif --today 2027-07-05 >"$tmp/example.sarif")
# Related locations and a suppression, in a file whose name needs percent-encoding.
(cd "$source_dir" && "$kaplan" validate tests/e2e/validate/fmt-sarif/plan.yaml -f sarif --today 2027-07-05 >"$tmp/fmt.sarif") || true
cmp -s "$tmp/flawed.sarif" "$tmp/flawed-root.sarif" || fail "the SARIF log depends on the working directory"
# Outside any repository: paths from the working directory, or absolute file: URIs.
cp -r "$source_dir/examples/flawed" "$tmp/loose"
(cd "$tmp" && "$kaplan" validate loose -f sarif --today 2027-07-05 >"$tmp/loose.sarif") || true
mkdir "$tmp/elsewhere"
(cd "$tmp/elsewhere" && "$kaplan" validate "$tmp/loose" -f sarif --today 2027-07-05 >"$tmp/loose-abs.sarif") || true

"$py" - "$tmp" <<'EOT' || fail "SARIF locations, fingerprints or links"
import json, os, sys
tmp = sys.argv[1]
def load(name):
    return json.load(open(os.path.join(tmp, name), encoding="utf-8"))["runs"][0]
def uris(run):
    for r in run["results"]:
        for loc in r["locations"] + r.get("relatedLocations", []):
            yield loc["physicalLocation"]["artifactLocation"]
for name, prefix in [("flawed.sarif", "examples/flawed/"), ("flawed-zh.sarif", "examples/flawed/"),
                     ("example.sarif", "examples/telecom-2027/"), ("loose.sarif", "loose/"),
                     ("fmt.sarif", "tests/e2e/validate/fmt-sarif/")]:
    run = load(name)
    assert "%SRCROOT%" in run["originalUriBaseIds"], name
    assert run["results"] or name == "example.sarif", name
    for a in uris(run):
        assert a["uri"].startswith(prefix) and a["uriBaseId"] == "%SRCROOT%", (name, a)
    prints = [r["partialFingerprints"]["kaplanFinding/v1"] for r in run["results"]]
    assert len(set(prints)) == len(prints), (name, "fingerprints repeat")
    driver = run["tool"]["driver"]
    assert driver["informationUri"].startswith("https://"), driver
    for rule in driver["rules"]:
        assert "/man/kaplan-rules.7#L" in rule["helpUri"], rule
for a in uris(load("loose-abs.sarif")):
    assert a["uri"].startswith("file:///") and "uriBaseId" not in a, a
fmt = load("fmt.sarif")["results"]
assert any("relatedLocations" in r for r in fmt) and any("suppressions" in r for r in fmt)
# The same findings in the same files give the same fingerprints in either language.
assert [r["partialFingerprints"] for r in load("flawed.sarif")["results"]] == \
       [r["partialFingerprints"] for r in load("flawed-zh.sarif")["results"]]
EOT

# Lines moved by a comment at the top: the same fingerprints on other lines.
sed -i '1i # a comment that moves every line down' "$tmp/loose/plan.yaml"
(cd "$tmp" && "$kaplan" validate loose -f sarif --today 2027-07-05 >"$tmp/loose-moved.sarif") || true
"$py" - "$tmp/loose.sarif" "$tmp/loose-moved.sarif" <<'EOT' || fail "fingerprints follow lines"
import json, sys
before, after = (json.load(open(f))["runs"][0]["results"] for f in sys.argv[1:])
key = lambda rs: sorted(r["partialFingerprints"]["kaplanFinding/v1"] for r in rs)
assert key(before) == key(after), "fingerprints changed"
lines = lambda rs: [r["locations"][0]["physicalLocation"].get("region", {}).get("startLine") for r in rs]
assert lines(before) != lines(after), "the lines did not move"
EOT

export NODE_PATH=$modules/node_modules
node "$source_dir/tests/integration/sarif_check.js" "$schema" "$tmp"/*.sarif || fail "a SARIF log does not follow the SARIF 2.1.0 schema"
echo "ok"
