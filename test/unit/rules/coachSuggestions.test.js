const assert = require('assert');
const { core, storyText } = require('../helpers');
const { config, lint, apply, SITUATION, TASK } = require('./coachHelpers');
const { addPrincipleFix } = require('../../../out/core/coachFixes');

describe('suggestedPrinciples', () => {
  it('names at most three principles the story shows, strongest first, for every story', () => {
    const text = storyText({
      frontMatter: 'title: T',
      sections: {
        Action:
          'I mentored two junior engineers through their first on-call rotation, paired with each of them weekly and coached them until both ran incidents on their own; one was promoted a year later.',
      },
    });
    const { suggestedPrinciples } = lint(text);
    assert.ok(suggestedPrinciples.length >= 1 && suggestedPrinciples.length <= 3);
    assert.strictEqual(suggestedPrinciples[0], 'Hire and Develop the Best');
  });
  it('is empty when nothing stands out', () => {
    assert.deepStrictEqual(
      lint(storyText({ sections: { Situation: 'It was a Tuesday.', Task: 'Do it.', Action: 'I did it.', Result: 'It was done.' } }))
        .suggestedPrinciples,
      [],
    );
  });
});

describe('the coach readied in steps', () => {
  it('judges a story exactly as one compiled at first use, each step a small piece of the work', () => {
    const { EvidenceModel } = require('../../../out/core/coach/evidence');
    const { suggestionsWith, coachWith } = require('../../../out/core/coach');
    const { parseLearnedTable } = require('../../../out/core/coach/learned');
    const { LEARNED_SUGGESTIONS } = require('../../../out/core/coach/learnedWeights');
    const table = parseLearnedTable(LEARNED_SUGGESTIONS);
    const stepped = new EvidenceModel(core.AMAZON_CATALOG, table);
    let steps = 0;
    while (stepped.compileStep()) steps++;
    // One step per principle, then the learned table, then each principle's learned phrases: never all in one go.
    assert.strictEqual(steps, 2 * core.AMAZON_CATALOG.principles.length);
    assert.strictEqual(stepped.compileStep(), false, 'nothing left once compiled');
    const atOnce = new EvidenceModel(core.AMAZON_CATALOG, table);
    const story = core.parseStory(
      storyText({
        sections: {
          Situation: SITUATION,
          Task: TASK,
          Action:
            'I cut the count to one aisle a night, paired each new picker with a veteran and coached them until they counted alone, and spent nothing on new scanners.',
          Result: 'The year-end count matched the books within 0.2%, and two of the pickers became team leads.',
        },
      }),
    );
    const suggestions = suggestionsWith(story, stepped);
    assert.ok(suggestions.length > 0);
    assert.deepStrictEqual(suggestions, suggestionsWith(story, atOnce));
    assert.deepStrictEqual(stepped.principles, atOnce.principles);
    const judged = (model) => {
      const heard = [];
      const report = coachWith(story, core.defaultConfig(), model, (...e) => heard.push(e));
      return { shown: report.shown, heard };
    };
    assert.deepStrictEqual(judged(stepped), judged(atOnce));
  });
  it('readies the catalog the config uses, so the first story does not compile it', () => {
    const c = config();
    while (core.prepareCoachStep(c));
    assert.strictEqual(core.prepareCoachStep(c), false);
    assert.ok(core.evidenceModel(core.activeCatalog(c)).principles.length > 0);
  });
});

