import { SectionKind } from './types';

// The parts of a heading beside its section name: a subtitle ("Situation – Set the Scene") and the same name in the
// writer's own language ("Quello che ho fatto / Action").

/**
 * A heading written in two languages names one section: "Quello che ho fatto / Action", "Situación / Situation",
 * "情況 Situation". The half that is a section name is the name; the other half, the writer's own words in their
 * language, says nothing more. `t` is the heading lower-cased and cleaned; `named` reads one half as a name.
 * Undefined when the heading is not such a pair (two names, "Situation / Task", are a combined heading).
 */
export function bilingualName(t: string, named: (half: string) => SectionKind | undefined): SectionKind | undefined {
  const slash = t.indexOf('/');
  if (slash !== -1) {
    if (t.indexOf('/', slash + 1) !== -1) return undefined;
    const a = t.slice(0, slash).trim();
    const b = t.slice(slash + 1).trim();
    if (!a || !b) return undefined;
    const ka = named(a);
    const kb = named(b);
    return ka && kb ? (ka === kb ? ka : undefined) : (ka ?? kb);
  }
  // "情況 situation", "результат result": a name beside words in another script, with no Latin letter in them.
  const words = t.split(' ');
  if (words.length < 2) return undefined;
  const latin = (w: string) => LATIN.test(w);
  let first = 0;
  while (first < words.length && !latin(words[first])) first++;
  let last = words.length;
  while (last > first && !latin(words[last - 1])) last--;
  if (first === 0 && last === words.length) return undefined;
  for (let k = first; k < last; k++) if (!latin(words[k])) return undefined;
  return named(words.slice(first, last).join(' '));
}

const LATIN = /\p{Script=Latin}/u;

/**
 * The words before the first ` - `, ` – `, ` — `, ` | ` or `: ` when they are more than a letter and the
 * subtitle is short, as guides write them (`Situation – Set the Scene`); a longer one is a sentence about
 * the word (`Result: what counts as quantified` in a document about stories). Else undefined.
 */
export function headBeforeSubtitle(t: string): string | undefined {
  let at = -1;
  let mark = '';
  for (const m of [' - ', ' – ', ' — ', ' | ', ': ', '– ', '— ']) {
    const i = t.indexOf(m);
    if (i > 1 && (at === -1 || i < at)) {
      at = i;
      mark = m;
    }
  }
  if (at === -1) return undefined;
  const words = t
    .slice(at + mark.length)
    .trim()
    .split(/\s+/).length;
  return words <= (mark === ': ' ? 3 : 6) ? t.slice(0, at).trim() : undefined;
}
