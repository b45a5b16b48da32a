#!/usr/bin/env node
// npm run test:restart: STAR Stories across a restart of VS Code, in the real host. Three starts of the same
// workspace with the same VS Code state (run.js --state):
//   1. first start: the index is built from the files and saved for the next start;
//   2. while VS Code is closed, stories are edited, deleted and added on disk; on the second start the tree and
//      Problems come from the saved index at once, and end exactly as the files say (no ghosts, no stale findings);
//   3. the saved index is damaged: the third start ignores it and still ends right, and saves a good one again;
//   4. a config file turns missing-quantified-result off while VS Code is closed: the saved findings were made
//      under the old config, so the fourth start does not show them, and no finding of that rule appears.
// The checks run inside the host (restart/inHost.js); this script prepares the folders and the changes.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { makeStory, makeNote } = require('../../scripts/storyCorpus');
const { readSavedIndex } = require('./readSavedIndex');
const { freePort } = require('./run');

const STORIES = 40;
const NOTES = 20;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'star-restart-'));
const workspace = path.join(root, 'workspace');
const state = path.join(root, 'state');
const out = path.join(root, 'result.json');
const storyPath = (i) => path.join(workspace, 'stories', `story-${i}.md`);

/**
 * One port for every start: the workbench names a folder's storage after its URI, which holds the server's
 * address, so a new port would be a new folder to VS Code (as another machine would be). Set in main.
 */
let port;

function start(phase, expect) {
  console.log(`\n--- start ${phase}`);
  fs.rmSync(out, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      path.join(__dirname, 'run.js'),
      '--state',
      state,
      '--port',
      String(port),
      '--workspace',
      workspace,
      '--tests',
      path.join(__dirname, 'restart', 'inHost.js'),
      '--timeout',
      '240',
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, STAR_RESTART_PHASE: phase, STAR_RESTART_OUT: out, STAR_RESTART_EXPECT: JSON.stringify(expect) },
    },
  );
  if (run.status !== 0) throw new Error(`start ${phase} failed (exit ${run.status})`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

async function main() {
  port = await freePort();
  fs.mkdirSync(path.join(workspace, 'stories'), { recursive: true });
  fs.mkdirSync(path.join(workspace, 'notes'), { recursive: true });
  for (let i = 1; i <= STORIES; i++) fs.writeFileSync(storyPath(i), makeStory(i, 250));
  for (let i = 1; i <= NOTES; i++) fs.writeFileSync(path.join(workspace, 'notes', `note-${i}.md`), makeNote(i));

  const first = start('first', { stories: STORIES });

  // VS Code is closed: a pull brings other versions of some stories.
  const edit = (i, change) => fs.writeFileSync(storyPath(i), change(fs.readFileSync(storyPath(i), 'utf8')));
  edit(1, (t) => t.replace(/^principles: .*$/m, 'principles: [Frugality]'));
  edit(2, (t) => t.replace(/## Result\n\n[^]*$/, '## Result\n\nThe team was happy with it.\n'));
  fs.rmSync(storyPath(3));
  fs.writeFileSync(storyPath(STORIES + 1), makeStory(STORIES + 1, 250).replace(/^principles: .*$/m, 'principles: [Think Big]'));
  start('second', {
    stories: STORIES,
    cached: STORIES,
    frugality: 'stories/story-1.md',
    unquantified: 'stories/story-2.md',
    deleted: 'stories/story-3.md',
    added: `stories/story-${STORIES + 1}.md`,
  });

  // Half a file, as a crash in the middle of a write by another program would leave it.
  const saved = first.savedIndex;
  const bytes = fs.readFileSync(saved);
  fs.writeFileSync(saved, bytes.subarray(0, Math.floor(bytes.length / 2)));
  start('damaged', { stories: STORIES });
  // Written whole again by the third start: every story, readable to the end.
  const rewritten = await readSavedIndex(fs.readFileSync(saved));
  if (rewritten.size !== STORIES)
    throw new Error(`the saved index holds ${rewritten.size} stories after the third start, expected ${STORIES}`);

  fs.writeFileSync(path.join(workspace, '.starlintrc.json'), JSON.stringify({ rules: { 'missing-quantified-result': 'off' } }));
  start('config', { stories: STORIES, config: { rules: { 'missing-quantified-result': 'off' } } });
  console.log('\nrestart: 4 starts passed');
  fs.rmSync(root, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(`restart: ${e.message}\n(state kept in ${root})`);
  process.exit(1);
});
