#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `kaplan rollforward` on the bundled example, twice: the drafts validate with only the
# budget findings a new cycle is expected to have, their review sections hold what
# `score` reports for the same actuals, carried actions keep their ids and links, the
# input never changes, and a failure while writing leaves nothing behind.
source "$(dirname "$0")/common.bash"

example=$source_dir/examples/telecom-2027
actuals=$example/actuals-2027-H1.yaml
second_actuals=$source_dir/tests/fixtures/rollforward/actuals-2028.yaml
cp -r "$example" "$tmp/input"
before=$(cd "$tmp/input" && find . -type f | sort | xargs sha256sum)

# Only KAP-R002 (carried costs over a year's budget) and KAP-R009 (the new last year has
# no budget yet) may be errors or budget warnings the roll itself causes; and, when
# given as a third argument, KAP-R001 for that person (a slip forecast into the new
# cycle overlapping work planned there). Of the K rules only KAP-K014 with no action at
# all, for the years the rolls added: their extrapolated targets ask for growth that no
# action's `contributes` names yet.
check_draft() {
  local dir=$1 today=$2 overloaded=${3:-}
  local status=0
  "$kaplan" validate "$dir" --today "$today" -f json >"$tmp/findings.json" || status=$?
  [ "$status" -le 1 ] || fail "validate $dir exited $status"
  python3 - "$tmp/findings.json" "$overloaded" <<'EOF' || fail "unexpected findings in $dir"
import json, re, sys
doc = json.load(open(sys.argv[1]))
findings = doc["diagnostics"]
# The example's horizon ends in 2029: later years are the rolls' extrapolated targets.
added = [f for f in findings if f["rule"] == "KAP-K014"]
assert all(int(re.search(r"` (\d{4}): no action contributes", f["message"]).group(1)) > 2029
           for f in added), added
findings = [f for f in findings if f["rule"] != "KAP-K014"]
errors = sorted({f["rule"] for f in findings if f["severity"] == "error"})
overloads = [f for f in findings if f["rule"] == "KAP-R001"]
assert all(sys.argv[2] and f"`{sys.argv[2]}`" in f["message"] for f in overloads), overloads
errors = [e for e in errors if e != "KAP-R001"]
assert set(errors) <= {"KAP-R002"}, errors
assert any(f["rule"] == "KAP-R009" for f in findings), "no KAP-R009 for the new year's budget"
assert not any(f["rule"].startswith("KAP-S") or f["rule"].startswith("KAP-K") for f in findings), \
    [f for f in findings if f["rule"][4] in "SK"]
EOF
}

# --- first roll --------------------------------------------------------------------
"$kaplan" rollforward "$tmp/input" --actuals "$actuals" -o "$tmp/2028" --today 2027-07-05 \
  >"$tmp/summary1" || fail "first rollforward failed"
[ -f "$tmp/2028/plan.yaml" ] && [ -f "$tmp/2028/branches/hangzhou.yaml" ] ||
  fail "the layout was not mirrored"
# AC-nb-port, forecast to slip to 2028-02-07, overlaps AC-nb-platform for p-nb-lin.
check_draft "$tmp/2028" 2028-01-05 p-nb-lin
grep -q '^  cycle: 2028$' "$tmp/2028/plan.yaml" || fail "cycle not moved"
grep -q '^  previous: ../input/plan.yaml$' "$tmp/2028/plan.yaml" || fail "previous not set"

# The review's KPI figures are score's for the same actuals.
"$kaplan" score "$tmp/input" --actuals "$actuals" --today 2027-07-05 -f json >"$tmp/score.json"
python3 - "$tmp/score.json" "$tmp/2028/plan.yaml" <<'EOF' || fail "review differs from score"
import json, re, sys
score = {k["id"]: k for k in json.load(open(sys.argv[1]))["performance"]["kpis"]}
review = {}
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r"    - \{kpi: ([^,]+), (.*)\}$", line)
    if m:
        review[m.group(1)] = dict(p.split(": ", 1) for p in re.split(r", (?![^{]*\})", m.group(2)))
assert set(review) == set(score), (set(review) ^ set(score))
for kpi, s in score.items():
    r = review[kpi]
    for key in ("target", "actual", "deviation", "relative_deviation", "attainment"):
        if s.get(key) is None:
            assert key not in r, (kpi, key)
        else:
            assert abs(float(r[key]) - s[key]) <= 1e-9 * max(1, abs(s[key])), (kpi, key, r[key], s[key])
    assert r["status"] == s["status"], (kpi, r["status"], s["status"])
EOF

