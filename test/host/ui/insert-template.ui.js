'use strict';
// Insert Story Template, where people look for it:
//   node test/host/run.js --ui test/host/ui/insert-template.ui.js
// Right-click in an empty Markdown file, choose Insert Story Template: the star-story template is inserted (the same
// as the snippet) with its title selected, ready to type over; and the command is in the palette too.

const assert = require('assert');
const fs = require('fs');
const path = require('path');

module.exports = async ({ page, openFile, waitForExtensions, workspace, artifactsDir, log }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  fs.writeFileSync(path.join(workspace, 'empty.md'), '');
  await waitForExtensions();
  await openFile('empty.md');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').click({ button: 'right' });
  const item = page.locator('.context-view .monaco-menu .action-item', { hasText: 'Insert Story Template' });
  await item.first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: path.join(artifactsDir, 'insert-template-menu.png') });
  await item.first().click();
  for (const heading of ['## Situation', '## Task', '## Action', '## Result', '## Learnings'])
    await editor.locator('.view-line', { hasText: heading }).first().waitFor({ timeout: 5000 });
  // The title is selected: typing replaces it.
  await page.keyboard.type('Moved the warehouse in a weekend');
  await editor.locator('.view-line', { hasText: 'title: Moved the warehouse in a weekend' }).waitFor({ timeout: 5000 });
  log('inserted from the context menu, title typed over');

  // The palette offers it in a Markdown editor.
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Insert Story Template');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Insert Story Template' });
  await row.first().waitFor({ timeout: 5000 });
  assert.match(await row.first().textContent(), /STAR Stories: Insert Story Template/);
  await page.keyboard.press('Escape');
};
