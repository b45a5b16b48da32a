/**
 * Every word the coach knows, numbered: evidence terms with their inflections, role and hedge words, users'
 * phrases. A story's words are looked up here by two hashes computed while they are read (see words.ts).
 */

export interface Entry {
  form: string;
  formId: number;
  stemId: number;
  /** A second hash of the form: two independent 30-bit hashes tell words apart without comparing letters. */
  check: number;
}

/** The two hashes of a word, read letter by letter as the scanner does (ASCII and Latin-1 capitals lowered). */
function hashesOf(form: string): [number, number] {
  let h = 0;
  let g = 0;
  for (let i = 0; i < form.length; i++) {
    let c = form.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) c += 32;
    else if (c === 8217) c = 39;
    h = (Math.imul(h, 31) + c) | 0;
    g = (Math.imul(g, 1000003) ^ c) | 0;
  }
  return [h & 0x3fffffff, g & 0x3fffffff];
}

/**
 * The lookup table in the form the word splitter probes inline: four numbers a slot (first hash, second hash, form
 * id, stem id; form 0 for an empty slot), side by side so that a probe reads one cache line, not four arrays.
 */
export interface SlotTable {
  /** Slots less one (a power of two less one). */
  mask: number;
  cells: Int32Array;
}

class Vocabulary {
  /**
   * An open-addressing table in typed arrays (the hashes, form and stem ids in `view`, the entry in `slots`), far
   * cheaper per lookup than a Map: every word of every story is looked up here. Grown (and rehashed) when a quarter
   * full: most words of a story are not in it, and a miss probes until an empty slot (near half full, clustered runs
   * made the engine half again slower).
   */
  private slots = new Int32Array(1 << 15);
  /** The table as the word splitter reads it; the hashes are kept here only. */
  private view: SlotTable = { mask: (1 << 15) - 1, cells: new Int32Array(4 << 15) };
  private readonly entries: Entry[] = [{ form: '', formId: 0, stemId: 0, check: 0 }];
  private readonly stems = new Map<string, number>();
  readonly forms: string[] = [''];

  /** The id of a lower-case word, added with the id of its stem when new. */
  add(form: string): Entry {
    const [h, g] = hashesOf(form);
    const found = this.lookup(h, g);
    if (found) return this.entries[found];
    const key = stem(form);
    let stemId = this.stems.get(key);
    if (stemId === undefined) {
      stemId = this.stems.size + 1;
      this.stems.set(key, stemId);
    }
    const entry = { form, formId: this.forms.length, stemId, check: g };
    this.forms.push(form);
    this.entries.push(entry);
    if (this.entries.length * 4 > this.slots.length) this.grow();
    this.place(h, g, this.entries.length - 1);
    return entry;
  }

  private place(h: number, g: number, index: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = index;
    const cells = this.view.cells;
    cells[i * 4] = h;
    cells[i * 4 + 1] = g;
    cells[i * 4 + 2] = this.entries[index].formId;
    cells[i * 4 + 3] = this.entries[index].stemId;
  }

  private grow(): void {
    const { slots } = this;
    const { cells } = this.view;
    const size = slots.length * 2;
    this.slots = new Int32Array(size);
    this.view = { mask: size - 1, cells: new Int32Array(4 * size) };
    for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) this.place(cells[i * 4], cells[i * 4 + 1], slots[i]);
  }

  /** The table for a scan: valid until the next word is added (a scan adds none). */
  table(): SlotTable {
    return this.view;
  }

  /** A stem's id (0 when no known word has it). */
  stemId(stemKey: string): number {
    return this.stems.get(stemKey) ?? 0;
  }

  find(form: string): Entry | undefined {
    const [h, g] = hashesOf(form);
    const index = this.lookup(h, g);
    return index ? this.entries[index] : undefined;
  }

  /** The index of the entry whose two hashes these are, 0 when none. */
  lookup(h: number, g: number): number {
    const slots = this.slots;
    const cells = this.view.cells;
    const mask = slots.length - 1;
    for (let i = h & mask; slots[i] !== 0; i = (i + 1) & mask) {
      if (cells[i * 4] === h && cells[i * 4 + 1] === g) return slots[i];
    }
    return 0;
  }

  entry(index: number): Entry {
    return this.entries[index];
  }
}

