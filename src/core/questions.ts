/**
 * Behavioral interview questions to rehearse with, each tied to the Amazon Leadership Principles it
 * probes, and a chooser that leans toward the principles a story bank is weakest on. Pure data and
 * pure functions: the caller supplies the counts and the random source.
 */

export interface PracticeQuestion {
  /** Stable id: the chooser avoids repeating one, and tests check they are unique. */
  id: string;
  text: string;
  /** Canonical names from AMAZON_CATALOG; the first is the principle the question mainly probes. */
  principles: string[];
}

const CO = 'Customer Obsession';
const OWN = 'Ownership';
const IS = 'Invent and Simplify';
const ARL = 'Are Right, A Lot';
const LBC = 'Learn and Be Curious';
const HDB = 'Hire and Develop the Best';
const IHS = 'Insist on the Highest Standards';
const TB = 'Think Big';
const BFA = 'Bias for Action';
const FRU = 'Frugality';
const ET = 'Earn Trust';
const DD = 'Dive Deep';
const HB = 'Have Backbone; Disagree and Commit';
const DR = 'Deliver Results';
const EBE = "Strive to be Earth's Best Employer";
const SSB = 'Success and Scale Bring Broad Responsibility';

const q = (id: string, text: string, ...principles: string[]): PracticeQuestion => ({ id, text, principles });

