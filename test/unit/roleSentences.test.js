// missing-role against single lines that state the writer's role, or tempt a reader to think they do, written and
// labelled blind from the definition: test/fixtures/role-sentences/ (roles mostly stated plainly), role-lines2/
// (roles buried mid-sentence, in apposition, in passing promotions) and role-lines3/ (notes, titles others give,
// traps). Each line opens the Situation of a story whose other parts state no role, so what the rule decides is the
// line's alone.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { findingsOf, coachConfig } = require('./helpers');

const SITUATION = 'The shop floor had run short of stock before every weekend for a month, and complaints had doubled.';
const REST =
  '## Task\n\nGet the shelves full by Friday noon every week.\n\n## Action\n\nI moved the delivery to Thursday night and counted the gaps each morning.\n\n## Result\n\nEmpty shelves at the weekend fell from nine a week to one.\n';

/** The story a line is read in: its own paragraph at the top of the Situation. */
const storyWith = (line) => `---\ntitle: Weekend stock\nprinciples: [Ownership]\n---\n\n## Situation\n\n${line}\n\n${SITUATION}\n\n${REST}`;

/** Which labelled lines of one corpus the rule gets wrong, each way. */
function scoreRoleSentences(folder = 'role-sentences') {
  const lines = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', folder, 'sentences.json'), 'utf8'));
  const config = coachConfig();
  const missed = []; // states a role, reported anyway
  const wrong = []; // states none, not reported
  for (const { id, text, roleStated } of lines) {
    const reported = findingsOf(storyWith(text), 'missing-role', config).length > 0;
    if (roleStated && reported) missed.push(`${id}: ${text}`);
    if (!roleStated && !reported) wrong.push(`${id}: ${text}`);
  }
  const stated = lines.filter((l) => l.roleStated).length;
  return { lines, stated, notStated: lines.length - stated, missed, wrong };
}

/**
 * Each corpus measured once before its misses were read (their READMEs), and the bars, with a margin below the
 * figures after: role-sentences 88.9% of the stated roles heard and 97.9% of the others reported at first sight, all
 * 320 since; role-lines2 57.8% and 98.6% at first sight, 76.7% and 99.3% since (what it still misses is mostly a
 * role only a reader's inference finds: "I'm on bread", "mine was the Thursday manager's slot").
 */
const CORPORA = [
  { folder: 'role-sentences', heard: 0.97, reported: 0.97 },
  { folder: 'role-lines2', heard: 0.74, reported: 0.97 },
  // 61.9% and 95.0% at first sight; 78.1% and 98.1% since (its README).
  { folder: 'role-lines3', heard: 0.76, reported: 0.96 },
];

for (const { folder, heard, reported } of CORPORA) {
  describe(`missing-role against the blind role lines of ${folder}`, () => {
    const r = scoreRoleSentences(folder);
    it('holds every line once, with a label and a text', () => {
      assert.ok(r.lines.length >= 300, `${r.lines.length} lines`);
      assert.strictEqual(new Set(r.lines.map((l) => l.id)).size, r.lines.length);
      for (const l of r.lines) assert.ok(typeof l.text === 'string' && l.text.trim() && typeof l.roleStated === 'boolean', l.id);
    });
    it('hears the role in the lines that state one, and not in those that do not', () => {
      const statedShare = (r.stated - r.missed.length) / r.stated;
      const quietShare = (r.notStated - r.wrong.length) / r.notStated;
      console.log(
        `      ${folder}: ${r.stated - r.missed.length} of ${r.stated} stated roles heard, ${r.notStated - r.wrong.length} of ${r.notStated} others reported`,
      );
      assert.ok(statedShare >= heard, `heard ${(statedShare * 100).toFixed(1)}%; missed:\n${r.missed.join('\n')}`);
      assert.ok(quietShare >= reported, `reported ${(quietShare * 100).toFixed(1)}%; taken for a role:\n${r.wrong.join('\n')}`);
    });
  });
}

module.exports = { scoreRoleSentences };
