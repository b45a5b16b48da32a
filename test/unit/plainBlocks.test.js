// The plain-Markdown block reader must give exactly the blocks the CommonMark parser gives, or step aside.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { readPlainBlocks } = require('../../out/core/plainBlocks');
const { parseBlocks } = require('../../out/core/blocks');
const { makeStory } = require('../../scripts/storyCorpus');

function markdownFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : e.name.endsWith('.md') ? [p] : [];
  });
}

/** Compares the two readers on a text; returns whether the plain reader read it. */
function agrees(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let bodyStart = 0;
  if (lines[0] === '---') {
    const close = lines.indexOf('---', 1);
    if (close !== -1) bodyStart = close + 1;
  }
  const plain = readPlainBlocks(lines, bodyStart, lines.length);
  if (!plain) return false;
  assert.deepStrictEqual(plain, parseBlocks(lines.join('\n'), lines, bodyStart), `differs on:\n${text}`);
  return true;
}

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function random(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const LINE_KINDS = [
  '',
  '',
  '## Situation',
  '# Title',
  '### Result ###',
  '#hashtag line',
  '####### seven',
  'I rebuilt the import job and it ran in 4 minutes.',
  'We shipped on time.',
  '**Action:** I called the vendor.',
  '- I wrote the runbook',
  '* I paired with the new hire',
  '+ plus item',
  '1. First I measured',
  '2. Then I cut the batch size',
  '10) tenth step',
  '2024. A year and a dot',
  '  continued with two spaces',
  '    four spaces in',
  '   - indented item',
  '-',
  '- ',
  '---',
  '***',
  '===',
  '> quoted',
  '<!-- comment -->',
  '```',
  '~~~',
  '\tTabbed',
  '-     five spaces then text',
  '- - nested on one line',
  '- # heading in item',
  '| a | b |',
  '[ref]: https://example.com',
  'text with trailing spaces   ',
  '   ',
];

describe('plain-Markdown block reader', () => {
  it('agrees with the CommonMark parser on every fixture and reads most of them itself', () => {
    const files = markdownFiles(path.join(__dirname, '..', 'fixtures'));
    let read = 0;
    for (const f of files) if (agrees(fs.readFileSync(f, 'utf8'))) read++;
    assert.ok(files.length > 100 && read / files.length > 0.6, `read ${read} of ${files.length}`);
  });

  it('agrees on the benchmark corpus', () => {
    let read = 0;
    for (let i = 1; i <= 300; i++) if (agrees(makeStory(i))) read++;
    assert.ok(read > 250, `read only ${read} of 300`);
  });

  it('agrees on 20,000 generated documents mixing every kind of line', () => {
    let read = 0;
    for (let seed = 1; seed <= 20000; seed++) {
      const next = random(seed);
      const count = 1 + Math.floor(next() * 12);
      const lines = Array.from({ length: count }, () => LINE_KINDS[Math.floor(next() * LINE_KINDS.length)]);
      if (agrees(lines.join('\n'))) read++;
    }
    // Enough of them within the subset that the comparison means something.
    assert.ok(read > 2000, `only ${read} generated documents were read`);
  });
});
