const assert = require('assert');
const helpers = require('../helpers');
const { core, storyText, coachConfig } = helpers;
const { roleLineFix, addPrincipleFix } = require('../../../out/core/coachFixes');

const config = (user) => coachConfig(user);
const COACH = coachConfig();
const lint = (text, c = COACH) => helpers.lint(text, c);
const findingsOf = (text, rule, c = COACH) => helpers.findingsOf(text, rule, c);
/** Applies one edit to a text, as an editor would. */
function apply(text, edit) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
}

const SITUATION =
  'Our warehouse of 120 people kept failing its stock counts, and finance had started to hold back the bonus until it was fixed.';
const TASK = 'We had six weeks before the year-end count, and the shelves and the books disagreed by thousands of items.';

describe('rule missing-role', () => {
  it('asks for the role on the Situation heading when the story never says it', () => {
    const text = storyText({ sections: { Situation: SITUATION, Task: TASK } });
    const [f] = findingsOf(text, 'missing-role');
    assert.ok(f);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(text.split('\n')[f.range.start.line], '## Situation');
    assert.match(f.message, /role/);
    assert.match(f.message, /how many/);
  });
  it('is quiet when the writer says who they were, in any of the usual ways', () => {
    for (const role of [
      'As the night-shift lead, I was asked to fix it.',
      'I was the only analyst on the team.',
      'I joined as a support engineer in May.',
      'My role was project coordinator.',
      'I led a recruiting team of four.',
      'I worked in customer support at the time.',
      'As a farm vet, I was called out on a Friday evening.',
      'I teach Year 4 at a primary school.',
      'I coordinated about forty volunteers.',
      'I managed three engineers and a tester.',
      'I was one of three accounts payable clerks at a distributor.',
      'I was one of six community midwives.',
      'I became head of science at a secondary school.',
      'im a porter in a big teaching hospital.',
      'Contract QA tester on a console game, six weeks before launch.',
      'Leading chef, frigate on a Gulf deployment.',
      'I was the on-call site reliability engineer that week.',
      "I was the food bank's only paid member of staff.",
      'i was the climber that day and crew lead.',
      'I was the junior cataloguer in the ceramics department.',
      'I own and run a small wedding flower business.',
      "I'd been running the primate section at the zoo for two years.",
      "I'd been teaching maths at the school for nine years.",
      "I'd been running the vineyard for the owners for four seasons.",
      'My job on the show was costume supervisor.',
      'I was the night sub on the news desk of a regional daily.',
      'I am working like prison officer on C wing since 2 years.',
      "I'd just been made acting watch manager of Blue Watch.",
      'I owned the seat-reservation service, one of three backend developers.',
      'ive been plastering on my own for 11 years.',
      'Twelve years on the tools as a locksmith.',
      "I've run the blood culture bench on the late shift for two years.",
      'Nine years an ADI, mostly nervous adult learners.',
      'When I was curate in a town-centre parish, the hall flooded.',
      "I'm a paediatric speech and language therapist in a community team.",
      'I was the health and safety officer for the site.',
      "I'm one of two chaplains at a district general hospital.",
      'I am tattoo artist in a studio in Bristol since three years.',
      'I was shift boss on nights at an underground coal mine.',
      'I am working as claims handler in motor insurance.',
      'me: only IT tech for 4 primary schools.',
      "Head groundsman is a grand title at a village cricket club: it's me, and a member who helps on Tuesdays.",
      'The only pharmacist on the late shift that night? That was me.',
      "I've been thatching for twenty-two years, the last nine on my own account.",
      'LCpl, RLC chef attached to an infantry battalion, running the field kitchen.',
      'My brother and I own a pizza takeaway in a market town.',
      'I have two rounds on the edge of town and one lad who works for me.',
      'I was the most junior of the three engineers on the signal team.',
      "I've owned a small used-and-new record store in a college town for six years.",
      'Two years ago the owner gave me the title "coffee lead" for all four cafés.',
      'i own a taco truck, me and my cousin run it.',
      "I'm a one-woman bookkeeping practice, thirty-odd small businesses, run from my spare room.",
      "I've been the postie on the same rural round for six years.",
      'I worked as a lettings negotiator in a high-street estate agency.',
      'Deputy head greenkeeper at an 18-hole members club, team of five.',
      'It was my third year running the crêpe stall at the Christmas market.',
      'It was my 11th year as the lollipop lady on Church Road.',
      'The four of us on the enrobing line reported to me on the day shift.',
      'I own a small upholstery workshop.',
      'I run my own ice cream van.',
      '- me: senior aquarist on the tropical and reef section',
      "It was a job which as bursar I'd been meaning to do for a year.",
      "I'm the postmaster as well as the owner.",
      "I've been a chimney sweep for twenty-two years.",
      "I'm the IT for a group of four GP surgeries, the whole department.",
      'I work on the IT service desk at the university.',
      'I am the loans side of a small credit union, one of two paid staff.',
      'I was the duty FISO at a small airfield.',
      'As the junior of the two auctioneers at the mart, I sell the store cattle ring.',
      'I volunteer as a fireman on a heritage steam railway.',
      'I run technology for a regional chain of 23 gyms.',
      'The farm made me team leader for one of the picking gangs.',
      'My first job at sixteen was KP, kitchen porter.',
      'Six months after I stepped up from senior engineer to engineering manager of the platform team, we shipped.',
      'I managed inbound transport for a furniture retailer with 35 stores.',
      'I led the trust and safety operations team at a dating app.',
      'ive been a self employed carpet and vinyl fitter for 12 years',
      "I'm the promoter and MC of a monthly comedy night.",
      'I have my own alterations shop since 2016.',
      'I DJ weddings at weekends.',
      'I was hired to run the night shift at the depot.',
      'I owned the billing service at the time.',
      'I worked as a BA on the claims system replacement.',
      'I used to be a buyer for a fashion retailer.',
      "I'd been on the checkouts at the supermarket for three years.",
      'I work the bar at a music venue three nights a week.',
      'I drive for a regional courier firm.',
      'I look after payroll for a chain of eleven dental practices.',
      'My job was stock control for the hospital pharmacy.',
      'I am in the role of document controller for the programme.',
      'I translate legal documents into English on a freelance basis.',
      'Me - night manager, 40 beds, two agency staff on shift.',
      'My director asked me, as the person who owned the deploy pipeline, to find out why.',
      'As SDE II in the activation team, I looked at the traces.',
      'Six months into my first analyst job, I noticed the gap.',
      'During my 10-week summer internship in the fund operations team, I noticed the gap.',
      'I moved into an implementation consultant role after eight years of teaching.',
      '- Me = only auto sparky on the night roster, fleet of 38 haul trucks',
      'I manage the post-harvest on the farm, that means the drying patio and the dryers.',
      'With the consultant stuck on the M62, it fell to me, the registrar on call, to tell the family.',
      'Being the only ticketed sparky on site that week, I had to sign off the switchboard.',
      'I had the clinic to fix, having been made deputy practice manager the month before.',
      'Elected chair of the PTA in 2021, I found the accounts had not been reconciled.',
      'My promotion to Senior Associate came through in April.',
      'i got promoted to assistant manager at the cinema in sept.',
      'I was put in charge of the night shift at the motor pool.',
      "I took over my father's fishing boat at nineteen.",
      'Around the time I made partner, our largest client was investigated.',
      'I interned at an engineering consultancy in Johannesburg that summer.',
      "As someone who'd worked the tills there every Saturday, I was asked to train the new staff.",
      'It was my second season on patrol, and I had just got my blasting licence.',
      'I was the most junior of three on the engagement.',
      'I own the terminal regression suite, which means nothing ships without my runs.',
      'I owned the forecast for the lip category.',
    ]) {
      assert.deepStrictEqual(
        findingsOf(storyText({ sections: { Situation: `${SITUATION} ${role}`, Task: TASK } }), 'missing-role'),
        [],
        role,
      );
    }
  });
  it("does not take someone else's role, or one only in the front matter, for the writer's", () => {
    const others = storyText({
      frontMatter: 'title: T\nrole: Team lead\nprinciples: [Ownership]',
      sections: { Situation: `${SITUATION} As the product manager asked, I looked into it.`, Task: TASK },
    });
    assert.strictEqual(findingsOf(others, 'missing-role').length, 1);
    for (const notRole of [
      'I taught her to read the labels.',
      'I coordinated the move with the landlord.',
      'Member of the public rang to complain.',
      'The manager at the depot called me.',
      'Head office asked for a report.',
      'They had done the same work as employees for years.',
      'I was a lot happier once it was fixed.',
      'I was the center of attention for a week.',
      "I'd been teaching him the tills.",
      'The new rules: 6 pm in city stores, 4 pm in town stores.',
      "I've been trying for two years to get the roof fixed.",
      'She was one of three backend developers, and I asked her.',
      'I was new and the manager asked me to look at it.',
      'I was a bit stressed and the director noticed.',
      'I was tired and managers complained about the queue.',
      'My boss was at a christening with his phone off.',
      'Normally claims handlers do not touch this queue.',
      'My partner Dan is the lead tech on our climb team.',
      'The manager blamed the delay on the depot. It was me who rang them.',
      'Somebody had to sort out the flooded ground: it was me.',
      'I was the first of the parents to arrive.',
      'The app that works for me is the old one.',
      "I've been waiting for twenty-two years for this.",
      'The manager gave me the list of stores to visit.',
      'I was a one-off replacement when the ferry broke down.',
      'The fault was reported to me on the Monday.',
      'A driver reported to me that the seal had gone.',
      'My third year at the company was the hardest.',
      'I worked as hard as I could.',
      'Me: I think we should close the pool.',
      'The dining hall served lunch as a regular student meal at the student price.',
      'I worked on the project for a year.',
      'She made me lead the stand-up that week.',
      'My first job was to call the client.',
      'I was on the BBC that night.',
      "I'm the IT person's last hope, they said.",
      'I ran a pilot on five vans for two weeks.',
      'Green: any trained volunteer.',
      'I stepped up to lead the review of the budget.',
      'I ran the numbers and team leads agreed.',
      'I managed the support for the launch.',
      'I was a bit tired and hungry by then.',
      'If I had been the manager, I would have cancelled the launch.',
      'I was treated like an intern for my first month.',
      'I teach myself a new programming language every year.',
      'I was hired to run the numbers.',
      'I owned the problem from then on.',
      'I drove for three hours to get there.',
      'I look after my mum at weekends.',
      'I applied for the manager role in May.',
      'I took the job seriously from the first day.',
      'My old job was boring.',
      'I run the numbers on the weekend.',
      'I led a workshop on accessibility at the away day.',
      'I was put in charge of ordering the pizza for the hackathon.',
      'Hired a new engineer last week, and the manager asked me to train him.',
      'The patient being a doctor, I explained the risks in detail.',
      'I work nights at a university observatory.',
      'We called in our position every ten minutes.',
    ]) {
      const text = storyText({ sections: { Situation: `${SITUATION} ${notRole}`, Task: TASK } });
      assert.strictEqual(findingsOf(text, 'missing-role').length, 1, notRole);
    }
  });
  it('reads the role in the scene set before the first section when the story has no Situation or Task heading', () => {
    const body = (scene) =>
      `---\ntitle: T\nprinciples: [Ownership]\n---\n\n## What I was looking at\n\n${scene}\n\n## What I did\n\nI took the stock count apart shelf by shelf and fixed the scanner rules, then ran a recount with the night team.\n\n## Result\n\nThe books and the shelves now agree within 0.2%, down from 6%, and the bonus was paid.\n`;
    assert.deepStrictEqual(findingsOf(body(`I was the stock controller. ${SITUATION}`), 'missing-role'), []);
    assert.strictEqual(findingsOf(body(SITUATION), 'missing-role').length, 1);
  });
  it('reads a "Role:" line of notes for the role, and asks for one on the title of a story told without sections', () => {
    const rest = `## Situation\n\n${SITUATION}\n\n## Task\n\n${TASK}\n`;
    const story = (top) => `---\ntitle: T\nprinciples: [Ownership]\n---\n\n${top}\n\n${rest}`;
    assert.deepStrictEqual(findingsOf(story('Role: assistant harbourmaster, 300-berth marina (four years).'), 'missing-role'), []);
    assert.strictEqual(findingsOf(story('Role: I had to get the pontoon fixed before the season.'), 'missing-role').length, 1);
    const prose = (first) =>
      `---\ntitle: A last ride\nprinciples: [Customer Obsession]\n---\n\n${first} A family came in to plan a funeral for a man who had ridden motorbikes all his life. I asked what he would have wanted, found a motorcycle hearse two counties away, and booked it for the Friday.\n\nForty bikes rode behind it, and the family wrote to the local paper about the day.\n`;
    const found = findingsOf(prose('The funeral home where I work is small.'), 'missing-role');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].range.start.line, 1, 'on the title');
    assert.deepStrictEqual(findingsOf(prose("I'm the funeral director at a small family firm."), 'missing-role'), []);
  });
  it('reads a line of notes above the Situation for the role, and the role in an S: label that says "my role:"', () => {
    const rest = `## Situation\n\n${SITUATION}\n\n## Task\n\n${TASK}\n`;
    const story = (top) => `---\ntitle: T\nprinciples: [Ownership]\n---\n\n${top}\n\n${rest}`;
    assert.deepStrictEqual(findingsOf(story('- night-fill team leader, 24h superstore, team of 14'), 'missing-role'), []);
    assert.strictEqual(findingsOf(story('Written for the spring interviews.'), 'missing-role').length, 1);
    const labelled = `---\ntitle: T\nprinciples: [Ownership]\n---\n\nS: my role: head vet nurse, mixed practice, 3 vets. ${SITUATION}\n\nT: ${TASK}\n\nA: I rebuilt the chart and trained the team on it over two weeks.\n\nR: Gaps in the record fell from 40% to 0 in the re-audit.\n`;
    const { story: parsed, findings } = lint(labelled);
    assert.deepStrictEqual(
      parsed.sections.map((s) => s.kind),
      ['situation', 'task', 'action', 'result'],
    );
    assert.deepStrictEqual(
      findings.filter((f) => f.rule === 'missing-role'),
      [],
    );
  });
  it('its quick fix puts a prompt at the start of the Situation, which the rule then stops reporting once filled in', () => {
    const text = storyText({ sections: { Situation: SITUATION, Task: TASK } });
    const { story, findings } = lint(text);
    const summary = core.summarize({ story, findings }, core.defaultConfig());
    const fixed = apply(text, roleLineFix(summary, text.split('\n')));
    assert.match(fixed, /## Situation\n\n<your role, and how many people were involved>\n\nOur warehouse/);
    assert.ok(findingsOf(fixed, 'template-placeholder').length > 0, 'the prompt is reported until it is replaced');
    const filled = fixed.replace('<your role, and how many people were involved>', 'I was the inventory planner, one of three.');
    assert.deepStrictEqual(findingsOf(filled, 'missing-role'), []);
  });
});

