#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Outputs are escaped for their medium (issue #9): a plan in a folder whose name, keys
# and values hold what breaks each format (pipes, tags, quotes, `%`, `::`, commas, line
# breaks, escape sequences, CDATA ends) goes through validate in every format and report
# in every format. Terminal text shows no control character; JSON, SARIF and JUnit parse
# (Python's own parsers); GitHub annotations stay one per line with their properties
# intact; Markdown tables keep their columns and no tag survives; HTML holds no markup
# from the plan.
source "$(dirname "$0")/common.bash"
command -v python3 >/dev/null || skip "python3 is needed to parse the outputs"
cd "$tmp"
# The folder's name alone breaks an unescaped annotation, table, tag or terminal.
dir=$'adv |<b>,x::y%0A"&\'\e[31m'
mkdir "$dir"
cat >"$dir/plan.yaml" <<'EOF'
kaplan: 1
plan:
  id: "a|b<script>alert(1)</script>"
  title: "t"
  cycle: 2027
  "| key | with | pipes |": 1
  "<img src=x onerror=alert(1)>": 2
  "line\nbreak\r\nand\ttab": 3
  "::error file=x::injected": 4
  "%0A%25,:": 5
  "]]></failure><x>": 6
  "\e[2J\e[H\e]0;title\a\x9b31m": 7
  "&amp; &lt; \"quoted\" 'single'": 8
  "\u202erlo\u200b\ufeff": 9
units:
  - {id: "u1", name: "\e[31m<b>|unit|</b>", kind: "<company>|\n"}
EOF
plan="$dir/plan.yaml"
t=(--today 2027-07-05)
run() { "$kaplan" "$@" "${t[@]}" || true; }

no_controls() { # FILE: no C0 (but tab and line feed), DEL or C1 control character
  ! LC_ALL=C grep -aqP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1" || fail "$1: a raw control character"
}

run validate "$plan" -f text >v.txt 2>v.err
no_controls v.txt
no_controls v.err
grep -q 'unknown key `| key | with | pipes |`' v.txt || fail "text: the key is shown as written"
grep -qF '\x1b[2J' v.txt || fail "text: an escape sequence is shown, not sent"

run validate "$plan" -f json >v.json
run validate "$plan" -f sarif >v.sarif
run validate "$plan" -f junit >v.xml
run validate "$plan" -f github >v.gh
run validate "$plan" -f markdown >v.md
for f in v.json v.sarif v.xml v.gh v.md; do no_controls "$f"; done

python3 - "$plan" <<'EOF' || fail "json, sarif or junit"
import json, sys, xml.etree.ElementTree as ET
plan = sys.argv[1]
doc = json.load(open("v.json", encoding="utf-8"))
text = json.dumps(doc, ensure_ascii=False)
assert "| key | with | pipes |" in text, "json keeps the key's text"
assert plan in text or plan.replace("\x1b", "\\u001b") in text or "adv |<b>" in text, "json names the file"
sarif = json.load(open("v.sarif", encoding="utf-8"))
assert sarif["version"] == "2.1.0"
assert sarif["runs"][0]["results"], "sarif has results"
for r in sarif["runs"][0]["results"]:
    for loc in r.get("locations", []):
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        assert not any(c in uri for c in ' |<>"\x1b\n'), "sarif uri is percent-encoded: " + uri
root = ET.parse("v.xml").getroot()
assert root.iter("testcase"), "junit has test cases"
EOF

# GitHub annotations: one command per line, the file property intact after unescaping.
python3 - "$plan" <<'EOF' || fail "github annotations"
import sys
plan = sys.argv[1]
lines = open("v.gh", encoding="utf-8").read().splitlines()
assert lines, "annotations"
for l in lines:
    assert l.startswith("::"), "every line is a command: " + l
    head, sep, msg = l[2:].partition("::")
    assert sep, "command and message: " + l
    kind, _, props = head.partition(" ")
    assert kind in ("error", "warning", "notice"), l
    parsed = {}
    for p in props.split(","):
        k, eq, v = p.partition("=")
        assert eq, "property: " + p
        parsed[k] = v.replace("%2C", ",").replace("%3A", ":").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")
    assert set(parsed) >= {"file", "line"}, l
    assert "\n" not in msg and "\r" not in msg
EOF

# Markdown: rows of the findings table keep their five separators; no tag survives.
python3 - <<'EOF' || fail "markdown"
import re
text = open("v.md", encoding="utf-8").read()
assert not re.search(r"<(script|img|b|x|company)\b", text, re.I), "a tag from the plan survived"
rows = [l for l in text.splitlines() if re.match(r"\| (error|warning|info) \| KAP-", l)]
assert len(rows) >= 10, "findings rows"
for l in rows:
    assert len(re.findall(r"(?<!\\)\|", l)) == 5, "row keeps its four columns: " + l
EOF

