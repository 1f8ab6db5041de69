#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that a `kaplan validate --format junit` report has the structure JUnit readers
(GitLab, Jenkins' junit-10.xsd) expect, using Python's own XML parser.

Usage: check_junit.py FILE [FAILING-RULE...]: the report must fail exactly the given
rules' test cases (none when no rule is given)."""
import sys
import xml.etree.ElementTree as ET

path, expected = sys.argv[1], sorted(sys.argv[2:])
root = ET.parse(path).getroot()
assert root.tag == "testsuites", root.tag
# The attributes Jenkins' xunit schema (junit-10.xsd) allows; any other is rejected there.
suites_attributes = {"name", "time", "tests", "failures", "disabled", "errors"}
suite_attributes = {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
                    "hostname", "id", "package", "file", "log", "url", "version", "disabled"}
assert set(root.attrib) <= suites_attributes, sorted(set(root.attrib) - suites_attributes)
allowed_case_children = {"failure", "error", "skipped", "system-out", "system-err"}
total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
failing = []
assert len(root) > 0, "no test suite"
for suite in root:
    assert suite.tag == "testsuite", suite.tag
    assert suite.get("name"), "a test suite without a name"
    assert set(suite.attrib) <= suite_attributes, sorted(set(suite.attrib) - suite_attributes)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for case in suite:
        assert case.tag == "testcase", case.tag
        assert case.get("name") and case.get("classname"), case.attrib
        counts["tests"] += 1
        kinds = [child.tag for child in case]
        assert set(kinds) <= allowed_case_children, kinds
        assert kinds.count("failure") <= 1 and kinds.count("skipped") <= 1, kinds
        for child in case:
            if child.tag == "failure":
                assert child.get("message") and child.get("type") in ("error", "warning", "info")
                assert child.text and child.text.strip()
                counts["failures"] += 1
                failing.append(case.get("name").split(" ")[0])
            elif child.tag == "skipped":
                counts["skipped"] += 1
    for key, value in counts.items():
        assert int(suite.get(key)) == value, (suite.get("name"), key, suite.get(key), value)
        total[key] += value
for key, value in total.items():
    if key in suites_attributes:
        assert int(root.get(key)) == value, (key, root.get(key), value)
assert sorted(failing) == expected, (failing, expected)
print("ok")
