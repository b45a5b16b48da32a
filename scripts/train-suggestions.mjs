// npm run train:suggestions [-- --evaluate | --check]: learns, from the labelled coach sets in test/fixtures, which words and
// word pairs go with each principle being among a story's strongest (naive Bayes log-odds), and writes the table
// the engine orders its suggestions with (src/core/coach/learnedWeights.ts); then the weights principle-not-shown
// judges by (src/core/coach/shownWeights.ts, see shown-training.mjs). --evaluate instead scores tables and weights
// trained without each set on that set (leave one set out): the figures to expect on stories never seen. --check
// fails when the committed files are not what the labelled sets give now (a label changed without retraining).
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import prettier from 'prettier';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const out = (p) => require(path.join(root, 'out', 'core', p));
const { AMAZON_CATALOG } = out('index.js');
const { parseStory } = out('story.js');
const { wordsOf } = out('coach/words.js');
const { addWithInflections, vocabulary } = out('coach/vocabulary.js');
const { EvidenceModel } = out('coach/evidence.js');
const { evidenceModel, suggestionsWith, PARTS, proseFor, coachWith } = out('coach/index.js');
const { parseLearnedTable } = out('coach/learned.js');
const { SHOWN_AT } = out('coach/shown.js');
const { defaultConfig } = out('config.js');
import { evaluateShown, fitShown } from './shown-training.mjs';

/**
 * A phrase must be in at least this many stories, and weigh at least this much, to be kept: about one story in 58.
 * At 681 stories, 12 gave the best left-out figures (first 82.2%, any 96.8%; 8 gave 81.6%) with a table a fifth
 * smaller (the VSIX carries it twice); at 841, 14 (first 82.9%, any 96.4%; 12: 82.4%, 96.8%, a table 23% larger); at
 * 921, 16 (first 80.6%, any 96.7%; 14: 79.6%, 96.7%; 18: 80.0%, 96.4%); at 1001, 16 (first 80.2%, any 96.5%); at 1081, 16 (first 80.5%, any 96.2%); at 1161, 16 (first 79.3%, any 95.9%).
 */
const MIN_STORIES = 16;
const MIN_WEIGHT = 1;
/** Words too common to tell principles apart. */
const STOP = new Set(
  (
    'the a an and or but of to in on at for with by from was were is are be been being i we my our it its this that ' +
    "they he she his her their them as so had have has not no me us i'm i'd i've we'd we're it's there then than " +
    'which who what when where how all any some into out up about over after before one two three'
  ).split(' '),
);

const fixtures = path.join(root, 'test', 'fixtures');
evidenceModel(AMAZON_CATALOG); // the lexicon's words first, as in the engine

/** Every labelled story with its strongest principles, and the prose of its parts as the engine reads them. */
function labelledStories() {
  const stories = [];
  for (const dir of fs
    .readdirSync(fixtures)
    .filter((d) => d.startsWith('coach'))
    .sort()) {
    const labelsFile = path.join(fixtures, dir, 'labels.json');
    if (!fs.existsSync(labelsFile)) continue;
    for (const [file, label] of Object.entries(JSON.parse(fs.readFileSync(labelsFile, 'utf8')))) {
      if (!Array.isArray(label.bestPrinciples) || label.bestPrinciples.length === 0) continue;
      const story = parseStory(fs.readFileSync(path.join(fixtures, dir, file), 'utf8'));
      // The parts as the engine reads them for suggestions.
      const parts = PARTS.map((kind) => proseFor(story, kind).text);
      stories.push({ set: dir, file, story, parts, best: new Set(label.bestPrinciples), shown: label.principlesShown ?? {} });
    }
  }
  return stories;
}

