/**
 * The coach reads a story as a list of words, once: every check (evidence, role, hedges) walks this list or
 * looks words up in maps built once per catalog, so the cost stays linear in the story's length.
 */
export interface Word {
  /** Lower case, curly apostrophes made straight. */
  w: string;
  /** A light stem, so "mentored", "mentoring" and "mentors" meet. */
  s: string;
  start: number;
  end: number;
  /** What separates this word from the previous one: 0 space, 1 a comma or dash, 2 a sentence or line end. */
  gap: 0 | 1 | 2;
  /** Joined to the previous word by a hyphen or slash ("co-founded", "part-time"). */
  joined: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    const w = lower.indexOf('’') === -1 ? lower : lower.replace(/’/g, "'");
    const joined = m.index === last + 1 && last > 0 && (text.charCodeAt(last) === 45 || text.charCodeAt(last) === 47);
    out.push({ w, s: stemOf(w), start: m.index, end: m.index + m[0].length, gap: joined ? 0 : gapKind(text, last, m.index), joined });
    last = m.index + m[0].length;
  }
  return out;
}

function gapKind(text: string, from: number, to: number): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = from === 0 ? 2 : 0;
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? ; : end a clause for our purposes; so do a blank line and a new list item, but not a wrapped line.
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) return 2;
    if (c === 10) {
      if (newline) return 2;
      newline = true;
    } else if (newline && (c === 45 || c === 42 || c === 43 || c === 62 || c === 35 || c === 124)) return 2;
    if (c === 44 || c === 40 || c === 41 || c === 8211 || c === 8212 || c === 34 || c === 8220 || c === 8221) kind = 1;
  }
  return kind;
}

const stems = new Map<string, string>();

/** Memoised: a story repeats its words, and stories share most of theirs. */
function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stem(word);
    // Bounded, so odd input cannot grow it without end.
    if (stems.size >= 20000) stems.clear();
    if (word.length <= 40) stems.set(word, s);
  }
  return s;
}

/** Suffix stripping, not linguistics: it only has to send a term and its inflections to the same key. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  let cut = false;
  if (w.endsWith('ing') && w.length >= 6) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.endsWith('ed') && w.length >= 5 && !w.endsWith('eed')) {
    w = w.slice(0, -2);
    cut = true;
  }
  if (cut && w.length >= 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A phrase of a word list: its stems, and what it stands for. */
export interface Phrase<T> {
  /** Stems to compare, or (when `exact[k]`) the word itself; `_` is any word. */
  keys: string[];
  exact: boolean[];
  value: T;
}

/**
 * Many phrases matched in one pass: phrases are filed under their first stem, so each word of the text
 * is looked up once and compared only with the few phrases that start with it. A phrase does not run
 * across a sentence end. `_` in a phrase matches any one word; a word written `=trained` matches only
 * that form (its stem, "train", would also match a release train).
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly known = new Set<string>();

  /** False when the same phrase was already added in this scope (inflections of one word are one phrase). */
  add(phrase: string, value: T, scope = ''): boolean {
    const keys: string[] = [];
    const exact: boolean[] = [];
    for (const part of phrase.split(/\s+/)) {
      if (part === '_') {
        keys.push('_');
        exact.push(false);
        continue;
      }
      const literal = part.startsWith('=');
      for (const x of wordsOf(literal ? part.slice(1) : part)) {
        keys.push(literal ? x.w : x.s);
        exact.push(literal);
      }
    }
    if (keys.length === 0 || keys[0] === '_') return false;
    const id = scope + '|' + keys.map((k, i) => (exact[i] ? '=' : '') + k).join(' ');
    if (this.known.has(id)) return false;
    this.known.add(id);
    const first = exact[0] ? stemOf(keys[0]) : keys[0];
    const list = this.byFirst.get(first);
    const entry = { keys, exact, value };
    if (list) list.push(entry);
    else this.byFirst.set(first, [entry]);
    return true;
  }

  /** Calls `found` for every phrase that matches at each word, with the index of its first and last word. */
  scan(words: readonly Word[], found: (value: T, first: number, last: number) => void): void {
    for (let i = 0; i < words.length; i++) {
      const list = this.byFirst.get(words[i].s);
      if (!list) continue;
      for (const p of list) {
        const n = p.keys.length;
        if (i + n > words.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const word = words[i + k];
          if (k > 0 && word.gap === 2) ok = false;
          else if (p.keys[k] !== '_') ok = p.exact[k] ? word.w === p.keys[k] : word.s === p.keys[k];
        }
        if (ok) found(p.value, i, i + n - 1);
      }
    }
  }
}
