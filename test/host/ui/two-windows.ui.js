'use strict';
// Issue requirement: "Two windows on the same folder, or a story edited outside VS Code, end in the same state."
//   node test/host/run.js --ui test/host/ui/two-windows.ui.js      (part of npm run test:ui)
//
// Window A is the page run.js opened; window B a second page of the same browser context on the same URL,
// so code-server gives it its own extension host, which indexes the folder on its own. The script writes a
// story of its own (stories/two-windows.md, a name the fixture does not use) and takes it through three
// versions:
//   v0  written with Node before B opens: principles [Think Big], no number in the Result
//       -> missing-quantified-result
//   v1  written with Node while the story is open in A's editor (B has it closed): principles
//       [Customer Obsession], "we" only in the Action, a number in the Result
//       -> missing-i-contribution appears, missing-quantified-result goes
//   v2  typed into A's editor and saved with Ctrl+S: principles [Learn and Be Curious, Bias for Action],
//       one "I" sentence in the Action -> missing-i-contribution goes, we-over-i appears
// After each step both windows must show what the engine (out/core) says about the folder on disk: the story's
// rows in the Problems panel, the Problems badge (the whole folder), the Principles view's count on every
// principle with the story under its own principles, and the STAR Stories badge; and the two must agree.
// The principles used have no fixture story, so "1 story" under them can only be this one.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { storySummaries } = require('./storySummaries');
const { windowsDriver } = require('./windowsDriver');

const REL = 'stories/two-windows.md';
const NAME = path.basename(REL);
const TITLE = 'Two windows kept the release calendar honest';
// Two workbenches on two slow cores: a disk event can take a while to reach a second extension host.
const SETTLE_MS = 90_000;
const { windowOf, bothReach } = windowsDriver({ name: NAME, title: TITLE, settleMs: SETTLE_MS });

const V0 = `---
title: ${TITLE}
principles: [Think Big]
star-lint-disable: [story-length, principle-not-shown]
---

## Situation

Three teams shipped to the same store listing, and their release dates kept colliding.

## Task

As the mobile release manager, I was asked to make the release calendar something every team could trust.

## Action

I moved the calendar into the repository, I wrote a check that rejects overlapping dates, and I
walked each team lead through it.

## Result

The teams stopped stepping on each other's releases and the store reviewers were happier.
`;

const V1 = V0.replace('principles: [Think Big]', 'principles: [Customer Obsession]')
  .replace(
    'I moved the calendar into the repository, I wrote a check that rejects overlapping dates, and I',
    'We moved the calendar into the repository, we wrote a check that rejects overlapping dates, and we',
  )
  .replace(
    "The teams stopped stepping on each other's releases and the store reviewers were happier.",
    'Release collisions fell from 6 a quarter to 0, and store review time dropped by 40%.',
  );

// What typing in window A must produce (checked byte for byte on disk after Ctrl+S).
const V2_PRINCIPLES = 'Learn and Be Curious, Bias for Action';
const V2_TYPED_ACTION = 'I drafted the plan. ';
const V2 = V1.replace('principles: [Customer Obsession]', `principles: [${V2_PRINCIPLES}]`).replace(
  'We moved the calendar',
  `${V2_TYPED_ACTION}We moved the calendar`,
);

const lineOf = (text, start) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

// ------------------------------------------------------------------ the truth, from the engine

/** What every window must show for the folder as it is on disk now. */
function expectedState(core, workspace) {
  const config = core.defaultConfig();
  const catalog = core.activeCatalog(config);
  const counts = new Map(catalog.principles.map((p) => [p.name, 0]));
  let total = 0;
  let withProblems = 0;
  let unassigned = 0;
  const couldCover = new Map();
  let story;
  for (const { file: p, summary: s } of storySummaries(core, workspace, config)) {
    total += s.findings.length;
    // The view's badge counts stories with warnings or errors; the coach's notes are not problems.
    if (core.countProblems(s.findings) > 0) withProblems++;
    const own = [...new Set(s.canonicalPrinciples)].filter((n) => counts.has(n));
    for (const n of own) counts.set(n, counts.get(n) + 1);
    // The coach's suggestions: a principle no story claims names how many stories could cover it (at most 5).
    for (const n of s.coach?.suggestions ?? [])
      if (counts.has(n) && !own.includes(n)) couldCover.set(n, Math.min(5, (couldCover.get(n) ?? 0) + 1));
    if (own.length === 0) unassigned++;
    if (path.relative(workspace, p) === REL) story = { summary: s, principles: own };
  }
  if (!story) throw new Error(`${REL} is not a story to the engine: the test's own text is broken`);
  // Hints never reach the Problems panel; the engine's defaults have none, but keep the two honest.
  const shown = story.summary.findings.filter((f) => f.severity !== 'hint');
  const principles = {};
  for (const [name, n] of counts)
    principles[name] =
      n > 0
        ? `${n} ${n === 1 ? 'story' : 'stories'}`
        : couldCover.get(name)
          ? `no story · ${couldCover.get(name)} could cover it`
          : 'no story';
  if (unassigned > 0) principles.Unassigned = `${unassigned} ${unassigned === 1 ? 'story' : 'stories'}`;
  return {
    problems: shown.map((f) => `${f.rule} Ln ${f.range.start.line + 1}`).sort(),
    problemsBadge: String(total),
    principles,
    storyUnder: story.principles.slice().sort(),
    starBadge: withProblems > 0 ? String(withProblems) : '',
  };
}

