const assert = require('assert');
const { core } = require('./helpers');

const { QUESTION_BANK, AMAZON_CATALOG, chooseQuestion, principleWeights, questionsFor, genericQuestions } = core;
const NAMES = AMAZON_CATALOG.principles.map((p) => p.name);

// A seeded PRNG (mulberry32), so the statistical tests give the same answer every run.
const { prng: seeded } = require('../../scripts/storyCorpus');

function tally(n, options) {
  const counts = Object.fromEntries(NAMES.map((p) => [p, 0]));
  for (let i = 0; i < n; i++) counts[chooseQuestion(options).principle]++;
  return counts;
}

describe('question bank', () => {
  it('has at least 4 questions for each of the 16 Amazon principles', () => {
    for (const name of NAMES) {
      const n = questionsFor(name).length;
      assert.ok(n >= 4, `${name} has ${n} questions`);
    }
    assert.ok(QUESTION_BANK.length >= 64, `${QUESTION_BANK.length} questions`);
  });

  it('gives every question a unique id, real text and only canonical principle names', () => {
    const ids = new Set();
    for (const q of QUESTION_BANK) {
      assert.match(q.id, /^[a-z]+-\d+$/);
      assert.ok(!ids.has(q.id), `duplicate id ${q.id}`);
      ids.add(q.id);
      assert.ok(q.principles.length >= 1, q.id);
      for (const p of q.principles) assert.ok(NAMES.includes(p), `${q.id}: "${p}" is not a canonical name`);
      assert.strictEqual(new Set(q.principles).size, q.principles.length, `${q.id} lists a principle twice`);
      assert.ok(q.text.length > 30 && /[.?]$/.test(q.text), `${q.id}: ${q.text}`);
    }
  });

  it('has no two questions with the same text', () => {
    const texts = QUESTION_BANK.map((q) => q.text.toLowerCase());
    assert.strictEqual(new Set(texts).size, texts.length);
  });

  it('makes up questions for a principle of a custom catalog, naming it', () => {
    const qs = genericQuestions('Customer Care');
    assert.ok(qs.length >= 3);
    for (const q of qs) {
      assert.ok(q.text.includes('"Customer Care"'));
      assert.deepStrictEqual(q.principles, ['Customer Care']);
    }
    assert.strictEqual(new Set(qs.map((q) => q.id)).size, qs.length);
  });
});

