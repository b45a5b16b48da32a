const assert = require('assert');
const { storyText } = require('../helpers');
const { config, findingsOf } = require('./coachHelpers');

describe('rule principle-not-shown', () => {
  const frugalityOnly = (action) => storyText({ frontMatter: 'title: T\nprinciples: [Frugality]', sections: { Action: action } });
  it('reports a declared principle the story gives no evidence for, on its name, with the canonical name', () => {
    const text = frugalityOnly(
      'I traced the failures to a shared test database, and I gave each run its own copy so the runs stopped colliding with each other.',
    );
    const [f] = findingsOf(text, 'principle-not-shown');
    assert.ok(f);
    assert.strictEqual(f.principle, 'Frugality');
    assert.strictEqual(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'Frugality');
    assert.match(f.message, /more with less/);
  });
  it('is quiet once the story shows it', () => {
    const text = frugalityOnly(
      'Instead of buying a new test cluster, I reused two spare servers and cut the monthly cost from $4,000 to $600, with no extra budget.',
    );
    assert.deepStrictEqual(findingsOf(text, 'principle-not-shown'), []);
  });
  it('meets a term written in the past in a story told in the present ("told them" in "I tell them")', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      [
        'Earn Trust',
        'When the order is late I tell them straight away, and I ring the customer myself before the driver leaves the depot.',
      ],
      [
        'Hire and Develop the Best',
        'Every morning for two weeks I teach him the feeding sheet and check his rows, and then he does rows C and D alone.',
      ],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('hears "dont wait" typed fast and "take my word" as the principles they show', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      ['Bias for Action', 'i dont wait for the rental place. i walk the row of trucks and ask who has spare power for the morning.'],
      [
        'Are Right, A Lot',
        'I dug two soil pits with our agronomist and asked her to look at them with me rather than take my word for it.',
      ],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('hears the wider world in wildlife, a sea bed and allergic customers, and trust in answering every question', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      ['Success and Scale Bring Broad Responsibility', 'I hauled the lost pots off the sea bed so they would stop fishing on their own.'],
      [
        'Success and Scale Bring Broad Responsibility',
        'I swabbed every line before the run, thinking of the allergic children who eat our bars.',
      ],
      ['Earn Trust', 'I put the figures on the noticeboard and answered every question at the meeting.'],
      ['Insist on the Highest Standards', 'I would not put my name to a cover-only job, so I stripped the frame back to the wood.'],
      ['Success and Scale Bring Broad Responsibility', 'I reported it as a food safety case and held the herd back from the food chain.'],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('reads a story whose Action is under a heading it cannot name from the text outside its sections', () => {
    // Two headings only: too few to take "The plan" for the Action by its place (sectionInference.ts).
    const story = (plan) =>
      [
        '---',
        'title: T',
        'principles: [Frugality]',
        '---',
        'Snow closed the road to our warehouse on the day 120 parcels were due to go out to families.',
        '',
        '## The plan',
        plan,
        '## Afterwards',
        'We gave out 112 of the 120 parcels that day and the last 8 on Monday.',
        '',
      ].join('\n');
    assert.deepStrictEqual(
      findingsOf(
        story('With no budget for a van, I borrowed two cars from parents for free and packed the parcels at the church hall.'),
        'principle-not-shown',
      ),
      [],
    );
    assert.strictEqual(
      findingsOf(
        story('I rang every volunteer on the list and packed the parcels at the church hall with the ones who came.'),
        'principle-not-shown',
      ).length,
      1,
    );
    // Text that is not known to be the Action or Result is not read for hedges.
    assert.deepStrictEqual(findingsOf(story('I kind of helped the drivers load the cars with no budget at all.'), 'hedging'), []);
  });
  it('judges a custom catalog by its own evidence terms, and never a principle without any', () => {
    const catalogs = [
      { id: 'acme', label: 'Acme values', principles: [{ name: 'Be Kind', evidence: ['kindness', 'thanked'] }, { name: 'Move Fast' }] },
    ];
    const c = config({ catalogs, catalog: 'acme' });
    const text = (action) => storyText({ frontMatter: 'title: T\nprinciples: [Be Kind, Move Fast]', sections: { Action: action } });
    const quiet = findingsOf(
      text('I thanked the night crew in person and wrote each of them a note, then I rebuilt the rota.'),
      'principle-not-shown',
      c,
    );
    assert.deepStrictEqual(quiet, []);
    const loud = findingsOf(
      text('I rebuilt the rota from scratch and moved the weekend shifts around so nobody worked three in a row.'),
      'principle-not-shown',
      c,
    );
    assert.deepStrictEqual(
      loud.map((f) => f.principle),
      ['Be Kind'],
    );
  });
});