# Carried actions keep their ids and links; done and dropped ones are gone.
python3 - "$tmp/input" "$tmp/2028" <<'EOF' || fail "carried actions lost an id or a link"
import pathlib, re, sys
def actions(root):
    out = {}
    for f in sorted(pathlib.Path(root).rglob("*.yaml")):
        text = f.read_text(encoding="utf-8")
        body = text.split("\nactions:\n", 1)
        if len(body) < 2:
            continue
        for block in re.split(r"\n  - id: ", "\n" + body[1].split("\ngovernance:")[0]):
            lines = block.strip("\n").split("\n")
            if not lines[0] or lines[0].startswith("#"):
                continue
            fields = {}
            for l in lines[1:]:
                m = re.match(r"    (\w[\w-]*): (.*)$", l)
                if m:
                    fields[m.group(1)] = m.group(2)
            out[lines[0].strip()] = fields
    return out
old, new = actions(sys.argv[1]), actions(sys.argv[2])
carried = [a for a, f in new.items() if "x-carried" in f]
# Rolled on 2027-07-05 with H1 actuals: exactly the actions that run past 31 December or
# whose time deviation forecasts them to finish after it.
extends = {"AC-hq-ai-solution", "AC-hq-data-governance", "AC-hq-delivery-sla",
           "AC-hq-talent-cert", "AC-fin-collection", "AC-hz-manufacturing", "AC-hz-delivery",
           "AC-nb-delivery", "AC-wz-gov"}
slips = {"AC-hq-crm": "2028-02-02", "AC-fin-project-accounting": "2028-01-02",
         "AC-nb-port": "2028-02-07", "AC-wz-park": "2028-01-18"}
assert set(carried) == extends | set(slips), sorted(set(carried) ^ (extends | set(slips)))
for a in carried:
    assert new[a]["start"] == "2028-01-01", (a, new[a]["start"])
    assert new[a]["due"] == slips.get(a, old[a]["due"]), (a, new[a]["due"])
for a in carried:
    for key in ("strategy", "kpis", "owner", "unit", "uses", "needs", "priority"):
        assert old[a].get(key) == new[a].get(key), (a, key)
for gone in ("AC-hq-kickoff", "AC-hq-delivery-center", "AC-wz-talent", "AC-hq-govcloud",
             "AC-hq-finance-kam", "AC-hz-gov-digital", "AC-nb-finance"):
    assert gone in old and gone not in new, gone
EOF

# The summary's categories, with their ids, in JSON and in both languages' text; the
# review section lists the same.
"$kaplan" rollforward "$tmp/input" --actuals "$actuals" --dry-run --today 2027-07-05 -f json \
  >"$tmp/summary.json" || fail "JSON summary failed"
for lang in en zh; do
  "$kaplan" rollforward "$tmp/input" --actuals "$actuals" --dry-run --today 2027-07-05 \
    --lang "$lang" >"$tmp/summary-$lang.txt" || fail "$lang summary failed"
done
python3 - "$tmp/summary.json" "$tmp/summary-en.txt" "$tmp/summary-zh.txt" "$tmp/2028/plan.yaml" <<'EOF' ||
import json, sys
expected = {
    "extends": ["AC-hq-ai-solution", "AC-hq-data-governance", "AC-hq-delivery-sla",
                "AC-hq-talent-cert", "AC-fin-collection", "AC-hz-manufacturing",
                "AC-hz-delivery", "AC-nb-delivery", "AC-wz-gov"],
    "forecast-slip": ["AC-hq-crm", "AC-fin-project-accounting", "AC-nb-port", "AC-wz-park"],
    "overdue": [],
    "finished": ["AC-hq-kickoff", "AC-hq-nps-baseline", "AC-hq-delivery-center"],
    "dropped": ["AC-wz-talent"],
    "within-year": ["AC-hq-govcloud", "AC-hq-finance-kam", "AC-hz-gov-digital", "AC-nb-finance"],
    "later": ["AC-hq-partner", "AC-hq-govcloud-renew", "AC-hq-rolling-review", "AC-hz-city-ai",
              "AC-nb-platform"],
}
def unique(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)
doc = json.load(open(sys.argv[1]), object_pairs_hook=unique)
assert doc["categories"] == expected, doc["categories"]
for name, ids in expected.items():
    assert doc["counts"]["actions_" + name.replace("-", "_")] == len(ids), name
assert doc["counts"]["actions_carried"] == 13 and doc["counts"]["actions_left_out"] == 8
assert all(k["baseline_from"] == "forecast" for k in doc["kpis"])
labels = {
    "en": {"extends": "extends into the next cycle, carried from 2028-01-01: ",
           "forecast-slip": "forecast to slip past 2027-12-31, carried to its forecast finish: ",
           "overdue": "overdue (due before 2027-07-05, not done), left in 2027: ",
           "finished": "finished, left out: ", "dropped": "dropped, left out: ",
           "within-year": "due in 2027, forecast to finish by 2027-12-31, left out: ",
           "later": "starting in 2028 or later, kept as planned: "},
    "zh": {"extends": "跨入下一周期，自 2028-01-01 起结转：",
           "forecast-slip": "预计延期至 2027-12-31 之后，结转至预计完成日：",
           "overdue": "逾期（计划完成日早于 2027-07-05，尚未完成），留在 2027 年：",
           "finished": "已完成，移出：", "dropped": "已取消，移出：",
           "within-year": "2027 年内到期、预计 2027-12-31 前完成，移出：",
           "later": "2028 年及以后开始，原样保留："},
}
for lang, path in (("en", sys.argv[2]), ("zh", sys.argv[3])):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    sep, unit = (", ", "") if lang == "en" else ("、", " 项")
    for name, ids in expected.items():
        line = "  " + labels[lang][name] + str(len(ids)) + unit
        assert line in lines, (lang, line)
        after = lines[lines.index(line) + 1]
        if ids:
            assert after == "    " + sep.join(ids), (lang, name, after)
        else:
            assert not after.startswith("    "), (lang, name, after)
    assert "逾期改期" not in text and "re-dated" not in text, lang
