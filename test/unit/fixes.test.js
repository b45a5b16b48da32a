// The quick fixes for principles, the Result's measure and disabling a rule, checked the way a user sees them: the
// text after the edit, and what the linter says about that text.
const assert = require('assert');
const { principleFix, metricLineFix, disableRuleFix } = require('../../out/core/fixes');
const { apply, lint, summaryOf, linesOf, rules, headed, S, T, A, R } = require('./fixHelpers');

describe('quick fix: change an unknown principle to the suggestion', () => {
  const story = (principles) => headed(2, [S, T, A, R]).replace('principles: [Ownership]', principles);
  const fixAll = (text) => {
    // One at a time, as a user would, re-linting in between.
    for (let i = 0; i < 10; i++) {
      const f = lint(text).findings.find((x) => x.rule === 'unknown-principle');
      if (!f) return text;
      const edit = principleFix(linesOf(text), f);
      assert.ok(edit, `no fix for ${f.data.raw}`);
      text = apply(text, edit);
    }
    throw new Error('fixes did not converge');
  };

  it('replaces just the name inside a flow list', () => {
    const text = story('principles: [Custmer Obsesion, Ownership]');
    const fixed = fixAll(text);
    assert.ok(fixed.includes('principles: [Customer Obsession, Ownership]\n'), fixed);
    assert.deepStrictEqual(summaryOf(fixed).canonicalPrinciples, ['Customer Obsession', 'Ownership']);
  });

  it('quotes a name with a comma inside a flow list, and escapes quotes the name sits in', () => {
    const text = story("principles: [Are Rite A Lot, 'Earths Best Employr']");
    const fixed = fixAll(text);
    assert.ok(fixed.includes(`principles: ["Are Right, A Lot", 'Strive to be Earth''s Best Employer']`), fixed);
    assert.deepStrictEqual(summaryOf(fixed).canonicalPrinciples, ['Are Right, A Lot', "Strive to be Earth's Best Employer"]);
  });

  it('leaves a comma name plain in a block list', () => {
    const fixed = fixAll(story('principles:\n  - Are Rite A Lot\n  - "Ownrship"'));
    assert.ok(fixed.includes('principles:\n  - Are Right, A Lot\n  - "Ownership"\n'), fixed);
    assert.deepStrictEqual(summaryOf(fixed).canonicalPrinciples, ['Are Right, A Lot', 'Ownership']);
  });

  it('offers nothing when the text at the range is no longer the name', () => {
    const text = story('principles: [Custmer Obsesion]');
    const f = lint(text).findings.find((x) => x.rule === 'unknown-principle');
    const edited = linesOf(text.replace('Custmer Obsesion', 'Customer Obsesion'));
    assert.strictEqual(principleFix(edited, f), undefined);
    assert.strictEqual(principleFix(linesOf(text), { ...f, data: { raw: f.data.raw } }), undefined, 'no suggestion, no fix');
  });
});

describe('quick fix: add a Result metric line', () => {
  const vague = headed(2, [S, T, A, ['Result', 'The partner was happy and the launch went well.']]);

  it('adds a before/after line at the end of the Result whose blanks are one finding until filled in', () => {
    const edit = metricLineFix(summaryOf(vague), linesOf(vague));
    const fixed = apply(vague, edit);
    assert.ok(
      fixed.endsWith(
        'The partner was happy and the launch went well.\n\n- <what changed> went from <number before> to <number after> in <how long>\n',
      ),
      JSON.stringify(fixed.slice(-160)),
    );
    const findings = lint(fixed).findings;
    const line = linesOf(fixed).indexOf('- <what changed> went from <number before> to <number after> in <how long>');
    // The blanks a writer tabs through are one thing to fill in: one finding for the line, and the Result's own
    // warning gives way to it, so the count of warnings does not grow while the writer fills them in.
    assert.deepStrictEqual(
      findings.filter((f) => f.rule === 'template-placeholder').map((f) => [f.range.start.line, f.data.text]),
      [[line, '<what changed> went from <number before> to <number after> in <how long>']],
    );
    assert.ok(!findings.some((f) => f.rule === 'missing-quantified-result'));
    const warnings = (t) => lint(t).findings.filter((f) => f.severity === 'warning').length;
    assert.strictEqual(warnings(fixed), warnings(vague));
    // Blanks filled with words, not numbers: the Result is reported again.
    const words = fixed
      .replace('<what changed>', 'onboarding')
      .replace('<number before>', 'slow')
      .replace('<number after>', 'fast')
      .replace('<how long>', 'a while');
    assert.ok(rules(words).includes('missing-quantified-result'), rules(words).join());
    const filled = fixed
      .replace('<what changed>', 'partner onboarding')
      .replace('<number before>', '6 weeks')
      .replace('<number after>', '9 days')
      .replace('<how long>', 'one quarter');
    const after = rules(filled);
    assert.ok(!after.includes('missing-quantified-result') && !after.includes('template-placeholder'), after.join());
  });

  it('continues a list the Result ends with, using its bullet', () => {
    const text = headed(2, [S, T, A, ['Result', '* The partner stayed.\n* The team was proud.']]) + '\n## Learnings\n\nAsk early.\n';
    const fixed = apply(text, metricLineFix(summaryOf(text), linesOf(text)));
    assert.ok(
      fixed.includes('* The team was proud.\n* <what changed> went from <number before> to <number after> in <how long>\n\n## Learnings'),
      fixed,
    );
  });

  it('gives a snippet that reads as the same line with four tab stops', () => {
    const edit = metricLineFix(summaryOf(vague), linesOf(vague));
    const stops = [...edit.snippet.matchAll(/\$\{(\d):([^}]*)\}/g)].map((m) => [m[1], m[2]]);
    assert.deepStrictEqual(stops, [
      ['1', '<what changed>'],
      ['2', '<number before>'],
      ['3', '<number after>'],
      ['4', '<how long>'],
    ]);
    assert.strictEqual(edit.snippet.replace(/\$\{\d:([^}]*)\}/g, '$1'), edit.newText);
  });

  it('offers nothing for a story without a Result', () => {
    const text = headed(2, [S, T, A]);
    assert.strictEqual(metricLineFix(summaryOf(text), linesOf(text)), undefined);
  });
});

