'use strict';
// UI smoke script for `node test/host/run.js --ui test/host/ui/open-story.ui.js`:
// opens a story through Quick Open as a person would, checks the editor shows it,
// and leaves a screenshot in the artifacts folder.

const path = require('path');

module.exports = async ({ page, openFile, waitForExtensions, artifactsDir, log }) => {
  await openFile('stories/smoke.md');
  await waitForExtensions();
  const lines = page.locator('.editor-instance .monaco-editor .view-lines');
  await lines.filter({ hasText: 'Cut the nightly build' }).waitFor({ timeout: 15_000 });
  await lines.filter({ hasText: '## Situation' }).waitFor({ timeout: 5_000 });
  const shot = path.join(artifactsDir, 'open-story.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
};
