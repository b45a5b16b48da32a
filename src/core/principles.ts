/** A principle of a catalog: its canonical name and the other ways people write it. */
export interface Principle {
  name: string;
  aliases?: string[];
  /** One line in our own words, shown on hover and in the coverage view. */
  description?: string;
  /** Words and phrases that show the principle in a story (custom catalogs); built-in ones have a lexicon. */
  evidence?: string[];
}

export interface Catalog {
  id: string;
  label: string;
  principles: Principle[];
}

/** A named subset of a catalog's principles that a team weighs most. */
export interface FocusSet {
  id: string;
  label: string;
  catalog: string;
  principles: string[];
}

export const AMAZON_CATALOG: Catalog = {
  id: 'amazon',
  label: 'Amazon Leadership Principles',
  principles: [
    {
      name: 'Customer Obsession',
      aliases: ['customer obsessed', 'customer focus', 'customer first', 'customer centric', 'customer-centricity', 'obsess over customers', 'customer'],
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
      aliases: ['have backbone disagree and commit', 'backbone', 'have backbone', 'disagree and commit', 'disagree & commit', 'disagree commit'],
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

/** Lower case, `&` read as "and", apostrophes dropped, every other non-alphanumeric run one space. */
export function normalizeName(name: string): string {
  let key = normalized.get(name);
  if (key === undefined) {
    key = name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/['’`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // The same few names recur in every story; the bound keeps odd input from growing the memo.
    if (normalized.size >= 2000) normalized.clear();
    if (name.length <= 200) normalized.set(name, key);
  }
  return key;
}

const normalized = new Map<string, string>();

export interface PrincipleMatch {
  canonical?: string;
  suggestion?: string;
}

/** Looks names up in one catalog: exact (normalised) names and aliases, else the nearest name. */
export class PrincipleMatcher {
  private readonly byName = new Map<string, string>();
  /** Normalised names that contain a comma when written, so a comma-separated list is not split inside them. */
  private readonly commaNames: { normalized: string; canonical: string }[] = [];

  constructor(readonly catalog: Catalog) {
    for (const p of catalog.principles) {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const key = normalizeName(n);
        if (key && !this.byName.has(key)) this.byName.set(key, p.name);
        if (n.includes(',')) this.commaNames.push({ normalized: key, canonical: p.name });
      }
    }
  }

  match(raw: string): PrincipleMatch {
    const key = normalizeName(raw);
    if (!key) return {};
    const exact = this.byName.get(key);
    if (exact) return { canonical: exact };
    return { suggestion: this.nearest(key) };
  }

  /**
   * Splits a comma-separated principles string, keeping names that contain a comma
   * ("Are Right, A Lot") whole.
   */
  splitList(value: string): string[] {
    const parts = value.split(',');
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const joined = i + 1 < parts.length ? parts[i] + ',' + parts[i + 1] : undefined;
      if (joined !== undefined && this.commaNames.some((c) => c.normalized === normalizeName(joined))) {
        out.push(joined.trim());
        i++;
      } else if (parts[i].trim()) {
        out.push(parts[i].trim());
      }
    }
    return out;
  }

  /** The closest canonical name, when it is close enough to be a likely typo or variant. */
  private nearest(key: string): string | undefined {
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [name, canonical] of this.byName) {
      const d = editDistance(key, name);
      // Relative distance, so long names tolerate more typos than short ones.
      const score = d / Math.max(key.length, name.length);
      if (score < bestScore) {
        bestScore = score;
        best = canonical;
      }
    }
    if (best !== undefined && bestScore <= 0.34) return best;
    // A name that shares a distinctive word ("obsession", "backbone") still points somewhere useful.
    const words = key.split(' ').filter((w) => w.length >= 5);
    for (const p of this.catalog.principles) {
      const nameWords = normalizeName(p.name).split(' ');
      if (words.some((w) => nameWords.includes(w))) return p.name;
    }
    return undefined;
  }
}

/** Levenshtein distance; long inputs are not compared (they are no name anyone meant). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
