// npm run bench [-- --json]: the engine's speed and memory, with baselines measured in the same run.
// (a) gray-matter + markdown-it parse alone, (b) the full engine, (c) markdownlint's default lint, and
// heap growth after 10,000 distinct edits of one story; the slowest 1 MB hostile story.
import { createRequire } from 'module';
import { lint as markdownlint } from 'markdownlint/sync';

const require = createRequire(import.meta.url);
const matter = require('gray-matter');
const MarkdownIt = require('markdown-it');
const { lintStory, planLoop, AMAZON_CATALOG } = require('../out/core/index.js');
const { makeStory, prng } = require('./storyCorpus.js');
const { STORY_SHAPES } = require('./hostileShapes.js');

const asJson = process.argv.includes('--json');
const STORIES = 1000;
const ROUNDS = 7;

const corpus = Array.from({ length: STORIES }, (_, i) => makeStory(i + 1));
const words = corpus.map((s) => s.split(/\s+/).length);
const md = new MarkdownIt();

const tasks = {
  // What a naive reader of a story does: gray-matter (options given, so its cache stays out of the timing) then a full markdown-it parse.
  parse: (text) => {
    const file = matter(text, {});
    md.parse(file.content, {});
  },
  engine: (text) => lintStory(text),
  markdownlint: (text) => markdownlint({ strings: { story: text } }),
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Mean time per story, in microseconds, for each task in each round. The tasks take turns within a round, so a
 * machine that gets busier or quieter during the run shifts all of them alike, and ratios are taken per round.
 */
function measureAll() {
  for (const fn of Object.values(tasks)) for (const text of corpus.slice(0, 200)) fn(text); // warm up the JIT
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const round = {};
    for (const [name, fn] of Object.entries(tasks)) {
      const start = process.hrtime.bigint();
      for (const text of corpus) fn(text);
      round[name] = Number(process.hrtime.bigint() - start) / 1e3 / corpus.length;
    }
    rounds.push(round);
  }
  return rounds;
}

function heapGrowthMB() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench does)');
  const base = makeStory(424242, 500);
  const at = base.indexOf('## Action') + 12;
  for (let i = 0; i < 500; i++) lintStory(base.slice(0, at) + `edit ${i} ` + base.slice(at)); // warm up
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10000; i++) lintStory(base.slice(0, at) + `I changed step ${i} of it. ` + base.slice(at));
  globalThis.gc();
  globalThis.gc();
  return (process.memoryUsage().heapUsed - before) / (1024 * 1024);
}

/** The slowest of the hostile shapes at 1 MB (target: under 1 s each), and which one it was. */
function hostileWorst() {
  let worst = { ms: 0, shape: '' };
  for (const [shape, make] of Object.entries(STORY_SHAPES)) {
    const text = make(1 << 20).slice(0, 1 << 20);
    const start = process.hrtime.bigint();
    lintStory(text);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms > worst.ms) worst = { ms, shape };
  }
  return worst;
}

/** The interview-loop planner on a large bank: 500 stories × 16 principles, median ms (target: well under 100 ms). */
function plannerMs() {
  const names = AMAZON_CATALOG.principles.map((p) => p.name);
  const random = prng(500);
  const bank = Array.from({ length: 500 }, (_, i) => ({
    id: `stories/${String(i).padStart(3, '0')}.md`,
    title: `Story ${i}`,
    claimed: names.filter(() => random() < 0.12),
    suggested: names.filter(() => random() < 0.1).slice(0, 3),
    findings: Math.floor(random() * 6),
    missing: Array.from({ length: Math.floor(random() * 4) }, () => 'WHO'),
  }));
  for (let i = 0; i < 3; i++) planLoop(bank, { principles: names }); // warm up the JIT
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    planLoop(bank, { principles: names });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

const rounds = measureAll();
const parseUs = median(rounds.map((r) => r.parse));
const engineUs = median(rounds.map((r) => r.engine));
const markdownlintUs = median(rounds.map((r) => r.markdownlint));
const heap = heapGrowthMB();
const hostile = hostileWorst();
const planner = plannerMs();

const result = {
  stories: STORIES,
  meanWords: Math.round(words.reduce((a, b) => a + b, 0) / words.length),
  parseUsPerStory: round(parseUs),
  engineUsPerStory: round(engineUs),
  markdownlintUsPerStory: round(markdownlintUs),
  engineOverParse: round(median(rounds.map((r) => r.engine / r.parse))),
  markdownlintOverEngine: round(median(rounds.map((r) => r.markdownlint / r.engine))),
  heapGrowthMB: round(heap),
  hostile1MBWorstMs: round(hostile.ms),
  hostile1MBWorstShape: hostile.shape,
  planner500x16Ms: round(planner),
};

function round(n) {
  return Math.round(n * 100) / 100;
}

if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const ok = (good) => (good ? 'ok' : 'MISSED');
  console.log(
    `STAR Stories engine benchmark: ${STORIES} generated stories, ${result.meanWords} words on average, median of ${ROUNDS} interleaved rounds`,
  );
  console.log(`  (a) gray-matter + markdown-it parse  ${result.parseUsPerStory.toFixed(1).padStart(8)} µs/story`);
  console.log(
    `  (b) full engine (lintStory)          ${result.engineUsPerStory.toFixed(1).padStart(8)} µs/story   ${result.engineOverParse.toFixed(2)}× the parse (target ≤ 1.5×: ${ok(result.engineOverParse <= 1.5)})`,
  );
  console.log(
    `  (c) markdownlint default lint        ${result.markdownlintUsPerStory.toFixed(1).padStart(8)} µs/story   ${result.markdownlintOverEngine.toFixed(1)}× the engine (target ≥ 10×: ${ok(result.markdownlintOverEngine >= 10)})`,
  );
  console.log(
    `  heap growth after 10,000 distinct edits: ${result.heapGrowthMB.toFixed(2)} MB (target: flat, < 5 MB: ${ok(result.heapGrowthMB < 5)})`,
  );
  console.log(
    `  slowest 1 MB hostile story of ${Object.keys(STORY_SHAPES).length} shapes: ${result.hostile1MBWorstMs.toFixed(0)} ms, ${result.hostile1MBWorstShape} (target < 1,000 ms: ${ok(result.hostile1MBWorstMs < 1000)})`,
  );
  console.log(
    `  loop planner, 500 stories × 16 principles: ${result.planner500x16Ms.toFixed(1)} ms (target < 100 ms: ${ok(result.planner500x16Ms < 100)})`,
  );
}
