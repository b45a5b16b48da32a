import type MarkdownIt from 'markdown-it';
import { activeCatalog, defaultConfig, StarConfig } from './config';
import { matcherFor } from './lint';
import { findMetrics } from './metrics';
import { parseStory } from './story';
import { SectionKind, Story } from './types';

type Token = MarkdownIt.Token;
type StateCore = MarkdownIt.StateCore;

/**
 * A markdown-it plugin that shows a STAR story's shape in a rendered preview: its principles as badges
 * under the front matter, a class (and a letter badge drawn by CSS) on each STAR section, and
 * `<mark class="star-metric">` around the measures in its Result. It reads the story with the engine,
 * from the source markdown-it is given, so it needs no editor and works with any markdown-it instance
 * (VS Code's preview, a browser build, a static site).
 *
 * Anything that is not a story is left alone: the rule returns before touching a token, so the HTML is
 * byte for byte what markdown-it renders without the plugin. Text from the story only ever reaches the
 * HTML through markdown-it's own escaping.
 */
export interface PreviewPluginOptions {
  /** Config to read stories with (catalog for the principle names); asked on every parse, so changes apply. */
  config?: () => StarConfig;
  /** When it returns false the plugin does nothing, as if it were not installed. */
  enabled?: () => boolean;
}

export const PREVIEW_RULE_NAME = 'star_stories';
const PRINCIPLES_TOKEN = 'star_principles';
const TITLE_TOKEN = 'star_title';

/** Letter badges per section kind, drawn from `data-star-section` by the preview's CSS. */
const LETTERS: Record<SectionKind, string> = { situation: 'S', task: 'T', action: 'A', result: 'R', learnings: 'L' };

interface BadgeItem {
  /** Canonical name when recognised, else the name as written. */
  text: string;
  known: boolean;
  suggestion?: string;
}

interface PrinciplesMeta {
  items: BadgeItem[];
  catalogLabel: string;
}

const installed = new WeakSet<object>();
const DEFAULT_CONFIG = defaultConfig();

export function starPreviewPlugin(md: MarkdownIt, options: PreviewPluginOptions = {}): MarkdownIt {
  // A second `use` on the same instance would badge everything twice.
  if (installed.has(md)) return md;
  installed.add(md);

  const escape = md.utils.escapeHtml;
  let cache: { src: string; config: StarConfig; story: Story } | undefined;

  const read = (src: string, config: StarConfig): Story => {
    // The preview renders the same text more than once (scroll sync, refresh): parse it once.
    if (cache && cache.src === src && cache.config === config) return cache.story;
    const story = parseStory(src, matcherFor(config));
    cache = { src, config, story };
    return story;
  };

  md.core.ruler.push(PREVIEW_RULE_NAME, (state: StateCore) => {
    if (options.enabled && !options.enabled()) return;
    const config = options.config?.() ?? DEFAULT_CONFIG;
    let story: Story;
    try {
      story = read(state.src, config);
    } catch {
      return; // the engine never throws by contract; if it ever does, the preview still renders
    }
    if (!story.isStory) return;
    decorate(state, story, config);
  });

  md.renderer.rules[TITLE_TOKEN] = (tokens, idx) => `<h1 class="star-title">${escape(String(tokens[idx].meta))}</h1>\n`;

  md.renderer.rules[PRINCIPLES_TOKEN] = (tokens, idx) => {
    const meta = tokens[idx].meta as PrinciplesMeta;
    const badges = meta.items.map((item) => {
      if (item.known) return `<span class="star-principle" role="listitem">${escape(item.text)}</span>`;
      const hint = `Not in ${meta.catalogLabel}` + (item.suggestion ? `; did you mean ${item.suggestion}?` : '');
      return `<span class="star-principle star-principle-unknown" role="listitem" title="${escape(hint)}">${escape(item.text)}</span>`;
    });
    return `<div class="star-principles" role="list" aria-label="${escape(meta.catalogLabel)}">${badges.join('')}</div>\n`;
  };
  return md;
}

