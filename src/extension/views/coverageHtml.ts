/**
 * The Story Coverage webview's HTML as a pure function of the coverage model: no `vscode` import, so
 * plain Node (the unit tests) can render it and look at every byte the webview would get.
 */
import type { Coverage, CoverageRow, CoverageStory } from '../../core';

export interface CoverageViewRow extends CoverageRow {
  /** The principle's one-line description, shown when hovering its column. */
  description?: string;
}

export interface CoverageViewStory extends CoverageStory {
  /** Where the story lives, relative to the workspace, shown under its title. */
  file?: string;
  /** Principles the story names that the active catalog does not know. */
  unknownPrinciples?: string[];
  /** How often and when the story was last practised ("practised twice, last today"), when it was. */
  practice?: string;
}

export interface CoverageView extends Coverage {
  rows: CoverageViewRow[];
  stories: CoverageViewStory[];
}

export interface RenderOptions {
  /** Fresh per render; only the script carrying it may run. */
  nonce: string;
  /** `webview.cspSource`: the only origin styles (and images) may come from. */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  /** The document's title (default: Story Coverage); other panels reuse this page. */
  title?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and for double- or single-quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The line at the top: how many stories, how much of the catalog they cover, and which principles have
 * none. Gap names are separate elements, not a comma list: some names have commas of their own.
 */
export function renderSummary(model: Coverage): string {
  const gaps = model.rows.filter((r) => r.stories.length === 0).map((r) => r.principle);
  const parts = [
    escapeHtml(plural(model.stories.length, 'story', 'stories')),
    `${model.rows.length - gaps.length} of ${model.rows.length} principles covered`,
  ];
  if (model.unassigned.length > 0)
    parts.push(`${plural(model.unassigned.length, 'story names', 'stories name')} no principle of this catalog`);
  if (gaps.length === 0) parts.push('no gaps');
  else {
    const names = gaps.map((g) => `<span class="gap-name">${escapeHtml(g)}</span>`).join('<span class="sr">; </span>');
    parts.push(`${plural(gaps.length, 'gap', 'gaps')}: ${names}`);
  }
  return `<p class="summary" id="summary">${parts.join(' · ')}</p>`;
}

const HEALTH_COLUMNS: { key: string; label: string; title: string }[] = [
  { key: 'situation', label: 'S', title: 'Situation section' },
  { key: 'task', label: 'T', title: 'Task section' },
  { key: 'action', label: 'A', title: 'Action section' },
  { key: 'result', label: 'R', title: 'Result section' },
  { key: 'quantifiedResult', label: '#', title: 'A number in the Result (how much, how many, how fast)' },
  { key: 'iContribution', label: 'I', title: 'What "I" did, in the Action' },
  { key: 'role', label: 'W', title: 'WHO: your own role is stated' },
  { key: 'clear', label: 'C', title: 'Clear: no hedges ("I helped", "I think", "kind of")' },
];

function healthValue(story: CoverageStory, key: string): boolean {
  if (key === 'quantifiedResult') return story.health.quantifiedResult;
  // A story the coach could not judge (too short, or not read yet) is not marked as missing these.
  if (key === 'role') return !story.coach?.judged || story.coach.roleStated;
  if (key === 'clear') return !story.coach?.judged || story.coach.hedges === 0;
  if (key === 'iContribution') return story.health.iContribution;
  return story.health.sections[key as keyof CoverageStory['health']['sections']];
}

/** A yes/no cell: a symbol for the eye, a word for screen readers, never colour alone. */
function mark(yes: boolean, title: string, first: boolean): string {
  return `<td class="mark ${yes ? 'yes' : 'no'}${first ? ' first' : ''}" title="${escapeHtml(`${title}: ${yes ? 'yes' : 'missing'}`)}"><span aria-hidden="true">${yes ? '✓' : '✗'}</span><span class="sr">${yes ? 'yes' : 'missing'}</span></td>`;
}

function storyRow(story: CoverageViewStory, rows: CoverageViewRow[]): string {
  const claimed = new Set(story.principles);
  const suggested = new Set(story.coach?.suggestions ?? []);
  const out: string[] = [];
  const unassigned = story.principles.length === 0;
  out.push(`<tr class="story${unassigned ? ' unassigned' : ''}">`);
  out.push('<th scope="row" class="title">');
  out.push(
    `<button type="button" class="open" data-id="${escapeHtml(story.id)}" title="${escapeHtml(`Open ${story.file ?? story.title}`)}">${escapeHtml(story.title)}</button>`,
  );
  if (story.file) out.push(`<span class="file">${escapeHtml(story.file)}</span>`);
  if (story.practice) out.push(`<span class="practice">${escapeHtml(story.practice)}</span>`);
  const unknown = story.unknownPrinciples ?? [];
  // Names the catalog does not know say why a row is empty; with none at all, say that.
  if (unknown.length > 0) out.push(`<span class="note">Not in the catalog: ${unknown.map(escapeHtml).join('; ')}</span>`);
  else if (unassigned) out.push('<span class="note">No principle listed</span>');
  out.push('</th>');
  for (const row of rows) {
    const gap = row.stories.length === 0 ? ' gap' : '';
    if (claimed.has(row.principle)) {
      out.push(
        `<td class="hit${gap}" title="${escapeHtml(`${story.title} — ${row.principle}`)}"><span aria-hidden="true">●</span><span class="sr">${escapeHtml(row.principle)}</span></td>`,
      );
    } else if (suggested.has(row.principle)) {
      // Not claimed, but the story's text shows it: marked apart from a claim, in symbol and in words.
      out.push(
        `<td class="could${gap}" title="${escapeHtml(`${story.title} could cover ${row.principle}: its text shows it, its principles list does not name it`)}"><span aria-hidden="true">○</span><span class="sr">${escapeHtml(`could cover ${row.principle}`)}</span></td>`,
      );
    } else out.push(`<td class="miss${gap}"></td>`);
  }
  HEALTH_COLUMNS.forEach((col, i) => out.push(mark(healthValue(story, col.key), col.title, i === 0)));
  const n = story.findings;
  out.push(
    `<td class="findings${n > 0 ? ' some' : ''}" title="${escapeHtml(n === 0 ? 'No problems found' : `${plural(n, 'problem', 'problems')}: see the Problems panel`)}">${n}</td>`,
  );
  out.push('</tr>');
  return out.join('');
}

/**
 * One collator for every comparison (`localeCompare` with options builds a new one per call), made when the page is
 * first drawn: making it loads ICU's collation data, about 4 ms of the extension's load when it was made there.
 */
let collator: Intl.Collator | undefined;

function byTitle(a: CoverageStory, b: CoverageStory): number {
  collator ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The part of the page that depends on the stories. Stories are rows and principles columns: a story
 * bank keeps growing while a catalog stays at a dozen or so names, long titles read best across a row,
 * and each row can carry that story's health next to its principles.
 */
export function renderCoverageBody(model: CoverageView): string {
  const rows = model.rows;
  const stories = [...model.stories].sort(byTitle);
  const out: string[] = [];
  out.push('<header>');
  out.push(`<h1>Story Coverage <span class="catalog">${escapeHtml(model.catalog)}</span></h1>`);
  out.push(renderSummary(model));
  out.push('</header>');
  if (stories.length === 0) {
    out.push(
      '<p class="empty">No STAR stories in this workspace yet. A story is a Markdown file with Situation, Task, Action and Result sections and, at its top, a list of the principles it shows.</p>',
    );
    return out.join('\n');
  }
  out.push('<div class="matrix-wrap">');
  out.push('<table class="matrix" aria-describedby="summary">');
  out.push('<thead>');
  out.push('<tr class="names">');
  out.push('<th scope="col" class="corner">Story</th>');
  for (const row of rows) {
    const gap = row.stories.length === 0;
    const title = row.description ? `${row.principle}: ${row.description}` : row.principle;
    out.push(
      `<th scope="col" class="principle${gap ? ' gap' : ''}" title="${escapeHtml(title)}"><span>${escapeHtml(row.principle)}</span></th>`,
    );
  }
  HEALTH_COLUMNS.forEach((col, i) => {
    out.push(`<th scope="col" class="health${i === 0 ? ' first' : ''}" title="${escapeHtml(col.title)}">${escapeHtml(col.label)}</th>`);
  });
  out.push('<th scope="col" class="health findings-head" title="Problems found in the story">Problems</th>');
  out.push('</tr>');
  out.push('<tr class="counts">');
  out.push('<th scope="row" class="corner">Stories per principle</th>');
  for (const row of rows) {
    const n = row.stories.length;
    out.push(
      n === 0
        ? `<td class="count gap" title="${escapeHtml(`No story yet for ${row.principle}`)}">0<span class="sr"> (gap)</span></td>`
        : `<td class="count" title="${escapeHtml(`${row.principle}: ${plural(n, 'story', 'stories')}`)}">${n}</td>`,
    );
  }
  out.push(`<td class="count-fill" colspan="${HEALTH_COLUMNS.length + 1}"></td>`);
  out.push('</tr>');
  out.push('</thead>');
  out.push('<tbody>');
  for (const story of stories) out.push(storyRow(story, rows));
  out.push('</tbody>');
  out.push('</table>');
  out.push('</div>');
  out.push(
    '<p class="legend"><span class="hit-key" aria-hidden="true">●</span> the story claims the principle · ' +
      '<span class="could-key" aria-hidden="true">○</span> its text shows it, unclaimed · ' +
      '<span class="gap-key">tinted column</span> a principle with no story yet · S T A R: the four sections · ' +
      '#: a number in the Result · I: your own part in the Action · W: your role stated · C: clear, no hedges · ' +
      'Problems: findings in the Problems panel. ' +
      'Click a title to open the story.</p>',
  );
  return out.join('\n');
}

/** The whole document: a strict policy (nothing remote, no inline code), our stylesheet, our one script. */
export function renderCoverageHtml(model: CoverageView, options: RenderOptions): string {
  return renderPage(renderCoverageBody(model), options);
}

/** Wraps an already rendered body; the extension keeps the body to skip renders that would change nothing. */
export function renderPage(body: string, options: RenderOptions): string {
  // A nonce is base64 by definition; anything else would let the policy be bent, so it is refused.
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) throw new Error('webview: the nonce must be at least 16 base64 characters');
  const csp = `default-src 'none'; style-src ${options.cspSource}; script-src 'nonce-${options.nonce}'; img-src ${options.cspSource};`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    // Single quotes are the policy's own syntax and harmless inside a double-quoted attribute.
    `<meta http-equiv="Content-Security-Policy" content="${csp.replace(/[&<>"]/g, (c) => ESCAPES[c])}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`,
    `<title>${escapeHtml(options.title ?? 'Story Coverage')}</title>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    `<script nonce="${options.nonce}" src="${escapeHtml(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
