// missing-role and roles told as others write or call them, and in notes: any post after "I am a" ("a doula"), a
// title on a door or badge, what an institution calls the post, "X = me", a trade "for a living", a note opening on a
// doer's word, a role in a part's heading. The forms come from the misses of role-lines3 and blind sets 26 and 29 at
// first sight; these sentences are new, so the test checks the forms rather than the corpora's lines.
const assert = require('assert');
const { storyText, coachConfig, findingsOf } = require('../helpers');

const SITUATION = 'The spring fair lost money two years running and the committee wanted a plan by March.';
const TASK = 'Break even this year without raising the stall fees.';
const reported = (text) => findingsOf(text, 'missing-role', coachConfig()).length > 0;
const roleReported = (line) => reported(storyText({ sections: { Situation: `${line} ${SITUATION}`, Task: TASK } }));

describe('rule missing-role: roles named as others write them, and in notes', () => {
  it('hears any post after "I am a", and not a person described without one', () => {
    for (const line of [
      'I am a sacristan, self-employed for two parishes.',
      'I was an usher for the city theatre for six years.',
      "I'm a ghillie on a highland estate.",
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of [
      'I was a bit lost in the first month.',
      'I was a new face there, so nobody listened.',
      'I was a quick learner, so they gave me the hard cases.',
      'I was an hour late on the first day.',
      'I was a Catholic in a Protestant village.',
      'I was a member of the public at the meeting.',
      'I am a big believer in checklists.',
    ])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears a title on a door or a badge, or given, and not a title that was lacking', () => {
    for (const line of [
      'The title on the door says Events Officer, though I also do the accounts.',
      'Stall liaison is what it says on my badge.',
      'My official job title was "Community Lead".',
      'The title they gave me was Volunteer Coordinator.',
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of ['I had no title and no budget.', 'I forgot my badge on the first morning.', 'The title of the report was dull.'])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears what an institution calls the post, "X = me" notes and a trade by which one lives', () => {
    for (const line of [
      "I'm what the council calls a street champion, which means I answer for our road.",
      'Fair treasurer = me.',
      'Stall manager that year: me.',
      'I repair clocks for a living and took on the fair as a favour.',
      'Glazier by trade, I offered to fix the hall windows.',
      'My work is cleaning the school after hours.',
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of [
      "I was what you'd call a nervous wreck.",
      'The problem: me.',
      'My work was suffering because of the fair.',
      'My position on it was that we should wait.',
      'What do you do for a living, the vicar asked.',
    ])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears a note that opens on a doer, or on a title then what it did, and not a list of things or a business', () => {
    for (const line of [
      'Freelance bookbinder; the committee asked me for the programmes.',
      'Carer for an agency, doing evening visits.',
      'Deputy warden covering the north side of the park.',
      "I'm one of three caretakers at the hall.",
      'Being the senior steward on the rota, I took the gate.',
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of [
      'Stock for the fair: paper, marker, tape.',
      'Last winter, the roof leaked.',
      'Garden furniture manufacturer, about 40 staff, gave us the chairs.',
      'I was one of the customers who complained.',
    ])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears a title in another language glossed in brackets, and not an aside in brackets', () => {
    assert.strictEqual(roleReported('I was tesorera (club treasurer) for the fair committee.'), false);
    assert.strictEqual(roleReported('I was la encargada (the one in charge) of the stalls.'), false);
    assert.strictEqual(roleReported('I was abroad (visiting family) that spring.'), true);
    assert.strictEqual(roleReported('I am marktmeester, market warden, for the town council.'), false);
    assert.strictEqual(roleReported("I was the club's penningmeester, the treasurer."), false);
    assert.strictEqual(roleReported('I was late, the other stallholders had set up already.'), true);
    assert.strictEqual(roleReported('I joined as diretor de eventos in 2021, a year before the fair moved.'), false);
    assert.strictEqual(roleReported('I am Directeur des opérations, reporting to the owners.'), false);
  });

  it('hears a note with a grade after the title, and a job told after a long aside', () => {
    assert.strictEqual(roleReported('Catering assistant grade 3, county council schools service.'), false);
    assert.strictEqual(
      roleReported('My first job after college, before I went into accounts, was stall manager at the Saturday market.'),
      false,
    );
  });

  it('hears a role in the Situation heading, and asks when the heading names only the part', () => {
    const withHeading = (heading) =>
      `---\ntitle: Spring fair\nprinciples: [Ownership]\n---\n\n## ${heading}\n\n${SITUATION}\n\n## Task\n\n${TASK}\n\n## Action\n\nI moved the fair to May and I sold the pitches online.\n\n## Result\n\nThe fair made £1,200 instead of losing £300.\n`;
    assert.strictEqual(reported(withHeading('Situation (me: fair treasurer, village hall committee)')), false);
    assert.strictEqual(reported(withHeading('Situation — me, stall manager, the spring fair')), false);
    assert.strictEqual(reported(withHeading('Situation')), true);
    assert.strictEqual(reported(withHeading('Situation (spring 2023)')), true);
  });
});
