// STAR labels as people paste them into a story: bold, lettered, numbered, after a lead-in.
const assert = require('assert');
const { core } = require('./helpers');

describe('labels as people paste them', () => {
  const kindsOf = (body) => core.parseStory(body).sections.map((s) => s.kind);

  it('reads single letters as an outline, but not a lone A: or S:/T: taking turns', () => {
    assert.deepStrictEqual(kindsOf('S: late\n\nT: fix\n\nA: I split\n\nR: 95% on time\n'), ['situation', 'task', 'action', 'result']);
    assert.deepStrictEqual(kindsOf('Q: Why?\nA: Because.\n\nQ: When?\nA: Soon.\n'), []);
    assert.strictEqual(core.parseStory('S: hello\nT: hi\nS: how are you\nT: fine\n').isStory, false);
  });

  it('splits a paragraph at labels inside it, in S-T-A-R order only', () => {
    const story = core.parseStory('Situation: late vans. Task: fix it. Action: I split the routes. Result: 95% on time.\n');
    assert.deepStrictEqual(
      story.sections.map((s) => s.kind),
      ['situation', 'task', 'action', 'result'],
    );
    const action = story.sections[2];
    assert.strictEqual(story.lines[0].slice(action.contentStart.character, action.endCharacter).trim(), 'I split the routes.');
    assert.deepStrictEqual(kindsOf('Result: still waiting. Situation: two rounds left.\n'), ['result']);
  });

  it('takes a line that is only a section name for a label in a plain answer, not inside a story with headings', () => {
    assert.deepStrictEqual(kindsOf('Situation\nThe vans ran late.\n\nResult\nOn time 95%.\n'), ['situation', 'result']);
    assert.deepStrictEqual(kindsOf('## Situation\n\nThe vans ran late.\n\n## Action\n\nContext\nI split the routes.\n'), [
      'situation',
      'action',
    ]);
  });

  it('reads a part named on its own line after a symbol bullet, in East Asian brackets, or with a gloss in brackets', () => {
    const story = (name) =>
      ['Situation', 'Task', 'Action', 'Result']
        .map((part, i) => `${name(part)}\n${['The vans ran late.', 'Fix it.', 'I split the routes.', 'On time 95%.'][i]}\n`)
        .join('\n');
    const all = ['situation', 'task', 'action', 'result'];
    assert.deepStrictEqual(kindsOf(story((p) => `➤ ${p}`)), all);
    assert.deepStrictEqual(kindsOf(story((p) => `► ${p}`)), all);
    assert.deepStrictEqual(kindsOf(story((p) => `【${p} 情况】`)), all);
    assert.deepStrictEqual(kindsOf(story((p) => `「${p}」`)), all);
    const spanish = { Situation: 'SITUACIÓN (situation)', Task: 'TAREA (task)', Action: 'ACCIÓN (action)', Result: 'RESULTADO (result)' };
    assert.deepStrictEqual(kindsOf(story((p) => spanish[p])), all);
    // A bullet of prose stays prose, and a bracketed aside that is no part's name names nothing.
    assert.deepStrictEqual(kindsOf('➤ The vans ran late every week.\n\n【Note】 Ask the depot.\n\nOrders (weekly)\nTwelve.\n'), []);
  });

  it('reads a name and a full stop opening a paragraph as its label, and not a sentence that opens on another word', () => {
    assert.deepStrictEqual(kindsOf("Situation. I'm a handyman.\n\nAction. I went up in the attic.\n\nResult. Dry for two winters.\n"), [
      'situation',
      'action',
      'result',
    ]);
    assert.deepStrictEqual(kindsOf('Attic. It was wet.\n\nThen. I went up.\n'), []);
  });

  it('does not read a heading with a sentence after its colon as a section', () => {
    assert.deepStrictEqual(kindsOf('### Result: what we count as a measure\n\ntext\n'), []);
    assert.deepStrictEqual(kindsOf('## Situation – Set the Scene\n\ntext\n'), ['situation']);
  });
});
