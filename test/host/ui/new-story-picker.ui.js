'use strict';
// New Story's principle picker, as a person uses it:
//   node test/host/run.js --ui test/host/ui/new-story-picker.ui.js
// New Story from the palette, a title, then type to filter the principles and press Enter: the highlighted
// principle is the one written to the new story. The picker's hint fits in its box, and Enter straight away
// (the first row, "No principle yet") leaves the list empty.

const assert = require('assert');
const fs = require('fs');
const path = require('path');

module.exports = async ({ page, runCommand, waitForExtensions, workspace, artifactsDir, log }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await waitForExtensions();
  const input = page.locator('.quick-input-widget input');

  /** Runs New Story with this title and these keys in the principle picker; the new file's text. */
  async function newStory(title, keys, shot) {
    await runCommand('STAR Stories: New Story');
    await page.locator('.quick-input-widget', { hasText: 'New Story (1/2)' }).waitFor({ timeout: 10_000 });
    await input.fill(title);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'New Story (2/2)' }).waitFor({ timeout: 10_000 });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Ownership' }).first().waitFor({ timeout: 5000 });
    // The hint in the filter box is read whole: its text is no wider than the box.
    const fits = await input.evaluate((el) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: el.placeholder, width: ctx.measureText(el.placeholder).width, room };
    });
    log(`hint "${fits.text}": ${Math.round(fits.width)} of ${Math.round(fits.room)} px`);
    assert.ok(fits.text && fits.width <= fits.room, `the picker's hint is cut off: ${JSON.stringify(fits)}`);
    await keys();
    if (shot) await page.screenshot({ path: path.join(artifactsDir, shot) });
    await page.keyboard.press('Enter');
    const file = path.join(workspace, 'stories', `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.md`);
    for (const end = Date.now() + 10_000; !fs.existsSync(file) && Date.now() < end;) await page.waitForTimeout(100);
    assert.ok(fs.existsSync(file), `New Story did not create ${file}`);
    // New Story then opens the file and puts the cursor in it: wait for that, or the next command's keys race
    // the editor taking focus from the palette.
    await page.locator('.tab.active', { hasText: path.basename(file) }).waitFor({ timeout: 10_000 });
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 10_000 });
    // ...and selects the first prompt (the status bar counts the selection).
    await page
      .locator('.statusbar-item', { hasText: /selected/ })
      .first()
      .waitFor({ timeout: 10_000 });
    return fs.readFileSync(file, 'utf8');
  }

  // Type to filter, Enter: the highlighted principle is written.
  const filtered = await newStory(
    'Took over the failing release',
    async () => {
      await page.keyboard.type('owner');
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Ownership' }).waitFor({ timeout: 5000 });
    },
    'new-story-picker.png',
  );
  log(filtered.split('\n').slice(0, 5).join(' | '));
  assert.match(filtered, /\nprinciples:\n {2}- Ownership\n---\n/);

  // Enter straight away: no principle yet.
  const none = await newStory('Sketched the idea first', async () => {
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'No principle yet' }).waitFor({ timeout: 5000 });
  });
  assert.match(none, /\nprinciples: \[\]\n/);
};
