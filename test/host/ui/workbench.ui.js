'use strict';
// The extension in the real workbench, as a person meets it, and the README's picture of it:
//   npm run test:ui
//   (= node test/host/run.js --ui test/host/ui/workbench.ui.js --workspace examples)
// Opens examples/06-weekend-outage.md (an Action told with "we") through Quick Open, then checks what
// the user sees: the squiggle on the Action heading, the warning in the Problems panel, and the
// Principles view with counts, gaps and stories. Any of these missing fails the run. Last it arranges
// side bar, editor and panel, hovers the squiggle and saves media/screenshots/workbench.png.
//
// The examples folder is opened in place, so nothing here types into or saves a file, and the
// script compares the folder's contents before and after to prove it.

const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const STORY = '06-weekend-outage.md';
const RULE = 'missing-i-contribution';
const SOURCE = 'STAR Stories';

/** What the engine (built to out/) says about the example bank: the truth the workbench must show. */
function expectedFromEngine(repoRoot, folder) {
  const core = require(path.join(repoRoot, 'out', 'core'));
  const config = core.defaultConfig();
  const perPrinciple = new Map(core.activeCatalog(config).principles.map((p) => [p.name, 0]));
  /** Per principle, the stories that do not claim it but whose text the coach reads it in (the view counts at most 5). */
  const couldCover = new Map();
  let findings = 0;
  let story;
  for (const name of fs
    .readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const summary = core.summarize(core.lintStory(fs.readFileSync(path.join(folder, name), 'utf8'), config), config);
    if (!summary.isStory) continue;
    findings += summary.findings.length;
    const own = [...new Set(summary.canonicalPrinciples)].filter((p) => perPrinciple.has(p));
    for (const p of own) perPrinciple.set(p, perPrinciple.get(p) + 1);
    for (const p of summary.coach?.suggestions ?? [])
      if (perPrinciple.has(p) && !own.includes(p)) couldCover.set(p, Math.min(5, (couldCover.get(p) ?? 0) + 1));
    if (name === STORY) story = summary;
  }
  if (!story) throw new Error(`${STORY} is missing from ${folder} or is not a story: run with --workspace examples`);
  const finding = story.findings.find((f) => f.rule === RULE);
  if (!finding) throw new Error(`the engine no longer reports ${RULE} for ${STORY}: the example lost its point`);
  return { perPrinciple, couldCover, findings, story, finding };
}

