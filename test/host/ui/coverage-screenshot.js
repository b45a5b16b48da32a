'use strict';
// UI script for the README's picture of the Story Coverage panel:
//   node test/host/run.js --ui test/host/ui/coverage-screenshot.js --workspace examples
// Opens the panel through the command palette as a person would, waits for the webview to draw the
// example bank, checks what it shows, and saves media/screenshots/coverage.png (1280×800).

const fs = require('fs');
const path = require('path');

module.exports = async ({ page, runCommand, waitForExtensions, repoRoot, log }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForExtensions();
  // The matrix wants the window's full width: no side bar in the picture.
  await runCommand('View: Close Primary Side Bar');
  await runCommand('STAR Stories: Show Story Coverage');

  // A webview is an iframe in an iframe: the outer one VS Code owns, the inner one holds our page.
  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const summary = view.locator('p.summary');
  await summary.waitFor({ timeout: 20_000 });
  const text = await summary.textContent();
  log(`summary: ${text}`);
  if (!/^\d+ stories · \d+ of 16 principles covered/.test(text)) throw new Error(`unexpected summary: ${text}`);
  const columns = await view.locator('th.principle').count();
  if (columns !== 16) throw new Error(`expected 16 principle columns, saw ${columns}`);
  const rows = await view.locator('tbody tr.story').count();
  if (rows < 5) throw new Error(`expected the example stories, saw ${rows} rows`);
  // The stylesheet came through the policy: the rotated principle names are laid out vertically.
  const mode = await view
    .locator('th.principle span')
    .first()
    .evaluate((el) => getComputedStyle(el).writingMode);
  if (mode !== 'vertical-rl') throw new Error(`coverage.css did not apply (writing-mode ${mode})`);

  // Let the fade-in of the new editor tab finish before the picture.
  await page.waitForTimeout(500);
  const out = path.join(repoRoot, 'media', 'screenshots', 'coverage.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  log(`screenshot: ${out} (${rows} stories)`);
};
