// star-lint --plan: the interview loop plan from a folder of known stories, in Markdown and JSON.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('./tempFolders');
const { storyText } = require('./helpers');

const bin = path.join(__dirname, '..', '..', 'out', 'cli', 'main.js');

function starLint(args, cwd) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('star-lint --plan', function () {
  this.timeout(20000);
  let dir;

  before(() => {
    dir = tempFolder('star-plan-');
    fs.mkdirSync(path.join(dir, 'stories'));
    const write = (name, text) => fs.writeFileSync(path.join(dir, 'stories', name), text);
    write('a-release.md', storyText({ frontMatter: 'title: Fixing the flaky release\nprinciples: [Ownership, Dive Deep]' }));
    // No number in the Result: weaker than a-release for Ownership.
    write(
      'b-handover.md',
      storyText({
        frontMatter: 'title: Taking over the handover\nprinciples: [Ownership]',
        title: 'Taking over the handover',
        sections: { Result: 'The handover went well and the team was happier with it.' },
      }),
    );
    write(
      'c-budget.md',
      storyText({
        frontMatter: 'title: Halving the test budget\nprinciples: [Frugality]',
        title: 'Halving the test budget',
        sections: { Action: 'I moved the nightly suite to spot machines and I cut the runs we never read.' },
      }),
    );
  });

  const PRINCIPLES = ['--principles', 'Ownership,Dive Deep,Frugality', '--no-suggested'];

  it('prints the plan as JSON: a primary and a backup per principle, gaps, uses', () => {
    const r = starLint(['--plan', '--format', 'json', ...PRINCIPLES, 'stories'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), {
      assignments: [
        { principle: 'Ownership', story: 'stories/a-release.md', backup: 'stories/b-handover.md', source: 'claimed' },
        { principle: 'Frugality', story: 'stories/c-budget.md', backup: null, source: 'claimed' },
        { principle: 'Dive Deep', story: 'stories/a-release.md', backup: null, source: 'claimed' },
      ],
      gaps: [],
      uses: { 'stories/a-release.md': 2, 'stories/b-handover.md': 1, 'stories/c-budget.md': 1 },
    });
  });

  it('keeps every story within --max-uses, moving a story so that every principle still gets one', () => {
    const r = starLint(['--plan', '--format', 'json', ...PRINCIPLES, '--max-uses', '1', 'stories'], dir);
    const plan = JSON.parse(r.stdout);
    assert.deepStrictEqual(
      plan.assignments.map((a) => [a.principle, a.story, a.backup]),
      [
        ['Ownership', 'stories/b-handover.md', null],
        ['Frugality', 'stories/c-budget.md', null],
        ['Dive Deep', 'stories/a-release.md', null],
      ],
    );
    assert.ok(Object.values(plan.uses).every((n) => n === 1));
  });

  it('names the principles no story can take as gaps', () => {
    const r = starLint(['--plan', '--format', 'json', '--principles', 'Think Big, Ownership', '--no-suggested', 'stories'], dir);
    const plan = JSON.parse(r.stdout);
    assert.deepStrictEqual(plan.gaps, ['Think Big']);
    assert.deepStrictEqual(
      plan.assignments.map((a) => a.principle),
      ['Ownership'],
    );
  });

  it('prints Markdown: a table with why, the gaps and the stories used most', () => {
    const r = starLint(['--plan', '--principles', 'Ownership,Dive Deep,Frugality,Think Big', '--no-suggested', 'stories'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Interview loop plan\n/);
    assert.match(r.stdout, /\n\| Principle \| Story \| Backup \| Why \|\n\| --- \| --- \| --- \| --- \|\n/);
    assert.match(
      r.stdout,
      /\n\| Ownership \| Fixing the flaky release \(`stories\/a-release\.md`\) \| Taking over the handover \(`stories\/b-handover\.md`\) \| claimed · misses WHO \|\n/,
    );
    assert.match(
      r.stdout,
      /\n\| Frugality \| Halving the test budget \(`stories\/c-budget\.md`\) \| none \| claimed · misses WHO, Frugality not shown \|\n/,
    );
    assert.match(r.stdout, /## Gaps\n\n- Think Big: no story claims it within the limit\n/);
    assert.match(r.stdout, /## Stories used most\n\n- Fixing the flaky release \(`stories\/a-release\.md`\): twice\n/);
  });

  it('uses a suggested principle only for a story whose text the coach reads it in', () => {
    const lint = JSON.parse(starLint(['--format', 'json', 'stories'], dir).stdout);
    const suggested = new Map(lint.map((f) => [f.file, f.suggestedPrinciples]));
    const plan = JSON.parse(starLint(['--plan', '--format', 'json', 'stories'], dir).stdout);
    assert.strictEqual(plan.assignments.length + plan.gaps.length, 16);
    for (const a of plan.assignments) if (a.source === 'suggested') assert.ok(suggested.get(a.story).includes(a.principle), a.principle);
  });

  it('accepts a focus set id, and refuses unknown names and bad combinations with exit 2', () => {
    const aws = JSON.parse(starLint(['--plan', '--format', 'json', '--principles', 'aws', 'stories'], dir).stdout);
    assert.deepStrictEqual([...aws.assignments.map((a) => a.principle), ...aws.gaps].sort(), [
      'Customer Obsession',
      'Deliver Results',
      'Earn Trust',
      'Learn and Be Curious',
    ]);
    const unknown = starLint(['--plan', '--principles', 'Ownership,Nonsense', 'stories'], dir);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.stderr, /"Nonsense"/);
    assert.strictEqual(starLint(['--max-uses', '2', 'stories'], dir).code, 2);
    assert.strictEqual(starLint(['--plan', '--max-uses', '0', 'stories'], dir).code, 2);
    assert.strictEqual(starLint(['--plan', '--format', 'sarif', 'stories'], dir).code, 2);
  });

  it('lists the new flags in --help', () => {
    const help = starLint(['--help'], dir).stdout;
    for (const flag of ['--plan', '--cheatsheet', '--principles', '--max-uses', '--no-suggested']) assert.ok(help.includes(flag), flag);
  });
});