review = open(sys.argv[4], encoding="utf-8").read().split("\nreview:\n")[1]
for name, ids in expected.items():
    entry = "    - {category: %s, count: %d, actions: [%s]}" % (name, len(ids), ", ".join(ids))
    assert entry in review, entry
EOF
  fail "the summary's categories differ"

# --- second roll, from the first draft with a full year's actuals -------------------
"$kaplan" rollforward "$tmp/2028" --actuals "$second_actuals" -o "$tmp/2029" --today 2029-01-10 \
  >"$tmp/summary2" 2>/dev/null || fail "second rollforward failed"
check_draft "$tmp/2029" 2029-01-10
grep -q '^  cycle: 2029$' "$tmp/2029/plan.yaml" || fail "second cycle not moved"
grep -q '^    baseline: 571000$' "$tmp/2029/plan.yaml" || fail "baseline not taken from actuals"
[ "$(grep -c '^review:' "$tmp/2029/plan.yaml")" -eq 1 ] || fail "review section not replaced"

# --- nothing changed in the input, and a dry run writes nothing ----------------------
"$kaplan" rollforward "$tmp/input" --actuals "$actuals" --dry-run --today 2027-07-05 >/dev/null
[ ! -e "$tmp/input/plan.yaml.tmp" ] || fail "dry run left a file"
after=$(cd "$tmp/input" && find . -type f | sort | xargs sha256sum)
[ "$before" = "$after" ] || fail "the input plan changed"

# --- existing output needs --force; with it, the files are replaced ------------------
expect_status 2 "$kaplan" rollforward "$tmp/input" --actuals "$actuals" -o "$tmp/2028" \
  --today 2027-07-05
"$kaplan" rollforward "$tmp/input" --actuals "$actuals" -o "$tmp/2028" --force \
  --today 2027-07-05 >/dev/null || fail "--force did not replace the draft"

# --- a failure in the middle leaves nothing ----------------------------------------
# The branches folder cannot be written: the root file's temporary must not survive
# either, and no folder is left that was not there.
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$tmp/blocked/branches"
  chmod 555 "$tmp/blocked/branches"
  expect_status 2 "$kaplan" rollforward "$tmp/input" --actuals "$actuals" -o "$tmp/blocked" \
    --today 2027-07-05
  chmod 755 "$tmp/blocked/branches"
  [ -z "$(find "$tmp/blocked" -type f)" ] || fail "a partial draft was left: $(find "$tmp/blocked" -type f)"
fi
# The same with a file where a folder must go (works as root too).
mkdir -p "$tmp/clash"
echo "not a folder" >"$tmp/clash/branches"
expect_status 2 "$kaplan" rollforward "$tmp/input" --actuals "$actuals" -o "$tmp/clash" \
  --today 2027-07-05
[ "$(find "$tmp/clash" -type f)" = "$tmp/clash/branches" ] || fail "a partial draft was left in clash/"
[ "$(cat "$tmp/clash/branches")" = "not a folder" ] || fail "an existing file was touched"

# --- a one-file plan goes to -o FILE --------------------------------------------------
mkdir -p "$tmp/single"
python3 - "$source_dir/tests/unit/test_roll_plan.cpp" "$tmp/single/plan.yaml" <<'EOF'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
plan = re.search(r'const char\* kPlan = R"\((.*?)\)";', src, re.S).group(1)
open(sys.argv[2], "w", encoding="utf-8").write(plan)
EOF
cat >"$tmp/single/actuals.yaml" <<'EOF'
kaplan: 1
actuals: {plan: fx-2027, period: 2027-H1}
actions:
  - {action: A-done, status: done, finished: 2027-03-20}
EOF
"$kaplan" rollforward "$tmp/single/plan.yaml" --actuals "$tmp/single/actuals.yaml" \
  -o "$tmp/single/next.yaml" --today 2027-07-05 >/dev/null 2>&1 || fail "one-file roll failed"
grep -q '^  previous: plan.yaml$' "$tmp/single/next.yaml" || fail "previous of a one-file roll"
echo "ok"