export const vocabulary = new Vocabulary();

/** Adds a word and the inflections the stemmer sends to the same stem, so a story's "mentoring" meets a term's "mentored". */
export function addWithInflections(word: string): Entry {
  const entry = vocabulary.add(word);
  const key = stem(word);
  const last = key[key.length - 1];
  const candidates = [
    key,
    key + 'e',
    key + 's',
    key + 'es',
    key + 'ed',
    key + 'd',
    key + 'ing',
    key + last + 'ed',
    key + last + 'ing',
    key + "'s",
    key + 'e' + "'s",
    word + 's',
    word + 'es',
    word + "'s",
  ];
  if (key.endsWith('y')) candidates.push(key.slice(0, -1) + 'ies', key.slice(0, -1) + 'ied');
  for (const c of candidates) if (c !== word && stem(c) === key) vocabulary.add(c);
  return entry;
}

/** Ids of plain words (no inflections), in order, for the role and hedge finders. */
export function idList(words: string): number[] {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => vocabulary.add(w).formId);
}

/**
 * Word sets not given their ids yet. The coach's sets are module constants, and giving them ids when the extension
 * loads took 5 ms of its load: they get them before the first text is split (settleWordSets), so no word of a set
 * is ever read as one the vocabulary does not know.
 */
const unsettled: WordSet[] = [];

const NOT_SETTLED = new Uint8Array(0);

/**
 * A set of word forms, as a bitmap over their ids. Its ids are only asked for words of a split text, and splitting
 * settles every set first, so `has` itself checks nothing (it runs for every word the coach reads).
 */
export class WordSet {
  private bits = NOT_SETTLED;
  constructor(private readonly words: string) {
    unsettled.push(this);
  }
  has(id: number): boolean {
    return id < this.bits.length && this.bits[id] === 1;
  }
  settle(): void {
    if (this.bits !== NOT_SETTLED) return;
    const list = this.words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => vocabulary.add(w).formId);
    const bits = new Uint8Array(Math.max(0, ...list) + 1);
    for (const id of list) bits[id] = 1;
    this.bits = bits;
  }
}

/** Gives every word set made so far its ids; called before a text is split into words. */
export function settleWordSets(): void {
  while (unsettled.length > 0) unsettled.pop()!.settle();
}

/**
 * Irregular past forms sent to their verb's key, so a term written in one tense meets a story told in another ("I
 * write down every...", "I teach him"), as many writers new to English tell theirs. Not the forms that are also
 * common nouns or other words ("led"/"lead", "left", "found", "saw", "felt", "spent", "rose", "fell", "lost").
 */
const IRREGULAR: Record<string, string> = {
  wrote: 'write',
  written: 'write',
  taught: 'teach',
  told: 'tell',
  thought: 'think',
  brought: 'bring',
  sought: 'seek',
  caught: 'catch',
  built: 'build',
  sent: 'send',
  made: 'make',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  knew: 'know',
  known: 'know',
  went: 'go',
  gone: 'go',
  came: 'come',
  kept: 'keep',
  met: 'meet',
  paid: 'pay',
  said: 'say',
  sold: 'sell',
  held: 'hold',
  began: 'begin',
  begun: 'begin',
  chose: 'choose',
  chosen: 'choose',
  drove: 'drive',
  driven: 'drive',
  spoke: 'speak',
  spoken: 'speak',
  broke: 'break',
  broken: 'break',
  grew: 'grow',
  grown: 'grow',
  drew: 'draw',
  drawn: 'draw',
  threw: 'throw',
  thrown: 'throw',
  won: 'win',
  dug: 'dig',
  understood: 'understand',
  stood: 'stand',
  heard: 'hear',
  ran: 'run',
  sat: 'sit',
  shown: 'show',
};

/** Suffix stripping, not linguistics: it only has to send a term and its inflections to the same key. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const base = IRREGULAR[w];
  if (base !== undefined) w = base;
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
