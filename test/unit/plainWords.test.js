'use strict';
// Words a job seeker reads: no "front matter" where a new user starts, no literal backticks in text VS Code shows as
// plain text (diagnostics, the empty Principles view), and the template's way in said where people look.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');
const { renderCoverageBody } = require('../../out/extension/views/coverageHtml');

const ROOT = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('plain words where a new user reads them', () => {
  it('the empty Principles view says how to start, without jargon or backticks, and names Ctrl+Space', () => {
    const welcome = manifest.contributes.viewsWelcome.find((w) => w.view === 'starStories.principles').contents;
    assert.ok(!welcome.includes('`'), welcome);
    assert.ok(!/front matter/i.test(welcome), welcome);
    assert.match(welcome, /Ctrl\+Space/);
    assert.match(welcome, /Insert Story Template/);
    assert.match(welcome, /\[New Story\]\(command:starStories\.newStory\)/);
  });

  it('the walkthrough says Ctrl+Space where it tells people to type star-story', () => {
    const text = fs.readFileSync(path.join(ROOT, 'media', 'walkthrough', 'new-story.md'), 'utf8');
    for (const line of text.split('\n').filter((l) => l.includes('star-story'))) assert.match(line, /Ctrl\+Space/, line);
  });

  it('Insert Story Template is a command in the palette and the editor menu for Markdown', () => {
    const cmd = manifest.contributes.commands.find((c) => c.command === 'starStories.insertStoryTemplate');
    assert.strictEqual(cmd && cmd.title, 'Insert Story Template');
    const menu = manifest.contributes.menus['editor/context'].find((m) => m.command === cmd.command);
    assert.match(menu.when, /editorLangId == markdown/);
  });

  it('no diagnostic message holds a backtick (the Problems panel and hovers show them literally)', () => {
    const texts = [
      '---\ntitle: T\n---\n## Situation\nx\n',
      '---\ntitle: T\nprinciples: []\n---\n## Situation\nx\n',
      '---\ntitle: T\n',
      '---\n- a list\n---\n## Situation\nx\n',
      '# Just a heading\n\n## Situation\n\n## Action\nWe did it. We really did. We shipped.\n',
    ];
    const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'workspace', 'stories')];
    for (const dir of dirs)
      for (const n of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) texts.push(fs.readFileSync(path.join(dir, n), 'utf8'));
    let seen = 0;
    for (const text of texts) {
      for (const f of core.lintStory(text).findings) {
        seen++;
        assert.ok(!f.message.includes('`'), `${f.rule}: ${f.message}`);
      }
    }
    assert.ok(seen > 20, `only ${seen} findings looked at`);
  });

  it('the Story Coverage empty state does not say "front matter"', () => {
    const body = renderCoverageBody(core.buildCoverage([], core.defaultConfig()));
    assert.match(body, /No STAR stories in this workspace yet/);
    assert.ok(!/front matter/i.test(body));
  });
});
