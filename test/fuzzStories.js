'use strict';
// Hostile variants of realistic stories, from a seed: the engine's fuzz test and the extension's
// hardening test share them. A case starts from a real-looking story (the benchmark generator,
// examples/, the labelled fixtures) and applies a few random mutations of the kinds that editing,
// copy-paste, merges, other tools and broken disks produce. Everything is deterministic in the seed,
// so a failure is replayed with `fuzzCase(seed)`.

const fs = require('fs');
const path = require('path');
const { makeStory, makeNote, prng } = require('../scripts/storyCorpus');
const { TOKENS, UNICODE, FRONT_MATTERS, aliasBomb } = require('./fuzzFragments');

const ROOT = path.join(__dirname, '..');
/** The default size limit of the extension (starStories.maxFileSizeKB = 1024), in characters. */
const MAX_CHARS = 1024 * 1024;

let corpusCache;
/** Every Markdown file of examples/ and the labelled fixtures, read once, in a stable order. */
function corpus() {
  if (corpusCache) return corpusCache;
  const texts = [];
  for (const dir of ['examples', 'test/fixtures/labelled', 'test/fixtures/labelled-heldout']) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) {
      if (/\.md$/i.test(name)) texts.push(fs.readFileSync(path.join(full, name), 'utf8'));
    }
  }
  corpusCache = texts;
  return texts;
}

