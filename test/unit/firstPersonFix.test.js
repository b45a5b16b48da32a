'use strict';
// "Start this sentence with I" and "Show the we in the Action": the edit a writer gets from anywhere in an Action
// told with "we", checked on the text after the edit and on what the linter then says.
const assert = require('assert');
const core = require('../../out/core');
const { firstPersonSentenceFix, weRanges } = require('../../out/core/firstPersonFix');
const { apply } = require('./helpers');

const story = (action) =>
  `---\ntitle: Late trucks\nprinciples: [Ownership]\n---\n## Situation\n\nTrucks left late every day.\n\n## Task\n\nThe trucks had to leave on time.\n\n## Action\n\n${action}\n\n## Result\n\nLate trucks went from 12 to 2 a week.\n`;
const lines = (text) => text.split('\n');
const fixAt = (text, needle) => {
  const ls = lines(text);
  const line = ls.findIndex((l) => l.includes(needle));
  return firstPersonSentenceFix(ls, line, ls[line].indexOf(needle));
};

describe('quick fix: start this sentence with I', () => {
  it('retells only the sentence under the cursor, and the Action then has its "I"', () => {
    const text = story('We split the routes. We were slow at first, so we asked our drivers to help us. The depot agreed.');
    assert.ok(core.lintStory(text).findings.some((f) => f.rule === 'missing-i-contribution'));
    const fixed = apply(text, fixAt(text, 'slow at first'));
    assert.ok(fixed.includes('We split the routes. I was slow at first, so I asked my drivers to help me. The depot agreed.'), fixed);
    assert.ok(!core.lintStory(fixed).findings.some((f) => f.rule === 'missing-i-contribution'));
  });

  it('keeps a list bullet and a bold label, and changes contractions with the person', () => {
    const text = story("- **Step one:** we're short of drivers, so we've hired two.");
    const fixed = apply(text, fixAt(text, 'short of'));
    assert.ok(fixed.includes("- **Step one:** I'm short of drivers, so I've hired two."), fixed);
  });

  it('capitalises "My" at the start of a sentence and leaves a sentence without "we" alone', () => {
    const text = story('Our plan worked because we tested it. The depot agreed.');
    assert.ok(apply(text, fixAt(text, 'plan')).includes('My plan worked because I tested it. The depot agreed.'));
    assert.strictEqual(fixAt(text, 'depot'), undefined);
    assert.strictEqual(fixAt(story('The depot thanked us.'), 'thanked'), undefined, 'no "we": not told by a team');
  });

  it('finds every "we" of the Action, and none in words that hold it', () => {
    const ls = lines(story("We split the routes; we're faster. Weekly reports went out. Answer: we did."));
    const action = ls.indexOf('## Action');
    const found = weRanges(ls, action + 1, ls.indexOf('## Result') - 1).map((r) =>
      ls[r.start.line].slice(r.start.character, r.end.character),
    );
    assert.deepStrictEqual(found, ['We', "we're", 'we']);
  });
});
