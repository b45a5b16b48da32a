/**
 * Almost every story's front matter is a handful of `key: value` lines: a title, a list of principles, a
 * date. Reading those here costs a fraction of a full YAML load (the loader was a tenth of the engine's
 * time). Anything outside that plain subset gives `undefined`, and the caller hands the block to the full
 * loader, so the result is always what the full loader would give (a unit test compares the two).
 */

type Value = string | number | Date | null | Value[];

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/;
const ITEM = /^( *)- (.*)$/;
/** A date as YAML writes one, read by the full loader as midnight UTC. */
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;
/** Plain words the full loader reads as something other than a string. */
const NOT_STRING = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters the full loader refuses (control characters, lone surrogates): it reports them, so it reads such a block. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const UNPRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]/;
/** The full loader refuses longer implicit keys. */
const MAX_KEY = 1000;

/** The block's keys and values, or undefined when the block is not in the plain subset. */
export function readSimpleYaml(block: string): Record<string, Value> | undefined {
  if (UNPRINTABLE.test(block)) return undefined;
  const data: Record<string, Value> = {};
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankOrComment(line)) continue;
    if (line.indexOf('\t') !== -1) return undefined;
    const key = KEY.exec(line.trimEnd());
    if (!key || key[1].length > MAX_KEY || key[1] === '__proto__' || Object.prototype.hasOwnProperty.call(data, key[1])) return undefined;
    const written = (key[2] ?? '').trim();
    if (written !== '') {
      const value = scalarOrFlowList(written);
      if (value === undefined) return undefined;
      data[key[1]] = value;
      continue;
    }
    // An empty value: a block list follows, or the value is null.
    const items: Value[] = [];
    let indent = -1;
    while (i + 1 < lines.length) {
      const next = lines[i + 1];
      if (isBlankOrComment(next)) {
        i++;
        continue;
      }
      const item = ITEM.exec(next.trimEnd());
      if (!item) break;
      if (indent === -1) indent = item[1].length;
      else if (item[1].length !== indent) return undefined;
      const value = scalar(item[2].trim());
      if (value === undefined) return undefined;
      items.push(value);
      i++;
    }
    data[key[1]] = indent === -1 ? null : items;
  }
  return data;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

function scalarOrFlowList(written: string): Value | undefined {
  if (!written.startsWith('[')) return scalar(written);
  if (!written.endsWith(']')) return undefined;
  const inner = written.slice(1, -1).trim();
  if (inner === '') return [];
  const items: Value[] = [];
  let at = 0;
  while (at <= inner.length) {
    // A quoted item may hold commas ("Are Right, A Lot"); a plain one ends at the next comma.
    while (inner.charCodeAt(at) === 32) at++;
    const quote = inner[at];
    let end = quote === '"' || quote === "'" ? inner.indexOf(quote, at + 1) + 1 : inner.indexOf(',', at);
    if (end === 0) return undefined;
    if (end === -1) end = inner.length;
    const value = scalar(inner.slice(at, end).trim(), true);
    if (value === undefined) return undefined;
    items.push(value);
    let next = end;
    while (inner.charCodeAt(next) === 32) next++;
    if (next < inner.length && inner[next] !== ',') return undefined;
    at = next + 1;
  }
  return items;
}

/** One scalar: a plain word or phrase, a simple quoted string, a whole number or a date. */
function scalar(written: string, inFlow = false): Value | undefined {
  if (written === '') return undefined;
  const first = written.charCodeAt(0);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const quote = written[0];
    const inside = written.slice(1, -1);
    if (written.length < 2 || !written.endsWith(quote) || inside.indexOf(quote) !== -1) return undefined;
    // Escapes in double quotes, and lines folded inside quotes, are left to the full loader.
    if (quote === '"' && inside.indexOf('\\') !== -1) return undefined;
    return inside;
  }
  if (first >= 48 && first <= 57) {
    if (INTEGER.test(written)) return Number(written);
    const date = DATE.exec(written);
    if (!date) return undefined;
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const value = new Date(Date.UTC(y, m - 1, d));
    // A date that does not exist (2024-02-31) is left to the full loader to judge.
    return value.getUTCMonth() === m - 1 && value.getUTCDate() === d ? value : undefined;
  }
  if (!isPlainStart(first) || NOT_STRING.has(written)) return undefined;
  if (written.indexOf(': ') !== -1 || written.endsWith(':') || written.indexOf(' #') !== -1) return undefined;
  if (inFlow && /[[\]{}]/.test(written)) return undefined;
  return written;
}

/** Letters only (ASCII or beyond): every YAML indicator, sign, dot and symbol is left to the full loader. */
function isPlainStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x206f));
}