describe('quick fix: add a suggested principle', () => {
  const base = (fm) => `---\n${fm}\n---\n## Situation\n\nText.\n`;
  const added = (fm, name) => {
    const text = base(fm);
    const { story, findings } = lint(text);
    const summary = core.summarize({ story, findings }, core.defaultConfig());
    return lint(apply(text, addPrincipleFix(summary, text.split('\n'), name))).story.principles.map((p) => p.canonical);
  };
  for (const [shape, fm, want] of [
    ['a flow list', 'title: T\nprinciples: [Ownership]', ['Ownership', 'Are Right, A Lot']],
    ['a block list', 'title: T\nprinciples:\n  - Ownership', ['Ownership', 'Are Right, A Lot']],
    ['an empty key', 'title: T\nprinciples:', ['Are Right, A Lot']],
    ['no key', 'title: T', ['Are Right, A Lot']],
    ['a comma-separated string', 'title: T\nprinciples: Ownership, Frugality', ['Ownership', 'Frugality', 'Are Right, A Lot']],
  ]) {
    it(`adds a name with a comma in it to ${shape}`, () => assert.deepStrictEqual(added(fm, 'Are Right, A Lot'), want));
  }
  it('adds front matter to a story that has none', () => {
    const text = '## Situation\n\nText.\n\n## Action\n\nI did it.\n';
    const { story, findings } = lint(text);
    const summary = core.summarize({ story, findings }, core.defaultConfig());
    const out = apply(text, addPrincipleFix(summary, text.split('\n'), 'Have Backbone; Disagree and Commit'));
    assert.deepStrictEqual(
      lint(out).story.principles.map((p) => p.canonical),
      ['Have Backbone; Disagree and Commit'],
    );
  });
});

describe('the story checklist', () => {
  it('lists WHO, HOW MUCH, I, clear and each declared principle', () => {
    const text = storyText({
      frontMatter: 'title: T\nprinciples: [Frugality]',
      sections: {
        Situation: SITUATION,
        Action: 'I helped the team trace the failures to a shared test database and gave each run its own copy of it.',
      },
    });
    const { story, findings } = lint(text);
    const s = core.summarize({ story, findings }, core.defaultConfig());
    const items = core.checklist(s.health, s.coach);
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.ok]),
      [
        ['WHO', false],
        ['HOW MUCH', true],
        ['I', true],
        ['Clear', false],
        ['Frugality', false],
      ],
    );
  });
});

describe('the coach on hostile input', () => {
  it('leaves a text over 64 KB unjudged (story-length reports it), so a pasted megabyte never holds the editor', () => {
    const long = storyText({
      frontMatter: 'title: T\nprinciples: [Frugality]',
      sections: { Situation: 'We kept the old servers running. '.repeat(2200) },
    });
    assert.ok(long.length > 64 * 1024);
    const result = lint(long);
    assert.deepStrictEqual(
      result.findings.filter((f) => ['missing-role', 'hedging', 'principle-not-shown'].includes(f.rule)),
      [],
    );
    assert.deepStrictEqual(result.suggestedPrinciples, []);
    assert.ok(result.findings.some((f) => f.rule === 'story-length'));
  });

  // Each pattern repeats what one of the finders looks at; time must grow with the length, not its square.
  const patterns = [
    'I was the ',
    'as the as a ',
    'I helped and helped ',
    'kind of sort of ',
    'I tried to ',
    'the the the ',
    '“ " « ',
    'a-b-c/d ',
    'İ',
  ];
  const timed = (text) => {
    const start = process.hrtime.bigint();
    lint(text);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (const p of patterns) {
    it(`stays linear on a long run of ${JSON.stringify(p)}`, () => {
      const make = (n) =>
        storyText({
          frontMatter: 'title: T\nprinciples: [Frugality, Ownership]',
          sections: { Situation: p.repeat(n), Action: p.repeat(n), Result: p.repeat(n) },
        });
      // As long as the coach still judges a story (64 KB), and a quarter of that.
      const n = Math.floor(60000 / (3 * p.length));
      const quarter = Math.floor(n / 4);
      assert.ok(make(n).length <= 64 * 1024, 'the long text is still read by the coach');
      timed(make(quarter));
      // The best of three, so a pause of the machine is not taken for the engine's time.
      const small = Math.max(Math.min(timed(make(quarter)), timed(make(quarter)), timed(make(quarter))), 20);
      const big = Math.min(timed(make(n)), timed(make(n)));
      assert.ok(big < small * 16, `${big.toFixed(0)} ms for 4× the text after ${small.toFixed(0)} ms`);
      assert.ok(big < 10000, `${big.toFixed(0)} ms`);
    });
  }
});
