'use strict';
// UI script for the README's picture of the Interview Loop Plan panel:
//   node test/host/run.js --ui test/host/ui/plan-screenshot.js --workspace examples
// Runs Plan Interview Loop from the command palette as a person would (the whole catalog, at most twice, with
// suggestions), waits for the webview to draw the plan of the example bank, checks what it shows, and saves
// media/screenshots/plan.png (1280×800); then clicks a story's title in the webview and sees the story open.

const fs = require('fs');
const path = require('path');

module.exports = async ({ page, runCommand, waitForExtensions, repoRoot, log }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await waitForExtensions();
  await runCommand('View: Close Primary Side Bar');
  await runCommand('STAR Stories: Plan Interview Loop');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  const input = page.locator('.quick-input-widget input');
  // 1/3: which principles. The whole catalog.
  await rows.filter({ hasText: 'All of' }).first().waitFor({ timeout: 15_000 });
  await input.fill('All of');
  await page.keyboard.press('Enter');
  // 2/3: the most uses, 2 (the default, offered first).
  await page.locator('.quick-input-widget', { hasText: 'Plan Interview Loop (2/3)' }).waitFor({ timeout: 10_000 });
  await input.fill('2');
  await rows.filter({ hasText: '2' }).first().waitFor();
  await page.keyboard.press('Enter');
  // 3/3: suggestions allowed.
  await page.locator('.quick-input-widget', { hasText: 'Plan Interview Loop (3/3)' }).waitFor({ timeout: 10_000 });
  await input.fill('Yes');
  await rows.filter({ hasText: 'Yes' }).first().waitFor();
  await page.keyboard.press('Enter');

  const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const summary = view.locator('p.summary');
  await summary.waitFor({ timeout: 20_000 });
  const text = await summary.textContent();
  log(`summary: ${text}`);
  if (!/^all of .* · \d+ of 16 principles have a story · a story appears at most twice/.test(text))
    throw new Error(`unexpected summary: ${text}`);
  const planned = await view.locator('table.plan tbody tr').count();
  if (planned < 8) throw new Error(`expected most principles planned, saw ${planned} rows`);
  const buttons = await view.locator('button.new').count();
  log(`rows: ${planned}, gaps: ${buttons}`);
  // The stylesheet came through the policy: the New Story buttons take the theme's button colours.
  const bg = await view.locator('table.plan').evaluate((el) => getComputedStyle(el).borderCollapse);
  if (bg !== 'collapse') throw new Error(`plan.css did not apply (border-collapse ${bg})`);

  await page.waitForTimeout(500);
  const out = path.join(repoRoot, 'media', 'screenshots', 'plan.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  log(`screenshot: ${out}`);

  // A click on a title in the webview posts {type: 'open', id}; the extension checks the id and opens the story.
  const first = view.locator('table.plan tbody tr').first().locator('td.pick button.open').first();
  const file = (await view.locator('table.plan tbody tr').first().locator('td.pick .file').first().textContent()).trim();
  await first.click();
  await page
    .locator(`.tab[data-resource-name="${path.basename(file)}"]`)
    .first()
    .waitFor({ timeout: 10_000 });
  log(`clicked through to ${file}`);
};