/** The word and word-pair features of each story, by stem, and a written form for each stem. */
function featuresOf(stories) {
  for (const s of stories)
    for (const t of s.parts)
      for (const w of t.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []) addWithInflections(w.replace(/’/g, "'"));
  const formCount = new Map();
  for (const s of stories) {
    s.features = new Set();
    for (const text of s.parts) {
      const words = wordsOf(text);
      let previous = -1;
      for (let i = 0; i < words.count; i++) {
        const form = vocabulary.forms[words.form[i]];
        const stem = words.stem[i];
        if (!form || STOP.has(form) || /[_=]/.test(form) || stem === 0) {
          previous = -1;
          continue;
        }
        const counts = formCount.get(stem) ?? new Map();
        counts.set(form, (counts.get(form) ?? 0) + 1);
        formCount.set(stem, counts);
        s.features.add(String(stem));
        if (previous !== -1 && words.gap[i] < 2) s.features.add(previous + ' ' + stem);
        previous = stem;
      }
    }
  }
  const formOf = new Map();
  for (const [stem, counts] of formCount) formOf.set(stem, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  return (feature) =>
    feature
      .split(' ')
      .map((stem) => formOf.get(Number(stem)))
      .join(' ');
}

/** The table text, trained on `stories`. */
function train(stories, phraseOf) {
  const names = AMAZON_CATALOG.principles.map((p) => p.name);
  const positives = names.map(() => 0);
  const seen = new Map(); // feature -> [count in positives per principle..., count overall]
  for (const s of stories) {
    names.forEach((n, p) => s.best.has(n) && positives[p]++);
    for (const f of s.features) {
      let row = seen.get(f);
      if (!row) seen.set(f, (row = new Array(names.length + 1).fill(0)));
      row[names.length]++;
      names.forEach((n, p) => s.best.has(n) && row[p]++);
    }
  }
  const lines = [];
  for (const [f, row] of [...seen].sort((a, b) => (phraseOf(a[0]) < phraseOf(b[0]) ? -1 : 1))) {
    const all = row[names.length];
    if (all < MIN_STORIES) continue;
    const cells = [];
    names.forEach((_, p) => {
      const c = row[p];
      const d = all - c;
      const w = Math.log((c + 0.5) / (positives[p] + 1) / ((d + 0.5) / (stories.length - positives[p] + 1)));
      const tenths = Math.round(w * 10);
      if (Math.abs(w) >= MIN_WEIGHT && tenths !== 0) cells.push(`${p}:${tenths}`);
    });
    if (cells.length > 0) lines.push(`${phraseOf(f)}\t${cells.join(' ')}`);
  }
  return [names.join('|'), ...lines].join('\n');
}

function score(stories, model) {
  let first = 0;
  let any = 0;
  for (const s of stories) {
    const list = suggestionsWith(s.story, model);
    if (list.length > 0 && s.best.has(list[0])) first++;
    if (list.some((n) => s.best.has(n))) any++;
  }
  return { stories: stories.length, first: first / stories.length, any: any / stories.length };
}

/**
 * What the coach reads of each declared principle short of CLEAR, each set read with its own table (trained without
 * it), and per set how many declared principles its judged stories show and do not show.
 */
function shownRows(stories, tableFor) {
  const config = defaultConfig();
  const rows = [];
  const shownBySet = {};
  const notShownBySet = {};
  for (const set of [...new Set(stories.map((s) => s.set))]) {
    const model = new EvidenceModel(AMAZON_CATALOG, tableFor(set));
    shownBySet[set] = notShownBySet[set] = 0;
    for (const s of stories.filter((x) => x.set === set)) {
      const found = [];
      const report = coachWith(s.story, config, model, (principle, score, learned) => found.push({ principle, score, learned }));
      if (!report.judged) continue;
      for (const [name, shown] of Object.entries(s.shown)) {
        if (!(name in report.shown)) continue;
        if (shown) shownBySet[set]++;
        else notShownBySet[set]++;
      }
      for (const f of found) if (typeof s.shown[f.principle] === 'boolean') rows.push({ set, ...f, shown: s.shown[f.principle] });
    }
  }
  return { rows, shownBySet, notShownBySet };
}

const stories = labelledStories();
const phraseOf = featuresOf(stories);
const sets = [...new Set(stories.map((s) => s.set))];
const leftOut = new Map(
  sets.map((set) => [
    set,
    parseLearnedTable(
      train(
        stories.filter((s) => s.set !== set),
        phraseOf,
      ),
    ),
  ]),
);
const names = AMAZON_CATALOG.principles.map((p) => p.name);
const { rows, shownBySet, notShownBySet } = shownRows(stories, (set) => leftOut.get(set));
if (process.argv.includes('--evaluate')) {
  const bySet = {};
  const totals = { lexicon: { first: 0, any: 0 }, learned: { first: 0, any: 0 } };
  for (const set of sets) {
    const held = stories.filter((s) => s.set === set);
    const lexicon = score(held, new EvidenceModel(AMAZON_CATALOG));
    const learned = score(held, new EvidenceModel(AMAZON_CATALOG, leftOut.get(set)));
    bySet[set] = { stories: held.length, lexicon, learned };
    for (const k of ['first', 'any']) {
      totals.lexicon[k] += lexicon[k] * held.length;
      totals.learned[k] += learned[k] * held.length;
    }
  }
  for (const t of Object.values(totals)) for (const k of ['first', 'any']) t[k] = Math.round((t[k] / stories.length) * 1000) / 1000;
  const shown = evaluateShown(rows, shownBySet, notShownBySet, names, (r) => r.score < SHOWN_AT);
  console.log(JSON.stringify({ stories: stories.length, leaveOneSetOut: totals, bySet, shown }, null, 2));
} else {
  const table = train(stories, phraseOf);
  const shownCount = Object.values(shownBySet).reduce((a, n) => a + n, 0);
  const weights = fitShown(rows, shownCount, names);
  const generated = '// Generated by scripts/train-suggestions.mjs from the labelled stories in test/fixtures: do not edit by hand.\n';
  const files = [
    [
      path.join(root, 'src', 'core', 'coach', 'learnedWeights.ts'),
      generated +
        '// The first line names the principles; then one phrase per line, a tab, and principle index:weight in tenths.\n' +
        `export const LEARNED_SUGGESTIONS = ${JSON.stringify(table)};\n`,
    ],
    [
      path.join(root, 'src', 'core', 'coach', 'shownWeights.ts'),
      generated +
        "import type { ShownWeights } from './shown';\n\n" +
        `export const SHOWN_WEIGHTS: ShownWeights = ${JSON.stringify(weights)};\n`,
    ],
  ];
  let stale = false;
  for (const [target, text] of files) {
    const source = await prettier.format(text, { ...(await prettier.resolveConfig(target)), filepath: target });
    const relative = path.relative(root, target);
    if (process.argv.includes('--check')) {
      if ((fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '') !== source) {
        console.error(`${relative} is not what the labelled sets give now: run npm run train:suggestions`);
        stale = true;
      } else console.log(`${relative} is up to date`);
    } else {
      fs.writeFileSync(target, source);
      console.log(`${relative} (${source.length} bytes)`);
    }
  }
  if (!process.argv.includes('--check'))
    console.log(
      `${table.split('\n').length - 1} phrases from ${stories.length} stories; principle-not-shown fitted on ${rows.length} principles short of CLEAR`,
    );
  if (stale) process.exit(1);
}
