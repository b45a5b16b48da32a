import type { Catalog, FocusSet } from './principles';

/** Amazon's 16 Leadership Principles, with the other ways people write them and a line in our own words. */
export const AMAZON_CATALOG: Catalog = {
  id: 'amazon',
  label: 'Amazon Leadership Principles',
  principles: [
    {
      name: 'Customer Obsession',
      aliases: [
        'customer obsessed',
        'customer focus',
        'customer first',
        'customer centric',
        'customer-centricity',
        'obsess over customers',
        'customer',
      ],
      description: 'Start from what the customer needs and work backwards; earn and keep their trust.',
    },
    {
      name: 'Ownership',
      aliases: ['owner', 'take ownership', 'act like an owner', 'accountability'],
      description: 'Act for the long term and beyond your own team; never say "that is not my job".',
    },
    {
      name: 'Invent and Simplify',
      aliases: ['invent & simplify', 'innovate and simplify', 'innovation', 'simplify', 'invent'],
      description: 'Look for new ideas anywhere and make things simpler, accepting being misunderstood for a while.',
    },
    {
      name: 'Are Right, A Lot',
      aliases: ['are right a lot', 'be right a lot', 'right a lot', 'good judgment', 'good judgement', 'judgment', 'judgement'],
      description: 'Make sound calls with good instincts, seek other views, and work to disprove your own beliefs.',
    },
    {
      name: 'Learn and Be Curious',
      aliases: ['learn & be curious', 'be curious', 'curiosity', 'learning', 'curious'],
      description: 'Keep learning and improving; explore new possibilities out of real curiosity.',
    },
    {
      name: 'Hire and Develop the Best',
      aliases: ['hire & develop the best', 'hire and develop', 'develop the best', 'develop people', 'hiring', 'mentoring', 'coaching'],
      description: 'Raise the bar with every hire and promotion, and take coaching others seriously.',
    },
    {
      name: 'Insist on the Highest Standards',
      aliases: ['highest standards', 'high standards', 'insist on high standards', 'quality'],
      description: 'Keep raising the bar, so defects do not travel downstream and problems get fixed for good.',
    },
    {
      name: 'Think Big',
      aliases: ['big thinking', 'think bigger', 'vision'],
      description: 'Set a bold direction that inspires results and look around corners for ways to serve customers.',
    },
    {
      name: 'Bias for Action',
      aliases: ['bias to action', 'bias-for-action', 'action bias', 'speed', 'calculated risk'],
      description: 'Speed matters: many decisions can be reversed, so take calculated risks instead of waiting.',
    },
    {
      name: 'Frugality',
      aliases: ['frugal', 'do more with less', 'cost conscious'],
      description: 'Do more with less; constraints breed resourcefulness and invention.',
    },
    {
      name: 'Earn Trust',
      aliases: ['earn the trust', 'trust', 'earning trust', 'build trust'],
      description: 'Listen, speak candidly, treat others respectfully, and own your mistakes openly.',
    },
    {
      name: 'Dive Deep',
      aliases: ['deep dive', 'dive deeper', 'diving deep', 'attention to detail'],
      description: 'Stay close to the details, audit often, and question when metrics and stories disagree.',
    },
    {
      name: 'Have Backbone; Disagree and Commit',
      aliases: [
        'have backbone disagree and commit',
        'backbone',
        'have backbone',
        'disagree and commit',
        'disagree & commit',
        'disagree commit',
      ],
      description: 'Challenge decisions you disagree with, respectfully, then commit fully once a call is made.',
    },
    {
      name: 'Deliver Results',
      aliases: ['delivering results', 'deliver result', 'results', 'get results', 'delivery'],
      description: 'Focus on the inputs that matter and deliver with the right quality and on time, despite setbacks.',
    },
    {
      name: "Strive to be Earth's Best Employer",
      aliases: ["earth's best employer", 'earths best employer', 'best employer', 'strive to be earths best employer'],
      description: 'Make work safer, fairer and more fulfilling, and help people grow, here or elsewhere.',
    },
    {
      name: 'Success and Scale Bring Broad Responsibility',
      aliases: ['success and scale', 'broad responsibility', 'success & scale bring broad responsibility', 'scale brings responsibility'],
      description: 'Be humble about your impact on the world and leave things better than you found them.',
    },
  ],
};

export const BUILT_IN_CATALOGS: readonly Catalog[] = [AMAZON_CATALOG];

export const BUILT_IN_FOCUS_SETS: readonly FocusSet[] = [
  {
    id: 'aws',
    label: 'AWS roles',
    catalog: 'amazon',
    principles: ['Customer Obsession', 'Learn and Be Curious', 'Deliver Results', 'Earn Trust'],
  },
];
