#!/usr/bin/env node
// Part of npm run test:ui: every finding reaches the Problems panel, however many one batch of stories carries.
// VS Code passes at most 1,100 diagnostics per DiagnosticCollection.set call on to the workbench and silently drops
// the files after that (ExtHostDiagnostics' total limit); the extension host itself still lists them, so only the
// workbench shows the loss. A folder of 150 drafts with fifteen findings each, started twice with the same VS Code
// state: the first start checks the files, the next one publishes the saved index's findings in batches of 125
// stories (ui/many-findings.ui.js reads the workbench's count on each).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { freePort } = require('./run');

const DRAFTS = 150;

/** A draft whose Action and Result hedge at every turn: fifteen findings, the same for each. */
function draft(n) {
  return `---
title: Draft ${n} of the returns backlog
principles: [Customer Obsession, Frugality]
---

## Situation

Returns piled up in the warehouse for weeks and customers kept asking where their refunds were.

## Task

Get the refunds out faster.

## Action

I think I kind of helped sort out the queue. I was involved in a sort of review, and I guess I somewhat
changed the order the parcels were opened in. Maybe it was a bit faster.

## Result

Hopefully customers were happier, and probably the team was too. I feel like it more or less worked.
`;
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'star-many-findings-'));
const workspace = path.join(root, 'workspace');
const state = path.join(root, 'state');
const drafts = path.join(workspace, 'stories');
fs.mkdirSync(drafts, { recursive: true });
for (let n = 1; n <= DRAFTS; n++) fs.writeFileSync(path.join(drafts, `draft-${String(n).padStart(3, '0')}.md`), draft(n));
const core = require(path.join(__dirname, '..', '..', 'out', 'core'));
const each = core.lintStory(draft(1), core.defaultConfig()).findings.length;
if (each * 125 <= 1100) throw new Error(`a draft makes ${each} findings: too few for one batch to pass VS Code's limit`);

async function main() {
  // One port for both starts: the workbench names a folder's storage after its URI, which holds the address.
  const port = await freePort();
  for (const phase of ['first', 'next']) {
    const run = spawnSync(
      process.execPath,
      [
        path.join(__dirname, 'run.js'),
        ...['--ui', path.join(__dirname, 'ui', 'many-findings.ui.js'), '--workspace', workspace, '--state', state],
        ...['--port', String(port), '--timeout', '300'],
      ],
      { stdio: 'inherit', env: { ...process.env, STAR_UI_PHASE: phase } },
    );
    if (run.status !== 0) throw new Error(`the ${phase} start failed (exit ${run.status})`);
  }
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(`many findings: ${e.message} (state kept in ${root})`);
  process.exit(1);
});
