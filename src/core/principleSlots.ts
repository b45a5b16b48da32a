import { PRINCIPLE_KEYS } from './principleKeys';

/**
 * Where each principle name of a story's front matter stands, read line by line from a text as it is being typed
 * (half-written quotes and lists included), for completion and hover. The engine's front matter reader
 * (frontMatter.ts) parses a whole YAML block and keeps no columns; this keeps every name's place. Reading the few
 * front-matter lines again is cheap.
 */
export type ListStyle = 'flow' | 'block' | 'scalar';

export interface ListSlot {
  line: number;
  style: ListStyle;
  /** Where a name may be typed: from after its separator (`[`, `,`, `-`, `:`) to before the next one. */
  slotStart: number;
  slotEnd: number;
  /** The item's text as written, trimmed, quotes included; itemStart === itemEnd when the slot is empty. */
  itemStart: number;
  itemEnd: number;
  quote?: '"' | "'";
  /** Whether the closing quote is written (only meaningful with `quote`). */
  closed: boolean;
  /** The name with quotes and escapes removed. */
  name: string;
}

/** A line of the front matter that starts one of the keys the engine reads principles from, quoted or not. */
const KEY = new RegExp(`^(["']?)(${PRINCIPLE_KEYS.map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\1[ \\t]*:`, 'i');
/** Front matter longer than this is not searched: a list of principles is near the top. */
const MAX_FRONT_MATTER_LINES = 400;

/** Every slot of the `principles:` list, or [] when the document has no YAML front matter with one. */
export function principleSlots(
  lineAt: (line: number) => string,
  lineCount: number,
  split: (value: string) => string[] = commaSplit,
): ListSlot[] {
  if (lineCount === 0 || !/^---[ \t]*(?:ya?ml)?$/i.test(lineAt(0).trimEnd())) return [];
  const limit = Math.min(lineCount, MAX_FRONT_MATTER_LINES);
  let end = limit; // a front matter that never closes is still being typed: read it to the limit
  for (let i = 1; i < limit; i++) {
    if (lineAt(i).startsWith('---')) {
      end = i;
      break;
    }
  }
  for (let k = 1; k < end; k++) {
    const m = KEY.exec(lineAt(k));
    if (!m) continue;
    const text = lineAt(k);
    const valueStart = m[0].length;
    const first = skipSpaces(text, valueStart);
    if (text[first] === '[') return flowSlots(lineAt, k, first + 1, end);
    if (first >= text.length || text[first] === '#') {
      const block = blockSlots(lineAt, k + 1, end);
      // `principles: |` with nothing under it yet: a name typed here becomes a one-name list.
      if (block.length === 0) return [emptySlot(k, 'scalar', valueStart, text.length, text.length)];
      return block;
    }
    return scalarSlots(text, k, valueStart, split);
  }
  return [];
}

/** The slot the cursor is in, when a name typed there would be part of the list. */
export function slotAt(slots: readonly ListSlot[], line: number, character: number): ListSlot | undefined {
  return slots.find((s) => s.line === line && character >= s.slotStart && character <= s.slotEnd);
}

function commaSplit(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function skipSpaces(text: string, from: number): number {
  while (from < text.length && (text[from] === ' ' || text[from] === '\t')) from++;
  return from;
}

function emptySlot(line: number, style: ListStyle, slotStart: number, slotEnd: number, at: number): ListSlot {
  return { line, style, slotStart, slotEnd, itemStart: at, itemEnd: at, closed: false, name: '' };
}

/** `[a, "b, c", 'd']`, possibly over several lines. Nested brackets are skipped, not read. */
function flowSlots(lineAt: (line: number) => string, keyLine: number, openAt: number, end: number): ListSlot[] {
  const slots: ListSlot[] = [];
  let depth = 1;
  for (let l = keyLine; l < end && depth > 0; l++) {
    const text = lineAt(l);
    let slotStart = l === keyLine ? openAt : 0;
    let i = slotStart;
    let itemStart = -1;
    let itemEnd = -1;
    let quote: '"' | "'" | undefined;
    let closed = false;
    let name = '';
    const finish = (slotEnd: number) => {
      if (depth === 1) {
        slots.push(
          itemStart < 0
            ? emptySlot(l, 'flow', slotStart, slotEnd, slotEnd)
            : {
                line: l,
                style: 'flow',
                slotStart,
                slotEnd,
                itemStart,
                itemEnd,
                quote,
                closed,
                name: quote ? name : text.slice(itemStart, itemEnd),
              },
        );
      }
      itemStart = itemEnd = -1;
      quote = undefined;
      closed = false;
      name = '';
    };
    while (i < text.length) {
      const c = text[i];
      if (quote && !closed && itemStart >= 0) {
        // Inside a quoted name: only its closing quote (or an escape) matters.
        if (quote === '"' && c === '\\' && i + 1 < text.length) {
          name += text[i + 1] === 'n' ? '\n' : text[i + 1];
          i += 2;
          itemEnd = i;
          continue;
        }
        if (c === quote) {
          if (quote === "'" && text[i + 1] === "'") {
            name += "'";
            i += 2;
            itemEnd = i;
            continue;
          }
          closed = true;
          i++;
          itemEnd = i;
          continue;
        }
        name += c;
        i++;
        itemEnd = i;
        continue;
      }
      if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) break; // a comment ends the line
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        if (depth === 1) {
          finish(i);
          depth = 0;
          break;
        }
        depth--;
      } else if (c === ',' && depth === 1) {
        finish(i);
        slotStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && depth === 1) {
        if (itemStart < 0) {
          itemStart = i;
          if (c === '"' || c === "'") quote = c;
        }
        itemEnd = i + 1;
      }
      i++;
    }
    if (depth > 0) finish(i);
  }
  return slots;
}

