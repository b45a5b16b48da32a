// The readers of pasted label forms on hostile input: every new scan stays linear, so four times the text
// takes about four times as long (well under the square), and the pre-test (mayBeStory) too.
const assert = require('assert');
const { core } = require('./helpers');

/** CPU time of this process, not wall time: the machine may be busy with other work. */
function ms(text) {
  const start = process.cpuUsage();
  core.lintStory(text);
  core.mayBeStory(core.readStoryHeader(text));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best of three, to keep a busy machine from deciding. */
function best(text) {
  return Math.min(ms(text), ms(text), ms(text));
}

const SHAPES = {
  'labels inline after sentences': (n) => 'Situation: x. ' + 'Task: y. Action: I z. Result: 5%. '.repeat(n),
  'labels after their text': (n) => 'x [Situation]\n'.repeat(n),
  'label lines in one paragraph': (n) => 'Situation: x\nTask: y\nAction: I z\nResult: 5%\n'.repeat(n),
  'letters taking turns': (n) => 'S: x\nT: y\n'.repeat(n),
  'quoted lines': (n) => '## Action\n' + '"I did it"\n'.repeat(n),
  'suppression comments': (n) => '<!-- star-lint-disable-next-line x -->\n'.repeat(n),
  'a fenced answer': (n) => '```\n' + 'Situation: x\nTask: y\n'.repeat(n) + '```\n',
  'table rows': (n) => '| a | b |\n|---|---|\n' + '| Situation | x |\n'.repeat(n),
  'sentence ends before spaces': (n) => ('.' + ' '.repeat(200)).repeat(n) + 'Situation: x',
  'unclosed emphasis and brackets': (n) => '**' + '(['.repeat(n * 5),
  'principles in a long string': (n) => '---\nprinciples: "' + 'a, '.repeat(n) + '"\n---\n',
};

describe('hostile input in pasted label forms', function () {
  this.timeout(60000);
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`stays linear on ${name}`, () => {
      const small = best(make(4000));
      const large = best(make(16000));
      assert.ok(large < 3000, `${large.toFixed(0)} ms`);
      // Linear would be 4x; quadratic 16x. Small times are noisy (and the suite shares the machine), so a floor of 40 ms.
      assert.ok(large < 10 * Math.max(small, 40), `${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`);
    });
  }
});
