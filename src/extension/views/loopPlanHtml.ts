/**
 * The Interview Loop Plan webview's HTML as a pure function of the plan: no `vscode` import, so the unit tests
 * render it and check every byte (escaping, the policy) the webview would get. The page shell is Story
 * Coverage's: the same strict policy, one stylesheet, one script.
 */
import { escapeHtml } from './coverageHtml';

export interface PlanViewStory {
  /** The story's URI string: the only thing the webview may send back. */
  id: string;
  title: string;
  /** Where it lives, relative to the workspace. */
  file: string;
  /** "practised twice, last today", or "not practised yet". */
  practice: string;
}

export interface PlanViewPick {
  story: PlanViewStory;
  source: 'claimed' | 'suggested';
  /** Claimed or suggested, and the story's checklist, in words. */
  why: string;
}

export interface PlanView {
  /** What was chosen: "all of Amazon Leadership Principles", "focus set AWS roles". */
  chosen: string;
  principleCount: number;
  maxUses: number;
  allowSuggested: boolean;
  storyCount: number;
  rows: { principle: string; primary: PlanViewPick; backup?: PlanViewPick }[];
  gaps: string[];
  used: { story: PlanViewStory; uses: number }[];
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function storyButton(s: PlanViewStory): string {
  return (
    `<button type="button" class="open" data-id="${escapeHtml(s.id)}" title="${escapeHtml(`Open ${s.file}`)}">${escapeHtml(s.title)}</button>` +
    `<span class="file">${escapeHtml(s.file)}</span><span class="practice">${escapeHtml(s.practice)}</span>`
  );
}

function pickCell(pick: PlanViewPick | undefined, role: string): string {
  if (!pick) return `<td class="none">no ${role}</td>`;
  const tag = pick.source === 'claimed' ? 'claimed' : 'suggested';
  return `<td class="pick ${tag}">${storyButton(pick.story)}<span class="source ${tag}">${tag}</span></td>`;
}

/** The part of the page that depends on the plan. */
export function renderPlanBody(view: PlanView): string {
  const out: string[] = ['<header>', '<h1>Interview Loop Plan</h1>'];
  const covered = view.rows.length;
  out.push(
    `<p class="summary" id="summary">${escapeHtml(view.chosen)} · ${covered} of ${view.principleCount} principles have a story · ` +
      `a story appears at most ${times(view.maxUses)} (primary or backup) · suggested principles ${view.allowSuggested ? 'allowed' : 'not used'}</p>`,
  );
  out.push('</header>');
  if (view.storyCount === 0) {
    out.push('<p class="empty">No STAR stories in this workspace yet: the plan is made from your stories.</p>');
  }
  if (view.rows.length > 0) {
    out.push('<table class="plan" aria-describedby="summary">');
    out.push(
      '<thead><tr><th scope="col">Principle</th><th scope="col">Primary</th><th scope="col">Backup</th><th scope="col">Why</th></tr></thead>',
    );
    out.push('<tbody>');
    for (const row of view.rows) {
      out.push(
        `<tr><th scope="row" class="principle">${escapeHtml(row.principle)}</th>${pickCell(row.primary, 'primary')}${pickCell(row.backup, 'backup')}` +
          `<td class="why">${escapeHtml(row.primary.why)}${row.backup ? `<span class="backup-why">backup: ${escapeHtml(row.backup.why)}</span>` : ''}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push('<section class="gaps" aria-labelledby="gaps-h"><h2 id="gaps-h">Gaps</h2>');
  if (view.gaps.length === 0) out.push('<p class="none">None: every principle has a story.</p>');
  else {
    out.push('<ul>');
    for (const g of view.gaps)
      out.push(
        `<li><span class="gap-name">${escapeHtml(g)}</span> <button type="button" class="new" data-principle="${escapeHtml(g)}">New Story for this Principle</button></li>`,
      );
    out.push('</ul>');
  }
  out.push('</section>');
  out.push('<section class="used" aria-labelledby="used-h"><h2 id="used-h">Stories used most</h2>');
  if (view.used.length === 0) out.push('<p class="none">No story is in the plan yet.</p>');
  else {
    out.push('<ol>');
    for (const u of view.used) out.push(`<li>${storyButton(u.story)}<span class="uses">${escapeHtml(times(u.uses))}</span></li>`);
    out.push('</ol>');
  }
  out.push('</section>');
  out.push(
    '<p class="legend">claimed: the story lists the principle · suggested: its text shows it, unlisted · ' +
      'the plan follows your edits. Click a title to open the story.</p>',
  );
  return out.join('\n');
}
