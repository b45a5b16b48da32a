import { PrincipleMatcher } from './principles';
import { range } from './text';
import { PrincipleRef, Range } from './types';

export interface PrincipleList {
  principles: PrincipleRef[];
  /** Indexes of names written with a comma and no quotes, which the list split and the engine joined back. */
  rejoined: number[];
}

/**
 * The principles of the front matter's value (a list or a comma-separated string), each matched in the
 * catalog and located on its line. An unquoted `[Customer Obsession, Are Right, A Lot]` reaches us as three
 * items: neighbours that together make a name written with a comma are joined back.
 */
export function readPrinciples(
  value: unknown,
  lines: readonly string[],
  keyLine: number,
  fmEnd: number,
  fallback: Range,
  matcher: PrincipleMatcher,
): PrincipleList {
  /** `parts` only for a name the list split, to locate each part. */
  const names: { raw: string; parts?: string[] }[] = [];
  if (typeof value === 'string') {
    for (const raw of matcher.splitList(value))
      names.push(raw.includes(',') && !quotedIn(value, raw) ? { raw, parts: raw.split(',').map((p) => p.trim()) } : { raw });
  } else if (Array.isArray(value)) {
    const items: string[] = [];
    for (const v of value) {
      if (typeof v === 'string' || typeof v === 'number') {
        const s = String(v).trim();
        if (s) items.push(s);
      }
    }
    for (let i = 0; i < items.length; i++) {
      if (i + 1 < items.length && matcher.isSplitName(items[i], items[i + 1])) {
        names.push({ raw: `${items[i]}, ${items[i + 1]}`, parts: [items[i], items[i + 1]] });
        i++;
      } else names.push({ raw: items[i] });
    }
  }
  const principles: PrincipleRef[] = [];
  const rejoined: number[] = [];
  // Search from the key's line on, so each name is located after the previous one.
  let line = Math.max(keyLine, 1);
  let from = 0;
  for (const name of names.slice(0, 100)) {
    let found: Range | undefined;
    let raw = name.raw;
    for (let l = line; keyLine >= 0 && l < fmEnd && !found; l++) {
      const text = lines[l];
      const parts = name.parts;
      const head = parts ? parts[0] : name.raw;
      const at = text.indexOf(head, l === line ? from : 0);
      if (at < 0) continue;
      let end = at + head.length;
      // The other parts of a split name, when they are on the same line: the range covers the whole name.
      for (let k = 1; parts && k < parts.length; k++) {
        const part = parts[k];
        const next = text.indexOf(part, end);
        if (next < 0 || !/^[\s,]*$/.test(text.slice(end, next))) break;
        end = next + part.length;
      }
      found = range(l, at, l, end);
      if (parts) raw = text.slice(at, end);
      line = l;
      from = end;
    }
    if (name.parts) rejoined.push(principles.length);
    principles.push({ raw, ...matcher.match(raw), range: found ?? fallback });
  }
  return { principles, rejoined };
}

/** True when `name` stands between quotes in the comma-separated string. */
function quotedIn(value: string, name: string): boolean {
  const at = value.indexOf(name);
  const before = value[at - 1];
  return at > 0 && (before === '"' || before === "'") && value[at + name.length] === before;
}
