// hedging and forms blind set 27 showed it getting wrong: a memory of when ("I think it was the week before
// Christmas") is no hedge on the part played or the outcome; "I supported the head coach in ..." is a shrinker; an
// "instead of" inside what was tried does not say how it went.
const assert = require('assert');
const { storyText, coachConfig, findingsOf } = require('../helpers');

const SITUATION = 'As the night lead of a team of six, I watched the queue grow for a month before the audit.';
const TASK = 'Cut the queue before the audit in May, with no extra hours.';
const RESULT = 'Waits fell from 9 days to 2 within a month.';
const hedgesIn = (action) =>
  findingsOf(
    storyText({
      sections: { Situation: SITUATION, Task: TASK, Action: `${action} I rewrote the form so each request took one page.`, Result: RESULT },
    }),
    'hedging',
    coachConfig(),
  ).map((f) => f.data.hedge);

describe('rule hedging: when recalled, and support given to a person', () => {
  it('leaves "I think it was" before a time alone, and still reports it before anything else', () => {
    for (const action of ['I think it was the week before Christmas when she rang.', 'I think it was a Sunday.', 'I guess it was 2019.'])
      assert.deepStrictEqual(hedgesIn(action), [], action);
    for (const action of ['I think it worked.', 'I think it was the rota that fixed it.'])
      assert.deepStrictEqual(hedgesIn(action), ['i think'], action);
  });

  it('reports "I supported the head coach in ..." and leaves support given to customers as a job', () => {
    assert.deepStrictEqual(hedgesIn('I supported the head coach in cutting his net hours.'), ['i supported']);
    assert.deepStrictEqual(hedgesIn('I supported customers in using the new app.'), []);
  });

  it('reads "instead of" after "I tried to" as part of what was tried, not as what came of it', () => {
    assert.deepStrictEqual(hedgesIn('I tried to get the instructors to use the calendar instead of calling the desk.'), ['i tried to']);
    assert.deepStrictEqual(hedgesIn('I tried to call the supplier; instead I drove to the depot.'), []);
  });

  it('reads ", so they would ..." after "I tried to" as what it was for, and "a bit over" a number as a quantity', () => {
    assert.deepStrictEqual(hedgesIn('I tried to get the vendor to add a status page, so the callers would stop ringing.'), ['i tried to']);
    assert.deepStrictEqual(hedgesIn('I tried to ring the vendor, so I drove there instead.'), []);
    assert.deepStrictEqual(hedgesIn('The scheme pays a bit over €60 million a year, and I rewrote its letters.'), []);
    assert.deepStrictEqual(hedgesIn('The letters got a bit clearer.'), ['a bit']);
  });

  it('leaves a value held ("I believe strongly in ...") alone, and still reports a belief about what happened', () => {
    assert.deepStrictEqual(hedgesIn('I believe strongly in training people on the job.'), []);
    assert.deepStrictEqual(hedgesIn('I believe in giving new starters a buddy.'), []);
    assert.deepStrictEqual(hedgesIn('I believe it cut the waiting time.'), ['i believe']);
  });

  it('reads "when", "until", "after" and "because" inside what was tried as part of it, and after a pause or "and" as what came next', () => {
    assert.deepStrictEqual(hedgesIn('I tried to teach them to step off the bus when it gets dangerous.'), ['i tried to']);
    assert.deepStrictEqual(hedgesIn('I tried to keep the queue moving until the van came back.'), ['i tried to']);
    assert.deepStrictEqual(hedgesIn('I tried to ring the yard, when the line went dead.'), []);
    assert.deepStrictEqual(hedgesIn('I tried to get the data from the planners, and after a call they sent it.'), []);
  });
});
