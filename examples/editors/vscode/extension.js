// SPDX-License-Identifier: MIT
// A minimal VS Code extension: starts `kaplan lsp` for the YAML files of the workspace
// with Microsoft's generic language client; kaplan does the rest (diagnostics, hover,
// definition, references, completion, outline, quick fixes).
'use strict';
const vscode = require('vscode');
const {LanguageClient} = require('vscode-languageclient/node');

let client;

exports.activate = (context) => {
  const config = vscode.workspace.getConfiguration('kaplan');
  const server = {command: config.get('path', 'kaplan'), args: ['lsp', ...config.get('args', [])]};
  client = new LanguageClient('kaplan', 'kaplan', server, {
    documentSelector: [{scheme: 'file', language: 'yaml'}],
  });
  context.subscriptions.push(client);
  return client.start();
};

exports.deactivate = () => (client ? client.stop() : undefined);
