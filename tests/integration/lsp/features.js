// SPDX-License-Identifier: MIT
// The language features of `kaplan lsp`, asserted through the client library; called by
// session.js with its connection, after the diagnostics part of the session.
'use strict';
const fs = require('fs');
const path = require('path');
const rpc = require('vscode-languageserver-protocol/node');

module.exports = async (conn, planDir, uriOf, assert) => {
  // Every feature is asserted, and all failures are reported together.
  const failures = [];
  const check = (cond, msg) => {
    if (!cond) failures.push(msg);
  };
  const file = path.join(planDir, 'branches/hangzhou.yaml');
  const uri = uriOf(file);
  const rootUri = uriOf(path.join(planDir, 'plan.yaml'));
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const doc = {uri};
  // `parent: KPI-rev,` on the line of KPI-rev-hz: the cursor inside the id.
  const row = lines.findIndex((l) => l.includes('id: KPI-rev-hz,'));
  const col = lines[row].indexOf('KPI-rev,') + 3;
  const pos = {line: row, character: col};

  const hover = await conn.sendRequest(rpc.HoverRequest.type, {textDocument: doc, position: pos});
  check(hover && hover.contents && /KPI-rev/.test(JSON.stringify(hover.contents)),
        'hover on KPI-rev: ' + JSON.stringify(hover));

  const defs = await conn.sendRequest(rpc.DefinitionRequest.type, {textDocument: doc, position: pos});
  const planLines = fs.readFileSync(path.join(planDir, 'plan.yaml'), 'utf8').split('\n');
  const defRow = planLines.findIndex((l) => /id: KPI-rev\b(?!-)/.test(l));
  check(Array.isArray(defs) && defs.length === 1 && defs[0].uri === rootUri && defs[0].range.start.line === defRow,
        'definition of KPI-rev in plan.yaml line ' + (defRow + 1) + ': ' + JSON.stringify(defs));

  const refs = await conn.sendRequest(rpc.ReferencesRequest.type,
                                      {textDocument: doc, position: pos, context: {includeDeclaration: true}});
  const files = new Set((refs || []).map((r) => r.uri));
  check(files.has(rootUri) && files.has(uri) && files.size >= 4,
        'references of KPI-rev across the plan and its three branches: ' + JSON.stringify(refs));

  // Completion of a person's id in `owner:` of a KPI: the partial `p-hz-` completes.
  const ownerCol = lines[row].indexOf('owner: p-hz-zhou') + 'owner: p-hz-'.length;
  const completion = await conn.sendRequest(rpc.CompletionRequest.type,
                                            {textDocument: doc, position: {line: row, character: ownerCol}});
  const items = Array.isArray(completion) ? completion : (completion ? completion.items : []);
  check(items.some((i) => i.label === 'p-hz-wu'), 'completion of people in owner: ' + JSON.stringify(items).slice(0, 400));

  const symbols = await conn.sendRequest(rpc.DocumentSymbolRequest.type, {textDocument: doc});
  check(JSON.stringify(symbols).includes('p-hz-zhou'), 'the outline lists p-hz-zhou: ' + JSON.stringify(symbols).slice(0, 400));

  // A code action: the misspelt key's "did you mean" fix.
  const text = lines.join('\n');
  const keyRow = lines.findIndex((l) => l === '    committed: 0.3');
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version: 100},
    contentChanges: [{range: {start: {line: keyRow, character: 4}, end: {line: keyRow, character: 13}}, text: 'comitted'}]});
  const range = {start: {line: keyRow, character: 4}, end: {line: keyRow, character: 12}};
  const actions = await conn.sendRequest(rpc.CodeActionRequest.type,
                                         {textDocument: doc, range, context: {diagnostics: []}});
  const fix = (actions || []).find((a) => a.edit && JSON.stringify(a.edit).includes('"newText":"committed"'));
  check(fix, 'a quick fix writing `committed`: ' + JSON.stringify(actions));
  const edit = fix && fix.edit.changes[uri] && fix.edit.changes[uri][0];
  check(edit && edit.range.start.line === keyRow && edit.range.start.character === 4,
        'the fix edits the key: ' + JSON.stringify(edit));
  check((actions || []).some((a) => /ignore|suppress|忽略/i.test(a.title)), 'a suppress action: ' + JSON.stringify(actions.map((a) => a.title)));
  conn.sendNotification(rpc.DidChangeTextDocumentNotification.type,
                        {textDocument: {uri, version: 101}, contentChanges: [{text}]});
  assert(failures.length === 0, failures.join('\n      '));
};
