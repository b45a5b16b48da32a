const assert = require('assert');
const { core, storyText } = require('../helpers');
const { lint, findingsOf, apply, SITUATION, TASK } = require('./coachHelpers');
const { roleLineFix } = require('../../../out/core/coachFixes');

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
      'My designation was Junior Analyst in the revenue protection cell.',
      'I run the engineering org of 40 people at our training centre.',
      'Our company runs clinical laboratories, and the three squads under me build the results app.',
      'I command the traffic police unit for the district, about 60 officers.',
      'Yo era jefe de línea (line supervisor) of stations 14 to 22.',
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
      'Since 2016 I have led the allocations team for the tenth and eleventh districts.',
      'I have run a guesthouse in Mestia with my mother for ten years.',
      'My wife and I are 50:50 sharemilkers on a 420-cow farm near Morrinsville.',
      'I joined an urban cooperative bank in Pune as IT Support Assistant, reporting to the IT head.',
      'My first job: I joined an NGO in Govandi as a community mobiliser.',
      'I left sixth form at 17 and started as a Level 3 IT and web apprentice at a family pottery.',
      'My job there was the IT support, alone.',
      'My job there was the gate: every delivery in and out, and the crane booking sheet.',
      "I am the chairlady of the vendors' committee at Manzini market.",
      'I am aksakal of the dried fruit row.',
      "I'm the sagristan (sacristan) of our parish, since 2009.",
      "I am présidente of our women's shea butter union in Léo.",
      'Since 2021 I am the administradora: I keep the books.',
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
      'Each trainee was paired with a senior welder as mentor.',
      'The three teachers trained as markers now lead moderation in their departments.',
      'The ice under me cracked.',
      'Yo era muy joven then, and the line ran late.',
      'I commanded attention in the room.',
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
      'I have run the numbers twice since.',
      'My wife and I are customers of the bank.',
      'As it turned out, the gate was locked.',
      'My job was to fix the gate.',
      'I joined the queue as a favour to her.',
      'This is from my years at a crushing plant, before I decided to retrain as a maths teacher.',
      'I ran six Saturday workshops in the winter for anyone in the guild.',
      'Guesthouses phone her, agencies send WhatsApp.',
      'Imported butter, cream and chocolate were priced in dollars.',
      'I was the youngest of the crew.',
      'I was the cause of the delay at the union.',
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
  it('reads "me:" and any word in the Situation heading as the role', () => {
    const text = storyText({ sections: { Situation: SITUATION, Task: TASK } }).replace(
      '## Situation',
      '## Situation (me: fjallkóngur, the "mountain king" who leads the round-up)',
    );
    assert.deepStrictEqual(findingsOf(text, 'missing-role'), []);
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
