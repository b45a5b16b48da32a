/**
 * The coach reads a story as numbered words, once. Every word the coach knows (evidence terms with their
 * inflections, role and hedge words, users' phrases) has an id in one vocabulary; a word of the story is
 * hashed while its characters are read and looked up by that number, so no string is made for it and a
 * word the coach does not know costs a lookup and nothing else. Every check then compares numbers.
 */

import { addWithInflections, settleWordSets, vocabulary } from './vocabulary';

/** The words of a text: ids (0 for a word the coach does not know), offsets and what separates each from the last. */
export interface Words {
  count: number;
  form: Int32Array;
  stem: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** 0 a space, 1 a comma or dash, 2 a sentence or paragraph end. */
  gap: Uint8Array;
  /** 1 when joined to the previous word by a hyphen or slash ("co-founded"). */
  joined: Uint8Array;
}

/** Buffers reused by every call: the words of one text are read before the next text is split. */
let buffers: Words = allocate(1024);

function allocate(cap: number): Words {
  return {
    count: 0,
    form: new Int32Array(cap),
    stem: new Int32Array(cap),
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    gap: new Uint8Array(cap),
    joined: new Uint8Array(cap),
  };
}

/**
 * One pass over the characters, hashing each word as its letters are read (capitals lowered on the way), so
 * no string is made for a word. The result is only valid until the next call: callers use one text's words
 * before splitting the next.
 */
export function wordsOf(written: string): Words {
  settleWordSets();
  // Prose arrives as slices of the story's text, and reading a slice character by character costs V8 about
  // twice what a flat string does; lowering it makes a flat copy in one native pass. A lowering that changes
  // the length (a few capitals outside Latin-1) would move offsets, so then the text is read as it is.
  const lowered = written.toLowerCase();
  const text = lowered.length === written.length ? lowered : written;
  const n = text.length;
  if (buffers.form.length < (n >> 1) + 1) buffers = allocate((n >> 1) + 1024);
  const out = buffers;
  const { mask, cells } = vocabulary.table();
  const wrap = (mask << 2) | 3;
  let gap = 2;
  let newline = false;
  let joined = 0;
  let i = 0;
  let k = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!(c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordChar(c))) {
      if (c === 32) {
        i++;
        continue;
      }
      // "3.5%", "50:50", "10:30": between digits a point or colon ends nothing.
      if ((c === 46 || c === 58) && i > 0 && i + 1 < n && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      // . ! ? ; : end a clause; so do a blank line and a new list item, but not a wrapped line. , ( ) " – — soften it.
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58) gap = 2;
      else if (c === 10) {
        if (newline) gap = 2;
        newline = true;
      } else if (newline && (c === 45 || c === 42 || c === 43 || c === 62 || c === 35 || c === 124)) gap = 2;
      else if (gap === 0 && (c === 44 || c === 40 || c === 41 || c === 8211 || c === 8212 || c === 34 || c === 8220 || c === 8221)) gap = 1;
      joined =
        (c === 45 || c === 47) &&
        gap === 0 &&
        !newline &&
        i > 0 &&
        isWordChar(text.charCodeAt(i - 1)) &&
        i + 1 < n &&
        isWordChar(text.charCodeAt(i + 1))
          ? 1
          : 0;
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let g = 0;
    for (;;) {
      if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) c += 32;
      h = (Math.imul(h, 31) + c) | 0;
      g = (Math.imul(g, 1000003) ^ c) | 0;
      if (++i >= n) break;
      c = text.charCodeAt(i);
      if (c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordChar(c)) continue;
      if ((c === 39 || c === 8217) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        c = 39;
        continue;
      }
      break;
    }
    // The vocabulary's table probed inline: every word of a story passes here.
    h &= 0x3fffffff;
    g &= 0x3fffffff;
    let form = 0;
    let stem = 0;
    for (let j = (h & mask) << 2; cells[j + 2] !== 0; j = (j + 4) & wrap) {
      if (cells[j] === h && cells[j + 1] === g) {
        form = cells[j + 2];
        stem = cells[j + 3];
        break;
      }
    }
    out.form[k] = form;
    out.stem[k] = stem;
    out.start[k] = start;
    out.end[k] = i;
    out.gap[k] = joined ? 0 : gap;
    out.joined[k] = joined;
    k++;
    gap = 0;
    newline = false;
    joined = 0;
  }
  out.count = k;
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and digits; anything past ASCII is a letter unless it is punctuation, a symbol or half an emoji. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return !(
    c === 160 ||
    c === 171 ||
    c === 187 ||
    c === 183 ||
    (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0xfeff ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

/** Splits a phrase as a story's words would be split, lower case. */
function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|_/gu))
    out.push(m[0]);
  return out;
}

interface Phrase<T> {
  /** Per word: a stem id, or a form id when `exact`, or -1 for any word (`_`). */
  keys: number[];
  exact: boolean[];
  value: T;
}