export const QUESTION_BANK: readonly PracticeQuestion[] = [
  q(
    'co-1',
    'Describe a time you changed your plan after learning what a customer actually needed, rather than what they first asked for.',
    CO,
  ),
  q('co-2', 'Tell me about a customer problem you went well out of your way to solve. What did it cost you, and why was it worth it?', CO),
  q(
    'co-3',
    'Give an example of a decision where what was good for the customer and what was easy for your team pulled in different directions. What did you choose?',
    CO,
  ),
  q('co-4', 'When did you use customer feedback or usage data to find a problem that nobody had reported yet?', CO, DD),
  q('co-5', 'Tell me about a time you had to tell a customer no. How did you keep their trust?', CO, ET),

  q('own-1', 'Tell me about a problem outside your own area that you took on because nobody else was going to.', OWN),
  q('own-2', 'Describe a time you gave up a quick win to protect a longer-term outcome.', OWN),
  q('own-3', 'Tell me about something you built or launched that later broke. What did you do once the immediate fix was in?', OWN, IHS),
  q('own-4', 'Describe a commitment you made that you could not keep. How did you handle it with the people relying on you?', OWN, ET),
  q('own-5', 'Tell me about a process or system you inherited and improved even though nobody asked you to.', OWN),

  q('is-1', 'Tell me about the simplest solution you found to a problem that others were treating as complicated.', IS),
  q('is-2', 'Describe an idea of yours that people doubted at first. How did you get it tried?', IS, HB),
  q('is-3', 'Give an example of something you removed (a step, a tool, a meeting) and what got better because it was gone.', IS, FRU),
  q('is-4', 'Tell me about an idea you borrowed from another team, field or company and adapted to your own problem.', IS, LBC),
  q('is-5', 'When did you come up with a new way of doing a routine task? How did you know it was better?', IS),

  q(
    'arl-1',
    'Tell me about a decision you had to make with incomplete information. How did you decide, and how did it turn out?',
    ARL,
    BFA,
  ),
  q('arl-2', 'Describe a time you were sure you were right and then found out you were wrong. What changed your mind?', ARL),
  q('arl-3', 'Give an example of when you went looking for views that differed from yours before an important call.', ARL),
  q('arl-4', 'Tell me about a judgement call where your instinct disagreed with the data. Which did you follow, and why?', ARL, DD),
  q('arl-5', 'Describe a prediction you made about a project, product or person that others doubted and that proved right.', ARL),

  q('lbc-1', 'Tell me about something you taught yourself recently and how you put it to use at work.', LBC),
  q('lbc-2', 'Describe a time when following up on a side question led you to something useful.', LBC),
  q('lbc-3', 'Give an example of feedback that changed the way you work.', LBC),
  q('lbc-4', 'Tell me about a field or technology you knew nothing about and had to learn fast. How did you go about it?', LBC),
  q('lbc-5', 'How do you keep learning outside your day-to-day work? Give a specific time it paid off.', LBC),

  q('hdb-1', 'Tell me about someone you coached who went on to do more than they thought they could.', HDB),
  q('hdb-2', 'Describe a hiring decision where you held the bar even though the team badly needed someone.', HDB, IHS),
  q('hdb-3', 'Give an example of hard feedback you gave to help someone grow. How did they take it, and what happened next?', HDB, ET),
  q('hdb-4', 'Tell me about a time you helped a struggling teammate turn their performance around.', HDB, EBE),
  q('hdb-5', 'Describe how you helped someone move toward the role they wanted, even though it meant your team would lose them.', HDB, EBE),

  q('ihs-1', 'Tell me about a time you refused to ship something because it was not good enough. What happened next?', IHS),
  q('ihs-2', 'Describe a standard you raised for your team. How did you get people to adopt it?', IHS),
  q('ihs-3', 'Give an example of a recurring problem you fixed at its root instead of patching it one more time.', IHS, DD),
  q('ihs-4', 'Tell me about work you were once proud of that you now think was not good enough. What would you do differently?', IHS, LBC),
  q('ihs-5', 'When did you push back on a deadline to protect quality? How did you make the case?', IHS, HB),

  q('tb-1', 'Tell me about a time you proposed a much bigger goal than the one you were given.', TB),
  q('tb-2', 'Describe a long-term direction you wrote down or championed. How did you get others behind it?', TB),
  q('tb-3', 'Give an example of a small fix that you turned into a broader change helping many more people.', TB, OWN),
  q('tb-4', 'Tell me about a bold bet you made that did not pay off. What did you take away from it?', TB, LBC),
  q('tb-5', 'When did you look past the immediate request to prepare for what customers would need a year later?', TB, CO),

  q('bfa-1', 'Tell me about a time you moved quickly without waiting for every approval. How did you judge the risk?', BFA),
  q('bfa-2', 'Describe a situation where waiting for more data would have cost too much. What did you do instead?', BFA, ARL),
  q('bfa-3', 'Give an example of a decision you made fast and later had to reverse. What did you learn?', BFA),
  q('bfa-4', 'Tell me about a stalled project you got moving again.', BFA, DR),
  q('bfa-5', 'When did you release a first version sooner than planned so you could learn from real users?', BFA, CO),

  q('fru-1', 'Tell me about a goal you reached with far less budget, time or people than you wanted.', FRU, DR),
  q('fru-2', 'Describe a time you cut a cost without making things worse for customers.', FRU, CO),
  q('fru-3', 'Give an example of a resource you turned down or handed back because you could do without it.', FRU),
  q('fru-4', 'Tell me about a constraint that pushed you to a better solution than more money would have bought.', FRU, IS),

  q('et-1', 'Tell me about a mistake of yours that you made known before anyone else found it.', ET, OWN),
  q('et-2', 'Describe a working relationship that started badly. How did you turn it around?', ET),
  q('et-3', 'Give an example of an unwelcome truth you told someone senior. How did you say it?', ET, HB),
  q('et-4', 'Tell me about criticism you thought was unfair at first but ended up acting on.', ET, LBC),
  q('et-5', 'When did you win the trust of a team that did not report to you, and how?', ET),

  q('dd-1', 'Tell me about a time a metric looked fine but you suspected something was off. What did you find?', DD),
  q('dd-2', 'Describe the hardest problem you have investigated. How did you narrow it down?', DD),
  q('dd-3', 'Give an example of a detail you caught that others had missed, and what it would have cost.', DD, IHS),
  q('dd-4', 'Tell me about a time you had to learn a system or a business area in far more detail than usual to make a call.', DD, ARL),
  q('dd-5', 'When did numbers you gathered yourself contradict what the team believed? What did you do with them?', DD, HB),

  q('hb-1', 'Describe a decision of your manager that you argued against. How did you argue, and what did you do once it was final?', HB),
  q('hb-2', 'Tell me about a time you committed fully to a plan you had argued against.', HB),
  q('hb-3', 'Give an example of when you held your position against a group that all agreed with each other.', HB),
  q('hb-4', "Describe a time you changed a senior person's mind. What evidence did you bring?", HB, ET),
  q('hb-5', 'When did you decide not to push back on something? Looking back, was that the right call?', HB, ARL),

  q('dr-1', 'Tell me about a goal you hit despite a serious setback partway through.', DR),
  q('dr-2', 'Describe a time you had to decide what to drop so that the most important thing still shipped on time.', DR, BFA),
  q('dr-3', 'Give an example of the result you are proudest of. Which numbers show it?', DR),
  q('dr-4', 'Tell me about a project that missed its goal. What did you deliver anyway, and what would you change?', DR, LBC),
  q('dr-5', 'When did you keep a team focused on a deadline while priorities kept shifting around it?', DR),

  q('ebe-1', "Tell me about something you changed to make your team's work safer, fairer or less draining.", EBE),
  q('ebe-2', 'Describe a time you noticed a colleague was struggling, beyond what showed in their work. What did you do?', EBE, ET),
  q('ebe-3', 'Give an example of how you helped someone new feel welcome and become productive quickly.', EBE, HDB),
  q('ebe-4', 'Tell me about a time you spoke up for someone whose voice was not being heard.', EBE, HB),
  q('ebe-5', "When did you put people's wellbeing ahead of a short-term target, and how did you explain the choice?", EBE),

  q('ssb-1', 'Tell me about a time you weighed the effect of your work on people beyond your users and your company.', SSB),
  q('ssb-2', 'Describe a decision where doing right by the wider community competed with a business goal. How did you resolve it?', SSB),
  q('ssb-3', 'Give an example of leaving a system, a team or a place better than you found it, beyond what your role required.', SSB, OWN),
  q('ssb-4', 'Tell me about a risk to privacy, safety or the environment that you spotted and acted on.', SSB, IHS),
  q('ssb-5', 'When did you realise that something you built, used at a larger scale, could harm someone? What did you change?', SSB, TB),
];

