// missing-role and roles told in forms the blind sets showed it did not know: titles written with no article ("I am
// prosthetist-orthotist at a centre", "as timekeeper in the HR office", blind sets 24 and 25 at first sight), a title
// after "my remit as", and a business of one's own described at length.
const assert = require('assert');
const { storyText, coachConfig, findingsOf } = require('../helpers');

const SITUATION = 'The returns had piled up for a month and the owner wanted them gone before the stocktake.';
const TASK = 'Clear the backlog in two weeks without extra hours.';
const roleReported = (line) =>
  findingsOf(storyText({ sections: { Situation: `${line} ${SITUATION}`, Task: TASK } }), 'missing-role', coachConfig()).length > 0;

describe('rule missing-role: roles told in less common forms', () => {
  it('hears a title written without an article, after "I am", "as" and "my job was"', () => {
    for (const line of [
      'I am prosthetist-orthotist at a physical rehabilitation centre in Battambang, I work there since 2015.',
      'It was my first job after university, as timekeeper in the HR office of a garment factory.',
      'My first job after form four was washer at a carpet and sofa cleaning yard in Kahawa West.',
      'My first summer job after DSE was trolley server (推車) at an old dim sum restaurant.',
      'I work for an organ building workshop, and my job in the workshop is voicer: I give each pipe its speech.',
      'I became supervisor at the depot in 2021.',
      'I was driver for a bakery in Leith.',
      'I was head of the packing line.',
      'I manage the garri processing side since I finished my OND.',
    ])
      assert.strictEqual(roleReported(line), false, line);
  });

  it('still asks when the bare word only ends like a doer, or names someone else', () => {
    for (const line of [
      'I was calmer at the weekend than during the week.',
      'I was customer at the bank for ten years.',
      'I was Brazilian in a team of Germans.',
      'I was better at the paperwork than the others.',
      'My job was harder than hers.',
      'I was eager for a change at work.',
      'I was mother of two small children then.',
      'I was over the moon with it.',
    ])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears a title after "my ... as" whatever verb follows, and a business of my own described at length', () => {
    for (const line of [
      'My remit as senior product manager was the quote-to-booking journey.',
      'My first week as shift lead was chaos.',
      'I run my own small wedding planning business in Ubud.',
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of ['My colleague as the manager was furious about it.', 'My sister as the eldest was asked first.'])
      assert.strictEqual(roleReported(line), true, line);
  });

  it('hears titles from blind sets 26 and 27: a French doer, modifiers joined by "and", a department run, a long note', () => {
    for (const line of [
      'I am déneigeur for the city, that means plough operator.',
      'As membership and ticketing administrator at a semi-pro rugby club in the Borders, I look after 1,400 members.',
      'In March 2023 I was put in charge of the laundry, with 22 staff on two shifts.',
      '- dual fuel smart meter engineer, Greater Manchester, 6-7 installs a day',
    ])
      assert.strictEqual(roleReported(line), false, line);
    for (const line of ['I was amateur at the start of it.', 'As milk and sugar supplier at the time, the co-op raised prices.'])
      assert.strictEqual(roleReported(line), true, line);
  });
});
