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
echo "ok"
