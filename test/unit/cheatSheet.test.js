const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { core, storyText } = require('./helpers');

const { planLoop, cheatSheetMarkdown, sheetEntries, keyActions, measuredResult, QUESTIONS_TO_ASK } = core;

function sheetOf(files, principles) {
  const parsed = files.map(([id, text]) => ({ id, result: core.lintStory(text) }));
  const planned = parsed.map((p) => core.planStoryFrom(p.id, core.summarize(p.result, core.defaultConfig()), p.id));
  const plan = planLoop(planned, { principles, allowSuggested: false });
  const stories = parsed.map((p) => ({ id: p.id, title: p.result.story.title ?? p.id, story: p.result.story }));
  return { plan, stories, markdown: cheatSheetMarkdown(plan, stories) };
}

const RELEASE = storyText({
  sections: {
    Situation: 'Our release pipeline failed one run in five, and the team had stopped trusting it. Nobody owned it.',
    Action: [
      'We met on Monday to go through the failures.',
      '',
      '- I traced the failures to a **shared** test database.',
      '- I gave each run its own copy, following [the guide](https://example.com/guide).',
      '- I wrote a `make test-db` target so that anyone could rebuild it.',
      '- I asked the team to review it.',
    ].join('\n'),
    Result: 'The team was relieved. Failed runs dropped from 20% to 1% and we shipped 14 releases in December.',
  },
});

const VAGUE = storyText({
  frontMatter: 'title: Taking over the handover\nprinciples: [Dive Deep]',
  title: 'Taking over the handover',
  sections: { Action: 'We split the work between us.', Result: 'The handover went well and everyone was happier.' },
});

describe('cheat sheet', () => {
  it("takes the Situation's first sentence, the Action's strongest 'I' sentences and the measured Result, word for word", () => {
    const { markdown } = sheetOf([['stories/release.md', RELEASE]], ['Ownership']);
    assert.match(markdown, /^# Interview cheat sheet\n\n## Ownership\n\n\*\*Fixing the flaky release\*\* · `stories\/release\.md`\n/);
    assert.match(markdown, /\n- \*\*Situation:\*\* Our release pipeline failed one run in five, and the team had stopped trusting it\.\n/);
    // Three "I" sentences at most, in the story's order, markup taken off and nothing else changed; the "we" sentence is left out.
    assert.match(
      markdown,
      /\n- \*\*I did:\*\*\n {2}- I traced the failures to a shared test database\.\n {2}- I gave each run its own copy, following the guide\.\n {2}- I wrote a make test-db target so that anyone could rebuild it\.\n/,
    );
    assert.ok(!markdown.includes('We met on Monday'));
    assert.match(markdown, /\n- \*\*Result:\*\* Failed runs dropped from 20% to 1% and we shipped 14 releases in December\.\n/);
  });

  it('says what a story lacks instead of inventing it', () => {
    const { markdown } = sheetOf([['stories/handover.md', VAGUE]], ['Dive Deep']);
    assert.match(markdown, /- \*\*I did:\*\* _no "I" sentence in the Action yet_\n/);
    assert.match(markdown, /- \*\*Result:\*\* _no measured result yet_\n/);
    const noSituation = storyText({ sections: { Situation: null } });
    assert.match(sheetOf([['s.md', noSituation]], ['Ownership']).markdown, /- \*\*Situation:\*\* _no Situation yet_\n/);
  });

  it('names the backup, lists the principles with no story, then the questions to ask', () => {
    const { markdown, plan } = sheetOf(
      [
        ['stories/release.md', RELEASE],
        ['stories/other.md', storyText({ frontMatter: 'title: Another release\nprinciples: [Ownership]', title: 'Another release' })],
      ],
      ['Ownership', 'Think Big'],
    );
    assert.deepStrictEqual(plan.gaps, ['Think Big']);
    assert.match(markdown, /\n- \*\*Backup:\*\* (Another release|Fixing the flaky release)\n/);
    assert.match(markdown, /\n## No story yet\n\n- Think Big\n/);
    const asked = markdown.slice(markdown.indexOf('## Questions to ask'));
    assert.deepStrictEqual(
      asked.trim().split('\n').slice(2),
      QUESTIONS_TO_ASK.map((q, i) => `${i + 1}. ${q}`),
    );
  });

  it('escapes markup a title could carry, so the preview shows it as text', () => {
    const text = storyText({ frontMatter: 'title: "<img src=x onerror=alert(1)> [x](javascript:y) | *b*"\nprinciples: [Ownership]' });
    const { markdown } = sheetOf([['s.md', text]], ['Ownership']);
    assert.ok(markdown.includes('\\<img src=x onerror=alert(1)\\> \\[x\\](javascript:y) \\| \\*b\\*'), markdown);
  });

  it('every sentence it quotes is in the story (across the example bank)', () => {
    const dir = path.join(__dirname, '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const story = core.lintStory(text).story;
      const flat = text.replace(/\*\*|`/g, '').replace(/\s+/g, ' ');
      for (const s of [...keyActions(story), measuredResult(story)].filter(Boolean)) assert.ok(flat.includes(s), `${f}: ${s}`);
    }
  });

  it('sheetEntries gives nothing for a plan with no assignments, and the sheet says so', () => {
    const plan = planLoop([], { principles: ['Ownership'] });
    assert.deepStrictEqual(sheetEntries(plan, []), []);
    assert.match(cheatSheetMarkdown(plan, []), /No story is planned yet/);
  });

  it('keeps the questions to ask the same as the star-questions snippet', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'snippets', 'star-stories.code-snippets'), 'utf8'));
    const body = Object.values(snippets).find((s) => s.prefix === 'star-questions').body;
    const listed = body.filter((l) => l.startsWith('- ')).map((l) => l.replace(/^- \$\{\d+:(.*)\}$/, '$1'));
    assert.deepStrictEqual(listed, [...QUESTIONS_TO_ASK]);
  });

  it('star-lint --cheatsheet prints the same sheet', () => {
    const bin = path.join(__dirname, '..', '..', 'out', 'cli', 'main.js');
    const cwd = path.join(__dirname, '..', '..');
    const r = spawnSync(process.execPath, [bin, '--cheatsheet', '--principles', 'Dive Deep', 'examples'], { cwd, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# Interview cheat sheet\n\n## Dive Deep\n\n\*\*[^*]+\*\* · `examples\/[^`]+\.md`\n\n- \*\*Situation:\*\* I /);
    assert.match(r.stdout, /\n- \*\*Result:\*\* .*\d/);
    assert.match(r.stdout, /\n## Questions to ask\n\n1\. /);
    assert.strictEqual(spawnSync(process.execPath, [bin, '--cheatsheet', '--format', 'json', 'examples'], { cwd }).status, 2);
  });
});
