const assert = require('assert');
const { storyText, findingsOf } = require('../helpers');

const actionFinding = (action, extra = {}) => findingsOf(storyText({ sections: { Action: action, ...extra } }), 'missing-i-contribution');

describe('rule missing-i-contribution', () => {
  it('accepts an Action told in the first person', () => {
    assert.deepStrictEqual(actionFinding('We split the work; I wrote the migration and I ran the cut-over.'), []);
  });
  it('reports an Action told only with "we", on the Action heading', () => {
    const text = storyText({ sections: { Action: 'We met the vendor. We agreed a plan and the team delivered it.' } });
    const [f] = findingsOf(text, 'missing-i-contribution');
    assert.ok(f);
    assert.strictEqual(f.section, 'Action');
    assert.strictEqual(f.range.start.line, text.split('\n').indexOf('## Action'));
  });
  it('does not count "I" inside quotes, code, AI, CI or I/O', () => {
    const text =
      '"I don\'t think so," said my manager. We tuned the AI model, fixed CI/CD, and cut I/O with `let I = 0`.\n\n> I would wait, said the VP.';
    assert.strictEqual(actionFinding(text).length, 1);
  });
  it('does not count "I" in a code block', () => {
    assert.strictEqual(actionFinding('We changed the script:\n\n```\nI = 1\n```\n').length, 1);
  });
  it('does not count "I" that is only in the Situation', () => {
    assert.strictEqual(actionFinding('The team rebuilt the service.', { Situation: 'I had just joined.' }).length, 1);
  });
  it('reports a story with no Action section where missing-section is, saying there is none', () => {
    const { lint } = require('../helpers');
    const { findings } = lint(storyText({ sections: { Action: null } }));
    const [f] = findings.filter((x) => x.rule === 'missing-i-contribution');
    assert.match(f.message, /no Action section/);
    assert.deepStrictEqual(f.range, findings.find((x) => x.rule === 'missing-section').range);
  });
  it('counts a lower-case "i" used as a pronoun', () => {
    assert.deepStrictEqual(actionFinding('then i called every customer back.'), []);
  });
});