// ------------------------------------------------------------------ the scenario

module.exports = async ({ page, url, workspace, repoRoot, artifactsDir, openFile, log }) => {
  const core = require(path.join(repoRoot, 'out', 'core'));
  const file = path.join(workspace, REL);
  if (fs.existsSync(file)) throw new Error(`${file} exists already: the fixture now has a file of this test's name`);
  const expect = () => expectedState(core, workspace);

  // The three versions must mean what the scenario says, or the test proves nothing.
  const rulesOf = (text) => core.lintStory(text, core.defaultConfig()).findings.map((f) => f.rule);
  assert.deepStrictEqual(rulesOf(V0), ['missing-quantified-result'], 'v0 should only lack a number in its Result');
  assert.deepStrictEqual(rulesOf(V1), ['missing-i-contribution'], 'v1 should only lack an "I" in its Action');
  assert.deepStrictEqual(rulesOf(V2), ['we-over-i'], 'v2 should only say "we" more than "I"');

  fs.writeFileSync(file, V0);
  // A second window of the same browser context. run.js made page A with browser.newPage(), whose context
  // refuses newPage(), so open it as a person would: window.open from A (no opener tie, a window of its own).
  const [second] = await Promise.all([
    page.context().waitForEvent('page', { timeout: 30_000 }),
    page.evaluate((u) => {
      window.open(u, '_blank', 'noopener');
    }, url),
  ]);
  await second.setViewportSize({ width: 1400, height: 900 });
  const A = windowOf(page, 'A', core.RULE_IDS);
  const B = windowOf(second, 'B', core.RULE_IDS);
  const windows = [A, B];
  try {
    await second.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    for (const w of windows) await w.waitForExtensions();
    for (const w of windows) {
      await w.showProblems();
      await w.showPrinciples();
    }

    // 1. Both windows indexed the folder on their own and agree on v0.
    await bothReach(windows, expect(), 'opening both windows', log);

    // 2. The story open in A's editor (so A follows the document), closed in B (B follows the disk), and
    //    rewritten outside VS Code.
    await page.bringToFront();
    await openFile(REL);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: TITLE }).first().waitFor({ timeout: 30_000 });
    fs.writeFileSync(file, V1);
    await editor
      .locator('.view-line', { hasText: 'We moved the calendar' })
      .first()
      .waitFor({ timeout: SETTLE_MS })
      .catch(() => {
        throw new Error(`window A's editor did not reload ${REL} after it changed on disk`);
      });
    await bothReach(windows, expect(), 'the story was rewritten on disk (v1)', log);

    // 3. Typed into A's editor and saved there; B only hears of it through the disk.
    await page.bringToFront();
    const goToLine = async (n) => {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(`:${n}`);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
    };
    await editor.locator('.view-line', { hasText: TITLE }).first().click();
    await goToLine(lineOf(V1, 'We moved the calendar'));
    await page.keyboard.type(V2_TYPED_ACTION);
    // Replace only the words inside the brackets: typing a "[" would auto-close into "[]]".
    await goToLine(lineOf(V1, 'principles:'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.keyboard.type(V2_PRINCIPLES);
    await page.keyboard.press('Escape'); // the principle completion may be open; nothing is accepted
    await page.keyboard.press('Control+S');
    let onDisk = '';
    for (const end = Date.now() + 30_000; onDisk !== V2 && Date.now() < end;) {
      await page.waitForTimeout(200);
      onDisk = fs.readFileSync(file, 'utf8');
    }
    if (onDisk !== V2) {
      const want = V2.split('\n');
      const got = onDisk.split('\n');
      const diff = [];
      for (let i = 0; i < Math.max(want.length, got.length); i++) {
        if (want[i] !== got[i]) diff.push(`  line ${i + 1}: expected ${JSON.stringify(want[i])}, on disk ${JSON.stringify(got[i])}`);
      }
      throw new Error(`after typing in window A and Ctrl+S, ${REL} on disk is not what was typed:\n${diff.join('\n')}`);
    }
    await page
      .locator('.tab.dirty')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => {
        throw new Error('window A still shows an unsaved editor after Ctrl+S');
      });
    await bothReach(windows, expect(), 'the story was edited and saved in window A (v2)', log);

    for (const w of windows) {
      const shot = path.join(artifactsDir, `two-windows-${w.label}.png`);
      await w.page.bringToFront();
      await w.page.screenshot({ path: shot });
      log(`screenshot: ${shot}`);
    }
  } catch (e) {
    // run.js saves window A on failure; window B is ours to save.
    try {
      await second.screenshot({ path: path.join(artifactsDir, 'two-windows-B-failure.png') });
    } catch {
      /* page gone */
    }
    throw e;
  } finally {
    await second.close().catch(() => {});
  }
};
