'use strict';
// The focus-set picker speaks the user's words:
//   node test/host/run.js --ui test/host/ui/focus-set-picker.ui.js
// Filter to a Focus Set from the palette: the row reads "AWS roles" and its principles, not the settings id "aws";
// Enter filters the Principles view, whose header then names the set.

const assert = require('assert');
const path = require('path');

module.exports = async ({ page, runCommand, waitForExtensions, artifactsDir, log }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await waitForExtensions();
  await runCommand('STAR Stories: Filter to a Focus Set');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'AWS roles' }).first();
  await row.waitFor({ timeout: 10_000 });
  const label = (await row.locator('.label-name').first().textContent()).trim();
  const description = (await row.locator('.label-description').allTextContents()).join(' ').trim();
  log(`row: "${label}" | description "${description}" | ${(await row.textContent()).trim()}`);
  assert.strictEqual(label, 'AWS roles');
  assert.ok(!/\baws\b/.test(description), `the row shows the settings id: "${description}"`);
  assert.match(await row.textContent(), /Customer Obsession/, "the row lists the set's principles");
  await page.screenshot({ path: path.join(artifactsDir, 'focus-set-picker.png') });
  await page.keyboard.press('Enter');
  await page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="STAR Stories"]') }).click();
  // The view names the filter (its description), and lists only the set's principles.
  await page.locator('.part.sidebar', { hasText: 'AWS roles' }).waitFor({ timeout: 10_000 });
  log('the Principles view is filtered to AWS roles');
};
