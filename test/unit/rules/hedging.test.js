const assert = require('assert');
const { core, storyText } = require('../helpers');
const { config, findingsOf } = require('./coachHelpers');

describe('rule hedging', () => {
  it('reports each hedge in the Action and Result on its own words', () => {
    const text = storyText({
      sections: {
        Action: 'I helped the team rebuild the rota and kind of led the rollout.',
        Result: 'I think it worked: overtime fell by 30%.',
      },
    });
    const found = findingsOf(text, 'hedging');
    assert.deepStrictEqual(
      found.map((f) => f.data.hedge),
      ['i helped', 'kind of', 'i think'],
    );
    const lines = text.split('\n');
    for (const f of found)
      assert.match(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), /^(I helped|kind of|I think)$/);
    assert.ok(found.every((f) => f.severity === 'info'));
  });
  it('reports "I tried to" only when nothing says how it went or what came next', () => {
    const hedgesIn = (action) =>
      findingsOf(storyText({ sections: { Action: action, Result: 'Retention went from 60% to 85%.' } }), 'hedging');
    assert.deepStrictEqual(
      hedgesIn('I tried to keep every client training, and I sent them a weekly video so nobody turned up unsure.').map(
        (f) => f.data.hedge,
      ),
      ['i tried to'],
    );
    assert.deepStrictEqual(hedgesIn('I tried to raise the driver on the radio; no answer, so I put the signals to danger.'), []);
    assert.deepStrictEqual(hedgesIn('I tried to match a washer by eye, and it was the wrong one; she came back with the tap.'), []);
  });
  it('reads the hedges of a story told as plain prose, but not those it quotes', () => {
    const prose = (middle) =>
      `---\ntitle: The gas bill\nprinciples: [Frugality]\n---\n\nI run a small glass studio with two kilns and a gas bill that doubled in a year. ${middle} I moved the firings to nights, rebuilt the kiln door seals myself and switched to a fixed tariff.\n\nThe bill came down by about a third over the next quarter.\n`;
    const found = findingsOf(prose('I think the seals kind of mattered most.'), 'hedging');
    assert.deepStrictEqual(
      found.map((f) => [f.data.hedge, f.section]),
      [
        ['i think', undefined],
        ['kind of', undefined],
      ],
    );
    assert.deepStrictEqual(findingsOf(prose('My supplier said, "I think you should just pay it."'), 'hedging'), []);
  });
  it('leaves quotations, the Situation, "helped" with another subject, "I believed" and support as a job alone', () => {
    const text = storyText({
      sections: {
        Situation: 'It was kind of a mess and I think everyone knew it.',
        Action:
          'My manager said "I think we should maybe wait". I believed the data said otherwise and I argued for shipping. The script helped new hires. I supported customers on the phone. I tried to reach the vendor, but nobody answered, so I rewrote the importer myself. This kind of error was common.',
      },
    });
    assert.deepStrictEqual(findingsOf(text, 'hedging'), []);
  });
  it('leaves a "probably" the writer told someone in the story, and still reports one said about the outcome', () => {
    const told = storyText({
      sections: {
        Action: 'I told her honestly that the bill was probably wrong, and I rebilled the account that afternoon.',
        Result: 'Her balance went from £1,300 owed to £210 in credit.',
      },
    });
    assert.deepStrictEqual(findingsOf(told, 'hedging'), []);
    const toldAfterColon = storyText({
      sections: {
        Action: 'I told him the truth: the letters in the bag were probably bad news. I opened them with him that evening.',
        Result: 'He answered all 14 letters in a month.',
      },
    });
    assert.deepStrictEqual(findingsOf(toldAfterColon, 'hedging'), []);
    const doubted = storyText({
      sections: {
        Action: 'I told her the bill was wrong, and I rebilled the account that afternoon.',
        Result: 'Her balance probably went from £1,300 owed to £210 in credit.',
      },
    });
    assert.deepStrictEqual(
      findingsOf(doubted, 'hedging').map((f) => f.data.hedge),
      ['probably'],
    );
  });
  it('leaves a "probably" in a path the writer did not take, and reads "involved" and "part of" past an adverb', () => {
    const hedgesIn = (action) =>
      findingsOf(storyText({ sections: { Action: action, Result: 'Corrections fell from 14 a month to zero.' } }), 'hedging').map(
        (f) => f.data.hedge,
      );
    assert.deepStrictEqual(
      hedgesIn('I could have smoothed it over with what the answers probably were. I stopped the hearing instead.'),
      [],
    );
    assert.deepStrictEqual(hedgesIn('I could have waited, but the fix probably saved the week.'), ['probably']);
    assert.deepStrictEqual(hedgesIn('I rebuilt the renewal plan. I was also involved in getting product to fix two gaps.'), [
      'i was involved in',
    ]);
    assert.deepStrictEqual(hedgesIn('I wrote the rota rules. I supported the area managers in rolling it out.'), ['i supported']);
    assert.deepStrictEqual(hedgesIn("I rebuilt the tile. I'd like to think it made the difference."), ["i'd like to think"]);
    assert.deepStrictEqual(hedgesIn('I had a hand in getting marketing to build the page.'), ['i had a hand in']);
    assert.deepStrictEqual(hedgesIn('From September I was also part of the Saturday revision classes.'), ['i was part of']);
    // Unsure of a date, not of the outcome; but "I think the Monday calls dropped" is about the calls.
    assert.deepStrictEqual(hedgesIn('In, I think, late March 2020 I told the council I would take on the debt.'), []);
    assert.deepStrictEqual(hedgesIn('The day before, I think it was the 3rd of July, I checked every watch.'), []);
    assert.deepStrictEqual(hedgesIn('On what I think was the 12th of September, I moved the round-up forward.'), []);
    assert.deepStrictEqual(hedgesIn('I think the Monday calls dropped by about half.'), ['i think']);
    // A refusal, then what the writer did instead, across a semicolon; "so that" is what an effort was for.
    assert.deepStrictEqual(hedgesIn('I tried to get the supplier to change the labels; they said no. So I changed our side.'), []);
    assert.deepStrictEqual(hedgesIn('I also tried to get both bars onto one list, so that card payments would go through.'), [
      'i tried to',
    ]);
    assert.deepStrictEqual(hedgesIn('The new rota reduced overtime to some extent.'), ['to some extent']);
    assert.deepStrictEqual(hedgesIn('When the alarm went off, I helped a colleague on crutches down four flights.'), []);
    assert.deepStrictEqual(hedgesIn("I took part of the night shift's workload myself, 60 orders."), []);
    assert.deepStrictEqual(hedgesIn('I hoped to finish by Friday, and I did.'), []);
  });
  it('hears an implied hedge in the first story a fresh process reads (its words are known before any text is split)', () => {
    const { spawnSync } = require('child_process');
    const story = storyText({ sections: { Action: 'I had a hand in the new pricing model.', Result: 'Margins rose 4%.' } });
    const script = `const core = require(${JSON.stringify(require.resolve('../../../out/core'))});
      const r = core.lintStory(${JSON.stringify(story)});
      process.stdout.write(JSON.stringify(r.findings.filter((f) => f.rule === 'hedging').map((f) => f.data.hedge)));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(JSON.parse(run.stdout), ['i had a hand in']);
  });
  it("takes the user's own phrases and allowances from the config", () => {
    const text = storyText({ sections: { Action: 'I helped the team ship it, to some extent on my own.' } });
    assert.deepStrictEqual(
      findingsOf(text, 'hedging', config({ hedges: { add: ['to some extent'], allow: ['I helped'] } })).map((f) => f.data.hedge),
      ['to some extent'],
    );
  });
  it('reports a config whose word lists are not lists of phrases', () => {
    const { problems } = core.resolveConfig({ hedges: { add: 'kind of' } }, core.RULE_IDS);
    assert.match(problems.join(), /hedges\.add/);
  });
});
