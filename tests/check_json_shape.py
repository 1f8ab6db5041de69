#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that `kaplan validate --format json` (or sarif, or codeclimate) on stdin has the
documented shape. For codeclimate: the fields and types GitLab's Code Quality report
requires (description, check_name, fingerprint, severity, location.path and a begin line)."""
import json
import sys

kind = sys.argv[1]
doc = json.load(sys.stdin)
if kind == "validate":
    assert list(doc) == ["tool", "version", "diagnostics", "summary"], list(doc)
    assert doc["tool"] == "kaplan"
    for d in doc["diagnostics"]:
        for key in ("rule", "severity", "message", "file", "line", "column", "entity"):
            assert key in d, (key, d)
        assert d["severity"] in ("error", "warning", "info")
        assert isinstance(d["line"], int) and isinstance(d["column"], int)
    assert set(doc["summary"]) == {"error", "warning", "info", "suppressed"}
    assert len(doc["diagnostics"]) >= int(sys.argv[2]) if len(sys.argv) > 2 else True
elif kind == "sarif":
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "kaplan"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for r in run["results"]:
        assert r["ruleId"] in rule_ids
        assert r["level"] in ("error", "warning", "note")
        assert r["message"]["text"]
elif kind == "codeclimate":
    assert isinstance(doc, list), type(doc)
    prints = set()
    for issue in doc:
        assert issue["type"] == "issue", issue
        for key in ("description", "check_name", "fingerprint"):
            assert isinstance(issue[key], str) and issue[key], (key, issue)
        assert issue["check_name"].startswith("KAP-"), issue
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker"), issue
        assert issue["categories"] and all(isinstance(c, str) for c in issue["categories"]), issue
        assert issue["fingerprint"] not in prints, ("fingerprint repeats", issue)
        prints.add(issue["fingerprint"])
        loc = issue["location"]
        assert isinstance(loc["path"], str) and loc["path"], loc
        assert not loc["path"].startswith(("/", "./", "../")), ("not repository-relative", loc)
        if "lines" in loc:
            assert isinstance(loc["lines"]["begin"], int) and loc["lines"]["begin"] >= 1, loc
        else:
            begin = loc["positions"]["begin"]
            assert isinstance(begin["line"], int) and begin["line"] >= 1, loc
            assert isinstance(begin["column"], int) and begin["column"] >= 1, loc
    assert len(doc) >= int(sys.argv[2]) if len(sys.argv) > 2 else True
else:
    raise SystemExit("unknown kind " + kind)
print("ok")