describe('rule hedging', () => {
  it('reports each hedge in the Action and Result on its own words', () => {
    const text = storyText({
      sections: {
        Action: 'I helped the team rebuild the rota and kind of led the rollout.',
        Result: 'I think it worked: overtime fell by 30%.',
      },
    });
    const found = findingsOf(text, 'hedging');
    assert.deepStrictEqual(
      found.map((f) => f.data.hedge),
      ['i helped', 'kind of', 'i think'],
    );
    const lines = text.split('\n');
    for (const f of found)
      assert.match(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), /^(I helped|kind of|I think)$/);
    assert.ok(found.every((f) => f.severity === 'info'));
  });
  it('reports "I tried to" only when nothing says how it went or what came next', () => {
    const hedgesIn = (action) =>
      findingsOf(storyText({ sections: { Action: action, Result: 'Retention went from 60% to 85%.' } }), 'hedging');
    assert.deepStrictEqual(
      hedgesIn('I tried to keep every client training, and I sent them a weekly video so nobody turned up unsure.').map(
        (f) => f.data.hedge,
      ),
      ['i tried to'],
    );
    assert.deepStrictEqual(hedgesIn('I tried to raise the driver on the radio; no answer, so I put the signals to danger.'), []);
    assert.deepStrictEqual(hedgesIn('I tried to match a washer by eye, and it was the wrong one; she came back with the tap.'), []);
  });
  it('reads the hedges of a story told as plain prose, but not those it quotes', () => {
    const prose = (middle) =>
      `---\ntitle: The gas bill\nprinciples: [Frugality]\n---\n\nI run a small glass studio with two kilns and a gas bill that doubled in a year. ${middle} I moved the firings to nights, rebuilt the kiln door seals myself and switched to a fixed tariff.\n\nThe bill came down by about a third over the next quarter.\n`;
    const found = findingsOf(prose('I think the seals kind of mattered most.'), 'hedging');
    assert.deepStrictEqual(
      found.map((f) => [f.data.hedge, f.section]),
      [
        ['i think', undefined],
        ['kind of', undefined],
      ],
    );
    assert.deepStrictEqual(findingsOf(prose('My supplier said, "I think you should just pay it."'), 'hedging'), []);
  });
  it('leaves quotations, the Situation, "helped" with another subject, "I believed" and support as a job alone', () => {
    const text = storyText({
      sections: {
        Situation: 'It was kind of a mess and I think everyone knew it.',
        Action:
          'My manager said "I think we should maybe wait". I believed the data said otherwise and I argued for shipping. The script helped new hires. I supported customers on the phone. I tried to reach the vendor, but nobody answered, so I rewrote the importer myself. This kind of error was common.',
      },
    });
    assert.deepStrictEqual(findingsOf(text, 'hedging'), []);
  });
  it('leaves a "probably" the writer told someone in the story, and still reports one said about the outcome', () => {
    const told = storyText({
      sections: {
        Action: 'I told her honestly that the bill was probably wrong, and I rebilled the account that afternoon.',
        Result: 'Her balance went from £1,300 owed to £210 in credit.',
      },
    });
    assert.deepStrictEqual(findingsOf(told, 'hedging'), []);
    const toldAfterColon = storyText({
      sections: {
        Action: 'I told him the truth: the letters in the bag were probably bad news. I opened them with him that evening.',
        Result: 'He answered all 14 letters in a month.',
      },
    });
    assert.deepStrictEqual(findingsOf(toldAfterColon, 'hedging'), []);
    const doubted = storyText({
      sections: {
        Action: 'I told her the bill was wrong, and I rebilled the account that afternoon.',
        Result: 'Her balance probably went from £1,300 owed to £210 in credit.',
      },
    });
    assert.deepStrictEqual(
      findingsOf(doubted, 'hedging').map((f) => f.data.hedge),
      ['probably'],
    );
  });
  it('leaves a "probably" in a path the writer did not take, and reads "involved" past an adverb', () => {
    const hedgesIn = (action) =>
      findingsOf(storyText({ sections: { Action: action, Result: 'Corrections fell from 14 a month to zero.' } }), 'hedging').map(
        (f) => f.data.hedge,
      );
    assert.deepStrictEqual(
      hedgesIn('I could have smoothed it over with what the answers probably were. I stopped the hearing instead.'),
      [],
    );
    assert.deepStrictEqual(hedgesIn('I could have waited, but the fix probably saved the week.'), ['probably']);
    assert.deepStrictEqual(hedgesIn('I rebuilt the renewal plan. I was also involved in getting product to fix two gaps.'), [
      'i was involved in',
    ]);
    assert.deepStrictEqual(hedgesIn('I wrote the rota rules. I supported the area managers in rolling it out.'), ['i supported']);
    assert.deepStrictEqual(hedgesIn("I rebuilt the tile. I'd like to think it made the difference."), ["i'd like to think"]);
    assert.deepStrictEqual(hedgesIn('I had a hand in getting marketing to build the page.'), ['i had a hand in']);
    assert.deepStrictEqual(hedgesIn('The new rota reduced overtime to some extent.'), ['to some extent']);
    assert.deepStrictEqual(hedgesIn('When the alarm went off, I helped a colleague on crutches down four flights.'), []);
    assert.deepStrictEqual(hedgesIn("I took part of the night shift's workload myself, 60 orders."), []);
    assert.deepStrictEqual(hedgesIn('I hoped to finish by Friday, and I did.'), []);
  });
  it('hears an implied hedge in the first story a fresh process reads (its words are known before any text is split)', () => {
    const { spawnSync } = require('child_process');
    const story = storyText({ sections: { Action: 'I had a hand in the new pricing model.', Result: 'Margins rose 4%.' } });
    const script = `const core = require(${JSON.stringify(require.resolve('../../../out/core'))});
      const r = core.lintStory(${JSON.stringify(story)});
      process.stdout.write(JSON.stringify(r.findings.filter((f) => f.rule === 'hedging').map((f) => f.data.hedge)));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr);
    assert.deepStrictEqual(JSON.parse(run.stdout), ['i had a hand in']);
  });
  it("takes the user's own phrases and allowances from the config", () => {
    const text = storyText({ sections: { Action: 'I helped the team ship it, to some extent on my own.' } });
    assert.deepStrictEqual(
      findingsOf(text, 'hedging', config({ hedges: { add: ['to some extent'], allow: ['I helped'] } })).map((f) => f.data.hedge),
      ['to some extent'],
    );
  });
  it('reports a config whose word lists are not lists of phrases', () => {
    const { problems } = core.resolveConfig({ hedges: { add: 'kind of' } }, core.RULE_IDS);
    assert.match(problems.join(), /hedges\.add/);
  });
});

describe('rule principle-not-shown', () => {
  const frugalityOnly = (action) => storyText({ frontMatter: 'title: T\nprinciples: [Frugality]', sections: { Action: action } });
  it('reports a declared principle the story gives no evidence for, on its name, with the canonical name', () => {
    const text = frugalityOnly(
      'I traced the failures to a shared test database, and I gave each run its own copy so the runs stopped colliding with each other.',
    );
    const [f] = findingsOf(text, 'principle-not-shown');
    assert.ok(f);
    assert.strictEqual(f.principle, 'Frugality');
    assert.strictEqual(text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), 'Frugality');
    assert.match(f.message, /more with less/);
  });
  it('is quiet once the story shows it', () => {
    const text = frugalityOnly(
      'Instead of buying a new test cluster, I reused two spare servers and cut the monthly cost from $4,000 to $600, with no extra budget.',
    );
    assert.deepStrictEqual(findingsOf(text, 'principle-not-shown'), []);
  });
  it('meets a term written in the past in a story told in the present ("told them" in "I tell them")', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      [
        'Earn Trust',
        'When the order is late I tell them straight away, and I ring the customer myself before the driver leaves the depot.',
      ],
      [
        'Hire and Develop the Best',
        'Every morning for two weeks I teach him the feeding sheet and check his rows, and then he does rows C and D alone.',
      ],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('hears "dont wait" typed fast and "take my word" as the principles they show', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      ['Bias for Action', 'i dont wait for the rental place. i walk the row of trucks and ask who has spare power for the morning.'],
      [
        'Are Right, A Lot',
        'I dug two soil pits with our agronomist and asked her to look at them with me rather than take my word for it.',
      ],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('hears the wider world in wildlife, a sea bed and allergic customers, and trust in answering every question', () => {
    const story = (principle, action) => storyText({ frontMatter: `title: T\nprinciples: [${principle}]`, sections: { Action: action } });
    for (const [principle, action] of [
      ['Success and Scale Bring Broad Responsibility', 'I hauled the lost pots off the sea bed so they would stop fishing on their own.'],
      [
        'Success and Scale Bring Broad Responsibility',
        'I swabbed every line before the run, thinking of the allergic children who eat our bars.',
      ],
      ['Earn Trust', 'I put the figures on the noticeboard and answered every question at the meeting.'],
      ['Insist on the Highest Standards', 'I would not put my name to a cover-only job, so I stripped the frame back to the wood.'],
      ['Success and Scale Bring Broad Responsibility', 'I reported it as a food safety case and held the herd back from the food chain.'],
    ])
      assert.deepStrictEqual(findingsOf(story(principle, action), 'principle-not-shown'), [], principle);
  });
  it('reads a story whose Action is under a heading it cannot name from the text outside its sections', () => {
    // Two headings only: too few to take "The plan" for the Action by its place (sectionInference.ts).
    const story = (plan) =>
      [
        '---',
        'title: T',
        'principles: [Frugality]',
        '---',
        'Snow closed the road to our warehouse on the day 120 parcels were due to go out to families.',
        '',
        '## The plan',
        plan,
        '## Afterwards',
        'We gave out 112 of the 120 parcels that day and the last 8 on Monday.',
        '',
      ].join('\n');
    assert.deepStrictEqual(
      findingsOf(
        story('With no budget for a van, I borrowed two cars from parents for free and packed the parcels at the church hall.'),
        'principle-not-shown',
      ),
      [],
    );
    assert.strictEqual(
      findingsOf(
        story('I rang every volunteer on the list and packed the parcels at the church hall with the ones who came.'),
        'principle-not-shown',
      ).length,
      1,
    );
    // Text that is not known to be the Action or Result is not read for hedges.
    assert.deepStrictEqual(findingsOf(story('I kind of helped the drivers load the cars with no budget at all.'), 'hedging'), []);
  });
  it('judges a custom catalog by its own evidence terms, and never a principle without any', () => {
    const catalogs = [
      { id: 'acme', label: 'Acme values', principles: [{ name: 'Be Kind', evidence: ['kindness', 'thanked'] }, { name: 'Move Fast' }] },
    ];
    const c = config({ catalogs, catalog: 'acme' });
    const text = (action) => storyText({ frontMatter: 'title: T\nprinciples: [Be Kind, Move Fast]', sections: { Action: action } });
    const quiet = findingsOf(
      text('I thanked the night crew in person and wrote each of them a note, then I rebuilt the rota.'),
      'principle-not-shown',
      c,
    );
    assert.deepStrictEqual(quiet, []);
    const loud = findingsOf(
      text('I rebuilt the rota from scratch and moved the weekend shifts around so nobody worked three in a row.'),
      'principle-not-shown',
      c,
    );
    assert.deepStrictEqual(
      loud.map((f) => f.principle),
      ['Be Kind'],
    );
  });
});

describe('suggestedPrinciples', () => {
  it('names at most three principles the story shows, strongest first, for every story', () => {
    const text = storyText({
      frontMatter: 'title: T',
      sections: {
        Action:
          'I mentored two junior engineers through their first on-call rotation, paired with each of them weekly and coached them until both ran incidents on their own; one was promoted a year later.',
      },
    });
    const { suggestedPrinciples } = lint(text);
    assert.ok(suggestedPrinciples.length >= 1 && suggestedPrinciples.length <= 3);
    assert.strictEqual(suggestedPrinciples[0], 'Hire and Develop the Best');
  });
  it('is empty when nothing stands out', () => {
    assert.deepStrictEqual(
      lint(storyText({ sections: { Situation: 'It was a Tuesday.', Task: 'Do it.', Action: 'I did it.', Result: 'It was done.' } }))
        .suggestedPrinciples,
      [],
    );
  });
});

describe('the coach readied in steps', () => {
  it('judges a story exactly as one compiled at first use, each step a small piece of the work', () => {
    const { EvidenceModel } = require('../../../out/core/coach/evidence');
    const { suggestionsWith, coachWith } = require('../../../out/core/coach');
    const { parseLearnedTable } = require('../../../out/core/coach/learned');
    const { LEARNED_SUGGESTIONS } = require('../../../out/core/coach/learnedWeights');
    const table = parseLearnedTable(LEARNED_SUGGESTIONS);
    const stepped = new EvidenceModel(core.AMAZON_CATALOG, table);
    let steps = 0;
    while (stepped.compileStep()) steps++;
    // One step per principle, then the learned table, then each principle's learned phrases: never all in one go.
    assert.strictEqual(steps, 2 * core.AMAZON_CATALOG.principles.length);
    assert.strictEqual(stepped.compileStep(), false, 'nothing left once compiled');
    const atOnce = new EvidenceModel(core.AMAZON_CATALOG, table);
    const story = core.parseStory(
      storyText({
        sections: {
          Situation: SITUATION,
          Task: TASK,
          Action:
            'I cut the count to one aisle a night, paired each new picker with a veteran and coached them until they counted alone, and spent nothing on new scanners.',
          Result: 'The year-end count matched the books within 0.2%, and two of the pickers became team leads.',
        },
      }),
    );
    const suggestions = suggestionsWith(story, stepped);
    assert.ok(suggestions.length > 0);
    assert.deepStrictEqual(suggestions, suggestionsWith(story, atOnce));
    assert.deepStrictEqual(stepped.principles, atOnce.principles);
    const judged = (model) => {
      const heard = [];
      const report = coachWith(story, core.defaultConfig(), model, (...e) => heard.push(e));
      return { shown: report.shown, heard };
    };
    assert.deepStrictEqual(judged(stepped), judged(atOnce));
  });
  it('readies the catalog the config uses, so the first story does not compile it', () => {
    const c = config();
    while (core.prepareCoachStep(c));
    assert.strictEqual(core.prepareCoachStep(c), false);
    assert.ok(core.evidenceModel(core.activeCatalog(c)).principles.length > 0);
  });
});

describe('quick fix: add a suggested principle', () => {
  const base = (fm) => `---\n${fm}\n---\n## Situation\n\nText.\n`;
  const added = (fm, name) => {
    const text = base(fm);
    const { story, findings } = lint(text);
    const summary = core.summarize({ story, findings }, core.defaultConfig());
    return lint(apply(text, addPrincipleFix(summary, text.split('\n'), name))).story.principles.map((p) => p.canonical);
  };
  for (const [shape, fm, want] of [
    ['a flow list', 'title: T\nprinciples: [Ownership]', ['Ownership', 'Are Right, A Lot']],
    ['a block list', 'title: T\nprinciples:\n  - Ownership', ['Ownership', 'Are Right, A Lot']],
    ['an empty key', 'title: T\nprinciples:', ['Are Right, A Lot']],
    ['no key', 'title: T', ['Are Right, A Lot']],
    ['a comma-separated string', 'title: T\nprinciples: Ownership, Frugality', ['Ownership', 'Frugality', 'Are Right, A Lot']],
  ]) {
    it(`adds a name with a comma in it to ${shape}`, () => assert.deepStrictEqual(added(fm, 'Are Right, A Lot'), want));
  }
  it('adds front matter to a story that has none', () => {
    const text = '## Situation\n\nText.\n\n## Action\n\nI did it.\n';
    const { story, findings } = lint(text);
    const summary = core.summarize({ story, findings }, core.defaultConfig());
    const out = apply(text, addPrincipleFix(summary, text.split('\n'), 'Have Backbone; Disagree and Commit'));
    assert.deepStrictEqual(
      lint(out).story.principles.map((p) => p.canonical),
      ['Have Backbone; Disagree and Commit'],
    );
  });
});

describe('the story checklist', () => {
  it('lists WHO, HOW MUCH, I, clear and each declared principle', () => {
    const text = storyText({
      frontMatter: 'title: T\nprinciples: [Frugality]',
      sections: {
        Situation: SITUATION,
        Action: 'I helped the team trace the failures to a shared test database and gave each run its own copy of it.',
      },
    });
    const { story, findings } = lint(text);
    const s = core.summarize({ story, findings }, core.defaultConfig());
    const items = core.checklist(s.health, s.coach);
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.ok]),
      [
        ['WHO', false],
        ['HOW MUCH', true],
        ['I', true],
        ['Clear', false],
        ['Frugality', false],
      ],
    );
  });
});

