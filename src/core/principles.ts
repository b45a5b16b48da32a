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

export { AMAZON_CATALOG, BUILT_IN_CATALOGS, BUILT_IN_FOCUS_SETS } from './amazonCatalog';

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
  /** The principle the name stands for; with a suggestion too, it is a misspelling read as that principle. */
  canonical?: string;
  suggestion?: string;
}

/** Words people drop from a principle's name: "Insist on Highest Standards", "Strive to be Earth's Best". */
const SMALL_WORDS = new Set(['the', 'a', 'an', 'on', 'to', 'be', 'and', 'of', 'for', 'in', 'at', 'we', 'are']);

function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => w && !SMALL_WORDS.has(w));
}

/** Looks names up in one catalog: exact (normalised) names and aliases, short forms, misspellings, else the nearest name. */
export class PrincipleMatcher {
  private readonly byName = new Map<string, string>();
  /** The same names without small words. */
  private readonly byContent = new Map<string, string>();
  /** Names and longer aliases (a misspelt short word is too often another word): content words joined by a space. */
  private readonly spellings: { key: string; canonical: string }[] = [];
  /** Normalised names that contain a comma when written, so a comma-separated list is not split inside them. */
  private readonly commaNames: { normalized: string; canonical: string }[] = [];
  /** The words before the comma of those names ("are right"): only after one of them can a split name continue. */
  private readonly commaHeads = new Set<string>();
  private readonly memo = new Map<string, PrincipleMatch>();

  constructor(readonly catalog: Catalog) {
    for (const p of catalog.principles) {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const key = normalizeName(n);
        if (key && !this.byName.has(key)) this.byName.set(key, p.name);
        const content = contentWords(key).join(' ');
        if (content && !this.byContent.has(content)) this.byContent.set(content, p.name);
        if (content.length >= 8) this.spellings.push({ key: content, canonical: p.name });
        if (n.includes(',')) {
          this.commaNames.push({ normalized: key, canonical: p.name });
          this.commaHeads.add(normalizeName(n.slice(0, n.indexOf(','))));
        }
      }
    }
  }

  match(raw: string): PrincipleMatch {
    const key = normalizeName(raw);
    if (!key) return {};
    const exact = this.byName.get(key);
    if (exact) return { canonical: exact };
    let found = this.memo.get(key);
    if (!found) {
      found = this.matchLoosely(key);
      if (this.memo.size >= 500) this.memo.clear();
      if (key.length <= 200) this.memo.set(key, found);
    }
    return { ...found };
  }

  /** True when the list items `head` and `tail`, joined back with a comma, are a name written with one. */
  isSplitName(head: string, tail: string): boolean {
    return this.commaHeads.has(normalizeName(head)) && this.isCommaName(`${head}, ${tail}`);
  }

  /** True when `text` (two list items joined back with a comma) is a name written with a comma. */
  isCommaName(text: string): boolean {
    const key = normalizeName(text);
    return this.commaNames.some((c) => c.normalized === key);
  }

  private matchLoosely(key: string): PrincipleMatch {
    const words = contentWords(key);
    const content = words.join(' ');
    const short = this.byContent.get(content);
    if (short) return { canonical: short };
    // A short form that keeps two or more of one principle's words, in order: "Earth's Best", "Backbone, Disagree".
    if (words.length >= 2) {
      const holders = this.catalog.principles.filter((p) => inOrder(words, contentWords(normalizeName(p.name))));
      if (holders.length === 1) return { canonical: holders[0].name };
    }
    // A name with words added that holds all of one principle's words: "Earn the Trust of Others", "Bias Toward
    // Action". Filed under it, and still pointed at the exact name.
    const wider = this.catalog.principles.filter((p) => contentWords(normalizeName(p.name)).every((w) => words.includes(w)));
    if (wider.length === 1) return { canonical: wider[0].name, suggestion: wider[0].name };
    const typo = this.misspelt(content);
    if (typo) return { canonical: typo, suggestion: typo };
    return { suggestion: this.nearest(key) };
  }

  /**
   * The principle a misspelt name stands for, when one is clearly closest: a few letters off
   * ("Customer Obsesion", "Ownrship") and the next principle at least two edits further.
   */
  private misspelt(content: string): string | undefined {
    if (content.length < 6 || content.length > 80) return undefined;
    const best = new Map<string, number>();
    for (const { key, canonical } of this.spellings) {
      if (Math.abs(key.length - content.length) > 3) continue;
      const d = editDistance(content, key, { swaps: true, limit: 3 });
      if (d < (best.get(canonical) ?? Infinity)) best.set(canonical, d);
    }
    const ranked = [...best.entries()].sort((a, b) => a[1] - b[1]);
    if (ranked.length === 0) return undefined;
    const [name, d] = ranked[0];
    const allowed = content.length < 12 ? 1 : content.length < 20 ? 2 : 3;
    if (d > allowed || (ranked.length > 1 && ranked[1][1] < d + 2)) return undefined;
    return name;
  }

  /**
   * Splits a principles string at commas and semicolons, keeping names that contain one ("Are Right, A Lot",
   * "Have Backbone; Disagree and Commit") whole, and quoted parts ("'Are Right, A Lot'") as one name.
   */
  splitList(value: string): string[] {
    const parts = splitOutsideQuotes(value);
    const out: string[] = [];
    let at = 0;
    for (let i = 0; i < parts.length; i++) {
      // Rejoined with the separator that stood there: "Are Right, A Lot", "Have Backbone; Disagree and Commit".
      const joined = i + 1 < parts.length ? parts[i] + value[at + parts[i].length] + parts[i + 1] : undefined;
      at += parts[i].length + 1;
      if (joined !== undefined && this.byName.has(normalizeName(joined))) {
        at += parts[i + 1].length + 1;
        out.push(joined.trim());
        i++;
      } else if (parts[i].trim()) {
        out.push(unquote(parts[i].trim()));
      }
    }
    return out;
  }

  /** The closest canonical name, when it is close enough to be a likely typo or variant. */
  private nearest(key: string): string | undefined {
    let known = this.nearestMemo.get(key);
    if (known === undefined) {
      known = this.search(key) ?? null;
      // A few names recur in every story; the bound keeps odd input from growing the memo.
      if (this.nearestMemo.size >= 1000) this.nearestMemo.clear();
      this.nearestMemo.set(key, known);
    }
    return known ?? undefined;
  }

  private readonly nearestMemo = new Map<string, string | null>();
  private distinctiveWords?: Map<string, { order: number; name: string }>;

  private search(key: string): string | undefined {
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [name, canonical] of this.byName) {
      // The distance is at least the difference in length: names that far apart cannot be close enough,
      // so most of a large custom catalog is passed over without a comparison.
      const longer = Math.max(key.length, name.length);
      if (Math.abs(key.length - name.length) > MAX_RELATIVE_DISTANCE * longer) continue;
      const d = editDistance(key, name, { limit: Math.floor(MAX_RELATIVE_DISTANCE * longer) });
      // Relative distance, so long names tolerate more typos than short ones.
      const score = d / Math.max(key.length, name.length);
      if (score < bestScore) {
        bestScore = score;
        best = canonical;
      }
    }
    if (best !== undefined && bestScore <= MAX_RELATIVE_DISTANCE) return best;
    // A name that shares a distinctive word ("obsession", "backbone") still points somewhere useful: the
    // first principle, in catalog order, with one of the key's words.
    if (!this.distinctiveWords) {
      this.distinctiveWords = new Map();
      this.catalog.principles.forEach((p, order) => {
        for (const w of normalizeName(p.name).split(' '))
          if (w.length >= 5 && !this.distinctiveWords!.has(w)) this.distinctiveWords!.set(w, { order, name: p.name });
      });
    }
    let first: { order: number; name: string } | undefined;
    for (const w of key.split(' ')) {
      const found = w.length >= 5 ? this.distinctiveWords.get(w) : undefined;
      if (found && (!first || found.order < first.order)) first = found;
    }
    return first?.name;
  }
}