/** Questions that probe `principle` (a canonical name), in bank order. */
export function questionsFor(principle: string, bank: readonly PracticeQuestion[] = QUESTION_BANK): PracticeQuestion[] {
  return bank.filter((x) => x.principles.includes(principle));
}

/**
 * A catalog of the user's own (another company's values) has no written questions: these templates
 * keep practice useful there, phrased so any value name reads naturally.
 */
export function genericQuestions(principle: string): PracticeQuestion[] {
  const key =
    principle
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'principle';
  return [
    q(
      `custom:${key}-1`,
      `Tell me about a time your work showed "${principle}". What did you do yourself, and what changed because of it?`,
      principle,
    ),
    q(`custom:${key}-2`, `Describe a situation where living up to "${principle}" was hard. What did you choose, and why?`, principle),
    q(`custom:${key}-3`, `Give your strongest recent example of "${principle}". Which number shows the result?`, principle),
  ];
}

/** How strongly "Surprise me" leans; exported so the host can explain the weighting. */
export const CHOOSER_WEIGHTS = {
  /** A principle with no story at all. */
  gap: 3,
  /** A principle with exactly one story: covered, but one follow-up question away from a gap. */
  thin: 2,
  /** A principle in the focus set the user filters to. */
  focus: 4,
} as const;

