/**
 * Finds measurable outcomes in prose: the evidence interviewers look for in a Result.
 * Each finder returns spans (offsets into the text). A number only counts when its context says it
 * measures something: years, dates, versions, identifiers and list numbering do not.
 */
export interface Span {
  start: number;
  end: number;
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions|billions';

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';

/** Words that, written just before a number, make it a label rather than a measure ("Phase 2", "version 3"). */
const LABEL_WORDS = new Set(
  'version|ver|v|release|step|phase|level|tier|sprint|chapter|page|line|room|floor|gate|grade|figure|fig|table|section|item|number|no|build|rev|revision|round|wave|stage|milestone|day|week|q|quarter|fy|h|p|sev|severity|priority|pri|iso|iphone|ios|android|python|java|windows|macos|ubuntu|node|angular|vue|react|rails|php|html|css|es|web|series|model|gen|generation|class|type|grade|unit|route|highway|interstate|platform|terminal|ward|bed|lane|bay|aisle|store|branch|region|zone|team|group|squad|cohort|batch|lot|order|invoice|ticket|case|issue|bug|pr|cl|pull|request|commit|patch|hotfix|jira|story|epic|task|meeting|slide|part'.split(
    '|',
  ),
);

/** Words right after a number that do not name what it counts. */
const NOT_AN_OBJECT = new Set(
  'of|and|or|to|the|a|an|in|on|at|for|with|from|is|was|were|are|be|been|as|that|which|it|its|this|then|than|so|but|if|when|while|after|before|we|i|he|she|they|you|am|pm|a.m|p.m|st|nd|rd|th|into|onto|by|per|vs|versus|our|my|their|his|her'.split(
    '|',
  ),
);

const MEASURE_VERBS =
  /\b(?:(?:double|triple|quadruple)s?(?= (?:our|the|their|its|his|her|my|your|that|this|it|them|what)\b)|doubled|doubling|halved|halving|tripled|tripling|quadrupled|quadrupling|(?:two|three|four|five|six|seven|eight|nine|ten)-?fold|by a factor of (?:two|three|four|five|six|seven|eight|nine|ten)|cut (?:it |that |this |them )?in half|by half(?! past\b)|in half|half the|half of|twice as|twice the|(?:two|three|four|five|ten) times (?:as|more|faster|fewer|less|the|higher|lower|better)|a third|a quarter|a fifth|a tenth|one[- ]third|one[- ]quarter|two[- ]thirds|three[- ]quarters)\b/gi;
const ZERO = /\b(?:zero|no more than \w+|to zero|down to zero|to nil)\b/gi;
/**
 * A change told in number words between two counts: "complaints went from eleven that summer to one the next". After
 * a verb of change only: "I worked from nine to five" is a working day. The words between are bounded, so the scan
 * stays linear.
 */
const SPELLED_CHANGE = new RegExp(
  `\\b(?:went|fell|dropped|rose|grew|climbed|jumped|shrank|came(?: down| up)?|got|reduced|increased|decreased|cut|down|up)\\s+from\\s+` +
    `(?:about\\s+|around\\s+)?(?:${NUMBER_WORDS}|one)\\b[^.!?\\n]{0,40}?\\bto\\s+(?:about\\s+|around\\s+|just\\s+|only\\s+)?` +
    `(?:${NUMBER_WORDS}|one|none|zero|nil)\\b`,
  'gi',
);
/**
 * A run of number words ("two hundred and fifty", "twenty-five"), then what it counts. The run and what follows
 * are matched apart: one regex for both backtracked through the run from each of its words, so a long run
 * (`two-two-two-...`, which a file can hold) took quadratic time. Each word ends at a word boundary, so "eight" is
 * not taken for the start of "eighteen".
 */
const SPELLED_RUN = new RegExp(`\\b(?:${NUMBER_WORDS})\\b(?:[- ](?:${NUMBER_WORDS}|one|and)\\b)*`, 'giu');
const SPELLED_RATE = /^\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|shift|quarter|night|hour|minute|term|season)\b/i;
const SPELLED_FRACTION = /^(?:\s+and)?\s+an?\s+(?:half|quarter)\b/i;
const SPELLED_OBJECT = /\s+(?:percent\b|per cent\b|([\p{L}][\p{L}'-]*))/uy;
const WORD_AT = /[\p{L}][\p{L}'-]*/uy;
/** Currency signs, before or after an amount ("GH₵ 3,500", "120 €"). */
const CURRENCY_SIGNS = '$€£¥₹₵₦₱₩₪₫₴₸₺₼₽฿₡₲₭₮';
/** A currency after an amount: "120 €", "40 dollars". */
const CURRENCY_AFTER = new RegExp(`^\\s?(?:[${CURRENCY_SIGNS}]|(?:USD|EUR|GBP|dollars?|euros?|pounds?)\\b)`, 'i');
/** A number, with an optional currency sign before it; thousands may be grouped with `,` `.` or a (thin) space: 12 000. */
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}_.,])((?:[A-Z]{1,3})?[${CURRENCY_SIGNS}]\\s?)?(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d.,])|\\d+(?:[.,]\\d+)*)`,
  'gu',
);

/** True when the text states at least one measure; stops at the first (the rules need no more). */
export function hasMetric(text: string): boolean {
  if (/\d/.test(text)) {
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text))
      if (measureAt(text, m.index, m[0].length, m[1] !== undefined, m[2])) return true;
  }
  return findWordMetrics(text, true).length > 0;
}

export function findMetrics(text: string): Span[] {
  const spans: Span[] = [];
  if (/\d/.test(text)) findNumbers(text, spans);
  spans.push(...findWordMetrics(text, false));
  return spans.sort((a, b) => a.start - b.start);
}

/** Measures in words: doubled, in half, a third, zero incidents, three weeks. */
function findWordMetrics(text: string, firstOnly: boolean): Span[] {
  const spans: Span[] = [];
  for (const re of [MEASURE_VERBS, ZERO, SPELLED_CHANGE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === ZERO && !isZeroMeasure(text, m.index + m[0].length, m[0])) continue;
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (firstOnly) return spans;
    }
  }
  SPELLED_RUN.lastIndex = 0;
  for (let m = SPELLED_RUN.exec(text); m; m = SPELLED_RUN.exec(text)) {
    const counted = spelledMeasure(text, m.index, m.index + m[0].length);
    if (!counted) continue;
    SPELLED_RUN.lastIndex = counted.end;
    // "from about five a week to none": a rate counts, though "a" names nothing.
    const rate = SPELLED_RATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (!rate && counted.word && (NOT_AN_OBJECT.has(counted.word) || MONTHS_SET.has(counted.word))) continue;
    // "the two towns", "those three crews": things the story has already counted, named again, are no outcome.
    if (TOLD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !changedAfter(text.slice(counted.end, counted.end + 40)))
      continue;
    if (
      counted.word &&
      isElapsedTime(counted.word, text.slice(Math.max(0, m.index - 30), m.index), text.slice(counted.end, counted.end + 40))
    )
      continue;
    spans.push({ start: m.index, end: counted.end });
    if (firstOnly) return spans;
  }
  return spans;
}

/**
 * What a run of number words from `start` to `runEnd` counts: the word after it ("five customers"), or, when the
 * run is not followed by a space, its last word after a space ("forty and fifty", "two thousand-ish"). Undefined
 * when it counts nothing; the caller then goes on after the run.
 */
function spelledMeasure(text: string, start: number, runEnd: number): { end: number; word?: string } | undefined {
  // "two and a half hours": the fraction belongs to the number.
  const fraction = SPELLED_FRACTION.exec(text.slice(runEnd, runEnd + 20));
  if (fraction) runEnd += fraction[0].length;
  SPELLED_OBJECT.lastIndex = runEnd;
  const after = SPELLED_OBJECT.exec(text);
  if (after) return { end: runEnd + after[0].length, word: after[1]?.toLowerCase() };
  // Searched within the run only: a search back through the whole text from every run was quadratic.
  const inRun = text.slice(start, runEnd).lastIndexOf(' ');
  if (inRun <= 0) return undefined;
  const space = start + inRun;
  WORD_AT.lastIndex = space + 1;
  const word = WORD_AT.exec(text)!;
  return { end: space + 1 + word[0].length, word: word[0].toLowerCase() };
}

const MONTHS_SET = new Set(MONTHS.split('|'));

/** "zero incidents", "down to zero": zero counts when it names what it counts or ends a change. */
function isZeroMeasure(text: string, end: number, match: string): boolean {
  if (/to (?:zero|nil)$/i.test(match) || /^no more than/i.test(match)) return true;
  const next = /^\s+([\p{L}][\p{L}'-]*)/u.exec(text.slice(end, end + 40));
  return !!next && !NOT_AN_OBJECT.has(next[1].toLowerCase());
}

function findNumbers(text: string, spans: Span[]): void {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const span = measureAt(text, m.index, m[0].length, m[1] !== undefined, m[2]);
    if (span) spans.push(span);
  }
}

/** Decides whether the number at `start` measures something, and how far its measure reaches. */
function measureAt(text: string, start: number, length: number, currency: boolean, digits: string): Span | undefined {
  let end = start + length;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 40);

  // A rank is a measure: "ranked #1", "became the #2 store".
  if (/\b(?:ranked|rank|rated|became|reached|hit|to|at|as|the|our)\s+#$/i.test(before)) return { start: start - 1, end };
  // Identifiers glued to letters or marks: JIRA-123, #42, @3, the rest of 3/4/2022; a leading sign or ~ is fine.
  if (!currency && /[\p{L}#@_/:-]$/u.test(before) && !/(?:^|\s)[~≈+-]$/.test(before)) return undefined;
  // Versions and dates: 3.2.1 (the third part), 2022-03-04, 3/4/2022.
  if (/^(?:\.\d|[-/]\d{1,2}[-/]\d)/.test(after) || (/^\d{4}$/.test(digits) && /^-\d{2}\b/.test(after))) return undefined;

  // A measure used as an adjective: a 3-week delay, a 10-minute call.
  const hyphenUnit = /^-(?:second|minute|hour|day|week|month|year|person|point|percent|fold)s?\b/i.exec(after);
  if (hyphenUnit) return { start, end: end + hyphenUnit[0].length };
  const glued = /^(?:h|hr|hrs|s|sec|secs|ms|min|mins|d|w|wk|wks|mo|mos|yr|yrs|gb|tb|mb|kb|x|×)(?![\p{L}\p{N}])/iu.exec(after);
  if (glued) return { start, end: end + glued[0].length };
  const unit = /^\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b|bps\b|basis points?\b|[x×](?![\p{L}])|-?fold\b)/iu.exec(after);
  if (unit) return isFigureOfSpeech(digits, before, after.slice(unit[0].length)) ? undefined : { start, end: end + unit[0].length };
  // Anything else glued on (3rd, 5pm, 2FA, 4xx) is an ordinal, a time or a name.
  if (/^[\p{L}\p{N}_]/u.test(after) && !/^(?:k|m|mm|bn|b)(?![\p{L}\p{N}])/iu.test(after)) return undefined;

  const scale = /^(?:\s?(?:k|m|mm|bn|b|thousand|million|billion)(?![\p{L}\p{N}]))?\+?/iu.exec(after)!;
  end += scale[0].length;
  const rest = text.slice(end, end + 40);
  const currencyAfter = CURRENCY_AFTER.exec(rest);
  if (currencyAfter) return { start, end: end + currencyAfter[0].length };
  if (currency) return { start, end };
  // A score out of a maximum: 4.8/5, 9/10 (but not 24/7).
  const outOf = /^\/\d+\b/.exec(rest);
  if (outOf) return digits === '24' && rest.startsWith('/7') ? undefined : { start, end: end + outOf[0].length };
  if (/^[-:]\d/.test(rest)) {
    // 3-4 weeks is a range with a unit; 9:30 or 12-05 is a time or a date.
    const range = /^-\d+\s+([\p{L}]+)/u.exec(rest);
    if (!range || NOT_AN_OBJECT.has(range[1].toLowerCase())) return undefined;
    return { start, end: end + range[0].length };
  }
  if (
    isYear(digits) &&
    !/^\+?\s+(?:users|customers|people|employees|tickets|orders|calls|requests|students|patients|units|items|hours|dollars)\b/i.test(rest)
  )
    return undefined;
  if (isLabel(before) || isDateNumber(before, rest)) return undefined;
  // A decimal after a product name is its version: "Kubernetes 1.28", "Angular 1.5".
  if (digits.includes('.') && /(?:^|[^.!?\n]\s)[A-Z][\p{L}]*\s$/u.test(before)) return undefined;
  // List numbering: a number that starts its line and is followed by `.` or `)`.
  if (/(?:^|\n)\s*$/.test(before) && /^[.)](?:\s|$)/.test(rest)) return undefined;
  // Time of day: 5 pm, 9:30.
  if (/^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu.test(rest)) return undefined;

  const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(rest);
  if (next && isElapsedTime(next[1], before, rest.slice(next[0].length))) return undefined;
  if (next && !NOT_AN_OBJECT.has(next[1].toLowerCase()) && !MONTHS_SET.has(next[1].toLowerCase())) {
    return { start, end: end + next[0].length };
  }
  // A bare number that ends a change: "grew to 40", "down by 12", "from 9 to 2".
  if (
    /\b(?:to|by|from|of|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|under\s+|just\s+|only\s+|~)?$/i.test(before) &&
    (scale[0].length > 0 ||
      /^\s*(?:[.,;:)!]|$|\s+(?:to|from|and|in|within|after|by)\b|\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|shift|quarter|night|hour)\b)/.test(
        rest,
      ))
  ) {
    return { start, end };
  }
  // A score: "scored 92 on the final", "rated 9 by the panel".
  if (/\b(?:scored|scoring|rated|graded|(?:score|rating|grade|mark) of)\s+$/i.test(before)) return { start, end };
  if (/^\s*(?:→|->|=>|⇒|➡)/.test(rest) || /(?:→|->|=>|⇒|➡)\s*$/.test(before)) return { start, end };
  return undefined;
}

function isYear(digits: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false;
  const n = Number(digits);
  return n >= 1900 && n <= 2099;
}

function isLabel(before: string): boolean {
  const m = /([\p{L}][\p{L}.]*)\s*[#:]?\s*$/u.exec(before);
  if (!m) return false;
  const word = m[1].toLowerCase().replace(/\.$/, '');
  return LABEL_WORDS.has(word);
}

/** A month name just before the number (Mar 3) or after it (3rd of March): the number is a day. */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})\\b`, 'i');