/** Relative edit distance up to which a name is taken for a typo of another ("Ownrship"). */
const MAX_RELATIVE_DISTANCE = 0.34;

/** True when every one of `words` appears in `name`, in the same order. */
function inOrder(words: readonly string[], name: readonly string[]): boolean {
  let at = 0;
  for (const w of words) {
    while (at < name.length && name[at] !== w) at++;
    if (at === name.length) return false;
    at++;
  }
  return true;
}

/** Splits on commas that are not inside '...' or "..." (a writer may quote a name that holds a comma). */
function splitOutsideQuotes(value: string): string[] {
  if (value.indexOf('"') === -1 && value.indexOf("'") === -1) return value.split(/[,;]/);
  const parts: string[] = [];
  let quote = '';
  let start = 0;
  // Only a quote that opens a part (after spaces) quotes it: one flag, so a run of quote marks stays linear.
  let blank = true;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === ',' || c === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
      blank = true;
    } else if ((c === '"' || c === "'") && blank) quote = c;
    else if (c !== ' ' && c !== '\t') blank = false;
  }
  parts.push(value.slice(start));
  return parts;
}

function unquote(part: string): string {
  const q = part[0];
  return (q === '"' || q === "'") && part.length > 1 && part.endsWith(q) ? part.slice(1, -1).trim() : part;
}

/**
 * Levenshtein distance, or with `swaps` the optimal-alignment distance, where two letters swapped ("Resutls") cost
 * one edit. Long inputs are not compared (they are no name anyone meant). With a `limit`, the comparison stops as
 * soon as the distance must exceed it, and returns a number above the limit.
 */
export function editDistance(a: string, b: string, options: { swaps?: boolean; limit?: number } = {}): number {
  const swaps = options.swaps === true;
  const limit = options.limit ?? Infinity;
  if (a === b) return 0;
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let before = new Array<number>(b.length + 1);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (swaps && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        cur[j] = Math.min(cur[j], before[j - 2] + 1);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    // Every later row is at least the smaller of this row's minimum and the last row's (a swap reaches back a row).
    if (rowMin > limit && (!swaps || prevMin > limit)) return rowMin;
    prevMin = rowMin;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length];
}
