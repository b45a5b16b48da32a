const assert = require('assert');
const { core } = require('./helpers');

const { practiceByStory, orderForPractice, whenPractised, practiceNote, validRuns, PRACTICE_LOG_LIMIT } = core;

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 5, 15, 0, 0);
const run = (story, at, principle = 'Ownership') => ({ questionId: 'own-1', question: 'Q?', principle, story, seconds: 120, at });

describe('practice log (pure part)', () => {
  it('counts runs per story and keeps the latest time; runs without a story count for no story', () => {
    const tally = practiceByStory([run('a', NOW - 3 * DAY), run('b', NOW - DAY), run('a', NOW - 2 * DAY), run(undefined, NOW)]);
    assert.deepStrictEqual(
      [...tally.entries()],
      [
        ['a', { times: 2, last: NOW - 2 * DAY }],
        ['b', { times: 1, last: NOW - DAY }],
      ],
    );
  });

  it('offers planned stories not practised in the last day first, then planned ones, then the rest by how long ago', () => {
    const stories = ['other-old', 'other-never', 'backup', 'primary'];
    const practice = practiceByStory([run('primary', NOW - 60 * 1000), run('backup', NOW - 5 * DAY), run('other-old', NOW - 9 * DAY)]);
    const order = orderForPractice(stories, (s) => s, { planned: ['primary', 'backup'], practice, now: NOW });
    assert.deepStrictEqual(order, ['backup', 'primary', 'other-never', 'other-old']);
    // With nothing practised, the plan's order (primary first), then the order given.
    assert.deepStrictEqual(
      orderForPractice(stories, (s) => s, { planned: ['primary', 'backup'], practice: new Map(), now: NOW }),
      ['primary', 'backup', 'other-old', 'other-never'],
    );
  });

  it('says how long ago in words, and how often', () => {
    assert.strictEqual(whenPractised(NOW - 60 * 1000, NOW), 'today');
    assert.strictEqual(whenPractised(NOW - DAY, NOW), 'yesterday');
    assert.strictEqual(whenPractised(NOW - 4 * DAY, NOW), '4 days ago');
    assert.strictEqual(whenPractised(NOW - 21 * DAY, NOW), '3 weeks ago');
    assert.strictEqual(practiceNote(undefined, NOW), 'not practised yet');
    assert.strictEqual(practiceNote({ times: 2, last: NOW }, NOW), 'practised twice, last today');
    assert.strictEqual(practiceNote({ times: 5, last: NOW - DAY }, NOW), 'practised 5 times, last yesterday');
  });

  it('reads back only well-formed runs, and at most the newest PRACTICE_LOG_LIMIT', () => {
    assert.deepStrictEqual(validRuns('nope'), []);
    assert.deepStrictEqual(validRuns([run('a', 1), { story: 3 }, null, { ...run('b', 2), seconds: 'x' }]), [run('a', 1)]);
    const many = Array.from({ length: PRACTICE_LOG_LIMIT + 5 }, (_, i) => run('a', i));
    const kept = validRuns(many);
    assert.strictEqual(kept.length, PRACTICE_LOG_LIMIT);
    assert.strictEqual(kept[0].at, 5);
  });
});