function isDateNumber(before: string, rest: string): boolean {
  return MONTH_BEFORE.test(before) || MONTH_AFTER.test(rest);
}

const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sprints?|quarters?|semesters?|terms?|shifts?|sessions?)$/i;
/** Words before a duration that make it the time the work took: "after 4 months", "over two sprints", "it took 6 weeks". */
const ELAPSED_BEFORE =
  /(?:^|[^\p{L}])(after|over|during|throughout|took|spent|spending)\s+(?:(?:us|me|them|the team|the|a|another|a further|about|around|roughly|nearly|almost|just|only|more than|next|first|last|past|following|whole|full)\s+){0,3}$/iu;
/** "in those three days": a span the story has already told. */
const PERIOD_TOLD_BEFORE = /(?:^|[^\p{L}])(?:those|these)\s+$/iu;
/** "the two towns", "both three-day courses", "those four crews": a count in words the story has told before. */
const TOLD_BEFORE = /(?:^|[^\p{L}])(?:the|those|these|both)\s+$/iu;
/** Before "over", these make it a quantity ("saved over 40 hours"), not a span of time. */
const QUANTITY_BEFORE_OVER =
  /(?:saved|saving|saves|cut|cutting|by|to|from|than|reduced|shaved|gained|freed|recovered|of|down|up|added|trimmed|shortened|dropped|fell|grew|rose|increased|decreased|reached|hit|at|in|within|under)\s+over\s+(?:\S+\s+){0,2}$/i;
