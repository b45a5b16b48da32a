// The shape rules (sections, a measured Result, the writer's own "I") against blind set 10, whose author labelled them
// too (test/fixtures/coach-blind10/README.md). Measured blind: sections 35, quantified 36, I-contribution 39 of 40.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');

const dir = path.join(__dirname, '..', 'fixtures', 'coach-blind10');
const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
const LETTER = { situation: 'S', task: 'T', action: 'A', result: 'R' };

describe('the shape rules against blind set 10', () => {
  const disagree = { sections: [], quantified: [], iContribution: [] };
  for (const [file, label] of Object.entries(labels)) {
    const { story, findings } = core.lintStory(fs.readFileSync(path.join(dir, file), 'utf8'));
    const sections = ['situation', 'task', 'action', 'result']
      .filter((k) => story.sections.some((s) => s.kind === k))
      .map((k) => LETTER[k])
      .join('');
    if (sections !== label.sections) disagree.sections.push(`${file}: ${sections}, labelled ${label.sections}`);
    if (!findings.some((f) => f.rule === 'missing-quantified-result') !== label.quantified) disagree.quantified.push(file);
    if (!findings.some((f) => f.rule === 'missing-i-contribution') !== label.iContribution) disagree.iContribution.push(file);
  }

  it('finds the sections a reader finds, headings in the writer own words included', () => {
    assert.deepStrictEqual(disagree.sections, []);
  });
  it('agrees on a measured Result in every story', () => {
    assert.deepStrictEqual(disagree.quantified, []);
  });
  it('agrees on the writer own contribution in all but one story', () => {
    // e300: "Kept a notebook for a month of what I binned": the label reads the subjectless bullets as no "I".
    assert.deepStrictEqual(disagree.iContribution, ['e300-market-stall-waste.md']);
  });
});