export interface ChooseOptions {
  /** Ask about this principle (canonical name); without it the chooser picks one by weight. */
  principle?: string;
  /** Principles to choose among, in catalog order. Defaults to every principle in the bank, in bank order. */
  principles?: readonly string[];
  /** Stories per principle; a principle missing here has none. */
  coverage?: Readonly<Record<string, number>>;
  /** The active focus set's principles, if any. */
  focus?: readonly string[];
  /** How often each principle was practised; missing means never. */
  practiceCounts?: Readonly<Record<string, number>>;
  /** Question ids not to ask again if another is available (the last one asked). */
  avoid?: readonly string[];
  /** Uniform in [0, 1): `Math.random` in use, a seeded generator in tests. */
  random: () => number;
  bank?: readonly PracticeQuestion[];
}

export interface ChosenQuestion {
  principle: string;
  question: PracticeQuestion;
}

export interface PrincipleWeight {
  principle: string;
  weight: number;
}

/**
 * Weight of each principle for "Surprise me": gaps and thin principles up, the focus set up, and
 * principles practised more often than the least-practised one down (1 / (1 + extra practice)).
 * Practice is counted relative to the least-practised principle so the lean stays the same after
 * weeks of use, instead of flattening out as every count grows.
 */
export function principleWeights(options: Omit<ChooseOptions, 'random' | 'principle'>): PrincipleWeight[] {
  const bank = options.bank ?? QUESTION_BANK;
  const principles = options.principles ?? [...new Set(bank.flatMap((x) => x.principles))];
  const focus = new Set(options.focus ?? []);
  const practised = (p: string) => Math.max(0, options.practiceCounts?.[p] ?? 0);
  const least = principles.length > 0 ? Math.min(...principles.map(practised)) : 0;
  return principles.map((principle) => {
    const stories = options.coverage?.[principle] ?? 0;
    let weight = stories === 0 ? CHOOSER_WEIGHTS.gap : stories === 1 ? CHOOSER_WEIGHTS.thin : 1;
    if (focus.has(principle)) weight *= CHOOSER_WEIGHTS.focus;
    weight /= 1 + (practised(principle) - least);
    return { principle, weight };
  });
}

/** Index into `weights` that `r` (in [0, 1)) falls on, walking the cumulative sum. */
function pick(weights: readonly number[], r: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return Math.min(weights.length - 1, Math.floor(clamp01(r) * weights.length));
  let at = clamp01(r) * total;
  for (let i = 0; i < weights.length; i++) {
    if (at < weights[i]) return i;
    at -= weights[i];
  }
  // Rounding can leave a sliver past the last weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  return weights.length - 1;
}

function clamp01(r: number): number {
  if (!Number.isFinite(r) || r < 0) return 0;
  return r >= 1 ? 1 - Number.EPSILON : r;
}

/**
 * Picks a principle (the given one, or one by weight) and then one of its questions, avoiding the
 * ids in `avoid` while others remain. Deterministic for a given `random`. Undefined only when there
 * is no principle to choose from.
 */
export function chooseQuestion(options: ChooseOptions): ChosenQuestion | undefined {
  const bank = options.bank ?? QUESTION_BANK;
  let principle = options.principle;
  if (principle === undefined) {
    const weights = principleWeights(options);
    if (weights.length === 0) return undefined;
    principle =
      weights[
        pick(
          weights.map((w) => w.weight),
          options.random(),
        )
      ].principle;
  }
  let pool = questionsFor(principle, bank);
  if (pool.length === 0) pool = genericQuestions(principle);
  const avoid = new Set(options.avoid ?? []);
  const fresh = pool.filter((x) => !avoid.has(x.id));
  if (fresh.length > 0) pool = fresh;
  const question =
    pool[
      pick(
        pool.map(() => 1),
        options.random(),
      )
    ];
  return { principle, question };
}

/** Questions to ask at the end of an interview: the cheat sheet's last list and the `star-questions` snippet's. */
export const QUESTIONS_TO_ASK: readonly string[] = [
  'How does this role fit into the wider organisation, and which teams would I work with most?',
  'Which skills matter most for someone to do well here in the first year?',
  'What do onboarding and training look like in the first few months?',
  'Is there anything particular about the job I should know, such as travel, on-call or remote work?',
];
