// Generates realistic STAR stories (150–800 words) from a seed, for the benchmarks.
// Deterministic: the same seed gives the same corpus, so runs compare like with like.
'use strict';

const PRINCIPLES = [
  'Customer Obsession',
  'Ownership',
  'Invent and Simplify',
  'Are Right, A Lot',
  'Learn and Be Curious',
  'Hire and Develop the Best',
  'Insist on the Highest Standards',
  'Think Big',
  'Bias for Action',
  'Frugality',
  'Earn Trust',
  'Dive Deep',
  'Have Backbone; Disagree and Commit',
  'Deliver Results',
];
const SUBJECTS = [
  'the checkout service',
  'our support queue',
  'the warehouse pick list',
  'the onboarding flow',
  'a vendor contract',
  'the nightly billing job',
  'the clinic rota',
  'the grading process',
  'our release pipeline',
  'the returns desk',
];
const PROBLEMS = [
  'kept failing under load',
  'was weeks behind',
  'lost customers every month',
  'cost far more than planned',
  'confused new staff',
  'broke whenever two people used it',
];
const VERBS = [
  'mapped',
  'measured',
  'rewrote',
  'interviewed',
  'prototyped',
  'negotiated',
  'automated',
  'documented',
  'tested',
  'simplified',
  'reviewed',
  'scheduled',
];
const OBJECTS = [
  'every step of the process',
  'the slowest queries',
  'the five biggest customers',
  'the old spreadsheet',
  'each failure by hand',
  'the approval chain',
  'a small pilot with one team',
  'the alerts we ignored',
];
const FILLER = [
  'which took longer than I expected',
  'because nobody owned it',
  'so the team could see progress',
  'while keeping the old path running',
  'after checking with my manager',
  'before the holiday peak',
];
const RESULTS = [
  'Errors fell from 40 a week to 6',
  'We saved $18k a year',
  'Wait times dropped by 35%',
  'Conversions doubled within a quarter',
  'Ticket backlog went from 900 to 120',
  'The customers were happier afterwards',
  'The launch went smoothly',
];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeStory(seed, words = 150 + Math.floor(prng(seed ^ 0x9e37)() * 650)) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = (subjectFirst) =>
    `${subjectFirst ? 'I' : pick(['I', 'We', 'My manager and I'])} ${pick(VERBS)} ${pick(OBJECTS)}, ${pick(FILLER)}.`;
  const para = (n) => Array.from({ length: n }, () => sentence(rand() < 0.6)).join(' ');
  const principles = [pick(PRINCIPLES), pick(PRINCIPLES)];
  const subject = pick(SUBJECTS);
  const title = `Fixing ${subject} (${seed})`;
  // About 14 words a sentence; share the length out over the four sections.
  const sentences = Math.max(4, Math.round(words / 14));
  const s = Math.max(1, Math.round(sentences * 0.2));
  const t = Math.max(1, Math.round(sentences * 0.1));
  const a = Math.max(1, Math.round(sentences * 0.55));
  const r = Math.max(1, sentences - s - t - a);
  return [
    '---',
    `title: "${title}"`,
    `principles: [${principles.map((p) => (p.includes(',') ? `"${p}"` : p)).join(', ')}]`,
    `date: 2024-0${1 + (seed % 9)}-1${seed % 10}`,
    '---',
    '',
    `# ${title}`,
    '',
    '## Situation',
    '',
    `${subject[0].toUpperCase()}${subject.slice(1)} ${pick(PROBLEMS)}. ${para(s)}`,
    '',
    '## Task',
    '',
    para(t),
    '',
    '## Action',
    '',
    ...Array.from({ length: Math.ceil(a / 3) }, () => `- ${para(3)}`),
    '',
    '## Result',
    '',
    `${pick(RESULTS)}. ${para(r)}`,
    '',
  ].join('\n');
}

function makeNote(seed) {
  const rand = prng(seed);
  const lines = ['# Meeting notes ' + seed, ''];
  const n = 5 + Math.floor(rand() * 30);
  for (let i = 0; i < n; i++)
    lines.push(
      rand() < 0.3
        ? `- item ${i}: follow up with ${SUBJECTS[i % SUBJECTS.length]}`
        : `Paragraph ${i} about ${SUBJECTS[(i * 7) % SUBJECTS.length]} and what ${PROBLEMS[i % PROBLEMS.length]}.`,
      '',
    );
  return lines.join('\n');
}

module.exports = { makeStory, makeNote, prng };
