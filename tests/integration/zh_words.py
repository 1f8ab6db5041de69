# SPDX-License-Identifier: MIT
# Reads human outputs of kaplan (reports, scorecards, findings, explain; --lang zh) and
# prints every value that is an English enumeration word of the plan format; exit status
# 1 if any.
# Ids, numbers and paths are allowed, and so is code quoted in backticks or <code> (a
# message naming what to write in the YAML file). Usage: zh_words.py FORMAT:FILE...
# (one process for all the outputs: a Python start is slow on a small CI machine).
import os
import re
import sys

# The written names of the plan format's enumerations (model/enum_names.hpp) and of the
# computed states that reports and scorecards show.
ENUM_WORDS = """
draft review approved
company department region branch team
policy economy society technology industry customer competition
high medium low opportunity threat
core grow maintain exit
survey interview workshop
financial internal learning
up down cumulative level
market
talent information external group partner fixed-asset other
critical normal
issues objectives strategies resources approval
monthly quarterly half-yearly yearly
not-started in-progress done dropped unreported
green amber red none
on-time on time early late overdue slipping behind ahead
good warn bad
""".split()
ENUM_WORDS += ["on time", "half yearly", "in progress", "not started"]

def check(fmt, name, text):
    if fmt == "findings":
        # validate's text output: the finding lines; the quoted source lines under them are
        # the plan's own YAML.
        text = "\n".join(l for l in text.split("\n") if re.match(r"\S+:\d+:\d+: ", l))
        fmt = "text"
    if fmt == "explain":
        # The example and its fix are YAML, indented by four spaces: code, not prose.
        text = re.sub(r"^    .*$", " ", text, flags=re.M)
        fmt = "text"
    if fmt == "html":
        text = re.sub(r"<style>.*?</style>", " ", text, flags=re.S)
        text = re.sub(r"<code>.*?</code>", " ", text, flags=re.S)
        text = re.sub(r"<[^>]*>", "\n", text)
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    if fmt != "html":
        # Mermaid's own keywords and task tags are not shown as words.
        text = re.sub(r"^\s*(flowchart LR|gantt|dateFormat \S+|end)\s*$", " ", text, flags=re.M)
        text = re.sub(r":(done|active|crit), ", ":", text)
        text = re.sub(r"^(\s*subgraph) [a-z]+", r"\1", text, flags=re.M)
        text = re.sub(r"`[^`\n]*`", " ", text)
    # A word of the list standing alone: not part of an id, a path or a longer word.
    edge = r"[A-Za-z0-9_./-]"
    found = []
    for lineno, line in enumerate(text.split("\n"), 1):
        for w in ENUM_WORDS:
            for m in re.finditer(r"(?<!%s)%s(?!%s)" % (edge, re.escape(w), edge), line, flags=re.I):
                found.append((lineno, w, line.strip()))
    for lineno, w, line in found:
        print(f"{name}: line {lineno}: English word '{w}': {line[:160]}")
    return not found


ok = True
for arg in sys.argv[1:]:
    fmt, path = arg.split(":", 1)
    with open(path, encoding="utf-8") as f:
        ok = check(fmt, os.path.basename(path), f.read()) and ok
sys.exit(0 if ok else 1)
