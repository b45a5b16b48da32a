import type { FixEdit } from './fixes';

/**
 * "Start this sentence with I": the sentence under the cursor told in the first person singular, one edit.
 * Only the words that change with the person change ("we were" becomes "I was", "our" becomes "my"); the
 * writer reads the result and keeps what is true of them.
 */
const PLURAL = /\b(we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|we were|we are|we|our|ours|ourselves|us)\b/gi;
const SINGULAR: Record<string, string> = {
  "we're": "I'm",
  'we’re': 'I’m',
  "we've": "I've",
  'we’ve': 'I’ve',
  "we'd": "I'd",
  'we’d': 'I’d',
  "we'll": "I'll",
  'we’ll': 'I’ll',
  'we were': 'I was',
  'we are': 'I am',
  we: 'I',
  our: 'my',
  ours: 'mine',
  ourselves: 'myself',
  us: 'me',
};
/** "we" as a subject: a sentence with only "our" or "us" is not told by a team, so it is left alone. */
const SUBJECT = /\bwe(?:'|’|\b)/i;

/** The edit for the sentence at `character` of `line`, or undefined when that sentence has no "we". */
export function firstPersonSentenceFix(lines: readonly string[], line: number, character: number): FixEdit | undefined {
  const text = lines[line];
  if (text === undefined) return undefined;
  const [start, end] = sentenceAround(text, Math.min(character, text.length));
  const sentence = text.slice(start, end);
  if (!SUBJECT.test(sentence)) return undefined;
  const told = sentence.replace(PLURAL, (word: string, _m: string, at: number) => {
    const singular = SINGULAR[word.toLowerCase().replace(/\s+/, ' ')];
    // "us" is "me", "our" is "my": capitalised only where the sentence starts; "I" always is.
    const first = at === 0 || /^\W*$/.test(sentence.slice(0, at));
    return first && singular[0] !== 'I' ? singular[0].toUpperCase() + singular.slice(1) : singular;
  });
  if (told === sentence) return undefined;
  return { range: { start: { line, character: start }, end: { line, character: end } }, newText: told };
}

/** [start, end) of the sentence holding `at`: after the last . ! ? (and spaces) before it, up to and with the next. */
function sentenceAround(text: string, at: number): [number, number] {
  // Markdown's list bullets, quote marks and bold labels ("**Action:**") are not part of the sentence.
  const lead = /^\s*(?:[-*+>]\s+|\d+[.)]\s+)?(?:\*\*[^*]+\*\*\s*)?/.exec(text)![0].length;
  let start = lead;
  for (let i = Math.min(at, text.length) - 1; i >= lead; i--) {
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ' ') && i + 1 <= at) {
      start = i + 1;
      break;
    }
  }
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.length;
  for (let i = Math.max(at, start); i < text.length; i++) {
    if (/[.!?]/.test(text[i]) && /\s/.test(text[i + 1] ?? ' ')) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

/** Where "we" (and we're, we've…) stands on lines `from`..`to`: what the writer looks at to retell the Action. */
export function weRanges(lines: readonly string[], from: number, to: number): FixEdit['range'][] {
  const out: FixEdit['range'][] = [];
  const we = /\bwe(?:'re|’re|'ve|’ve|'d|’d|'ll|’ll)?\b/gi;
  for (let line = from; line <= to && line < lines.length; line++) {
    for (const m of lines[line].matchAll(we)) {
      out.push({ start: { line, character: m.index }, end: { line, character: m.index + m[0].length } });
    }
  }
  return out;
}
