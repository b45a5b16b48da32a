// mayBeStory lets the index skip the full parse of notes; it must never rule out a real story.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');

const isMaybe = (text) => core.mayBeStory(core.readStoryHeader(text));

function* markdownFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') yield* markdownFiles(full);
    else if (/\.md$/.test(e.name)) yield full;
  }
}

describe('mayBeStory', () => {
  it('is true for every story in the fixtures and examples', () => {
    const root = path.join(__dirname, '..', '..');
    let stories = 0;
    for (const dir of ['test/fixtures', 'examples']) {
      for (const file of markdownFiles(path.join(root, dir))) {
        const text = fs.readFileSync(file, 'utf8');
        if (core.parseStory(text).isStory) {
          stories++;
          assert.ok(isMaybe(text), `${path.relative(root, file)} is a story but was ruled out`);
        }
      }
    }
    assert.ok(stories > 200);
  });

  it('is true for stories without front matter in every heading and label form', () => {
    const forms = [
      '## S\nx\n## T\ny\n',
      '### S — Situation\nx\n### T — Task\ny\n',
      '## 🎯 Background\nx\n## 🚀 Impact\ny\n',
      '**Context:** x\n\n**What I did:** y\n',
      '## I. Situation\nx\n## IV. Result\ny\n',
      'Situation\n=========\nx\n\nResult\n======\ny\n',
      '- **Situation:** x\n- **Outcome:** y\n',
      '## Step 1: Goal\nx\n## Step 2: Approach\ny\n',
    ];
    for (const text of forms) {
      assert.ok(core.parseStory(text).isStory, `fixture is not a story: ${JSON.stringify(text)}`);
      assert.ok(isMaybe(text), JSON.stringify(text));
    }
  });

  it('agrees with parseStory on 2,000 random texts whenever parseStory says story', () => {
    const words = [
      '## ',
      '**',
      ':',
      'Situation',
      'Task',
      'Action',
      'Result',
      'Outcome',
      'Context',
      'S',
      'T',
      'R',
      '\n',
      ' ',
      '---\n',
      'principles: [x]\n',
      '1. ',
      '🎯 ',
      '# Notes',
      'text',
      '> ',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = 0, n = Math.floor(rand() * 30); j < n; j++) text += words[Math.floor(rand() * words.length)];
      if (core.parseStory(text).isStory) assert.ok(isMaybe(text), JSON.stringify(text));
    }
  });

  it('rules out ordinary notes', () => {
    assert.strictEqual(isMaybe('# Meeting notes\n\n- follow up with the vendor\n- book the room\n'), false);
    assert.strictEqual(isMaybe('# README\n\nInstall with npm. Run the tests.\n'), false);
  });

  it('mayHaveFrontMatter: false only for a text in which the header reader finds no front matter and no principles key', () => {
    const root = path.join(__dirname, '..', '..');
    const texts = [
      '---\nprinciples: [Ownership]\n---\n',
      '\ufeff---\r\nprinciples: [Ownership]\r\n---\r\n',
      '---yaml\nprinciples: x\n---\n',
      '--- \nprinciples: x\n',
      ' ---\nprinciples: [Ownership]\n---\n',
      '\n---\nprinciples: [Ownership]\n---\n',
      '# Notes\n\nprinciples: [Ownership]\n',
      '',
    ];
    for (const dir of ['test/fixtures', 'examples'])
      for (const file of markdownFiles(path.join(root, dir))) texts.push(fs.readFileSync(file, 'utf8'));
    let ruledOut = 0;
    for (const text of texts) {
      if (core.mayHaveFrontMatter(text)) continue;
      ruledOut++;
      const header = core.readStoryHeader(text);
      assert.ok(!header.frontMatter && !header.hasPrinciplesKey, JSON.stringify(text.slice(0, 60)));
    }
    assert.ok(ruledOut > 20, `${ruledOut} texts ruled out`);
    assert.ok(core.mayHaveFrontMatter('\ufeff---\ntitle: x\n---\n'));
  });
});
