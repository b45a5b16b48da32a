const assert = require('assert');
const { core } = require('./helpers');

const kinds = (body) => core.parseStory(body).sections.map((s) => s.kind);

describe('STAR sections as people write them', () => {
  const headingForms = [
    ['## Situation', ['situation']],
    ['### S — Situation', ['situation']],
    ['## 1. Situation', ['situation']],
    ['## 🎯 Result', ['result']],
    ['## RESULTS', ['result']],
    ['## Outcome', ['result']],
    ['## Impact', ['result']],
    ['## Actions', ['action']],
    ['## What I did', ['action']],
    ['## What we did', ['action']],
    ['## Background', ['situation']],
    ['## Context', ['situation']],
    ['## Situation & Task', ['situation', 'task']],
    // Bilingual headings: the half that is a section name names it, the writer's own words beside it add nothing.
    ['## Quello che ho fatto / Action', ['action']],
    ['## Situación / Situation', ['situation']],
    ['## 任務 Task', ['task']],
    ['## Результат Result', ['result']],
    ['**Contexto (Situation):** In my workshop in San Telmo I restore furniture.', ['situation']],
    ['## Tarea (Task)', ['task']],
    ['## Result (after 6 months)', ['result']],
    ['## Situation / Task', ['situation', 'task']],
    ['## Situation and Task', ['situation', 'task']],
    ['## Learnings', ['learnings']],
    ['## Reflection', ['learnings']],
    ['## (T) Task', ['task']],
    ['## Result (R)', ['result']],
    ['## Step 3: Action', ['action']],
    ['## III. Action', ['action']],
    ['## Result (after 6 months)', ['result']],
    ['## Where we were', ['situation']],
    ['## What was going on', ['situation']],
    ['## The case', ['situation']],
    ['## (2) Task', ['task']],
    ['## What we changed', ['action']],
    ['## Since then', ['result']],
    ['## How it ended', ['result']],
    ['## What came of it', ['result']],
  ];
  for (const [heading, expected] of headingForms) {
    it(`reads "${heading}"`, () => assert.deepStrictEqual(kinds(`${heading}\n\nSome text.\n`), expected));
  }

  const labelForms = [
    ['**Situation:** The store was short-staffed.', ['situation']],
    ['**Task**: Keep the queue short.', ['task']],
    ['Action: I rebuilt the rota.', ['action']],
    ['- **Result:** Waits fell by 30%.', ['result']],
    ['__Outcome:__ Waits fell.', ['result']],
    ['Action — I rebuilt the rota.', ['action']],
    ['**Result** — waits fell.', ['result']],
    ['**Result**\n\nWaits fell.', ['result']],
    ['**Result.** Waits fell.', ['result']],
    // The letter is the label; "my role:" after it is the Situation's text, not a Task label.
    ['S: my role: night porter, 60-room hotel.\n\nT: Cut the waits.', ['situation', 'task']],
    ['A: **Situation:** The store was short-staffed.', ['situation']],
    ['(1) Situation\nThe store was short-staffed.\n\n(3) Action\nI rebuilt the rota.', ['situation', 'action']],
    ['Sit:\nThe store was short-staffed.\n\nAct:\nI rebuilt the rota.\n\nRes:\nWaits fell by 30%.', ['situation', 'action', 'result']],
    ['Sit: the store was short-staffed.\n\nDid:\n- rebuilt the rota\n\nRes: waits fell by 30%.', ['situation', 'action', 'result']],
    // Arrows after the name, and a dash before it as a list marker.
    [
      'What happened ->\nThe store was short-staffed.\n\nWhat they needed from me ->\nShorter queues.\n\nWhat I did ->\nI rebuilt the rota.',
      ['situation', 'task', 'action'],
    ],
    ['Task ▸ Cut the waits.\n\nAction → I rebuilt the rota.', ['task', 'action']],
    ['— Situation: The store was short-staffed.\n\n— What I was asked: To cut the waits.', ['situation', 'task']],
  ];
  for (const [line, expected] of labelForms) {
    it(`reads the label in "${line}"`, () => assert.deepStrictEqual(kinds(`${line}\n`), expected));
  }

  for (const heading of [
    '## Situational awareness',
    '## Results of the survey were mixed',
    '## Taskforce',
    '## Notes',
    '## Action items for Monday',
    '## Notes / Ideas',
    '## 任務 Task force',
  ]) {
    it(`does not take "${heading}" for a STAR section`, () => assert.deepStrictEqual(kinds(`${heading}\n\ntext\n`), []));
  }

  it('reads "What happened" before the Action as the scene, and after it as the Result', () => {
    const story = (...headings) => headings.map((h) => `${h}\n\nSome words about it.\n`).join('\n');
    assert.deepStrictEqual(kinds(story('## What happened', '## What I had to do', '## What I did', '## Result')), [
      'situation',
      'task',
      'action',
      'result',
    ]);
    assert.deepStrictEqual(kinds(story('## Background', '## What happened', '## What I did', '## Since then')), [
      'situation',
      'situation',
      'action',
      'result',
    ]);
    assert.deepStrictEqual(kinds(story('## Background', '## What I did', '## What happened')), ['situation', 'action', 'result']);
    assert.deepStrictEqual(kinds(story('## What happened next', '## What I did')), ['result', 'action']);
  });

  it('reads a problem named right after the scene as the Task, when the story names no Task', () => {
    const story = (...headings) => headings.map((h) => `${h}\n\nSome words about it.\n`).join('\n');
    assert.deepStrictEqual(kinds(story('## Context', '## Challenge', '## Actions', '## Outcome')), [
      'situation',
      'task',
      'action',
      'result',
    ]);
    assert.deepStrictEqual(kinds(story('## Background', '## 2. The problem', '## What I did', '## Result')), [
      'situation',
      'task',
      'action',
      'result',
    ]);
    // Alone, or beside a Task, the problem is the scene.
    assert.deepStrictEqual(kinds(story('## The problem', '## What I did', '## Result')), ['situation', 'action', 'result']);
    assert.deepStrictEqual(kinds(story('## Context', '## The challenge', '## Task', '## Action')), [
      'situation',
      'situation',
      'task',
      'action',
    ]);
  });
  it('reads "Role:" as the Task\'s label only when what follows is a task, not a title', () => {
    assert.deepStrictEqual(kinds('- Role: trainee technician, first year of an apprenticeship\n\n## Action\n\nI traced the fault.\n'), [
      'action',
    ]);
    assert.deepStrictEqual(kinds('Situation: the rota was a mess.\n\nRole: to fix the rota by Friday.\n'), ['situation', 'task']);
  });
  it('ignores headings inside code blocks', () => {
    assert.deepStrictEqual(kinds('## Action\n\nI wrote this:\n\n```\n## Situation\n## Task\n```\n\n## Result\n\nUp 10%.\n'), [
      'action',
      'result',
    ]);
  });

  it('reads an answer pasted whole into a fence, but not a sample story among prose', () => {
    assert.deepStrictEqual(kinds('# My answer\n\n```\nSituation: the depot ran late.\nAction: I split the routes.\n```\n'), [
      'situation',
      'action',
    ]);
    const prose = 'This page explains how the tool reads a story, which headings it knows and what it reports about them. '.repeat(4);
    assert.deepStrictEqual(kinds(`${prose}\n\n\`\`\`markdown\n## Situation\nx\n## Task\ny\n\`\`\`\n`), []);
  });

  it('gives exact line ranges, counting front matter lines and CRLF endings', () => {
    const text = '---\r\ntitle: T\r\nprinciples: [Ownership]\r\n---\r\n## Situation\r\nA.\r\n\r\n## Task\r\nB.\r\n';
    const s = core.parseStory(text);
    assert.deepStrictEqual(
      s.sections.map((x) => [x.kind, x.markerRange.start.line, x.contentStart.line, x.endLine]),
      [
        ['situation', 4, 5, 6],
        ['task', 7, 8, 9],
      ],
    );
    assert.strictEqual(s.lines[4], '## Situation');
  });

  it('counts a lone CR as a line break, as VS Code does', () => {
    const s = core.parseStory('## Situation\rA.\r## Task\rB.');
    assert.deepStrictEqual(
      s.sections.map((x) => x.markerRange.start.line),
      [0, 2],
    );
  });

  it('ends a section at a plain heading of the same level', () => {
    const s = core.parseStory('## Result\nUp 10%.\n## Appendix\nnotes\n');
    assert.strictEqual(s.sections[0].endLine, 1);
  });

  it('is a story with two STAR sections and no front matter, and not with one', () => {
    assert.strictEqual(core.parseStory('## Situation\nx\n## Result\ny\n').isStory, true);
    assert.strictEqual(core.parseStory('# Notes\n## Result\ny\n').isStory, false);
  });

  it('is a story with a principles key even without sections', () => {
    assert.strictEqual(core.parseStory('---\nprinciples: []\n---\nDraft.\n').isStory, true);
  });

  it('takes the title from front matter, else the first heading', () => {
    assert.strictEqual(core.parseStory('---\ntitle: From FM\nprinciples: [Ownership]\n---\n# Heading\n').title, 'From FM');
    assert.strictEqual(core.parseStory('# The heading title\n## Situation\nx\n## Task\ny\n').title, 'The heading title');
  });
});

