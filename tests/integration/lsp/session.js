// SPDX-License-Identifier: MIT
// A scripted session with `kaplan lsp`, driven by Microsoft's LSP client library
// (vscode-languageserver-protocol, the one VS Code's clients are built on).
// node lsp_session.js KAPLAN PLAN_DIR  (PLAN_DIR: a copy of examples/telecom-2027)
'use strict';
const cp = require('child_process');
const path = require('path');
const fs = require('fs');
const rpc = require('vscode-languageserver-protocol/node');

const [kaplan, planDir] = process.argv.slice(2);
const uriOf = (p) => 'file://' + path.resolve(p).split('/').map(encodeURIComponent).join('/');
const fail = (msg) => {
  console.error('FAIL: ' + msg);
  process.exit(1);
};
const check = (cond, msg) => {
  if (!cond) fail(msg);
};

const child = cp.spawn(kaplan, ['lsp', '--today', '2027-07-05'], {stdio: ['pipe', 'pipe', 'inherit']});
const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout),
                                          new rpc.StreamMessageWriter(child.stdin));
const published = new Map(); // uri -> [diagnostics of each publication]
let waiters = [];
conn.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => {
  if (!published.has(p.uri)) published.set(p.uri, []);
  published.get(p.uri).push(p.diagnostics);
  waiters = waiters.filter((w) => !w());
});
conn.listen();

// The next publication for `uri` that `pred` accepts (or the latest one, if it does).
function diagnostics(uri, pred, what) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => fail('no diagnostics ' + what + ' for ' + uri + ' within 5 s; last: ' +
                                        JSON.stringify((published.get(uri) || []).slice(-1))), 5000);
    const w = () => {
      const list = published.get(uri) || [];
      if (list.length && pred(list[list.length - 1])) {
        clearTimeout(timer);
        resolve(list[list.length - 1]);
        return true;
      }
      return false;
    };
    if (!w()) waiters.push(w);
  });
}

(async () => {
  const init = await conn.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid, rootUri: uriOf(planDir), locale: 'en',
    capabilities: {general: {positionEncodings: ['utf-16']}}});
  const caps = init.capabilities;
  check(caps.positionEncoding === 'utf-16', 'utf-16 expected: ' + JSON.stringify(caps));
  check(caps.textDocumentSync && caps.textDocumentSync.change === 2, 'incremental sync expected');
  check(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.codeActionProvider,
        'features advertised');
  conn.sendNotification(rpc.InitializedNotification.type, {});

  const file = path.join(planDir, 'branches/hangzhou.yaml');
  const uri = uriOf(file);
  let text = fs.readFileSync(file, 'utf8');
  conn.sendNotification(rpc.DidOpenTextDocumentNotification.type,
                        {textDocument: {uri, languageId: 'yaml', version: 1, text}});
  // Every file of the plan gets a publication, the clean ones an empty list.
  for (const f of ['plan.yaml', 'branches/hangzhou.yaml', 'branches/ningbo.yaml', 'branches/wenzhou.yaml'])
    await diagnostics(uriOf(path.join(planDir, f)), (d) => d.length === 0, 'empty (clean plan)');

  // Break a key (incremental change): `committed` -> `comitted` on line 8.
  const lines = text.split('\n');
  const row = lines.findIndex((l) => l === '    committed: 0.3');
  check(row >= 0, 'the line to break');
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 2},
    contentChanges: [{range: {start: {line: row, character: 4}, end: {line: row, character: 13}}, text: 'comitted'}]});
  let d = await diagnostics(uri, (d) => d.some((x) => x.range.start.line === row), 'for the broken key');
  const key = d.find((x) => x.range.start.line === row);
  check(key.code === 'KAP-S002', 'rule id as code: ' + JSON.stringify(key));
  check(key.severity === 1 || key.severity === 2, 'severity: ' + key.severity);
  check(key.range.start.character === 4 && key.range.end.line === row && key.range.end.character === 12,
        'range over the key: ' + JSON.stringify(key.range));
  check(/committed/.test(key.message), 'did you mean in the message: ' + key.message);
  check(key.codeDescription && /kaplan-rules\.7#L\d+$/.test(key.codeDescription.href), 'codeDescription');

  // A dangling reference after Chinese text: UTF-16 characters, not bytes.
  const kpiRow = lines.findIndex((l) => l.includes('id: KPI-rev-hz,'));
  const kpiLine = lines[kpiRow];
  const at = kpiLine.indexOf('KPI-rev,'); // UTF-16 index, as JavaScript counts
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 3},
    contentChanges: [{range: {start: {line: kpiRow, character: at}, end: {line: kpiRow, character: at + 7}},
                      text: 'KPI-rvx'}]});
  d = await diagnostics(uri, (d) => d.some((x) => x.range.start.line === kpiRow), 'for the dangling parent');
  const ref = d.find((x) => x.range.start.line === kpiRow);
  check(ref.code === 'KAP-S006', 'dangling reference: ' + JSON.stringify(ref));
  check(ref.range.start.character === at && ref.range.end.character === at + 7,
        'range in UTF-16 over the value (' + at + '): ' + JSON.stringify(ref.range));

  // A duplicate id: the finding points at the first definition (relatedInformation), and
  // another file of the plan, not open, gets the dangling reference it causes.
  const dupRow = lines.findIndex((l) => l === '  - id: p-hz-xu');
  const firstRow = lines.findIndex((l) => l === '  - id: p-hz-wu');
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 4},
    contentChanges: [{range: {start: {line: dupRow, character: 8}, end: {line: dupRow, character: 15}}, text: 'p-hz-wu'}]});
  d = await diagnostics(uri, (d) => d.some((x) => x.code === 'KAP-S005'), 'for the duplicate id');
  const dup = d.find((x) => x.code === 'KAP-S005');
  check(dup.range.start.line === dupRow && dup.relatedInformation && dup.relatedInformation.length === 1 &&
        dup.relatedInformation[0].location.uri === uri &&
        dup.relatedInformation[0].location.range.start.line === firstRow,
        'the first definition as related information: ' + JSON.stringify(dup));
  const rootUri = uriOf(path.join(planDir, 'plan.yaml'));
  await diagnostics(rootUri, (d) => d.some((x) => x.code === 'KAP-S006'), 'in plan.yaml for the reference the edit broke');

  // Fix all (a full-text change): cleared, in plan.yaml too.
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type,
                        {textDocument: {uri, version: 5}, contentChanges: [{text}]});
  await diagnostics(uri, (d) => d.length === 0, 'cleared after the fix');
  await diagnostics(rootUri, (d) => d.length === 0, 'cleared in plan.yaml after the fix');

  await require('./features.js')(conn, planDir, uriOf, check);

  await conn.sendRequest(rpc.ShutdownRequest.type);
  conn.sendNotification(rpc.ExitNotification.type);
  child.on('exit', (code) => {
    check(code === 0, 'exit status 0 after shutdown and exit, got ' + code);
    console.log('ok: lsp session');
    process.exit(0);
  });
})().catch((e) => fail(e && e.stack || String(e)));