/** Every file under a folder with a hash of its bytes, so a change anywhere (or a new .vscode/) shows. */
function fingerprint(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${path.relative(dir, p)} ${crypto.createHash('sha1').update(fs.readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out.join('\n');
}

module.exports = async ({ page, openFile, runCommand, waitForExtensions, workspace, repoRoot, log }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const before = fingerprint(workspace);
  const want = expectedFromEngine(repoRoot, workspace);
  const actionLine = want.finding.range.start.line; // 0-based, the "## 3. Action" heading
  const actionText = fs.readFileSync(path.join(workspace, STORY), 'utf8').split(/\r?\n/)[actionLine];
  await waitForExtensions();

  // The picture needs the editor's width for the story: no minimap.
  await runCommand('View: Toggle Minimap');

  // 1. The story, through Quick Open.
  await openFile(STORY);
  await waitForExtensions();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'Restoring online ordering' }).first().waitFor({ timeout: 15_000 });

  // 2. A warning squiggle drawn on the Action heading's line (the decoration sits in the overlay layer,
  //    a sibling of the text, so the two are matched by their position on screen).
  const heading = editor.locator('.view-line', { hasText: actionText.trim() }).first();
  try {
    await heading.waitFor({ timeout: 5000 });
  } catch {
    throw new Error(`the editor does not show line ${actionLine + 1} ("${actionText}") of ${STORY}`);
  }
  const squiggle = editor.locator('.view-overlays .squiggly-warning');
  const onHeading = async () => {
    const line = await heading.boundingBox();
    for (const box of await squiggle.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    )) {
      if (line && box.width > 0 && Math.abs(box.y + box.height / 2 - (line.y + line.height / 2)) < line.height / 2) return box;
    }
    return undefined;
  };
  let squiggleBox;
  for (const end = Date.now() + 15_000; !squiggleBox && Date.now() < end;) {
    squiggleBox = await onHeading();
    if (!squiggleBox) await page.waitForTimeout(200);
  }
  if (!squiggleBox) {
    const all = await squiggle.count();
    throw new Error(
      `no warning squiggle on line ${actionLine + 1} ("${actionText}") of ${STORY} within 15 s (${all} squiggles elsewhere in the editor)`,
    );
  }
  log(`squiggle on line ${actionLine + 1}: ${Math.round(squiggleBox.width)} px wide`);

  // 3. The Problems panel (its keybinding), with the warning from our source.
  await page.keyboard.press('Control+Shift+M');
  const markers = page.locator('.markers-panel');
  try {
    await markers.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    throw new Error('Ctrl+Shift+M did not open the Problems panel');
  }
  const messageStart = want.finding.message.slice(0, 60);
  const entry = markers.locator('.monaco-list-row', { hasText: messageStart }).first();
  try {
    await entry.waitFor({ timeout: 10_000 });
  } catch {
    const shown = await markers.locator('.monaco-list-row').allTextContents();
    throw new Error(`the Problems panel does not list "${messageStart}..." (${RULE}); it shows:\n  ${shown.join('\n  ')}`);
  }
  const entryText = await entry.textContent();
  assert.ok(entryText.includes(SOURCE), `the Problems entry does not name its source "${SOURCE}": ${entryText}`);
  assert.ok(entryText.includes(RULE), `the Problems entry does not name the rule ${RULE}: ${entryText}`);
  assert.ok(entryText.includes(`Ln ${actionLine + 1},`), `the Problems entry is not on line ${actionLine + 1}: ${entryText}`);
  log(`problems entry: ${entryText}`);
  // The whole bank is listed once: the panel's count is the engine's (a problem listed twice would show
  // here). Polled, since the rest of the bank's checks may still be landing.
  const badgeText = page.locator('.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content');
  let badge;
  for (const end = Date.now() + 10_000; Number(badge) !== want.findings && Date.now() < end;) {
    badge = ((await badgeText.count()) ? await badgeText.textContent() : '0').trim();
    if (Number(badge) !== want.findings) await page.waitForTimeout(200);
  }
  assert.strictEqual(
    Number(badge),
    want.findings,
    `the Problems panel counts ${badge} problems in examples/, the engine finds ${want.findings} (is a problem listed twice?)`,
  );

  // 4. The STAR Stories container from the activity bar (a click on the icon, as a person would).
  await page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="STAR Stories"]') }).click();
  const view = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Principles' }) });
  // The tree as the user reads it: each row's level, name, description and icon.
  const readTree = () =>
    view.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => ({
        level: Number(e.getAttribute('aria-level')),
        expanded: e.getAttribute('aria-expanded'),
        name: (e.querySelector('.label-name')?.textContent || '').trim(),
        description: (e.querySelector('.label-description')?.textContent || '').trim(),
        icon: e.querySelector('.custom-view-tree-node-item-icon')?.className || '',
      })),
    );
  let tree = [];
  for (const end = Date.now() + 15_000; !tree.some((r) => r.name === 'Customer Obsession') && Date.now() < end;) {
    await page.waitForTimeout(200);
    tree = await readTree();
  }
  const show = (t) => t.map((r) => `${'  '.repeat(r.level - 1)}${r.name} (${r.description})`).join('\n  ');
  if (!tree.some((r) => r.name === 'Customer Obsession'))
    throw new Error(`the Principles view shows no "Customer Obsession" node; it shows:\n  ${show(tree)}`);
  const gaps = [];
  for (const [name, count] of want.perPrinciple) {
    const row = tree.find((r) => r.level === 1 && r.name === name);
    if (!row) throw new Error(`the Principles view has no node for ${name}; it shows:\n  ${show(tree)}`);
    if (count === 0) {
      gaps.push(name);
      const could = want.couldCover.get(name);
      const expected = could ? `no story · ${could} could cover it` : 'no story';
      assert.strictEqual(row.description, expected, `${name} has no story: the view says "${row.description}", the engine "${expected}"`);
      assert.match(row.icon, /codicon-warning/, `${name} has no story but is not marked as a gap (icon: ${row.icon})`);
    } else {
      assert.strictEqual(
        row.description,
        `${count} ${count === 1 ? 'story' : 'stories'}`,
        `${name}: the view says "${row.description}", the bank has ${count}`,
      );
      assert.doesNotMatch(row.icon, /codicon-warning/, `${name} has stories but is marked as a gap`);
    }
  }
  assert.ok(gaps.length > 0, 'the example bank was expected to leave some principles without a story');
  log(`principles: ${want.perPrinciple.size} nodes with counts, ${gaps.length} gaps (${gaps.join(', ')})`);

  // The story nodes: the open story is revealed under its principle, and expanding Customer
  // Obsession lists its stories right under it.
  const title = want.story.title;
  for (const end = Date.now() + 10_000; !tree.some((r) => r.level === 2 && r.name === title) && Date.now() < end;) {
    await page.waitForTimeout(200);
    tree = await readTree();
  }
  if (!tree.some((r) => r.level === 2 && r.name === title)) {
    throw new Error(`the Principles view does not show the open story "${title}" under its principle; it shows:\n  ${show(tree)}`);
  }
  const co = view.locator('.monaco-list-row[aria-level="1"]', { hasText: 'Customer Obsession' }).first();
  if ((await co.getAttribute('aria-expanded')) !== 'true') await co.click();
  const coCount = want.perPrinciple.get('Customer Obsession');
  let under = [];
  for (const end = Date.now() + 5000; under.length < coCount && Date.now() < end;) {
    await page.waitForTimeout(200);
    tree = await readTree();
    const i = tree.findIndex((r) => r.level === 1 && r.name === 'Customer Obsession');
    under = [];
    for (let j = i + 1; j < tree.length && tree[j].level === 2; j++) under.push(tree[j].name);
  }
  if (under.length !== coCount)
    throw new Error(`expanding Customer Obsession listed ${under.length} stories, the bank has ${coCount}:\n  ${show(tree)}`);
  log(`Customer Obsession: ${under.join(' | ')}`);

  // 5. The picture: a wider side bar so story titles fit, the warning selected in Problems, and the
  //    squiggle's hover open with its message.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
  await page.mouse.down();
  // Wide enough for most story titles, narrow enough that the story's lines do not wrap.
  await page.mouse.move(sidebar.x + sidebar.width + 80, sidebar.y + sidebar.height / 2, { steps: 5 });
  await page.mouse.up();
  // Selecting the entry reveals the heading mid-editor and selects it; a click in the text and
  // Ctrl+Home bring the front matter (title, principles) back into view with nothing selected.
  await entry.click();
  await page.waitForTimeout(300);
  await editor.locator('.view-line', { hasText: 'We opened an incident channel' }).first().click();
  await page.keyboard.press('Control+Home');
  await editor.locator('.view-line', { hasText: 'principles:' }).first().waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);

  squiggleBox = await onHeading();
  assert.ok(squiggleBox, 'the squiggle went away while the layout changed');
  await page.mouse.move(squiggleBox.x + squiggleBox.width / 2, squiggleBox.y + squiggleBox.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: messageStart });
  try {
    await hover.first().waitFor({ state: 'visible', timeout: 5000 });
  } catch {
    throw new Error('hovering the squiggle did not show the warning');
  }
  await page.waitForTimeout(400); // the hover fades in

  const out = path.join(repoRoot, 'media', 'screenshots', 'workbench.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  log(`screenshot: ${out}`);

  // Nothing typed into the story (an unsaved edit would not show on disk) and nothing written.
  assert.strictEqual(await page.locator('.tab.dirty').count(), 0, 'an editor was left with unsaved changes');
  assert.strictEqual(fingerprint(workspace), before, `the run changed files in ${workspace}`);
};