function decorate(state: StateCore, story: Story, config: StarConfig): void {
  const tokens = state.tokens;
  const Token = state.Token;

  // Sections: one marker (heading or label paragraph) can name several kinds (`Situation & Task`).
  const markers = new Map<number, { kinds: SectionKind[]; form: 'heading' | 'label' }>();
  for (const s of story.sections) {
    const line = s.markerRange.start.line;
    const m = markers.get(line) ?? { kinds: [], form: s.form };
    if (!m.kinds.includes(s.kind)) m.kinds.push(s.kind);
    markers.set(line, m);
  }
  // Lines whose prose is the Result: after a heading, or from a label on (the label's own paragraph holds text too).
  const resultRanges = story.sections
    .filter((s) => s.kind === 'result')
    .map((s) => ({ start: s.form === 'heading' ? s.markerRange.start.line + 1 : s.markerRange.start.line, end: s.endLine }));

  let lastLine = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.map) lastLine = token.map[0];
    if (token.nesting === 1 && token.map && (token.type === 'heading_open' || token.type === 'paragraph_open')) {
      const marker = markers.get(token.map[0]);
      if (marker && (marker.form === 'heading') === (token.type === 'heading_open')) {
        labelSection(tokens, i, marker.kinds);
        markers.delete(token.map[0]);
      }
    }
    if (token.type === 'inline' && token.children && resultRanges.some((r) => lastLine >= r.start && lastLine <= r.end)) {
      token.children = markMetrics(token.children, Token);
    }
  }

  const body = story.frontMatter ? story.frontMatter.bodyStartLine : 0;
  // Right under the front matter, whatever rendered it (a front-matter plugin's hidden token, or an hr and text).
  let at = tokens.findIndex((t) => t.level === 0 && t.map !== null && t.map[0] >= body);
  if (at < 0) at = tokens.length;
  const items = principleBadges(story);
  if (items.length > 0) {
    const badge = new Token(PRINCIPLES_TOKEN, 'div', 0);
    badge.block = true;
    badge.meta = { items, catalogLabel: activeCatalog(config).label } satisfies PrinciplesMeta;
    tokens.splice(at, 0, badge);
  }
  // The preview hides the front matter, and with it the title: shown on top unless the body has a title heading.
  const titleInFrontMatter = story.title && story.frontMatter && story.titleRange && story.titleRange.start.line < body;
  if (titleInFrontMatter && !tokens.some((t) => t.type === 'heading_open' && t.tag === 'h1')) {
    const title = new Token(TITLE_TOKEN, 'h1', 0);
    title.block = true;
    title.meta = story.title;
    tokens.splice(at, 0, title);
  }
}

function labelSection(tokens: Token[], index: number, kinds: SectionKind[]): void {
  let target = tokens[index];
  // A paragraph in a tight list is not rendered as <p>: its list item carries the label instead.
  if (target.hidden) {
    for (let j = index - 1; j >= 0; j--) {
      if (tokens[j].type === 'list_item_open' && tokens[j].level === target.level - 1) {
        target = tokens[j];
        break;
      }
    }
    if (target.hidden) return;
  }
  target.attrJoin('class', ['star-section', ...kinds.map((k) => `star-${k}`)].join(' '));
  target.attrSet('data-star-section', kinds.map((k) => LETTERS[k]).join('+'));
}

function principleBadges(story: Story): BadgeItem[] {
  const items: BadgeItem[] = [];
  const seen = new Set<string>();
  for (const p of story.principles) {
    // A misspelling read as a principle (canonical and suggestion both set) is shown as written, to be fixed.
    const known = p.canonical !== undefined && p.suggestion === undefined;
    const text = known ? p.canonical! : p.raw;
    if (seen.has(text)) continue;
    seen.add(text);
    items.push({ text, known, suggestion: p.suggestion });
  }
  return items;
}

/**
 * Wraps the measures of one inline run in `<mark>`. The measures are found in the run's whole text, so
 * `**40%** faster` or a link's words count as written, but only `text` tokens are split: code, raw HTML
 * and images are never touched, and a measure that crosses formatting is marked piece by piece.
 */
function markMetrics(children: Token[], TokenClass: StateCore['Token']): Token[] {
  let text = '';
  const starts = new Map<number, number>();
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'text') {
      starts.set(i, text.length);
      text += c.content;
    } else if (c.type === 'code_inline' || c.type === 'text_special') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += '\n';
    else if (c.type === 'html_inline' || c.type === 'image') text += ' ';
  }
  if (!text) return children;
  const spans = findMetrics(text);
  if (spans.length === 0) return children;

  const out: Token[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    const start = starts.get(i);
    if (start === undefined) {
      out.push(c);
      continue;
    }
    const end = start + c.content.length;
    let pos = start;
    for (const s of spans) {
      const from = Math.max(s.start, pos);
      const to = Math.min(s.end, end);
      if (from >= to) continue;
      if (from > pos) out.push(textToken(TokenClass, c, text.slice(pos, from)));
      const open = new TokenClass('star_metric_open', 'mark', 1);
      open.attrSet('class', 'star-metric');
      open.level = c.level;
      out.push(open, textToken(TokenClass, c, text.slice(from, to)));
      const close = new TokenClass('star_metric_close', 'mark', -1);
      close.level = c.level;
      out.push(close);
      pos = to;
    }
    if (pos === start) out.push(c);
    else if (pos < end) out.push(textToken(TokenClass, c, text.slice(pos, end)));
  }
  return out;
}

function textToken(TokenClass: StateCore['Token'], like: Token, content: string): Token {
  const t = new TokenClass('text', '', 0);
  t.content = content;
  t.level = like.level;
  return t;
}