/** `- name` lines under the key, up to the next top-level key. */
function blockSlots(lineAt: (line: number) => string, from: number, end: number): ListSlot[] {
  const slots: ListSlot[] = [];
  for (let l = from; l < end; l++) {
    const text = lineAt(l);
    const dash = /^([ \t]*)-(?=[ \t]|$)/.exec(text);
    if (!dash) {
      if (text.trim() === '' || /^[ \t]/.test(text)) continue; // blank, a comment or a deeper line
      break; // the next key
    }
    const slotStart = dash[0].length;
    const first = skipSpaces(text, slotStart);
    if (first >= text.length || text[first] === '#') {
      slots.push(emptySlot(l, 'block', slotStart, text.length, text.length));
      continue;
    }
    const c = text[first];
    if (c === '"' || c === "'") {
      const { name, end: close, closed } = readQuoted(text, first);
      slots.push({ line: l, style: 'block', slotStart, slotEnd: text.length, itemStart: first, itemEnd: close, quote: c, closed, name });
      continue;
    }
    const comment = text.search(/[ \t]#/);
    const stop = comment > first ? comment : text.length;
    const itemEnd = first + text.slice(first, stop).trimEnd().length;
    slots.push({
      line: l,
      style: 'block',
      slotStart,
      slotEnd: text.length,
      itemStart: first,
      itemEnd,
      closed: false,
      name: text.slice(first, itemEnd),
    });
  }
  return slots;
}

/** `principles: Ownership, Dive Deep`: one string the engine splits on commas (keeping "Are Right, A Lot" whole). */
function scalarSlots(text: string, line: number, valueStart: number, split: (value: string) => string[]): ListSlot[] {
  const comment = text.search(/[ \t]#/);
  const valueEnd = comment >= valueStart ? comment : text.length;
  const slots: ListSlot[] = [];
  let from = valueStart;
  for (const name of split(text.slice(valueStart, valueEnd))) {
    const at = text.indexOf(name, from);
    if (at < 0 || at >= valueEnd) break;
    const next = text.indexOf(',', at + name.length);
    const slotEnd = next >= 0 && next < valueEnd ? next : valueEnd;
    slots.push({ line, style: 'scalar', slotStart: from, slotEnd, itemStart: at, itemEnd: at + name.length, closed: false, name });
    from = slotEnd + 1;
  }
  // A trailing comma leaves room for one more name.
  if (from <= valueEnd && text.slice(valueStart, from).includes(',') && text.slice(from, valueEnd).trim() === '') {
    slots.push(emptySlot(line, 'scalar', from, valueEnd, valueEnd));
  }
  return slots;
}

function readQuoted(text: string, start: number): { name: string; end: number; closed: boolean } {
  const q = text[start];
  let name = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (q === '"' && c === '\\' && i + 1 < text.length) {
      name += text[i + 1] === 'n' ? '\n' : text[i + 1];
      i += 2;
      continue;
    }
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
        continue;
      }
      return { name, end: i + 1, closed: true };
    }
    name += c;
    i++;
  }
  return { name, end: text.length, closed: false };
}

/** Characters that cannot start a plain YAML scalar, and sequences that cannot appear in one. */
const YAML_INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_SPECIAL = /[,[\]{}]/;

/** How a name must be written in this kind of list to read back as itself. */
export function yamlName(name: string, style: ListStyle): string {
  if (style === 'scalar') return name; // the engine splits the string itself; quotes would become part of it
  const needsQuotes =
    YAML_INDICATOR_START.test(name) || /: |[ \t]#|:$/.test(name) || name !== name.trim() || (style === 'flow' && FLOW_SPECIAL.test(name));
  return needsQuotes ? JSON.stringify(name) : name;
}
