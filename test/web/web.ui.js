'use strict';
// STAR Stories in the web worker extension host (as on vscode.dev), driven like a person would:
//   npm run test:web   (= node test/web/run.js, which loads this script)
// 1. Developer: Show Running Extensions lists the extension once, as "web worker", while the
//    built-in extensions are listed on the server (127.0.0.1:PORT); and the workbench fetched
//    the "browser" bundle (dist/web/extension.js) over HTTP, which only a web host does.
// 2. A story's diagnostic (the engine's own finding) appears in the Problems panel.
// 3. The Principles view lists the story under its principle.

const assert = require('assert');
const fs = require('fs');
const path = require('path');

const STORY = 'stories/diag-we-only.md';
const RULE = 'missing-i-contribution';
const PRINCIPLE = 'Deliver Results';

module.exports = async ({
  page,
  port,
  workspace,
  repoRoot,
  servedPaths,
  browserMain,
  openFile,
  runCommand,
  waitForExtensions,
  artifactsDir,
  log,
}) => {
  const core = require(path.join(repoRoot, 'out', 'core'));
  const config = core.defaultConfig();
  const summary = core.summarize(core.lintStory(fs.readFileSync(path.join(workspace, STORY), 'utf8'), config), config);
  const finding = summary.findings.find((f) => f.rule === RULE);
  if (!finding) throw new Error(`the engine no longer reports ${RULE} for ${STORY}: the fixture lost its point`);
  assert.ok(summary.canonicalPrinciples.includes(PRINCIPLE), `${STORY} no longer claims ${PRINCIPLE}`);

  await openFile(STORY);
  await waitForExtensions();

  // 1. Where it runs. The editor labels each extension with its host: "web worker" for the
  //    web worker host, the server's address for code-server's Node host.
  await runCommand('Developer: Show Running Extensions');
  const running = page.locator('.runtime-extensions-editor .monaco-list-row');
  await running.first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500); // the list fills as hosts report
  // The list is virtualized: scroll through it, collecting the rows it renders on the way.
  const seen = new Map();
  const box = await page.locator('.runtime-extensions-editor').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let grew = true; grew;) {
    const before = seen.size;
    for (const row of await running.evaluateAll((els) =>
      els.map((e) => ({ index: e.getAttribute('data-index'), text: e.textContent || '' })),
    )) {
      seen.set(row.index, row.text.replace(/\s+/g, ' ').trim());
    }
    grew = seen.size > before;
    await page.mouse.wheel(0, box.height / 2);
    await page.waitForTimeout(200);
  }
  const listed = [...seen.values()];
  const ours = listed.filter((t) => /STAR Stories|star-stories/.test(t));
  const server = `127.0.0.1:${port}`;
  assert.strictEqual(ours.length, 1, `Show Running Extensions lists STAR Stories ${ours.length} times:\n  ${listed.join('\n  ')}`);
  assert.match(ours[0], /web worker/, `STAR Stories is not running in the web worker host: ${ours[0]}`);
  assert.ok(!ours[0].includes(server), `STAR Stories is listed on the server ${server}: ${ours[0]}`);
  assert.ok(
    listed.some((t) => t.includes(server) && !/web worker/.test(t)),
    `no extension is listed on the server ${server}, so the labels prove nothing:\n  ${listed.join('\n  ')}`,
  );
  assert.ok(servedPaths.includes(browserMain), `the workbench never fetched ${browserMain}; it fetched: ${servedPaths.join(', ')}`);
  log(`running extensions: ${ours[0]} (of ${listed.length} listed)`);

  // 2. The Problems panel shows the engine's finding, from our source, on its line.
  await page.keyboard.press('Control+Shift+M');
  const markers = page.locator('.markers-panel');
  await markers.waitFor({ state: 'visible', timeout: 10_000 });
  // The list is virtualized and holds the whole workspace's problems: filter it to the story.
  await page.locator('.panel input[placeholder^="Filter"]').fill(`**/${path.basename(STORY)}`);
  // The panel lists the whole workspace's problems, grouped under file rows (aria-level 1).
  const messageStart = finding.message.slice(0, 60);
  const fileName = path.basename(STORY);
  const readProblems = () =>
    markers.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => ({
        level: Number(e.getAttribute('aria-level')),
        text: (e.textContent || '').replace(/\s+/g, ' ').trim(),
      })),
    );
  const ofStory = (rows) => {
    const i = rows.findIndex((r) => r.level === 1 && r.text.startsWith(fileName));
    const out = [];
    for (let j = i + 1; i >= 0 && j < rows.length && rows[j].level > 1; j++) out.push(rows[j].text);
    return out;
  };
  let problems = [];
  let entryText;
  for (const end = Date.now() + 15_000; !entryText && Date.now() < end;) {
    await page.waitForTimeout(200);
    problems = await readProblems();
    entryText = ofStory(problems).find((t) => t.includes(messageStart));
  }
  if (!entryText) {
    throw new Error(
      `the Problems panel does not list "${messageStart}..." (${RULE}) under ${fileName}; it shows:\n  ${problems.map((r) => r.text).join('\n  ')}`,
    );
  }
  assert.ok(entryText.includes('STAR Stories') && entryText.includes(RULE), `unexpected Problems entry: ${entryText}`);
  assert.ok(
    entryText.includes(`Ln ${finding.range.start.line + 1},`),
    `the Problems entry is not on line ${finding.range.start.line + 1}: ${entryText}`,
  );
  log(`problems entry: ${entryText}`);

  // 3. The Principles view: the principle, and the story under it.
  await page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="STAR Stories"]') }).click();
  const view = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Principles' }) });
  const rows = view.locator('.monaco-list-row');
  const readTree = () =>
    rows.evaluateAll((els) =>
      els.map((e) => ({
        level: Number(e.getAttribute('aria-level')),
        expanded: e.getAttribute('aria-expanded'),
        name: (e.querySelector('.label-name')?.textContent || '').trim(),
        description: (e.querySelector('.label-description')?.textContent || '').trim(),
      })),
    );
  const show = (t) => t.map((r) => `${'  '.repeat(r.level - 1)}${r.name} (${r.description})`).join('\n  ');
  let tree = [];
  const underPrinciple = () => {
    const i = tree.findIndex((r) => r.level === 1 && r.name === PRINCIPLE);
    const out = [];
    for (let j = i + 1; i >= 0 && j < tree.length && tree[j].level === 2; j++) out.push(tree[j].name);
    return out;
  };
  for (const end = Date.now() + 20_000; !underPrinciple().includes(summary.title) && Date.now() < end;) {
    await page.waitForTimeout(200);
    tree = await readTree();
    const row = tree.find((r) => r.level === 1 && r.name === PRINCIPLE);
    if (row && row.expanded === 'false') {
      await view.locator('.monaco-list-row[aria-level="1"]', { hasText: PRINCIPLE }).first().click();
    }
  }
  if (!underPrinciple().includes(summary.title)) {
    throw new Error(`the Principles view does not show "${summary.title}" under ${PRINCIPLE}; it shows:\n  ${show(tree)}`);
  }
  log(`principles view: ${PRINCIPLE} (${tree.find((r) => r.name === PRINCIPLE).description}) > ${underPrinciple().join(' | ')}`);

  const shot = path.join(artifactsDir, 'web-workbench.png');
  await page.screenshot({ path: shot });
  log(`screenshot: ${shot}`);
};