describe('quick fix: disable a rule for this story', () => {
  // The Action says only "we", so missing-i-contribution fires; the Result has no number.
  const body =
    '## Situation\n\nOur launch slipped.\n\n## Task\n\nI had to save it.\n\n## Action\n\nWe cut the scope.\n\n## Result\n\nThe partner was happy.\n';
  const disable = (text, id) => apply(text, disableRuleFix(summaryOf(text), linesOf(text), id));
  const check = (fixed, gone, kept) => {
    const after = rules(fixed);
    assert.ok(!after.includes(gone), `${gone} still reported: ${after.join()}`);
    assert.ok(after.includes(kept), `${kept} should still be reported: ${after.join()}`);
  };

  it('adds a star-lint-disable list before the closing --- of the front matter', () => {
    const text = `---\ntitle: Launch\nprinciples: [Ownership]\n---\n${body}`;
    const fixed = disable(text, 'missing-i-contribution');
    assert.strictEqual(fixed, `---\ntitle: Launch\nprinciples: [Ownership]\nstar-lint-disable: [missing-i-contribution]\n---\n${body}`);
    check(fixed, 'missing-i-contribution', 'missing-quantified-result');
  });

  it('extends a one-line list, an empty list, a string of ids and a block list', () => {
    const cases = [
      [
        'star-lint-disable: [story-length]  # too short on purpose',
        'star-lint-disable: [story-length, missing-i-contribution]  # too short on purpose',
      ],
      ['star-lint-disable: []', 'star-lint-disable: [missing-i-contribution]'],
      ['star-lint-disable: story-length we-over-i', 'star-lint-disable: story-length we-over-i, missing-i-contribution'],
      ['"star-lint-disable": "story-length"', '"star-lint-disable": "story-length, missing-i-contribution"'],
      ['star-lint-disable:\n  - story-length', 'star-lint-disable:\n  - story-length\n  - missing-i-contribution'],
      ['star-lint-disable:', 'star-lint-disable: [missing-i-contribution]'],
    ];
    for (const [before, after] of cases) {
      const text = `---\ntitle: Launch\n${before}\nprinciples: [Ownership]\n---\n${body}`;
      const fixed = disable(text, 'missing-i-contribution');
      assert.strictEqual(fixed, text.replace(before, after), `from ${before}`);
      check(fixed, 'missing-i-contribution', 'missing-quantified-result');
      if (before.includes('story-length'))
        assert.ok(!rules(fixed).includes('story-length'), `${before}: the ids already there stay disabled`);
    }
  });

  it('adds a comment at the top of a story without front matter, and extends it next time', () => {
    const fixed = disable(body, 'missing-i-contribution');
    assert.strictEqual(fixed, `<!-- star-lint-disable missing-i-contribution -->\n${body}`);
    check(fixed, 'missing-i-contribution', 'missing-quantified-result');
    assert.strictEqual(lint(fixed).story.sections.length, 4);

    const twice = disable(fixed, 'missing-quantified-result');
    assert.strictEqual(twice, `<!-- star-lint-disable missing-i-contribution missing-quantified-result -->\n${body}`);
    check(twice, 'missing-quantified-result', 'story-length');
  });

  it('uses a comment after front matter that cannot be read, and at the end of one that never closes', () => {
    const broken = `---\ntitle: [Launch\nprinciples: [Ownership]\n---\n${body}`;
    assert.ok(rules(broken).includes('invalid-front-matter'));
    const fixed = disable(broken, 'missing-i-contribution');
    assert.strictEqual(
      fixed,
      `---\ntitle: [Launch\nprinciples: [Ownership]\n---\n<!-- star-lint-disable missing-i-contribution -->\n${body}`,
    );
    check(fixed, 'missing-i-contribution', 'invalid-front-matter');

    const unclosed = `---\ntitle: Launch\nprinciples: [Ownership]\n\n${body}`;
    const fixed2 = disable(unclosed, 'missing-i-contribution');
    assert.strictEqual(fixed2, `${unclosed}<!-- star-lint-disable missing-i-contribution -->\n`);
    check(fixed2, 'missing-i-contribution', 'invalid-front-matter');
  });

  it('uses a comment for JSON front matter, and for a key it cannot extend on its line', () => {
    const json = `---json\n{"title": "Launch", "principles": ["Ownership"]}\n---\n${body}`;
    const fixed = disable(json, 'missing-i-contribution');
    assert.ok(fixed.includes('---\n<!-- star-lint-disable missing-i-contribution -->\n## Situation'), fixed);
    check(fixed, 'missing-i-contribution', 'missing-quantified-result');

    const multiLine = `---\ntitle: Launch\nstar-lint-disable: [\n  story-length]\nprinciples: [Ownership]\n---\n${body}`;
    const fixed2 = disable(multiLine, 'missing-i-contribution');
    assert.ok(fixed2.includes('---\n<!-- star-lint-disable missing-i-contribution -->\n## Situation'), fixed2);
    check(fixed2, 'missing-i-contribution', 'missing-quantified-result');
  });
});
