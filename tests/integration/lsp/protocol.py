#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# `kaplan lsp` given what no client should send: a request before initialize, bad
# headers, bad JSON, wrong types, a Content-Length of 10^12, deep nesting, requests after
# shutdown. Each gets its JSON-RPC error and the server keeps answering; exit gives status
# 0 after shutdown and 1 without. Then the confinement: a plan whose include is `../x.yaml`
# does not read x.yaml, even when the editor has it open.
#   lsp_protocol.py KAPLAN
import json
import os
import select
import subprocess
import sys
import tempfile
import time

KAPLAN = os.path.abspath(sys.argv[1])


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


class Session:
    def __init__(self, cwd=None, lang=("--lang", "en")):
        env = dict(os.environ, LANG="C.UTF-8")
        env.pop("KAPLAN_LANG", None)
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        self.p = subprocess.Popen([KAPLAN, "lsp", "--today", "2027-07-05", *lang],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=cwd, env=env)
        self.buf = b""
        self.seen = []

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, obj):
        body = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self, timeout=5.0):
        end = time.time() + timeout
        while True:
            h = self.buf.find(b"\r\n\r\n")
            if h >= 0:
                header = self.buf[:h].decode()
                length = int(header.split(":")[1])
                if len(self.buf) >= h + 4 + length:
                    body = self.buf[h + 4:h + 4 + length]
                    self.buf = self.buf[h + 4 + length:]
                    msg = json.loads(body)
                    self.seen.append(msg)
                    return msg
            left = end - time.time()
            if left <= 0 or not select.select([self.p.stdout], [], [], left)[0]:
                fail("no message within %.0f s" % timeout)
            chunk = os.read(self.p.stdout.fileno(), 65536)
            if not chunk:
                fail("the server closed its output (status %s)" % self.p.wait())
            self.buf += chunk

    def response(self, want_id=None, timeout=5.0):
        while True:
            m = self.read(timeout)
            if "method" not in m and (want_id is None or m.get("id") == want_id):
                return m

    def error(self, code, want_id=None, what=""):
        m = self.response(want_id)
        if m.get("error", {}).get("code") != code:
            fail("%s: expected error %d, got %s" % (what, code, json.dumps(m)))
        return m

    def publication(self, uri, timeout=5.0):
        while True:
            m = self.read(timeout)
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri:
                return m["params"]["diagnostics"]


def req(i, method, params=None):
    m = {"jsonrpc": "2.0", "id": i, "method": method}
    if params is not None:
        m["params"] = params
    return m


def malformed():
    s = Session()
    s.send(req(1, "textDocument/hover", {}))
    s.error(-32002, 1, "a request before initialize")
    s.raw(b"Content-Lenght: 2\r\n\r\n{}")  # misspelt: no Content-Length
    s.error(-32700, None, "a header without Content-Length")
    s.send(b'{"jsonrpc": "2.0", "id": 2, "method": ')  # cut JSON
    s.error(-32700, None, "bad JSON")
    s.send(req(3, "initialize", "not an object"))
    s.error(-32602, 3, "initialize with params of the wrong type")
    s.send(req(4, "initialize", {"capabilities": {"general": {"positionEncodings": ["utf-8"]}}}))
    r = s.response(4)
    if r["result"]["capabilities"]["positionEncoding"] != "utf-8":
        fail("utf-8 offered, not chosen: %s" % json.dumps(r))
    s.send(req(5, "initialize", {}))
    s.error(-32600, 5, "initialize twice")
    s.raw(b"X" * 20000)  # a header section that never ends
    s.error(-32700, None, "a header section too long")
    s.raw(b"Content-Length: 1000000000000\r\n\r\n")  # 10^12: refused, nothing allocated
    s.error(-32700, None, "a huge Content-Length")
    s.raw(b"Content-Length: 99999999999999999999999999\r\n\r\n")
    s.error(-32700, None, "a Content-Length past 64 bits")
    s.send(b"[" * 100000 + b"]" * 100000)
    s.error(-32600, None, "nesting 100,000 deep")
    s.send(b"[1, 2]")
    s.error(-32600, None, "a batch (an array)")
    s.send({"jsonrpc": "2.0", "id": {"a": 1}, "method": "shutdown"})
    s.error(-32600, None, "an id that is an object")
    s.send({"jsonrpc": "2.0", "id": 6, "method": 42})
    s.error(-32600, 6, "a method that is a number")
    s.send({"jsonrpc": "1.0", "id": 7, "method": "shutdown"})
    s.error(-32600, 7, "jsonrpc 1.0")
    s.send(req(8, "no/such/method", {}))
    s.error(-32601, 8, "an unknown method")
    s.send(req(9, "textDocument/hover", {"textDocument": {"uri": 5}, "position": {}}))
    s.error(-32602, 9, "a uri that is a number")
    s.send(req(10, "textDocument/hover", {"textDocument": {"uri": "file:///nowhere.yaml"},
                                          "position": {"line": "1", "character": -1}}))
    s.error(-32602, 10, "a position of strings and negative numbers")
    # Notifications of the wrong shape: logged, never answered, never fatal.
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": 1, "text": []}}})
    s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": [1, 2, 3]})
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": "http://example.invalid/a.yaml", "text": "x", "version": 1}}})
    # A request and its cancellation in one write: read together, the request is not run.
    frames = b""
    for m in (req(11, "textDocument/hover", {"textDocument": {"uri": "file:///x.yaml"},
                                             "position": {"line": 0, "character": 0}}),
              {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 11}}):
        body = json.dumps(m).encode()
        frames += b"Content-Length: %d\r\n\r\n" % len(body) + body
    s.raw(frames)
    s.error(-32800, 11, "a request cancelled before it was handled")
    s.send(req(12, "shutdown"))
    r = s.response(12)
    if "result" not in r or r["result"] is not None:
        fail("shutdown: %s" % json.dumps(r))
    s.send(req(13, "textDocument/hover", {}))
    s.error(-32600, 13, "a request after shutdown")
    s.send({"jsonrpc": "2.0", "method": "exit"})
    s.p.stdin.close()
    if s.p.wait(timeout=10) != 0:
        fail("exit after shutdown: status %d" % s.p.returncode)

    s = Session()
    s.send(req(1, "initialize", {}))
    s.response(1)
    s.send({"jsonrpc": "2.0", "method": "exit"})
    if s.p.wait(timeout=10) != 1:
        fail("exit without shutdown: status %d, expected 1" % s.p.returncode)
    s = Session()
    s.p.stdin.close()
    if s.p.wait(timeout=10) != 1:
        fail("end of input without exit: status %d, expected 1" % s.p.returncode)


