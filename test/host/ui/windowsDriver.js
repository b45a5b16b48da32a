'use strict';
// Drives one VS Code window of the two-windows UI test through what a person sees: the Problems panel filtered to
// the story, the Principles view, the badges; and polls two windows until both show what the disk says.

const assert = require('assert');

/**
 * The helpers for one story: `name` its file name, `title` its title in the Principles view, `settleMs` how long a
 * window may take to catch up with the disk.
 */
function windowsDriver({ name: NAME, title: TITLE, settleMs: SETTLE_MS }) {
  /** Helpers bound to one page; the ctx helpers of run.js only know window A. */
  function windowOf(page, label, ruleIds) {
    const markers = page.locator('.markers-panel');
    const view = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Principles' }) });
    const exactName = (name) =>
      page.locator('.label-name', { hasText: new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });

    const w = {
      label,
      page,

      /** Until the status bar has not said "Activating Extensions" for a while (activation flickers). */
      async waitForExtensions(timeout = 60_000) {
        const end = Date.now() + timeout;
        let quietSince = Date.now();
        while (Date.now() - quietSince < 2000) {
          if (Date.now() > end) throw new Error(`window ${label}: extensions still activating after ${timeout / 1000} s`);
          const texts = await page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent || ''));
          if (texts.some((t) => /Activating Extensions/.test(t))) quietSince = Date.now();
          await page.waitForTimeout(200);
        }
      },

      /** Problems panel open (its keybinding) and filtered to the story, so its rows are never scrolled away. */
      async showProblems() {
        await page.bringToFront();
        if (!(await markers.isVisible())) await page.keyboard.press('Control+Shift+M');
        try {
          await markers.waitFor({ state: 'visible', timeout: 15_000 });
        } catch {
          throw new Error(`window ${label}: Ctrl+Shift+M did not open the Problems panel`);
        }
        const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
        await filter.waitFor({ state: 'visible', timeout: 10_000 });
        await filter.fill(NAME);
      },

      /** The STAR Stories container from its activity bar icon, unless it is showing already. */
      async showPrinciples() {
        await page.bringToFront();
        if (!(await view.isVisible())) {
          await page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="STAR Stories"]') }).click();
        }
        try {
          await view.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
        } catch {
          throw new Error(`window ${label}: the Principles view did not show any row within 30 s`);
        }
      },

      /** Expands a principle row so the stories under it are rendered (the tree keeps it expanded after). */
      async expand(name) {
        const row = view
          .locator('.monaco-list-row[aria-level="1"]')
          .filter({ has: exactName(name) })
          .first();
        if ((await row.count()) && (await row.getAttribute('aria-expanded')) === 'false') {
          await row.click({ timeout: 5000 }).catch(() => {
            /* redrawn meanwhile: the next poll tries again */
          });
        }
      },

      /** What this window shows now, in the shape of expectedState. */
      async read(want) {
        const rows = await markers.locator('.monaco-list-row').evaluateAll((els) =>
          els.map((e) => ({
            level: Number(e.getAttribute('aria-level')),
            text: e.textContent || '',
          })),
        );
        const problems = [];
        for (const r of rows) {
          if (r.level < 2) continue; // the file's own row
          const rule = ruleIds.find((id) => r.text.includes(id)) || `(unknown rule: ${r.text.trim()})`;
          const ln = /Ln (\d+)/.exec(r.text);
          problems.push(`${rule} Ln ${ln ? ln[1] : '?'}`);
        }
        const badgeOf = async (loc) => ((await loc.count()) ? ((await loc.first().textContent()) || '').trim() : '');
        const problemsBadge =
          (await badgeOf(page.locator('.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content'))) || '0';
        const starBadge = await badgeOf(
          page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="STAR Stories"]') }).locator('.badge-content'),
        );

        // Story rows render only under expanded principles: open the ones it should be under. A stale entry
        // elsewhere still shows, as a wrong count on that principle.
        for (const name of want.storyUnder) await w.expand(name);
        const tree = await view.locator('.monaco-list-row').evaluateAll((els) =>
          els.map((e) => ({
            level: Number(e.getAttribute('aria-level')),
            name: (e.querySelector('.label-name')?.textContent || '').trim(),
            description: (e.querySelector('.label-description')?.textContent || '').trim(),
          })),
        );
        const principles = {};
        const storyUnder = [];
        let parent;
        for (const r of tree) {
          if (r.level === 1) {
            parent = r.name;
            principles[r.name] = r.description;
          } else if (r.name === TITLE) storyUnder.push(parent);
        }
        return { problems: problems.sort(), problemsBadge, principles, storyUnder: storyUnder.sort(), starBadge };
      },
    };
    return w;
  }

  /** Lines of `a` vs `b` that differ, for a failure message a person can read. */
  function describeDiff(a, b, labelA, labelB) {
    const out = [];
    for (const key of Object.keys({ ...a, ...b })) {
      const x = JSON.stringify(a[key]);
      const y = JSON.stringify(b[key]);
      if (key === 'principles' && a[key] && b[key]) {
        for (const p of Object.keys({ ...a[key], ...b[key] })) {
          if (a[key][p] !== b[key][p])
            out.push(`  Principles view, ${p}: ${labelA} "${a[key][p] ?? '(no row)'}", ${labelB} "${b[key][p] ?? '(no row)'}"`);
        }
      } else if (x !== y) {
        const what =
          {
            problems: `Problems rows for ${NAME}`,
            problemsBadge: 'Problems badge',
            storyUnder: `principles listing "${TITLE}"`,
            starBadge: 'STAR Stories badge',
          }[key] || key;
        out.push(`  ${what}: ${labelA} ${x}, ${labelB} ${y}`);
      }
    }
    return out.join('\n');
  }

  /** Polls both windows until each shows `want`, then checks they agree; throws saying what differs. */
  async function bothReach(windows, want, step, log) {
    const end = Date.now() + SETTLE_MS;
    const started = Date.now();
    const seen = {};
    const done = new Set();
    while (done.size < windows.length) {
      for (const w of windows) {
        if (done.has(w.label)) continue;
        seen[w.label] = await w.read(want);
        if (JSON.stringify(seen[w.label]) === JSON.stringify(want)) done.add(w.label);
      }
      if (done.size === windows.length) break;
      if (Date.now() > end) {
        const lines = windows
          .filter((w) => !done.has(w.label))
          .map(
            (w) =>
              `window ${w.label} does not show what the file on disk says, ${SETTLE_MS / 1000} s after ${step}:\n${describeDiff(want, seen[w.label], 'expected', `window ${w.label}`)}`,
          );
        const [a, b] = windows;
        const between = describeDiff(seen[a.label], seen[b.label], `window ${a.label}`, `window ${b.label}`);
        throw new Error(
          `${lines.join('\n')}\n${between ? `the two windows differ:\n${between}` : 'the two windows agree with each other'}\n` +
            `expected: ${JSON.stringify(want)}`,
        );
      }
      await windows[0].page.waitForTimeout(300);
    }
    // Read both again at the end: a window that matched early must not have drifted since.
    const [a, b] = windows;
    const finalA = await a.read(want);
    const finalB = await b.read(want);
    const between = describeDiff(finalA, finalB, `window ${a.label}`, `window ${b.label}`);
    assert.ok(!between, `after ${step} the two windows ended in different states:\n${between}`);
    assert.deepStrictEqual(
      finalA,
      want,
      `after ${step} window ${a.label} drifted from the expected state:\n${describeDiff(want, finalA, 'expected', `window ${a.label}`)}`,
    );
    log(
      `${step}: both windows agree after ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `problems [${want.problems.join(', ')}], under [${want.storyUnder.join(', ')}], Problems badge ${want.problemsBadge}`,
    );
  }

  return { windowOf, bothReach };
}

module.exports = { windowsDriver };