# Reports in every format.
for f in markdown text html json; do
  run report "$plan" -f "$f" >"r.$f" 2>"r.$f.err"
  no_controls "r.$f"
  no_controls "r.$f.err"
done
python3 - <<'EOF' || fail "report json or html"
import json, re
json.load(open("r.json", encoding="utf-8"))
html = open("r.html", encoding="utf-8").read()
assert not re.search(r"<(script>alert|img src=x|b>\|unit)", html), "markup from the plan in the html"
assert not re.search(r"<(script|img|b)\b", open("r.markdown", encoding="utf-8").read()), "tag in markdown"
EOF

# Issue #17: names, file names, arguments and the environment that reach a terminal or
# a line-oriented output are escaped there too.
invisible() { # FILE: no ESC, BEL, C1, direction override or zero-width character
  ! LC_ALL=C grep -aqP '[\x07\x1b]|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf' "$1" ||
    fail "$1: a raw control, direction or zero-width character"
}
cp -r "$source_dir/examples/telecom-2027" inv
python3 - <<'PY'
p = "inv/plan.yaml"
s = open(p, encoding="utf-8").read()
edits = [("name: 杭州分公司", r'name: "杭州\u0085\u009b31m\u202e分\u2066公\u200b司\ufeff"'),
         ("    name: 政企大客户业务收入", r'    name: "收入\u0085\u202e\u200b"'),
         ("name: 张伟", r'name: "\e]0;owned\a\e[2J"')]
for old, new in edits:
    assert old in s, old
    s = s.replace(old, new)
open(p, "w", encoding="utf-8").write(s)
PY
run validate inv/plan.yaml --explain-load p-zhang-wei >load.txt 2>load.err
grep -qF '\x1b]0;owned\x07\x1b[2J' load.txt || fail "--explain-load: the name is not shown escaped"
invisible load.txt
"$kaplan" decompose inv/plan.yaml --kpi KPI-rev --by units --units hangzhou,ningbo >units.yaml 2>units.err
"$kaplan" decompose inv/plan.yaml --kpi KPI-rev --by segments >segments.yaml 2>segments.err
for f in units.yaml units.err segments.yaml segments.err; do invisible "$f"; done
grep -qF '\u202e' units.yaml || fail "decompose: a direction override is not written as an escape"
# The escapes are YAML's own: the split reads back without a structural finding.
cp units.yaml inv/branches/units-split.yaml
run validate inv/plan.yaml -f json >inv.json
grep -q '"KAP-S0' inv.json && fail "decompose's YAML does not read back: $(grep -o '"KAP-S0[^}]*' inv.json | head -3)"

# A file name that would forge a finding line, and one with a tab.
mkdir -p names/b
printf 'kaplan: 1\nplan: {id: n, title: t, cycle: 2027}\ninclude: ["b/*.yaml"]\n' >names/plan.yaml
printf 'units: [1]\n' >"names/b/x"$'\n'"plan.yaml:1:1: note: all checks passed.yaml"
printf 'units: [1]\n' >"names/b/t"$'\t'"ab.yaml"
run validate names/plan.yaml >names.txt 2>&1
grep -q '^plan.yaml:1:1: note: all checks passed' names.txt && fail "a file name forged a finding line"
grep -qF 'x\nplan.yaml:1:1' names.txt || fail "a line break in a file name is not shown as \\n"
grep -qF 't\tab.yaml' names.txt || fail "a tab in a file name is not shown as \\t"
no_controls names.txt

# Arguments and the environment, echoed in error messages.
got=0
"$kaplan" validate "$plan" --today $'\e[2J' >arg.out 2>arg.err || got=$?
[ "$got" -eq 2 ] || fail "--today with an escape sequence: status $got"
grep -qF '\x1b[2J' arg.err || fail "--today: the value is not shown escaped: $(cat arg.err)"
got=0
KAPLAN_MAX_FILE_SIZE=$'\e[2J' "$kaplan" validate "$plan" >env.out 2>env.err || got=$?
[ "$got" -eq 2 ] || fail "KAPLAN_MAX_FILE_SIZE with an escape sequence: status $got"
grep -qF 'KAPLAN_MAX_FILE_SIZE: `\x1b[2J` is not a size' env.err || fail "the variable's error: $(cat env.err)"
if command -v git >/dev/null; then
  git_ init -q names
  git_ -C names add .
  git_ -C names commit -qm names
  got=0
  (cd names && "$kaplan" validate plan.yaml --new-only --git $'HEAD\n\e[2J') >git.out 2>git.err || got=$?
  [ "$got" -eq 2 ] || fail "--git with a line break: status $got"
  grep -qF 'HEAD\n\x1b[2J' git.err || fail "--git: the revision is not shown escaped: $(cat git.err)"
fi
for f in arg.err env.err git.err; do [ ! -e "$f" ] || no_controls "$f"; done
echo "ok"
