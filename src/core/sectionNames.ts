import { bilingualName, headBeforeSubtitle } from './headingParts';
import { NAMES_ABROAD } from './sectionNamesAbroad';
import { SectionKind } from './types';

/** The words people use for each STAR section, normalised (lower case, single spaces). */
const NAMES: Record<SectionKind, string[]> = {
  situation: [
    'situation',
    'the situation',
    'background',
    'context',
    'setting',
    'scenario',
    'the problem',
    'problem',
    'the challenge',
    'challenge',
    'circumstances',
    'set the scene',
    'the scene',
    'what was the situation',
    'the context',
    'the background',
    'where we were',
    'where things stood',
    'what was going on',
    'the case',
    'what i was looking at',
    'sit',
  ],
  task: [
    'task',
    'tasks',
    'the task',
    'my task',
    'goal',
    'goals',
    'the goal',
    'objective',
    'objectives',
    'my role',
    'role',
    'responsibility',
    'responsibilities',
    'the ask',
    'assignment',
    'my responsibility',
    'what was the task',
    'what was your role',
    'what was your task',
    'what i was asked to do',
    'what i was asked',
    'what they needed from me',
    'what they asked of me',
    'what was needed from me',
    'what i had to do',
    'what i needed to do',
    'my goal',
    'my objective',
    'the objective',
    'duties',
    'my duties',
    'what was at stake',
    'the stakes',
  ],
  action: [
    'action',
    'actions',
    'the action',
    'my actions',
    'actions taken',
    'action taken',
    'what i did',
    'what we did',
    'did', // notes: "Sit: / Did: / Res:"
    'approach',
    'my approach',
    'steps',
    'steps taken',
    'what i did about it',
    'how i did it',
    'execution',
    'activity',
    'activities',
    'actions i took',
    'steps i took',
    'my contribution',
    'how i handled it',
    'what did you do',
    'what i did and why',
    'the actions',
    'the approach',
    'how i approached it',
    'intervention',
    'interventions',
    'what we changed',
    'what i changed',
    'act',
  ],
  result: [
    'result',
    'results',
    'the result',
    'outcome',
    'outcomes',
    'the outcome',
    'impact',
    'the impact',
    'results and impact',
    'outcome and impact',
    'what happened',
    'metrics',
    'results achieved',
    'achievements',
    'what i achieved',
    'end result',
    'the payoff',
    'what was the result',
    'what was the outcome',
    'what happened next',
    'the results',
    'the outcomes',
    'what changed',
    'since then',
    'how it ended',
    'where it ended',
    'how it turned out',
    'what came of it',
    'where it landed',
    'where things landed',
    'how it went',
    'how it played out',
    'afterwards',
    'aftermath',
    'the aftermath',
    'upshot',
    'the upshot',
    'res',
  ],
  learnings: [
    'learnings',
    'learning',
    'lessons',
    'lessons learned',
    'lessons learnt',
    'lesson learned',
    'reflection',
    'reflections',
    'what i learned',
    'what i learnt',
    'takeaways',
    'key takeaways',
  ],
};

const LETTERS: Record<string, SectionKind> = { s: 'situation', t: 'task', a: 'action', r: 'result', l: 'learnings' };

for (const kind of Object.keys(NAMES_ABROAD) as (keyof typeof NAMES_ABROAD)[]) NAMES[kind].push(...NAMES_ABROAD[kind]);

const BY_NAME = new Map<string, SectionKind>();
for (const kind of Object.keys(NAMES) as SectionKind[]) for (const n of NAMES[kind]) BY_NAME.set(n, kind);

/** A cheap first test: stems of every section name. Kept in step with NAMES by a unit test. */
const NAME_STEMS =
  /situation|background|context|setting|scenario|problem|challenge|circumstance|scene|task|goal|objective|role|responsib|ask|assignment|action|activit|intervention|dut|approach|step|what|how|execution|contribution|result|outcome|impact|metric|achieve|payoff|learn|lesson|reflect|takeaway|where|since|case|sit|act|res|looking|stake|landed|went|played|afterward|aftermath|upshot|contexto|ausgangslage|tare|tâche|aufgabe|compito|acci|hice|ação|ações|fiz|j'ai fait|maßnahmen|azion|résultat|ergebnis|risultat/;

/** Longest heading or label text read as a section marker. */
const MAX_MARKER_LENGTH = 200;

/** Joins between the names of a combined heading: `Situation & Task`, `Situation / Task`, `Situation and Task`. */
const JOINERS = /\s*(?:&|\/|\+|,|\band\b)\s*/;

/**
 * Reads a heading or label text as STAR section kinds. Accepts numbering (`1.`), a letter prefix
 * (`S — Situation`, `(S) Situation`), a letter suffix (`Situation (S)`), emoji and punctuation
 * around it, and any case. Returns [] when the text is not a STAR marker.
 */
export { NAMES as SECTION_NAMES, NAME_STEMS as SECTION_NAME_STEMS };

