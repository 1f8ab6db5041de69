#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that `kaplan validate --format json` (or sarif) on stdin has the documented shape."""
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
else:
    raise SystemExit("unknown kind " + kind)
print("ok")
