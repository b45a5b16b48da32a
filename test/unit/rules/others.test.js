const assert = require('assert');
const { core, storyText, findingsOf, rulesOf, only } = require('../helpers');

describe('rule we-over-i', () => {
  it('reports an Action with far more "we" than "I"', () => {
    const [f] = findingsOf(
      storyText({ sections: { Action: 'We planned. We built. We tested, and we shipped. I reviewed.' } }),
      'we-over-i',
    );
    assert.ok(f);
    assert.deepStrictEqual(f.data, { we: 4, i: 1 });
  });
  it('is quiet when "I" holds its own', () => {
    assert.deepStrictEqual(
      findingsOf(storyText({ sections: { Action: 'We planned. I built it, I tested it and we shipped.' } }), 'we-over-i'),
      [],
    );
  });
});

describe('rules no-principle and unknown-principle', () => {
  it('reports a story with no principles key, at its first line', () => {
    const [f] = findingsOf(storyText({ frontMatter: 'title: No principles' }), 'no-principle');
    assert.ok(f);
    assert.strictEqual(f.range.start.line, 0);
  });
  it('reports an empty principles list at its line', () => {
    const [f] = findingsOf(storyText({ frontMatter: 'title: Empty\nprinciples: []' }), 'no-principle');
    assert.strictEqual(f.range.start.line, 2);
    assert.match(f.message, /empty/);
  });
  it('suggests the nearest principle for a typo, with the exact range', () => {
    const text = storyText({ frontMatter: 'title: T\nprinciples: [Ownership, Custmer Obsesion]' });
    const [f] = findingsOf(text, 'unknown-principle');
    assert.strictEqual(f.data.suggestion, 'Customer Obsession');
    assert.match(f.message, /Did you mean "Customer Obsession"\?/);
    assert.deepStrictEqual([f.range.start.line, f.range.start.character, f.range.end.character], [2, 24, 40]);
  });
  it('accepts aliases in any case and punctuation', () => {
    const text = storyText({
      frontMatter: "title: T\nprinciples: [bias-for-action, CUSTOMER OBSESSED, disagree & commit, earth's best employer]",
    });
    assert.deepStrictEqual(findingsOf(text, 'unknown-principle'), []);
  });
  it('reports a name with no close match, listing the catalog', () => {
    const [f] = findingsOf(storyText({ frontMatter: 'title: T\nprinciples: [Teamwork]' }), 'unknown-principle');
    assert.ok(!f.data.suggestion);
    assert.match(f.message, /use one of Customer Obsession;/);
  });
  it('checks against a user catalog when one is active', () => {
    const { config } = core.resolveConfig(
      {
        catalog: 'acme',
        catalogs: [{ id: 'acme', label: 'Acme values', principles: ['Be Kind', { name: 'Ship It', aliases: ['ship'] }] }],
      },
      core.RULE_IDS,
    );
    const text = storyText({ frontMatter: 'title: T\nprinciples: [ship, Be Kinf, Ownership]' });
    const found = findingsOf(text, 'unknown-principle', config);
    assert.deepStrictEqual(
      found.map((f) => [f.data.raw, f.data.suggestion]),
      [
        ['Be Kinf', 'Be Kind'],
        ['Ownership', undefined],
      ],
    );
  });
});

describe('rule template-placeholder', () => {
  it('finds X%, $Z, TODO and <prompts> with their ranges', () => {
    const text = storyText({ sections: { Result: 'Satisfaction up by X%, revenue up by $Z. TODO: check.\n<describe what changed>' } });
    const found = findingsOf(text, 'template-placeholder');
    const lines = text.split('\n');
    assert.deepStrictEqual(
      found.map((f) => lines[f.range.start.line].slice(f.range.start.character, f.range.end.character)),
      ['X%', '$Z', 'TODO', '<describe what changed>'],
    );
  });
  it('leaves real HTML, Xbox and inline code alone', () => {
    const text = storyText({ sections: { Result: 'Sales of Xbox kits rose 20%. <kbd>Ctrl</kbd> and `X%` are fine. <br>' } });
    assert.deepStrictEqual(findingsOf(text, 'template-placeholder'), []);
  });
});

describe('rule story-length', () => {
  it('reports a story shorter than the target with its length', () => {
    const [f] = findingsOf(storyText(), 'story-length');
    assert.match(f.message, /seconds to tell/);
    assert.strictEqual(f.severity, 'info');
  });
  it('sits on the closing --- of the front matter, not on the title, so it never reads as a title error', () => {
    const text = storyText();
    const [f] = findingsOf(text, 'story-length');
    const lines = text.split('\n');
    assert.strictEqual(lines[f.range.start.line], '---');
    assert.ok(f.range.start.line > 0 && !/^title:/.test(lines[f.range.start.line]));
  });
  it('follows a configured target', () => {
    const { config } = core.resolveConfig({ length: { minMinutes: 0.1, maxMinutes: 1, wordsPerMinute: 150 } }, core.RULE_IDS);
    assert.deepStrictEqual(findingsOf(storyText(), 'story-length', config), []);
  });
  it('reports a story longer than the target', () => {
    const long = Array.from({ length: 500 }, () => 'word').join(' ');
    const [f] = findingsOf(storyText({ sections: { Situation: long } }), 'story-length');
    assert.match(f.message, /Trim/);
  });
});

describe('rule empty-section', () => {
  it('reports a heading with nothing under it', () => {
    const [f] = findingsOf(storyText({ sections: { Result: '' } }), 'empty-section');
    assert.strictEqual(f.section, 'Result');
  });
});

describe('severities and suppressions', () => {
  it('applies configured severities, down to off', () => {
    const { config } = core.resolveConfig({ rules: { 'missing-quantified-result': 'error', 'story-length': 'off' } }, core.RULE_IDS);
    const result = core.lintStory(storyText({ sections: { Result: 'It went well.' } }), config);
    assert.strictEqual(result.findings.find((f) => f.rule === 'missing-quantified-result').severity, 'error');
    assert.ok(!result.findings.some((f) => f.rule === 'story-length'));
  });
  it('honours star-lint-disable in front matter', () => {
    const text = storyText({
      frontMatter: 'title: T\nprinciples: [Ownership]\nstar-lint-disable: [story-length, missing-quantified-result]',
      sections: { Result: 'Fine.' },
    });
    assert.ok(!rulesOf(text).some((r) => r === 'story-length' || r === 'missing-quantified-result'));
  });
  it('honours an HTML comment, for one rule or for all', () => {
    const base = storyText({ sections: { Action: 'We did it.' } });
    assert.ok(!rulesOf(base + '\n<!-- star-lint-disable missing-i-contribution -->\n').includes('missing-i-contribution'));
    assert.ok(rulesOf(base + '\n<!-- star-lint-disable missing-i-contribution -->\n').includes('story-length'));
    assert.deepStrictEqual(rulesOf(base + '\n<!-- star-lint-disable -->\n'), []);
  });
  it('reports unknown rule ids and bad severities in the config instead of failing', () => {
    const { problems, config } = core.resolveConfig({ rules: { 'no-such-rule': 'error', 'story-length': 'loud' } }, core.RULE_IDS);
    assert.strictEqual(problems.length, 2);
    assert.deepStrictEqual(config.rules, {});
  });
  it('runs only the enabled rules', () => {
    assert.deepStrictEqual(
      [...new Set(rulesOf(storyText({ sections: { Result: 'ok', Action: 'We did.' } }), only('missing-i-contribution')))],
      ['missing-i-contribution'],
    );
  });
});