export function sectionKindsOf(text: string, allowBareLetter: boolean): SectionKind[] {
  // A STAR marker is a few words (the longest in the fixtures is 39 characters); a longer heading is prose.
  // Without this bound a long heading hung the extension: the trailing-punctuation and bracket patterns
  // below backtrack quadratically on long runs of spaces (50,000 took 15 s), and the letter-prefix
  // recursion nests once per `s `/`a |` pair, overflowing the stack on a 50 KB heading.
  if (text.length > MAX_MARKER_LENGTH) return [];
  // Most headings are a plain section name or no section at all: answer the first kind without the clean-up below.
  const lower = text.trim().toLowerCase();
  const direct = BY_NAME.get(lower);
  if (direct) return [direct];
  // Every name above (and a bare letter) holds one of these stems: a heading without any is no marker.
  if (lower.length > 3 && !NAME_STEMS.test(lower)) return [];
  let t = text
    .toLowerCase()
    .replace(/[*_`~]/g, '')
    // Emoji, symbols and punctuation before the words.
    .replace(/^[^\p{L}\p{N}(]+/u, '')
    .replace(/^(?:step|part|section)?\s*\(?\d{1,2}\s*[.):\-–—]?\s*/, '')
    // Roman numbering: `I. Situation`, `IV) Result`.
    .replace(/^(?:iv|v?i{1,3}|v|ix|x)[.)]\s+/, '')
    .replace(/[\s:.\-–—!?]+$/u, '')
    .trim();
  if (!t) return [];
  if (allowBareLetter && t.length === 1 && LETTERS[t]) return [LETTERS[t]];

  // `S — Situation`, `S: Situation`, `(S) Situation`, `Situation (S)`: drop the letter if it agrees.
  const prefixed = /^\(?([star])\)?\s*(?:[-–—:|.)]\s*|\s+)(.+)$/u.exec(t);
  if (prefixed) {
    const rest = sectionKindsOf(prefixed[2], false);
    if (rest.length > 0 && rest[0] === LETTERS[prefixed[1]]) return rest;
  }
  // A subtitle after a dash or colon names the same section in other words: `Situation – Set the Scene`.
  const subtitled = headBeforeSubtitle(t);
  const suffixed = /^(.+?)\s*\(([star])\)$/u.exec(t);
  const bracketed = suffixed ? null : /^(.+?)\s*\(([^()]*)\)$/u.exec(t);
  if (suffixed) t = suffixed[1];
  else if (bracketed) {
    // The name in brackets beside the writer's own language: `Contexto (Situation)`.
    const named = BY_NAME.get(bracketed[2].trim());
    if (named && !BY_NAME.has(bracketed[1].trim())) return [named];
    // A qualifier in brackets: `Result (after 6 months)`.
    t = bracketed[1];
  }
  t = t
    .replace(/[^\p{L}\p{N}&/+,']+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  const whole = BY_NAME.get(t) ?? withoutFillers(t) ?? bilingualName(t, (half) => BY_NAME.get(half) ?? withoutFillers(half));
  if (whole) return [whole];
  const parts = t.split(JOINERS).filter((p) => p.length > 0);
  if (parts.length < 2) return subtitled === undefined ? [] : sectionKindsOf(subtitled, false);
  const kinds: SectionKind[] = [];
  for (const part of parts) {
    const kind = BY_NAME.get(part) ?? (part.length === 1 ? LETTERS[part] : undefined);
    if (!kind) return subtitled === undefined ? [] : sectionKindsOf(subtitled, false);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** Words around a section name that add nothing: `Key Results`, `Results Example`, `Problem statement`. */
const LEADING_FILLERS = new Set(['my', 'our', 'the']);
/** Only before a Result: "key results", "business impact"; before other names such words may mean something else. */
const RESULT_ADJECTIVES = new Set([
  'key',
  'final',
  'overall',
  'business',
  'measurable',
  'quantified',
  'quantifiable',
  'concrete',
  'tangible',
]);
const TRAILING_FILLERS = new Set([
  'example',
  'examples',
  'section',
  'part',
  'summary',
  'details',
  'overview',
  'statement',
  'description',
  'breakdown',
]);

function withoutFillers(t: string): SectionKind | undefined {
  const words = t.split(' ');
  let first = 0;
  let last = words.length;
  let adjective = false;
  while (first < last - 1 && (LEADING_FILLERS.has(words[first]) || RESULT_ADJECTIVES.has(words[first])))
    adjective = RESULT_ADJECTIVES.has(words[first++]) || adjective;
  while (last > first + 1 && TRAILING_FILLERS.has(words[last - 1])) last--;
  if (first === 0 && last === words.length) return undefined;
  const core = words.slice(first, last).join(' ');
  const kind = core.length > 1 ? BY_NAME.get(core) : undefined;
  return adjective && kind !== 'result' ? undefined : kind;
}

/**
 * A label at the start of a paragraph: `**Situation:**`, `**Situation**:`, `__Task:__`, `*Action:*` or
 * a plain `Result:`, optionally after a list marker. Group 1 is the label's words; the match's length
 * is where the section's own text starts.
 */
export const LABEL =
  /^(\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?(?:>\s*)*)(?:\*\*|__|\*|_)?([\p{L}\p{Emoji_Presentation}][\p{L}\s&/+'’()]{0,40}?)(?:\s*[:.]\s*(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)\s*[:.]|\s*:|\s+[—–-](?:\s*(?:\*\*|__|\*|_))?|(?:\*\*|__|\*|_)\s+[—–-])(?=\s|$)/u;

/** A line that is only a bold or underlined word group, used as a heading: `**Result**`. */
export const BOLD_LINE_LABEL = /^(\s*)(?:\*\*|__)([\p{L}\p{Emoji_Presentation}][\p{L}\s&/+'’()]{0,40}?)(?:\s*:)?(?:\*\*|__)\s*:?\s*$/u;
