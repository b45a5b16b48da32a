'use strict';
// The UI half of test/host/manyFindings.js (npm run test:ui): on each start of VS Code, the workbench's own count
// of problems (the status bar's Problems entry) reaches every finding the engine makes of the folder. The first
// start also waits until the index is saved, so the next start publishes the findings from it.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { storySummaries } = require('./storySummaries');

const SETTLE_MS = 120_000;

/** Every finding the engine makes of the folder's stories (hints never reach the Problems panel). */
function expectedFindings(core, workspace) {
  return storySummaries(core, workspace).reduce((n, { summary }) => n + summary.findings.filter((f) => f.severity !== 'hint').length, 0);
}

/** The saved index in VS Code's storage for the workspace, once written. */
function savedIndexIn(state) {
  const storage = path.join(state, 'user-data', 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return undefined;
  for (const folder of fs.readdirSync(storage)) {
    const file = path.join(storage, folder, 'star-stories.star-stories', 'story-index.jsonl');
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

module.exports = async ({ page, workspace, state, repoRoot, waitForExtensions, log }) => {
  const phase = process.env.STAR_UI_PHASE;
  const core = require(path.join(repoRoot, 'out', 'core'));
  const expected = expectedFindings(core, workspace);
  await waitForExtensions();

  // The status bar's Problems entry says the workbench's counts in full ("Warnings: 176, Infos: 2134"); the
  // panel's badge and the entry's own text round them ("2K+").
  const entry = page.locator('[id="status.problems"]');
  let label = '';
  const shown = async () => {
    label = (await entry.count()) ? (await entry.first().getAttribute('aria-label')) || '' : '';
    return (label.match(/\d[\d,]*/g) || []).reduce((sum, n) => sum + Number(n.replace(/,/g, '')), 0);
  };
  let count = 0;
  for (const end = Date.now() + SETTLE_MS; Date.now() < end;) {
    count = await shown();
    if (count === expected) break;
    await page.waitForTimeout(500);
  }
  log(`${phase} start: the status bar says "${label}": ${count} of the folder's ${expected} findings`);
  assert.strictEqual(count, expected, `${phase} start: every finding of the folder is in the Problems panel`);

  if (phase === 'first') {
    const end = Date.now() + 60_000;
    while (!savedIndexIn(state) && Date.now() < end) await page.waitForTimeout(500);
    assert.ok(savedIndexIn(state), 'the index is saved for the next start');
  }
};