def confinement():
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "plan"))
        plan = os.path.join(tmp, "plan", "plan.yaml")
        outside = os.path.join(tmp, "x.yaml")
        with open(plan, "w") as f:
            f.write("kaplan: 1\nplan:\n  id: p\n  name: P\n  horizon: {from: 2027, to: 2027}\n"
                    "include:\n  - ../x.yaml\n")
        with open(outside, "w") as f:
            f.write("# on disk\n")
        s = Session(cwd=tmp)
        s.send(req(1, "initialize", {"capabilities": {}}))
        s.response(1)
        s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        marker = "p-secret-marker"
        for path, text in ((outside, "people:\n  - id: %s\n  - id: %s\n" % (marker, marker)),
                           (plan, open(plan).read())):
            s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                    "params": {"textDocument": {"uri": "file://" + path, "languageId": "yaml",
                                                "version": 1, "text": text}}})
        d = s.publication("file://" + plan)
        if not any(x.get("code") == "KAP-S011" for x in d):
            fail("the include of ../x.yaml is not refused: %s" % json.dumps(d))
        if marker in json.dumps(d):
            fail("the plan read the file outside its folder: %s" % json.dumps(d))
        s.send(req(2, "shutdown"))
        s.response(2)
        s.send({"jsonrpc": "2.0", "method": "exit"})
        s.p.wait(timeout=10)
        for m in s.seen:
            p = m.get("params", {})
            if m.get("method") == "textDocument/publishDiagnostics" and p["uri"] != "file://" + outside \
                    and marker in json.dumps(p):
                fail("a publication outside x.yaml shows its text: %s" % json.dumps(m))


def language():
    """Without --lang, the client's locale chooses: zh-CN gives Chinese messages."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "plan.yaml")
        text = "kaplan: 1\nplan:\n  id: p\n  nmae: P\n"
        with open(path, "w") as f:
            f.write(text)
        for locale, want in (("zh-CN", "未知"), ("en-US", "unknown key")):
            s = Session(cwd=tmp, lang=())
            s.send(req(1, "initialize", {"capabilities": {}, "locale": locale}))
            s.response(1)
            s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                    "params": {"textDocument": {"uri": "file://" + path, "languageId": "yaml",
                                                "version": 1, "text": text}}})
            d = s.publication("file://" + path)
            key = [x for x in d if x.get("code") == "KAP-S002"]
            if not key or want not in key[0]["message"]:
                fail("locale %s: expected %r in the message: %s" % (locale, want, json.dumps(d, ensure_ascii=False)))
            s.send({"jsonrpc": "2.0", "method": "exit"})
            s.p.wait(timeout=10)


malformed()
confinement()
language()
print("ok: lsp protocol")
