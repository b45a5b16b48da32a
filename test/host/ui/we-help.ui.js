'use strict';
// The "we" warning helps before it offers silence, from anywhere in the Action:
//   node test/host/run.js --ui test/host/ui/we-help.ui.js
// In a story whose Action is told with "we": click in the Action's second sentence, Ctrl+. lists first a fix that
// retells that sentence with "I" and last the "Disable ... for this story"; Enter applies the first, the warning
// goes, and one Ctrl+Z brings the sentence back.

const assert = require('assert');

const STORY = 'stories/diag-we-only.md';
const SENTENCE = 'We tested it over the weekend and we shipped on time.';

module.exports = async ({ page, openFile, waitForExtensions, log }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await waitForExtensions();
  await openFile(STORY);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const actionLine = editor.locator('.view-line', { hasText: 'We rewrote the integration.' }).first();
  await actionLine.waitFor({ timeout: 15_000 });
  // The warning is there (on the heading), before anything is done.
  await editor.locator('.view-overlays .squiggly-warning').first().waitFor({ timeout: 15_000 });

  // A click on the Action's line, then the cursor into "tested", in the second sentence, far from the heading.
  await actionLine.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'We rewrote the integration. We te'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  // On a loaded machine the first Ctrl+. can come before the workbench has the line's code actions: asked once more.
  try {
    await menu.locator('.monaco-list-row').first().waitFor({ timeout: 5_000 });
  } catch {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    await menu.locator('.monaco-list-row').first().waitFor({ timeout: 10_000 });
  }
  const items = (await menu.locator('.monaco-list-row.action').allTextContents()).map((t) => t.trim());
  log(`Ctrl+. in the Action's text: ${items.join(' | ')}`);
  assert.ok(items.length >= 2, `Ctrl+. in the Action's text offers: ${items.join(' | ')}`);
  assert.match(items[0], /Start this sentence with I/);
  assert.match(items[items.length - 1], /^Disable .* for this story/);
  assert.ok(
    items.some((i) => /Show the \d+ "we" in the Action/.test(i)),
    items.join(' | '),
  );

  // Enter takes the first: only that sentence changes.
  await page.keyboard.press('Enter');
  await editor
    .locator('.view-line', { hasText: 'We rewrote the integration. I tested it over the weekend and I shipped on time.' })
    .waitFor({ timeout: 5000 });
  for (const end = Date.now() + 10_000; (await editor.locator('.view-overlays .squiggly-warning').count()) > 0 && Date.now() < end;)
    await page.waitForTimeout(200);
  assert.strictEqual(await editor.locator('.view-overlays .squiggly-warning').count(), 0, 'the Action now says "I": no warning');

  // One undo restores it.
  await page.keyboard.press('Control+Z');
  await editor.locator('.view-line', { hasText: SENTENCE }).waitFor({ timeout: 5000 });
  log('one undo brought the sentence back');
};
