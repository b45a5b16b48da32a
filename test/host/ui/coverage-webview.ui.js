'use strict';
// The Story Coverage webview as Chromium really draws it, on the fixture workspace:
//   node test/host/run.js --ui test/host/ui/coverage-webview.ui.js
// A hostile title and principle names must appear as text, never as elements; only our one script is
// in the page; and clicking a title goes through the webview's message to open that story.

const assert = require('assert');
const path = require('path');

module.exports = async ({ page, runCommand, waitForExtensions, artifactsDir, log }) => {
  await waitForExtensions();
  await runCommand('STAR Stories: Show Story Coverage');
  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const hostile = view.locator('button.open', { hasText: '<img src=x onerror=alert(1)>' });
  await hostile.waitFor({ timeout: 20_000 });

  assert.strictEqual(await hostile.textContent(), '<img src=x onerror=alert(1)>');
  const counts = await view.locator('body').evaluate((body) => ({
    img: body.querySelectorAll('img').length,
    b: body.querySelectorAll('b').length,
    // VS Code adds its own script to the head (acquireVsCodeApi); the body holds only ours.
    scripts: [...body.querySelectorAll('script')].map((el) => el.src.replace(/^.*\//, '')),
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
  }));
  assert.deepStrictEqual(counts, { img: 0, b: 0, scripts: ['coverage.js'], handlers: 0 });
  const row = view.locator('tr.story', { has: hostile });
  const note = await row.locator('.note').last().textContent();
  assert.ok(note.includes('"><script>') && note.includes('<b>Made Up</b>'), `unknown principles shown as text: ${note}`);
  // The policy let our stylesheet in: principle names run vertically.
  assert.strictEqual(
    await view
      .locator('th.principle span')
      .first()
      .evaluate((el) => getComputedStyle(el).writingMode),
    'vertical-rl',
  );

  // A click in the webview posts {type: 'open', id}; the extension checks the id and opens the story.
  await hostile.click();
  await page.locator('.tab[data-resource-name="coverage-hostile.md"]').first().waitFor({ timeout: 10_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'onerror=alert(1)' }).first().waitFor({ timeout: 10_000 });
  const shot = path.join(artifactsDir, 'coverage-webview.png');
  await page.screenshot({ path: shot });
  log(`story opened from the webview; screenshot: ${shot}`);
};
