// Stories as people really write them (test/fixtures/labelled-forms/README.md): label forms, headings, absent
// sections, numbers, first person and principle names, each class a folder of stories labelled by reading.
// Every label must agree: these are the cases where a wrong answer is a false alarm or a lost story.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');

const dir = path.join(__dirname, '..', 'fixtures', 'labelled-forms');
const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
const LETTER = { situation: 'S', task: 'T', action: 'A', result: 'R' };

function check(file) {
  const label = labels[file];
  const result = core.lintStory(fs.readFileSync(path.join(dir, file), 'utf8'));
  const { story, findings } = result;
  const wrong = [];
  const fires = (rule) => findings.filter((f) => f.rule === rule).length;
  if (label.isStory === false) {
    if (story.isStory) wrong.push(`read as a story (${findings.map((f) => f.rule).join(', ')})`);
    return wrong;
  }
  if (!story.isStory) return ['not read as a story'];
  const sections = ['situation', 'task', 'action', 'result']
    .filter((k) => story.sections.some((s) => s.kind === k))
    .map((k) => LETTER[k])
    .join('');
  if (sections !== label.sections) wrong.push(`sections ${sections}, labelled ${label.sections}`);
  if ((fires('missing-quantified-result') === 0) !== label.quantified) wrong.push(`quantified labelled ${label.quantified}`);
  if ((fires('missing-i-contribution') === 0) !== label.iContribution) wrong.push(`iContribution labelled ${label.iContribution}`);
  if (label.principles) {
    const grouped = core.summarize(result, core.defaultConfig()).canonicalPrinciples;
    if (grouped.join('|') !== label.principles.join('|'))
      wrong.push(`principles ${grouped.join('|')}, labelled ${label.principles.join('|')}`);
  }
  if (label.unknown !== undefined && fires('unknown-principle') !== label.unknown)
    wrong.push(`${fires('unknown-principle')} unknown-principle, labelled ${label.unknown}`);
  if (fires('split-principle-name') !== (label.split ?? 0))
    wrong.push(`${fires('split-principle-name')} split-principle-name, labelled ${label.split ?? 0}`);
  return wrong;
}

describe('agreement with the labelled corpus of writing forms', () => {
  const files = Object.keys(labels);

  it('has a label for every story and a story for every label, several per class', () => {
    const onDisk = [];
    for (const cls of fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const stories = fs.readdirSync(path.join(dir, cls.name)).filter((f) => f.endsWith('.md'));
      assert.ok(stories.length >= 3, `${cls.name} has ${stories.length} stories`);
      for (const f of stories) onDisk.push(`${cls.name}/${f}`);
    }
    assert.deepStrictEqual(onDisk.sort(), [...files].sort());
  });

  for (const cls of [...new Set(files.map((f) => f.split('/')[0]))]) {
    it(`agrees on every story of ${cls}`, () => {
      const mine = files.filter((f) => f.startsWith(`${cls}/`));
      const disagreements = mine.map((f) => [f, check(f)]).filter(([, w]) => w.length > 0);
      console.log(`      ${cls}: ${mine.length - disagreements.length} of ${mine.length} agree`);
      assert.deepStrictEqual(
        disagreements.map(([f, w]) => `${f}: ${w.join('; ')}`),
        [],
      );
    });
  }
});
