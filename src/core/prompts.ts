/**
 * Every prompt text the product inserts for a writer to write over: the snippets (kept in sync by
 * test/unit/snippets.test.js), New Story and the quick fixes. One definition, read both by what inserts
 * the prompts and by what detects them, so the product's own template never passes its own checks.
 */

/** The `star-story` snippet and the section snippets. */
export const SNIPPET_PROMPTS = {
  title: 'A short title that names the problem and the outcome',
  situation:
    'Set the scene in two or three sentences: where you worked, what the problem was and why it mattered. How did you get involved?',
  task: 'What were you asked to do, or what did you decide had to be done? What would success look like, and by when?',
  action: 'I ... (tell what you did yourself, step by step, starting each step with "I").',
  actionPeople: 'How many people were involved, and what was your role among them?',
  actionObstacle: 'What got in the way, and how did you get past it?',
  result: 'What changed because of what you did? Give the numbers, then say what it meant for the customer or the business.',
  resultMetrics: ['Customer satisfaction up by X%', 'Complaints down by X a month', 'Revenue up by $Z'],
  /** The `star-metric` snippet's line as inserted (its single-word blanks are too common to look for alone). */
  metricLine: 'Metric went from before to after (+X%) in time',
  learnings: 'What did you learn, and what do you do differently since? (Optional: delete this section if you have nothing to add.)',
} as const;

/**
 * New Story's prompts, in angle brackets so template-placeholder points at them even once edited a little.
 * None starts with an HTML tag name, or it would be taken for markup.
 */
export const NEW_STORY_PROMPTS = {
  situation: '<Where were you, what was going wrong, and why did it matter? Two or three sentences.>',
  task: '<What did you have to achieve, and how would you know you had succeeded?>',
  action: '<Tell what you did yourself, step by step, each step starting with the word I.>',
  result: '<What changed because of you? Give a number: time saved, a percentage, money, people.>',
} as const;

/** The add-section quick fix's one-line prompts; each has a comma so Markdown never reads it as a tag. */
export const FIX_SECTION_PROMPTS = {
  situation: '<where you were, what was going on, and why it mattered>',
  task: '<what you were asked to do or took on, and what was at stake>',
  action: '<what you did yourself, step by step>',
  result: '<what changed because of it, with numbers>',
} as const;

/** The metric-line quick fix's blanks, tabbed through in this order. */
export const METRIC_PROMPTS = ['<what changed>', '<number before>', '<number after>', '<how long>'] as const;

/** The role-line quick fix's prompt. */
export const ROLE_PROMPT = '<your role, and how many people were involved>';

/** Every prompt above, longest first, so a prompt inside a longer one is never matched on its own. */
export const TEMPLATE_PROMPTS: readonly string[] = [
  ...Object.values(SNIPPET_PROMPTS).flat(),
  ...Object.values(NEW_STORY_PROMPTS),
  ...Object.values(FIX_SECTION_PROMPTS),
  ...METRIC_PROMPTS,
  ROLE_PROMPT,
].sort((a, b) => b.length - a.length);

/** True when the front matter title is still the template's. */
export function isTitlePrompt(title: string | undefined): boolean {
  return title !== undefined && title.trim() === SNIPPET_PROMPTS.title;
}

/**
 * The prompts grouped by one character each holds that prose seldom does (`<`, `?`, `(`...): a text without that
 * character holds none of the group. V8 finds a long needle by its first letter, so searching every prompt cost
 * 25 scans of each story, slowed by every "I" and "W" in it; the gates cost a native scan per group.
 */
const RARE_IN_PROSE = '<?$%"(:X';
const PROMPTS_BY_GATE = new Map<string, string[]>();
for (const prompt of TEMPLATE_PROMPTS) {
  const gate = [...RARE_IN_PROSE].find((c) => prompt.includes(c)) ?? prompt[0];
  const group = PROMPTS_BY_GATE.get(gate);
  if (group) group.push(prompt);
  else PROMPTS_BY_GATE.set(gate, [prompt]);
}

/** Where the prompts stand in `text`, as [start, end) pairs in order, not overlapping (a longer prompt wins). */
export function findPrompts(text: string): [number, number][] {
  const all: [number, number][] = [];
  for (const [gate, group] of PROMPTS_BY_GATE) {
    if (text.indexOf(gate) === -1) continue;
    for (const prompt of group)
      for (let i = text.indexOf(prompt); i !== -1; i = text.indexOf(prompt, i + prompt.length)) all.push([i, i + prompt.length]);
  }
  if (all.length < 2) return all;
  // Sorted by start, longer first: one sweep keeps each match that starts after the last kept one ends.
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const found: [number, number][] = [];
  for (const m of all) if (found.length === 0 || m[0] >= found[found.length - 1][1]) found.push(m);
  return found;
}

/**
 * The prompts in a story's whole text, found once and shared: when there are none (a story being written over),
 * no piece of it needs searching again.
 */
export function storyPrompts(story: { text: string; derived: { prompts?: [number, number][] } }): [number, number][] {
  return (story.derived.prompts ??= findPrompts(story.text));
}

/** True when `offset` falls inside one of `spans` (as findPrompts returns them). */
export function insidePrompt(spans: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid][0]) hi = mid - 1;
    else if (offset >= spans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `text` with its prompts blanked (same length, so offsets still map): a prompt is never a number or an "I". */
export function blankPrompts(text: string): string {
  const found = findPrompts(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of found) {
    out += text.slice(at, s) + ' '.repeat(e - s);
    at = e;
  }
  return out + text.slice(at);
}
