// Any text a repository can hold must come back as a result, quickly, never as an exception or a hang.
const assert = require('assert');
const { core } = require('../helpers');
// Deterministic, so a failure can be replayed from its seed.
const { prng } = require('../../../scripts/storyCorpus');

const PIECES = [
  '---',
  '---js',
  '\n',
  '\r\n',
  '\r',
  '## Situation',
  '## Task',
  '**Action:**',
  'Result:',
  'I ',
  'we ',
  '40%',
  '$X',
  '<',
  '>',
  '`',
  '```',
  '[',
  '](',
  '*',
  '_',
  '#',
  '- ',
  '1. ',
  '> ',
  'principles: [',
  ']',
  ': ',
  '&a',
  '*a',
  '"',
  '“',
  '\t',
  '\u0000',
  '\ufffd',
  '😀',
  'Ownership',
  ',',
  '{',
  '}',
  '|',
];

function lintTimed(text) {
  const start = process.hrtime.bigint();
  const result = core.lintStory(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(Array.isArray(result.findings));
  for (const f of result.findings) {
    assert.strictEqual(typeof f.message, 'string');
    assert.ok(
      f.range.start.line >= 0 && f.range.end.line < result.story.lines.length + 1,
      `range out of the text: ${JSON.stringify(f.range)}`,
    );
  }
  return ms;
}

describe('hostile input', function () {
  this.timeout(60000);

  it('survives 3,000 random texts built from Markdown and YAML fragments', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const rand = prng(seed);
      const n = Math.floor(rand() * 80);
      let text = '';
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(rand() * PIECES.length)];
      try {
        const ms = lintTimed(text);
        assert.ok(ms < 200, `seed ${seed} took ${ms} ms`);
      } catch (e) {
        e.message = `seed ${seed}: ${e.message}\n${JSON.stringify(text)}`;
        throw e;
      }
    }
  });

  it('survives random bytes decoded as UTF-8', () => {
    const decoder = new TextDecoder();
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const bytes = new Uint8Array(Math.floor(rand() * 4000));
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
      lintTimed(decoder.decode(bytes));
    }
  });

  it('handles a 1 MB single line in the body and in the front matter within a second', () => {
    const line = 'I cut 40% of the waste and we '.repeat(35000);
    assert.ok(lintTimed(`---\nprinciples: [Ownership]\n---\n## Result\n${line}\n`) < 1000);
    assert.ok(lintTimed(`---\ntitle: ${line}\nprinciples: [Ownership]\n---\n## Result\nx\n`) < 1000);
    assert.ok(lintTimed('x'.repeat(1 << 20)) < 1000);
  });

  it('handles deep nesting of quotes and lists', () => {
    assert.ok(lintTimed('## Situation\n' + '>'.repeat(20000) + ' I\n## Task\nx\n') < 2000);
    assert.ok(
      lintTimed('## Situation\n' + Array.from({ length: 3000 }, (_, i) => ' '.repeat(i % 200) + '- item').join('\n') + '\n## Task\nx\n') <
        2000,
    );
    assert.ok(lintTimed('---\nprinciples: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n---\n') < 2000);
  });

  it('does not expand a YAML alias bomb', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      bomb.push(
        `${cur}: &${cur} [${Array(9)
          .fill('*' + prev)
          .join(',')}]`,
      );
    }
    bomb.push('principles: *j');
    const ms = lintTimed(`---\n${bomb.join('\n')}\n---\n## Situation\nx\n## Task\ny\n`);
    assert.ok(ms < 1000, `${ms} ms`);
  });

  it('survives front matter that never closes and one that is only dashes', () => {
    lintTimed('---\nprinciples: [Ownership]\n## Situation\n');
    lintTimed('---');
    lintTimed('---\n---');
    lintTimed('----\n---\n');
    lintTimed('');
  });

  it('survives many sections, headings and labels', () => {
    const text = Array.from({ length: 5000 }, (_, i) => (i % 2 ? '## Situation & Task' : '**Result:** up 5%')).join('\n\n');
    assert.ok(lintTimed(text) < 2000);
  });
});
