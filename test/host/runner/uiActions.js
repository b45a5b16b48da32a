'use strict';
// Small conveniences that keep UI scripts short; each goes through real keyboard input.
const path = require('path');

async function quickOpen(page, relPath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relPath);
  // Wait for a result for this file before accepting, or Enter may pick nothing.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  const name = path.basename(relPath);
  await page.locator(`.tab[data-resource-name="${name}"]`).first().waitFor();
}

// Activation shows up a little after the action that triggers it, so "not showing now"
// is not enough: wait until the text has stayed away for a short settle window.
async function waitForQuietStatus(page, pattern, timeout, settleMs = 1500) {
  const end = Date.now() + timeout;
  let quietSince = Date.now();
  while (Date.now() - quietSince < settleMs) {
    if (Date.now() > end) throw new Error(`status bar still shows ${pattern} after ${timeout} ms`);
    const texts = await page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent || ''));
    if (texts.some((t) => pattern.test(t))) quietSince = Date.now();
    await page.waitForTimeout(100);
  }
}

async function runCommand(page, title) {
  // A quick input that is still closing (the last command's) can look open: Enter then went to nothing, or to
  // the editor. Enter only once the palette's first row is the command asked for; else open the palette again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await page.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: title }).waitFor({ timeout: 5000 });
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      continue;
    }
    await page.keyboard.press('Enter');
    return;
  }
}

module.exports = { quickOpen, waitForQuietStatus, runCommand };
