// The engine's browser bundle (dist/web/core.js) in headless Chromium: it loads with no Node API and lints a story.
// playwright-core comes from the test host's own packages (node test/host/run.js --install-only installs them).
/* global StarStoriesCore -- defined by dist/web/core.js inside the page */
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const { launchBrowser } = require(path.join(root, 'test', 'host', 'runner', 'browser.js'));

const STORY = `---
title: Rescuing the launch
principles: [Deliver Results, Custmer Obsession]
---
## Situation
Two weeks before launch, the payment provider changed its API.

## Task
The launch date could not move.

## Action
We rewrote the integration and we shipped on time.

## Result
The client was very happy.
`;

describe('the engine in a browser', function () {
  this.timeout(60000);
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    // Chromium as the host tests start it (test/host/runner/browser.js).
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.setContent('<!doctype html><title>engine</title>');
    await page.addScriptTag({ content: fs.readFileSync(path.join(root, 'dist', 'web', 'core.js'), 'utf8') });
  });

  after(async () => {
    if (browser) await browser.close();
  });

  it('loads without errors and has no Node globals to lean on', async () => {
    assert.deepStrictEqual(pageErrors, []);
    const env = await page.evaluate(() => ({
      process: typeof process,
      require: typeof require,
      Buffer: typeof Buffer,
      core: typeof StarStoriesCore.lintStory,
    }));
    assert.deepStrictEqual(env, { process: 'undefined', require: 'undefined', Buffer: 'undefined', core: 'function' });
  });

  it('lints a story there with the same findings as in Node', async () => {
    const inBrowser = await page.evaluate(
      (text) => StarStoriesCore.lintStory(text).findings.map((f) => [f.rule, f.range.start.line, f.message]),
      STORY,
    );
    const inNode = require(path.join(root, 'out', 'core'))
      .lintStory(STORY)
      .findings.map((f) => [f.rule, f.range.start.line, f.message]);
    assert.deepStrictEqual(inBrowser, inNode);
    const rules = inBrowser.map((f) => f[0]);
    for (const r of ['missing-i-contribution', 'missing-quantified-result', 'unknown-principle'])
      assert.ok(rules.includes(r), `${r} missing from ${rules}`);
  });

  it('still refuses to evaluate ---js front matter', async () => {
    const result = await page.evaluate(() => {
      window.pwned = false;
      const r = StarStoriesCore.lintStory(
        '---js\n{ principles: (window.pwned = true, ["Ownership"]) }\n---\n## Situation\nx\n## Task\ny\n',
      );
      return { pwned: window.pwned, rules: r.findings.map((f) => f.rule) };
    });
    assert.strictEqual(result.pwned, false);
    assert.ok(result.rules.includes('invalid-front-matter'));
  });
});
