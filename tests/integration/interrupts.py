#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""All or nothing, even when interrupted (issue #16).

`report --out-dir` over many plans and `rollforward` of a plan of many files are sent
SIGINT, SIGTERM or SIGHUP at random moments. Afterwards either the complete output
exists (the signal came after the files were in place) or none of it does, an existing
output replaced with --force is either all old or all new, no temporary file or staging
folder remains, and an interrupted run exits with 128 + the signal.

Usage: interrupts.py KAPLAN SOURCE_DIR [ROUNDS]
Written in Python so that the child starts with the default action for SIGINT (a shell
script's background job would ignore it).
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

kaplan, source = os.path.abspath(sys.argv[1]), Path(sys.argv[2]).resolve()
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
example = source / "examples" / "telecom-2027"
TODAY = ["--today", "2027-07-05"]
env = {k: v for k, v in os.environ.items() if k not in ("KAPLAN_LANG", "LC_ALL", "LC_MESSAGES")}
env.update(LANG="C.UTF-8", NO_COLOR="1")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, file=sys.stderr)


def temporaries(folder):
    return [str(p) for p in Path(folder).rglob("*") if ".tmp-" in p.name]


def files_in(folder):
    folder = Path(folder)
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def timed(args):
    start = time.monotonic()
    subprocess.run([kaplan, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    return time.monotonic() - start


def interrupted(args, sig, delay):
    child = subprocess.Popen([kaplan, *args], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    time.sleep(delay)
    child.send_signal(sig)
    _, err = child.communicate()
    return child.returncode, err.decode(errors="replace")


def check_status(what, status, sig, err, out):
    # 0: the signal came after the work was done; 128 + sig: interrupted. A child killed
    # by the signal itself (Python shows -sig) was hit before kaplan's main() installed
    # its handler, which is only fine when it had made nothing yet.
    if status == -sig and not files_in(out) and not temporaries(work):
        return
    if status not in (0, 128 + sig):
        fail(f"{what}: exit status {status} after {signal.Signals(sig).name}: {err.strip()[:300]}")


work = Path(tempfile.mkdtemp(prefix="kaplan-interrupts."))
try:
    os.chdir(work)
    # 24 plans for report --out-dir.
    plans = []
    for i in range(24):
        p = work / "plans" / f"p{i:02}"
        shutil.copytree(example, p)
        text = (p / "plan.yaml").read_text(encoding="utf-8")
        (p / "plan.yaml").write_text(text.replace("  id: ka-2027\n", f"  id: ka-2027-{i:02}\n", 1),
                                     encoding="utf-8")
        plans.append(str(p))
    # A plan of 201 files for rollforward: the example's 4 and 197 small branch files.
    big = work / "big"
    shutil.copytree(example, big)
    for i in range(197):
        (big / "branches" / f"zz-{i:03}.yaml").write_text(f"# filler {i}\n{{}}\n", encoding="utf-8")
    actuals = str(big / "actuals-2027-H1.yaml")

    report = ["report", *plans, "-f", "html", "--jobs", "2", *TODAY]
    roll = ["rollforward", str(big), "--actuals", actuals, *TODAY]
    # How long a whole run takes: the signals fall anywhere from start to end.
    span = {"report": timed([*report, "--out-dir", "probe-r"]), "roll": timed([*roll, "-o", "probe-f"])}
    complete = {"report": files_in("probe-r"), "roll": files_in("probe-f")}
    if len(complete["report"]) != 24 or len(complete["roll"]) != 201:
        fail(f"the uninterrupted runs wrote {len(complete['report'])} reports and "
             f"{len(complete['roll'])} plan files")
    random.seed(16)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        for r in range(rounds):
            for name, args, flag in (("report", report, "--out-dir"), ("roll", roll, "-o")):
                # Into a new folder: all of it or none of it.
                out = work / f"out-{name}"
                shutil.rmtree(out, ignore_errors=True)
                status, err = interrupted([*args, flag, str(out)], sig,
                                          random.uniform(0, span[name] * 1.1))
                check_status(f"{name} into a new folder", status, sig, err, out)
                got = files_in(out)
                if got and got != complete[name]:
                    fail(f"{name} into a new folder: {len(got)} of {len(complete[name])} files "
                         f"after {signal.Signals(sig).name}")
                if status == 0 and got != complete[name]:
                    fail(f"{name}: finished but the output is incomplete")
                # Over an existing output with --force: all old or all new.
                old = work / f"old-{name}"
                shutil.rmtree(old, ignore_errors=True)
                shutil.copytree(work / ("probe-r" if name == "report" else "probe-f"), old)
                for f in old.rglob("*"):
                    if f.is_file():
                        f.write_bytes(b"old\n")
                before = files_in(old)
                status, err = interrupted([*args, flag, str(old), "--force"], sig,
                                          random.uniform(0, span[name] * 1.1))
                check_status(f"{name} over an old output", status, sig, err, work / "none")
                got = files_in(old)
                if got != before and got != complete[name]:
                    mixed = sum(1 for v in got.values() if v == b"old\n")
                    fail(f"{name} --force: {mixed} old files beside {len(got) - mixed} new ones "
                         f"after {signal.Signals(sig).name}")
                left = temporaries(work)
                if left:
                    fail(f"{name}: temporaries left after {signal.Signals(sig).name}: {left[:5]}")
                    for t in left:
                        if os.path.isdir(t):
                            shutil.rmtree(t, ignore_errors=True)
                        else:
                            os.unlink(t)
finally:
    os.chdir("/")
    shutil.rmtree(work, ignore_errors=True)

if failures:
    sys.exit(1)
print("ok")
