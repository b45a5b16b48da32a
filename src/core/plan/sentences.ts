import { findFirstPersonSingular } from '../firstPerson';
import { findMetrics, hasMetric } from '../metrics';
import { sectionsOf } from '../sectionText';
import { SectionKind, Story } from '../types';

/**
 * A section's sentences as the writer wrote them, with Markdown markup taken off (emphasis, code ticks, link
 * targets, list markers) but no word changed. Headings, code and HTML blocks are left out. Each block (a
 * paragraph, a list item) is split on its own, so a bullet without a full stop is one sentence.
 */
export function sentencesOf(story: Story, kind: SectionKind): string[] {
  const out: string[] = [];
  for (const section of sectionsOf(story, kind)) {
    const first = section.contentStart.line;
    const last = Math.min(section.endLine, story.lines.length - 1);
    for (const block of story.blocks) {
      if ((block.kind !== 'paragraph' && block.kind !== 'other') || block.endLine < first || block.startLine > last) continue;
      const lines: string[] = [];
      for (let l = Math.max(first, block.startLine); l <= Math.min(last, block.endLine); l++) {
        let line = story.lines[l];
        if (l === last && section.endCharacter !== undefined && l === section.endLine) line = line.slice(0, section.endCharacter);
        if (l === first) line = line.slice(Math.min(section.contentStart.character, line.length));
        lines.push(line);
      }
      for (const s of splitSentences(plain(lines.join('\n')))) out.push(s);
    }
  }
  return out;
}

/** Markdown markup off, words kept: `[text](url)` → text, `**bold**` → bold, list and quote markers dropped. */
function plain(text: string): string {
  return text
    .replace(/<!--[^]*?-->/g, ' ')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>\n]*>/g, ' ')
    .replace(/^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])?[ \t]+/gm, '')
    .replace(/(\*\*|__|`+)/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/gm, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits after . ! or ? followed by a space and a capital, digit or opening quote; "e.g. this" stays whole. */
function splitSentences(text: string): string[] {
  if (!text) return [];
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The sentences of the Action that say what the writer did ("I ..."), the strongest few, in story order. */
export function keyActions(story: Story, max = 3): string[] {
  const scored = sentencesOf(story, 'action')
    .map((text, at) => {
      const mine = findFirstPersonSingular(text, Infinity, true).length;
      return { text, at, score: mine === 0 ? 0 : mine + (hasMetric(text) ? 1 : 0) };
    })
    .filter((s) => s.score > 0);
  // The most "I" (and a measure) first; ties keep the story's order, as the story tells them.
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.at - b.at).slice(0, max);
  return chosen.sort((a, b) => a.at - b.at).map((s) => s.text);
}

/** The Result's first sentence that states a measure, or undefined when none does. */
export function measuredResult(story: Story): string | undefined {
  return sentencesOf(story, 'result').find((s) => findMetrics(s).length > 0);
}