/** After the duration, a comparison makes it the outcome after all: "took 2 days rather than 9", "3 weeks early". */
const COMPARED_AFTER =
  /^[^.;!?\n]{0,24}?\b(?:instead|rather|than|earlier|sooner|early|ahead|faster|quicker|less|fewer|shorter|compared|versus|vs|down from)\b/i;

/** After a count told before, what makes it a change after all: "the ten steps to three", "the two queues than before". */
function changedAfter(after: string): boolean {
  return COMPARED_AFTER.test(after) || CHANGED_TO.test(after);
}
const CHANGED_TO = new RegExp(`^\\s*(?:[\\p{L}']+\\s+){0,3}?(?:to|into)\\s+(?:\\d|(?:${NUMBER_WORDS}|one|a single|zero|none)\\b)`, 'iu');

/** A duration that only says how long the work took, which is no outcome: "after 4 months of work", "it took 6 weeks". */
function isElapsedTime(unit: string, before: string, after: string): boolean {
  if (!TIME_UNITS.test(unit)) return false;
  // An age ("any roof over forty years old") describes a thing; "those three days" is the story's own span, told before.
  if (/^\s+old\b/i.test(after)) return true;
  if (PERIOD_TOLD_BEFORE.test(before)) return !COMPARED_AFTER.test(after);
  const m = ELAPSED_BEFORE.exec(before);
  if (!m) return false;
  if (m[1].toLowerCase() === 'over' && QUANTITY_BEFORE_OVER.test(before)) return false;
  return !COMPARED_AFTER.test(after);
}

/** "100% on board", "gave it 110%": a way of saying "fully", not a measure. */
function isFigureOfSpeech(digits: string, before: string, after: string): boolean {
  if (Number(digits) < 100) return false;
  return (
    /^\s*(?:on ?board|behind|committed|sure|certain|confident|aligned|convinced|bought in|focused|dedicated|invested|honest|in agreement|of (?:my|our|their|his|her) (?:effort|energy|focus|attention))\b/i.test(
      after,
    ) || /\b(?:gave|give|giving|gives|put in|putting in)\s+(?:it\s+|everything\s+|this\s+|them\s+)?$/i.test(before)
  );
}