/**
 * Many phrases matched in one pass: only words the vocabulary knows are looked at, and only phrases whose
 * first two words match are compared further. A phrase does not run across a sentence end. `_` matches any
 * one word; a word written `=trained` matches only that form (its stem, "train", would match a release train).
 */
interface Node<T> {
  single?: Phrase<T>[];
  pairs?: Map<number, Phrase<T>[]>;
  anySecond?: Phrase<T>[];
}

export class PhraseMatcher<T> {
  /**
   * Phrases by the stem id of their first word: `firstIndex[stem]` is 1 + the index of its node, 0 for none. An
   * array index, not a Map: every word of a story is looked up here, and a Map lookup cost a third of the scan.
   */
  private readonly nodes: Node<T>[] = [];
  private firstIndex = new Int32Array(256);
  /** Stems that stand second in some phrase: the word after a first word seldom does, and skips the pair lookup. */
  private secondBits = new Uint8Array(256);
  private readonly known = new Set<string>();

  /** False when the same phrase was already added in this scope (inflections of one word are one phrase). */
  add(phrase: string, value: T, scope = ''): boolean {
    const keys: number[] = [];
    const exact: boolean[] = [];
    for (const part of phrase.split(/\s+/)) {
      const literal = part.startsWith('=');
      for (const w of phraseWords(literal ? part.slice(1) : part)) {
        if (w === '_') {
          keys.push(-1);
          exact.push(false);
        } else {
          const e = literal ? vocabulary.add(w) : addWithInflections(w);
          keys.push(literal ? e.formId : e.stemId);
          exact.push(literal);
        }
      }
    }
    if (keys.length === 0 || keys[0] === -1) return false;
    const id = scope + '|' + keys.map((k, i) => (exact[i] ? '=' : '') + k).join(' ');
    if (this.known.has(id)) return false;
    this.known.add(id);
    const entry = { keys, exact, value };
    // Indexed by stem ids; an exact word is filed under its stem and checked when compared.
    const first = exact[0] ? vocabulary.add(vocabulary.forms[keys[0]]).stemId : keys[0];
    this.firstIndex = roomFor(this.firstIndex, first);
    if (this.firstIndex[first] === 0) {
      // Every field set, so all nodes share one shape and the scan reads them at one offset.
      this.nodes.push({ single: undefined, pairs: undefined, anySecond: undefined });
      this.firstIndex[first] = this.nodes.length;
    }
    const node = this.nodes[this.firstIndex[first] - 1];
    if (keys.length === 1) (node.single ??= []).push(entry);
    else if (keys[1] === -1) (node.anySecond ??= []).push(entry);
    else {
      const second = exact[1] ? vocabulary.add(vocabulary.forms[keys[1]]).stemId : keys[1];
      this.secondBits = roomFor(this.secondBits, second);
      this.secondBits[second] = 1;
      const pairs = (node.pairs ??= new Map());
      const list = pairs.get(second);
      if (list) list.push(entry);
      else pairs.set(second, [entry]);
    }
    return true;
  }

  /** True when no phrase was added: a scan would find nothing. */
  get empty(): boolean {
    return this.nodes.length === 0;
  }

  /** Calls `found` for every phrase that matches at each word, with the index of its first and last word. */
  /** `found` may return true to end the scan (the caller has heard enough). */
  scan(words: Words, found: (value: T, first: number, last: number) => boolean | void): void {
    const n = words.count;
    const stems = words.stem;
    const index = this.firstIndex;
    const seconds = this.secondBits;
    for (let i = 0; i < n; i++) {
      const s = stems[i];
      const at = s < index.length ? index[s] : 0;
      if (at === 0) continue;
      const node = this.nodes[at - 1];
      if (node.single)
        for (const p of node.single) if ((!p.exact[0] || p.keys[0] === words.form[i]) && found(p.value, i, i) === true) return;
      if (node.pairs && i + 1 < n && words.gap[i + 1] < 2) {
        const s2 = stems[i + 1];
        const list = s2 < seconds.length && seconds[s2] !== 0 ? node.pairs.get(s2) : undefined;
        if (list) for (const p of list) if (matches(p, words, i) && found(p.value, i, i + p.keys.length - 1) === true) return;
      }
      if (node.anySecond)
        for (const p of node.anySecond) if (matches(p, words, i) && found(p.value, i, i + p.keys.length - 1) === true) return;
    }
  }
}

/** `a` itself, or a copy grown (at least doubled) so that `index` falls inside it. */
function roomFor<A extends Int32Array | Uint8Array>(a: A, index: number): A {
  if (index < a.length) return a;
  const grown = new (a.constructor as new (length: number) => A)(Math.max(index + 1, a.length * 2));
  grown.set(a);
  return grown;
}

function matches<T>(p: Phrase<T>, words: Words, i: number): boolean {
  const n = p.keys.length;
  if (i + n > words.count) return false;
  for (let k = 0; k < n; k++) {
    const at = i + k;
    if (k > 0 && words.gap[at] === 2) return false;
    const key = p.keys[k];
    if (key !== -1 && (p.exact[k] ? words.form[at] !== key : words.stem[at] !== key)) return false;
  }
  return true;
}