describe('chooseQuestion', () => {
  it('asks about the principle it is given, with a question mapped to it', () => {
    const random = seeded(1);
    for (const name of NAMES) {
      for (let i = 0; i < 10; i++) {
        const chosen = chooseQuestion({ principle: name, random });
        assert.strictEqual(chosen.principle, name);
        assert.ok(chosen.question.principles.includes(name), `${chosen.question.id} for ${name}`);
      }
    }
  });

  it('falls back to made-up questions for a principle the bank does not know', () => {
    const chosen = chooseQuestion({ principle: 'Quiet Courage', random: seeded(2) });
    assert.strictEqual(chosen.principle, 'Quiet Courage');
    assert.match(chosen.question.text, /"Quiet Courage"/);
    // Choosing among a custom catalog's principles works the same way.
    const surprise = chooseQuestion({ principles: ['Quiet Courage', 'Fast Delivery'], random: seeded(3) });
    assert.ok(['Quiet Courage', 'Fast Delivery'].includes(surprise.principle));
    assert.ok(surprise.question.text.includes(`"${surprise.principle}"`));
  });

  it('is deterministic for a given random sequence', () => {
    const opts = (seed) => ({ coverage: { Ownership: 2 }, focus: ['Dive Deep'], practiceCounts: { Frugality: 3 }, random: seeded(seed) });
    const run = (seed) => {
      const o = opts(seed);
      return Array.from({ length: 50 }, () => chooseQuestion(o).question.id);
    };
    assert.deepStrictEqual(run(42), run(42));
    assert.notDeepStrictEqual(run(42), run(43));
  });

  it('does not repeat the question to avoid while the principle has others', () => {
    const random = seeded(7);
    for (let i = 0; i < 200; i++) {
      const chosen = chooseQuestion({ principle: 'Frugality', avoid: ['fru-1'], random });
      assert.notStrictEqual(chosen.question.id, 'fru-1');
    }
    // With nothing else left it still asks something.
    const only = [{ id: 'x-1', text: 'Only one?', principles: ['Frugality'] }];
    assert.strictEqual(chooseQuestion({ principle: 'Frugality', avoid: ['x-1'], bank: only, random }).question.id, 'x-1');
  });

  it('picks gaps (no story) more often than covered principles', () => {
    // Half the principles have three stories each, the other half none.
    const covered = NAMES.filter((_, i) => i % 2 === 0);
    const gaps = NAMES.filter((_, i) => i % 2 === 1);
    const coverage = Object.fromEntries(covered.map((p) => [p, 3]));
    const counts = tally(8000, { principles: NAMES, coverage, random: seeded(11) });
    const gapShare = gaps.reduce((a, p) => a + counts[p], 0) / 8000;
    // Weights 3 vs 1 would give 0.75; a chooser ignoring coverage gives 0.5.
    assert.ok(gapShare > 0.7 && gapShare < 0.8, `gaps got ${gapShare}`);
    const minGap = Math.min(...gaps.map((p) => counts[p]));
    const maxCovered = Math.max(...covered.map((p) => counts[p]));
    assert.ok(minGap > maxCovered, `least-chosen gap ${minGap} vs most-chosen covered ${maxCovered}`);
  });

  it('leans toward a principle with one story over one with several', () => {
    const coverage = Object.fromEntries(NAMES.map((p) => [p, 4]));
    coverage['Earn Trust'] = 1;
    const counts = tally(16000, { principles: NAMES, coverage, random: seeded(12) });
    const others = NAMES.filter((p) => p !== 'Earn Trust').map((p) => counts[p]);
    assert.ok(counts['Earn Trust'] > 1.6 * Math.max(...others), `Earn Trust ${counts['Earn Trust']} vs at most ${Math.max(...others)}`);
  });

  it('leans toward the focus set', () => {
    const coverage = Object.fromEntries(NAMES.map((p) => [p, 2]));
    const focus = ['Customer Obsession', 'Learn and Be Curious', 'Deliver Results', 'Earn Trust'];
    const counts = tally(8000, { principles: NAMES, coverage, focus, random: seeded(13) });
    const share = focus.reduce((a, p) => a + counts[p], 0) / 8000;
    // 4 principles at weight 4 against 12 at weight 1: 16/28 ≈ 0.57, against 0.25 without the lean.
    assert.ok(share > 0.52 && share < 0.62, `focus share ${share}`);
  });

  it('leans away from principles practised more than the others', () => {
    const practiceCounts = Object.fromEntries(NAMES.map((p) => [p, 5]));
    practiceCounts['Think Big'] = 12;
    practiceCounts['Frugality'] = 2; // the least practised sets the baseline
    const counts = tally(16000, { principles: NAMES, practiceCounts, random: seeded(14) });
    // Weights: Frugality 1, Ownership 1/(1+3), Think Big 1/(1+10).
    assert.ok(counts['Think Big'] < counts['Ownership'] / 2, `Think Big ${counts['Think Big']} vs Ownership ${counts['Ownership']}`);
    assert.ok(counts['Frugality'] > counts['Ownership'] * 2.5, `Frugality ${counts['Frugality']} vs Ownership ${counts['Ownership']}`);
  });

  it('keeps the lean when every count has grown by the same amount', () => {
    const base = { principles: NAMES, coverage: { Ownership: 2 }, practiceCounts: { 'Dive Deep': 1 } };
    const later = { ...base, practiceCounts: Object.fromEntries(NAMES.map((p) => [p, p === 'Dive Deep' ? 31 : 30])) };
    assert.deepStrictEqual(principleWeights(later), principleWeights(base));
  });

  it('walks principles in the order given, so one random value maps to one principle', () => {
    // Equal weights over four principles: r in [0.5, 0.75) is the third.
    const principles = ['A', 'B', 'C', 'D'];
    const coverage = { A: 2, B: 2, C: 2, D: 2 };
    assert.strictEqual(chooseQuestion({ principles, coverage, random: () => 0.6 }).principle, 'C');
    assert.strictEqual(chooseQuestion({ principles, coverage, random: () => 0 }).principle, 'A');
    // A broken random source still gives an answer inside the list.
    assert.strictEqual(chooseQuestion({ principles, coverage, random: () => 1 }).principle, 'D');
    assert.strictEqual(chooseQuestion({ principles, coverage, random: () => NaN }).principle, 'A');
    assert.strictEqual(chooseQuestion({ principles: [], random: () => 0.5 }), undefined);
  });
});
