// The shape rules (sections, a measured Result, the writer's own "I") against blind sets 10 to 37, whose authors
// labelled them too (their READMEs). Measured blind: set 10 sections 35, quantified 36, I-contribution 39 of 40; set 11
// (after sectionInference.ts) sections 37, quantified 40, I-contribution 39; set 12 39, 39, 40; set 13 40, 39, 40;
// set 14 40, 40, 40; set 15 39, 40, 40; sets 16 and 17 40, 40, 40; set 18 40, 39, 40; set 19 40, 40, 40;
// set 20 40, 40, 40; set 21 39, 39, 39; set 22 40, 38, 40 (e789's change told in spelled numbers, "went from eleven
// that summer to one the next", counts since); set 23 40, 40, 39; set 24 39, 40, 39 and set 25 39, 38, 40 (bilingual
// headings, "Quello che ho fatto / Action" and "任務 Task", were read by their place; by their English half since); set 26 40, 40, 40; set 27 39, 39, 39 (e999's "**Contexto
// (Situation):**" labels, read since); set 28 38, 39, 38 (two plain-prose stories its writer read by paragraph, PROSE
// below); set 29 40, 40, 40; set 30 39, 39, 39 (e1118's "Situation. I'm a ..." labels, read since); set 31 40, 40,
// 40; set 32 40, 39, 39 (UNREAD below); set 33 39, 39, 39 (e1240's Spanish headings, read since); sets 34 and 35 40, 40, 40; set 36 37, 38, 38 (labels after an arrow or a dash, "What I did ->", "— Situation:",
// read since) and set 37 40, 38, 40 (an amount in cedis, "GH₵ 3,500", read since; e1375 left, UNREAD below).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');

const LETTER = { situation: 'S', task: 'T', action: 'A', result: 'R' };

/** Where the engine and the labels disagree, per rule. */
function disagreements(set) {
  const dir = path.join(__dirname, '..', 'fixtures', set);
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  const out = { sections: [], quantified: [], iContribution: [] };
  for (const [file, label] of Object.entries(labels)) {
    const { story, findings } = core.lintStory(fs.readFileSync(path.join(dir, file), 'utf8'));
    const sections = ['situation', 'task', 'action', 'result']
      .filter((k) => story.sections.some((s) => s.kind === k))
      .map((k) => LETTER[k])
      .join('');
    if (sections !== label.sections) out.sections.push(`${file}: ${sections}, labelled ${label.sections}`);
    if (!findings.some((f) => f.rule === 'missing-quantified-result') !== label.quantified) out.quantified.push(file);
    if (!findings.some((f) => f.rule === 'missing-i-contribution') !== label.iContribution) out.iContribution.push(file);
  }
  return out;
}

describe('the shape rules against blind sets 10 to 37', () => {
  const LATER = [
    'coach-blind12',
    'coach-blind13',
    'coach-blind14',
    'coach-blind15',
    'coach-blind16',
    'coach-blind17',
    'coach-blind18',
    'coach-blind19',
    'coach-blind20',
    'coach-blind21',
    'coach-blind22',
    'coach-blind23',
    'coach-blind24',
    'coach-blind25',
    'coach-blind26',
    'coach-blind27',
    'coach-blind28',
    'coach-blind29',
    'coach-blind30',
    'coach-blind31',
    'coach-blind32',
    'coach-blind33',
    'coach-blind34',
    'coach-blind35',
    'coach-blind36',
    'coach-blind37',
    'coach-blind38',
    'coach-blind39',
  ];
  /** Where a label and the engine disagree and the engine follows the labelled corpus's rules (labelled/README.md). */
  const ARGUED = {
    // "The ride was back to two trains by early evening": a count of what runs again, which its author did not count.
    'coach-blind13': ['e436-coaster-restraint-check.md'],
    // "approved in nine weeks": a number with its unit, which the labelled corpus counts ("40 minutes").
    'coach-blind18': ['e614-api-supplier-shutdown.md'],
    // "corrected about three weeks later": the same.
    'coach-blind22': ['e787-bus-stop-announcements.md'],
    // "read two chapters of the fly genetics book", "learned it in one week": counts with their object or unit, in a
    // Result that tells the acts, not the outcome.
    'coach-blind25': ['e904-fly-cross.md', 'e910-dim-sum-order-cards.md'],
  };
  /** Measured at first sight (their READMEs), not read yet or read and left: the engine misses these, a regression guard. */
  const UNREAD = {
    // Notes whose Action bullets open with the verb ("- bought two SIM routers"): the writer's own act, without "I".
    'coach-blind23': { iContribution: ['e804-pharmacy-internet-outage.md'] },
    // A Result of times only ("the following week", "two years later"), read as measured; subjectless bullets with
    // "paid for two moorings myself", read as the writer's own act.
    'coach-blind32': { quantified: ['e1190-icing-gander.md'], iContribution: ['e1196-moorings-whitsundays.md'] },
    // Read and left: "none of our young rikishi left, against three in 2022", a count told against the year before.
    'coach-blind37': { quantified: ['e1375-youngest-in-the-stable.md'] },
  };
  /**
   * Plain prose whose writer labelled the parts by paragraph (set 28's README); set 27's writer labelled its plain-prose
   * story as having none, as the engine reads it: with no heading or label, the story is asked for its parts.
   */
  const PROSE = {
    'coach-blind28': {
      sections: ['e1004-docs-into-the-repo.md: , labelled STAR', 'e1027-one-click-builds.md: , labelled SAR'],
      quantified: ['e1027-one-click-builds.md'],
      iContribution: ['e1004-docs-into-the-repo.md', 'e1027-one-click-builds.md'],
    },
  };
  const expected = (set, rule) =>
    [...(rule === 'quantified' ? (ARGUED[set] ?? []) : []), ...(UNREAD[set]?.[rule] ?? []), ...(PROSE[set]?.[rule] ?? [])].sort();
  it('finds the sections a reader finds, headings in the writer own words included', () => {
    assert.deepStrictEqual(disagreements('coach-blind10').sections, []);
    assert.deepStrictEqual(disagreements('coach-blind11').sections, [
      // "the day / the problem / what i did / how it went": "the problem" names the Situation for the engine.
      'e344-taco-truck-generator.md: SAR, labelled STAR',
    ]);
    for (const set of LATER) assert.deepStrictEqual(disagreements(set).sections, expected(set, 'sections'), set);
  });
  it('agrees on a measured Result in every story', () => {
    assert.deepStrictEqual(disagreements('coach-blind10').quantified, []);
    assert.deepStrictEqual(disagreements('coach-blind11').quantified, []);
    for (const set of LATER) assert.deepStrictEqual(disagreements(set).quantified.sort(), expected(set, 'quantified'), set);
  });
  it('agrees on the writer own contribution in all but a story or two', () => {
    // e300: "Kept a notebook for a month of what I binned": the label reads the subjectless bullets as no "I".
    assert.deepStrictEqual(disagreements('coach-blind10').iContribution, ['e300-market-stall-waste.md']);
    assert.deepStrictEqual(disagreements('coach-blind11').iContribution, []);
    for (const set of LATER) assert.deepStrictEqual(disagreements(set).iContribution, expected(set, 'iContribution'), set);
  });
});
