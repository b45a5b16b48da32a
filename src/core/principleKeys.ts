/**
 * The front matter keys that hold a story's principles, in lower case: the engine (story.ts) reads the list from
 * them, and completion and hover (principleSlots.ts) find it under them. Defined once so the two never disagree.
 */
export const PRINCIPLE_KEYS: readonly string[] = [
  'principles',
  'principle',
  'leadership principles',
  'leadership_principles',
  'leadership-principles',
  'lps',
];

/** Whether a front matter key (as written) holds the principles. */
export function isPrincipleKey(key: string): boolean {
  return PRINCIPLE_KEYS.includes(key.toLowerCase());
}