describe('section names and their quick pre-test', () => {
  it('has a stem in SECTION_NAME_STEMS for every name, so the pre-test never rejects one', () => {
    const { SECTION_NAMES, SECTION_NAME_STEMS } = require('../../out/core/sectionNames');
    for (const names of Object.values(SECTION_NAMES)) for (const n of names) assert.ok(n.length <= 3 || SECTION_NAME_STEMS.test(n), n);
  });
});

describe('headings in the writer own words, placed around the ones that name a section', () => {
  const story = (headings, frontMatter = 'title: T\nprinciples: [Ownership]') =>
    `---\n${frontMatter}\n---\n` + headings.map((h, i) => `${h}\nParagraph ${i + 1} of the story, with a few words in it.\n`).join('\n');
  const parts = (text) =>
    core
      .parseStory(text)
      .sections.map((s) => `${s.kind[0].toUpperCase()}=${s.markerText}`)
      .join(' ');

  it('gives unnamed headings the parts left free around the named ones, in order', () => {
    assert.strictEqual(
      parts(story(['## The lay of the land', '## My marching orders', '## Legwork', '## The payoff'])),
      'S=The lay of the land T=My marching orders A=Legwork R=The payoff',
    );
    assert.strictEqual(
      parts(story(['## The horse', '## What I did about it', '## Where she is now'])),
      'S=The horse A=What I did about it R=Where she is now',
    );
    // Three headings and none named: the Task is the part most often told with the scene.
    assert.strictEqual(parts(story(['## On the ground', '## Crack on', '## End ex'])), 'S=On the ground A=Crack on R=End ex');
    // "to do" is no to-do list.
    assert.strictEqual(
      parts(story(['## Background', '## What I was on site to do', '## Digging in', '## The upshot'])),
      'S=Background T=What I was on site to do A=Digging in R=The upshot',
    );
    // One heading between the scene and the outcome is what was done.
    assert.strictEqual(parts(story(['## Background', '## Legwork', '## Result'])), 'S=Background A=Legwork R=Result');
  });

  it('reads bold lines in the writer own words by their place, in a story written with bold lines', () => {
    const bold = (lines) =>
      '---\nprinciples: [Ownership]\n---\n' + lines.map((l, i) => `**${l}**\n\nParagraph ${i + 1} of the story.\n`).join('\n');
    assert.strictEqual(
      parts(bold(['The gig', 'What had to happen', 'What I did', 'How the night went'])),
      'S=The gig T=What had to happen A=What I did R=How the night went',
    );
    assert.strictEqual(parts(bold(['Before', 'What I did', 'After'])), 'S=Before A=What I did R=After');
    // Not beside headings, and not in a story whose parts are named by labels that are not bold lines.
    const mixed = '---\nprinciples: [Ownership]\n---\n## Situation\nx\n\n**Day one**\n\ny\n\n**Day two**\n\nz\n\n## Result\nw\n';
    assert.strictEqual(parts(mixed), 'S=Situation R=Result');
    const labelled = '---\nprinciples: [Ownership]\n---\n**Day one**\n\nx\n\nAction: I did it.\n\n**Day two**\n\ny\n\n**Day three**\n\nz\n';
    assert.strictEqual(parts(labelled), 'A=Action');
  });

  it('guesses nothing where a reader could not either', () => {
    // Not a story by its own say (no principles key): a notes page keeps its headings.
    assert.strictEqual(parts(story(['## Monday', '## Tuesday', '## What I did'], 'title: Week')), 'A=What I did');
    // More unnamed headings than free parts; a heading after the Result; headings about the story.
    assert.strictEqual(
      parts(story(['## The flock', '## The problem', '## What we did', '## This spring'])),
      'S=The problem A=What we did R=This spring',
    );
    assert.strictEqual(parts(story(['## Situation', '## Action', '## Result', '## Afterthoughts'])), 'S=Situation A=Action R=Result');
    assert.strictEqual(parts(story(['## Setting off', '## Questions they may ask', '## Result'])), 'R=Result');
    // Two headings are too few to place; seven are a document.
    assert.strictEqual(parts(story(['## The morning', '## Afterwards'])), 'R=Afterwards');
    assert.strictEqual(parts(story(['## One', '## Two', '## Three', '## Four', '## Five', '## Six', '## Seven'])), '');
    // A story written with labels is read by its labels alone.
    const labelled = '---\nprinciples: [Ownership]\n---\n## Setting off\nx\n\nAction: I did it.\n\n## The end\ny\n\n## More\nz\n';
    assert.strictEqual(parts(labelled), 'A=Action');
  });
});
