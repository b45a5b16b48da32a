// hedging against single lines of an Action or a Result, hedged or tempting, written and labelled blind from the
// definition (test/fixtures/hedge-lines/README.md). Each line is the whole of its part in a story with no other hedge,
// so what the rule decides is the line's alone.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { findingsOf, coachConfig } = require('./helpers');

/**
 * Measured once before their misses were read (the README): 64.3% of the hedged lines reported, 97.5% of the others
 * left alone; 90.0% and 99.4% since (what it still misses leans on meaning: "I just set up the meetings; Anika and
 * Tom worked out the schedule"). The bars leave a margin.
 */
const BARS = { heard: 0.87, quiet: 0.97 };
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'hedge-lines', 'lines.json');
const ACTION = 'I rebuilt the rota, moved the deliveries to Thursday night and trained the two new starters myself.';
const RESULT = 'Empty shelves at the weekend fell from nine a week to one, and complaints halved by March.';

/** The story a line is read in: the whole of its part. */
const storyWith = (part, line) =>
  `---\ntitle: Weekend stock\nprinciples: [Ownership]\n---\n\n## Situation\n\nAs the store's night manager, I saw the shelves run short before every weekend.\n\n## Task\n\nGet them full by Friday noon.\n\n## Action\n\n${part === 'action' ? line : ACTION}\n\n## Result\n\n${part === 'result' ? line : RESULT}\n`;

/** Which labelled lines the rule gets wrong, each way. */
function scoreHedgeLines() {
  const lines = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  const config = coachConfig();
  const missed = []; // hedged, not reported
  const wrong = []; // not hedged, reported
  for (const { id, part, text, hedged } of lines) {
    const found = findingsOf(storyWith(part, text), 'hedging', config);
    if (hedged && found.length === 0) missed.push(`${id} (${part}): ${text}`);
    if (!hedged && found.length > 0) wrong.push(`${id} (${part}): ${text} [${found.map((f) => f.data.hedge).join(', ')}]`);
  }
  const hedgedCount = lines.filter((l) => l.hedged).length;
  return { lines, hedged: hedgedCount, clear: lines.length - hedgedCount, missed, wrong };
}

describe('hedging against the blind hedge lines', () => {
  const r = scoreHedgeLines();
  it('holds every line once, with its part, a label and a text', () => {
    assert.ok(r.lines.length >= 300, `${r.lines.length} lines`);
    assert.strictEqual(new Set(r.lines.map((l) => l.id)).size, r.lines.length);
    for (const l of r.lines)
      assert.ok(['action', 'result'].includes(l.part) && typeof l.text === 'string' && typeof l.hedged === 'boolean', l.id);
  });
  it('reports the hedged lines and leaves the others alone', () => {
    const heard = (r.hedged - r.missed.length) / r.hedged;
    const quiet = (r.clear - r.wrong.length) / r.clear;
    console.log(
      `      hedge lines: ${r.hedged - r.missed.length} of ${r.hedged} hedged reported, ${r.clear - r.wrong.length} of ${r.clear} others left alone`,
    );
    assert.ok(heard >= BARS.heard, `reported ${(heard * 100).toFixed(1)}%; missed:\n${r.missed.join('\n')}`);
    assert.ok(quiet >= BARS.quiet, `left alone ${(quiet * 100).toFixed(1)}%; reported:\n${r.wrong.join('\n')}`);
  });
});

module.exports = { scoreHedgeLines };