/** Each mutation takes (text, rand) and returns the new text; the names end up in failure messages. */
const MUTATIONS = {
  deleteLines(text, rand) {
    const lines = text.split('\n');
    const at = int(rand, lines.length);
    lines.splice(at, 1 + int(rand, 6));
    return lines.join('\n');
  },
  duplicateLines(text, rand) {
    const lines = text.split('\n');
    const at = int(rand, lines.length);
    const run = lines.slice(at, at + 1 + int(rand, 8));
    lines.splice(int(rand, lines.length + 1), 0, ...run);
    return lines.join('\n');
  },
  swapLines(text, rand) {
    const lines = text.split('\n');
    const a = int(rand, lines.length);
    const b = int(rand, lines.length);
    [lines[a], lines[b]] = [lines[b], lines[a]];
    return lines.join('\n');
  },
  shuffleSections(text, rand) {
    // Sections moved around as a whole, the way a writer reorders a story.
    const parts = text.split(/\n(?=#{1,6} )/);
    for (let i = parts.length - 1; i > 0; i--) {
      const j = int(rand, i + 1);
      [parts[i], parts[j]] = [parts[j], parts[i]];
    }
    return parts.join('\n');
  },
  randomBytes(text, rand) {
    let s = '';
    const n = 1 + int(rand, 40);
    for (let i = 0; i < n; i++) s += String.fromCharCode(int(rand, rand() < 0.7 ? 256 : 0x10000));
    return insertAt(text, int(rand, text.length + 1), s);
  },
  unicode(text, rand) {
    let s = '';
    const n = 1 + int(rand, 6);
    for (let i = 0; i < n; i++) s += pick(rand, UNICODE);
    return insertAt(text, int(rand, text.length + 1), s);
  },
  token(text, rand) {
    const t = pick(rand, TOKENS);
    // Mostly at a line start, where block syntax means most.
    if (rand() < 0.7) {
      const lines = text.split('\n');
      const at = int(rand, lines.length);
      lines[at] = rand() < 0.5 ? t + lines[at] : t;
      return lines.join('\n');
    }
    return insertAt(text, int(rand, text.length + 1), t);
  },
  lineEndings(text, rand) {
    const lf = text.replace(/\r\n?/g, '\n');
    const choice = int(rand, 4);
    if (choice === 0) return lf.replace(/\n/g, '\r\n');
    if (choice === 1) return lf.replace(/\n/g, '\r');
    if (choice === 2) return lf;
    return lf.replace(/\n/g, () => pick(rand, ['\n', '\r\n', '\r', '\n']));
  },
  truncate(text, rand) {
    // Anywhere, including between the halves of a surrogate pair.
    return text.slice(0, int(rand, text.length + 1));
  },
  repeatSection(text, rand) {
    const lines = text.split('\n');
    const at = int(rand, lines.length);
    const run = lines.slice(at, at + 1 + int(rand, 12));
    const times = 2 + int(rand, rand() < 0.9 ? 8 : 200);
    const repeated = [];
    for (let i = 0; i < times; i++) repeated.push(...run);
    lines.splice(at, run.length, ...repeated);
    return lines.join('\n');
  },
  nest(text, rand) {
    const lines = text.split('\n');
    const at = int(rand, lines.length);
    const n = 1 + int(rand, 30);
    const depth = 1 + int(rand, rand() < 0.9 ? 6 : 300);
    const prefix = pick(rand, ['> ', '- ', '  - ', '1. ', '>', '    ', '* > ']).repeat(depth);
    for (let i = at; i < Math.min(lines.length, at + n); i++) lines[i] = prefix + lines[i];
    return lines.join('\n');
  },
  hugeLine(text, rand) {
    // A long run of one unit, alone or inside a heading, a label or a list item: long runs are where a
    // regex that backtracks goes quadratic.
    const unit = pick(rand, [
      'I cut 40% of the cost and we shipped. ',
      'x',
      '**',
      '# ',
      '- ',
      '> ',
      'Result: ',
      '[',
      '(',
      '`',
      '| a ',
      's ',
      ' ',
      '\t',
      ' :',
      '.',
      '😀',
    ]);
    const before = pick(rand, ['', '', '## ', '## Result ', '**Situation:** ', '- ', '> ', 'principles: ']);
    const after = pick(rand, ['', '', 'x', ')', ' (S)', ':', '**', '\u2028x']);
    const lines = text.split('\n');
    lines.splice(int(rand, lines.length + 1), 0, before + unit.repeat(Math.ceil((2000 + int(rand, 60000)) / unit.length)) + after);
    return lines.join('\n');
  },
  frontMatter(text, rand) {
    const body = text.replace(/^---[^\n]*\n[\s\S]*?\n---[^\n]*\n/, '');
    return pick(rand, FRONT_MATTERS)() + body;
  },
  headingLevels(text, rand) {
    return text.replace(/^(#{1,6})(?= )/gm, () => '#'.repeat(1 + int(rand, 7)));
  },
  splice(text, rand) {
    // Half of this story and half of another, as a bad merge leaves them.
    const other = baseText(int(rand, 1 << 30));
    return text.slice(0, int(rand, text.length + 1)) + other.slice(int(rand, other.length + 1));
  },
  conflictMarkers(text, rand) {
    const lines = text.split('\n');
    const at = int(rand, lines.length);
    lines.splice(at, 0, '<<<<<<< HEAD', ...lines.slice(at, at + 3), '=======', '## Result', 'We lost 10%.', '>>>>>>> branch');
    return lines.join('\n');
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

function int(rand, n) {
  return Math.floor(rand() * n);
}
function pick(rand, list) {
  return list[int(rand, list.length)];
}
function insertAt(text, at, s) {
  return text.slice(0, at) + s + text.slice(at);
}

/** The unmutated start of a case: mostly generated stories, often a real one, sometimes a note. */
function baseText(seed) {
  const rand = prng(seed ^ 0x5bd1e995);
  const r = rand();
  if (r < 0.55) return makeStory(seed);
  if (r < 0.93) return pick(rand, corpus());
  return makeNote(seed);
}

/**
 * The text of case `seed` and the mutations applied, in order. `maxMutations` bounds how many (a few is
 * where bugs live: many mutations turn any story into noise).
 */
function fuzzCase(seed, maxMutations = 6) {
  const rand = prng(seed);
  let text = baseText(seed);
  const applied = [];
  const n = rand() < 0.05 ? 0 : 1 + int(rand, maxMutations);
  for (let i = 0; i < n; i++) {
    const name = pick(rand, MUTATION_NAMES);
    text = MUTATIONS[name](text, rand);
    // The extension never parses a file over starStories.maxFileSizeKB (1 MB by default); repeating a huge line
    // can grow a case past that, where only the byte count matters.
    if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
    applied.push(name);
  }
  return { seed, text, mutations: applied };
}

/**
 * Small edits as a person types them into an open document, for the typing path: each is
 * { offset, deleteCount, insert } against the text as it stands when the edit is applied.
 */
function fuzzEdits(seed, text, count) {
  const rand = prng(seed);
  const edits = [];
  let length = text.length;
  for (let i = 0; i < count; i++) {
    const offset = int(rand, length + 1);
    const r = rand();
    let insert = '';
    let deleteCount = 0;
    if (r < 0.45) insert = pick(rand, ['a', 'I', ' ', '4', '%', '\n', 'we', '#', '-', '*', ':']);
    else if (r < 0.65) insert = pick(rand, TOKENS);
    else if (r < 0.75) insert = pick(rand, UNICODE);
    else deleteCount = Math.min(length - offset, 1 + int(rand, r < 0.95 ? 5 : 200));
    edits.push({ offset, deleteCount, insert });
    length += insert.length - deleteCount;
  }
  return edits;
}

module.exports = { fuzzCase, fuzzEdits, baseText, corpus, aliasBomb, MUTATION_NAMES, TOKENS, UNICODE };