describe('the coach on hostile input', () => {
  it('leaves a text over 64 KB unjudged (story-length reports it), so a pasted megabyte never holds the editor', () => {
    const long = storyText({
      frontMatter: 'title: T\nprinciples: [Frugality]',
      sections: { Situation: 'We kept the old servers running. '.repeat(2200) },
    });
    assert.ok(long.length > 64 * 1024);
    const result = lint(long);
    assert.deepStrictEqual(
      result.findings.filter((f) => ['missing-role', 'hedging', 'principle-not-shown'].includes(f.rule)),
      [],
    );
    assert.deepStrictEqual(result.suggestedPrinciples, []);
    assert.ok(result.findings.some((f) => f.rule === 'story-length'));
  });

  // Each pattern repeats what one of the finders looks at; time must grow with the length, not its square.
  const patterns = [
    'I was the ',
    'as the as a ',
    'I helped and helped ',
    'kind of sort of ',
    'I tried to ',
    'the the the ',
    '“ " « ',
    'a-b-c/d ',
    'İ',
  ];
  const timed = (text) => {
    const start = process.hrtime.bigint();
    lint(text);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (const p of patterns) {
    it(`stays linear on a long run of ${JSON.stringify(p)}`, () => {
      const make = (n) =>
        storyText({
          frontMatter: 'title: T\nprinciples: [Frugality, Ownership]',
          sections: { Situation: p.repeat(n), Action: p.repeat(n), Result: p.repeat(n) },
        });
      // As long as the coach still judges a story (64 KB), and a quarter of that.
      const n = Math.floor(60000 / (3 * p.length));
      const quarter = Math.floor(n / 4);
      assert.ok(make(n).length <= 64 * 1024, 'the long text is still read by the coach');
      timed(make(quarter));
      // The best of three, so a pause of the machine is not taken for the engine's time.
      const small = Math.max(Math.min(timed(make(quarter)), timed(make(quarter)), timed(make(quarter))), 20);
      const big = Math.min(timed(make(n)), timed(make(n)));
      assert.ok(big < small * 16, `${big.toFixed(0)} ms for 4× the text after ${small.toFixed(0)} ms`);
      assert.ok(big < 10000, `${big.toFixed(0)} ms`);
    });
  }
});
