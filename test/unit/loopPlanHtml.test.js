// The Interview Loop Plan webview's HTML, rendered in plain Node: what the reader sees (principle → primary,
// backup, why; gaps with their button; stories used most) and that story text never becomes markup.
const assert = require('assert');
const { core } = require('./helpers');
const { renderPlanBody } = require('../../out/extension/views/loopPlanHtml');
const { renderPage } = require('../../out/extension/views/coverageHtml');

const HOSTILE = '<img src=x onerror=alert(1)>';

function view() {
  const stories = [
    {
      id: 'file:///bank/a.md',
      title: 'Fixing the flaky release',
      claimed: ['Ownership', 'Dive Deep'],
      suggested: [],
      findings: 0,
      missing: [],
    },
    { id: 'file:///bank/b.md', title: HOSTILE, claimed: ['Ownership'], suggested: ['Earn Trust'], findings: 2, missing: ['HOW MUCH'] },
  ];
  const plan = core.planLoop(stories, { principles: ['Ownership', 'Dive Deep', 'Earn Trust', 'Think Big'] });
  const byId = new Map(stories.map((s) => [s.id, s]));
  const story = (id) => ({
    id,
    title: byId.get(id).title,
    file: id.replace('file:///bank/', ''),
    practice: id.endsWith('a.md') ? 'practised twice, last today' : 'not practised yet',
  });
  const pick = (id, source) => ({ story: story(id), source, why: core.planReason(source, byId.get(id)) });
  return {
    plan,
    view: {
      chosen: 'all of Amazon',
      principleCount: plan.principles.length,
      maxUses: plan.maxUses,
      allowSuggested: plan.allowSuggested,
      storyCount: stories.length,
      rows: plan.assignments.map((a) => ({
        principle: a.principle,
        primary: pick(a.story, a.source),
        backup: a.backup ? pick(a.backup, a.backupSource) : undefined,
      })),
      gaps: plan.gaps,
      used: Object.entries(plan.uses).map(([id, uses]) => ({ story: story(id), uses })),
    },
  };
}

describe('Interview Loop Plan HTML', () => {
  it('shows each principle with its primary, backup and why, the gaps with a New Story button, and the stories used most', () => {
    const { view: v, plan } = view();
    const html = renderPlanBody(v);
    assert.match(html, /3 of 4 principles have a story/);
    const own = plan.assignments.find((a) => a.principle === 'Ownership');
    assert.strictEqual(own.story, 'file:///bank/a.md');
    assert.match(
      html,
      /<tr><th scope="row" class="principle">Ownership<\/th><td class="pick claimed"><button type="button" class="open" data-id="file:\/\/\/bank\/a\.md"[^>]*>Fixing the flaky release<\/button><span class="file">a\.md<\/span><span class="practice">practised twice, last today<\/span>/,
    );
    assert.match(html, /Earn Trust<\/th><td class="pick suggested">/);
    assert.match(html, /suggested by the coach · misses HOW MUCH · 2 problems/);
    assert.match(
      html,
      /<span class="gap-name">Think Big<\/span> <button type="button" class="new" data-principle="Think Big">New Story for this Principle<\/button>/,
    );
    assert.match(
      html,
      /<h2 id="used-h">Stories used most<\/h2>\n<ol>\n<li><button[^>]*>[^<]*<\/button><span class="file">[ab]\.md<\/span><span class="practice">[^<]*<\/span><span class="uses">twice<\/span><\/li>/,
    );
  });

  it('escapes story titles everywhere', () => {
    const html = renderPlanBody(view().view);
    assert.ok(!html.includes(HOSTILE));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('is served in the Story Coverage page: a strict policy with a fresh nonce and its own title', () => {
    const page = renderPage(renderPlanBody(view().view), {
      nonce: 'Zm9vYmFyYmF6cXV4MTIzNDU2',
      cspSource: 'https://webview.example',
      styleUri: 'https://webview.example/media/plan.css',
      scriptUri: 'https://webview.example/media/plan.js',
      title: 'Interview Loop Plan',
    });
    assert.match(
      page,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https:\/\/webview\.example; script-src 'nonce-Zm9vYmFyYmF6cXV4MTIzNDU2'; img-src https:\/\/webview\.example;">/,
    );
    assert.match(page, /<title>Interview Loop Plan<\/title>/);
    assert.strictEqual((page.match(/<script/g) ?? []).length, 1);
    assert.ok(!/ on[a-z]+=/.test(page.replace(/&lt;img src=x onerror=alert\(1\)&gt;/g, '')), 'no inline handlers');
  });

  it('says when there are no stories, and when there are no gaps', () => {
    const plan = core.planLoop([], { principles: ['Ownership'] });
    const html = renderPlanBody({
      chosen: 'all',
      principleCount: 1,
      maxUses: 2,
      allowSuggested: true,
      storyCount: 0,
      rows: [],
      gaps: plan.gaps,
      used: [],
    });
    assert.match(html, /No STAR stories in this workspace yet/);
    assert.match(html, /No story is in the plan yet/);
    const full = view().view;
    assert.match(renderPlanBody({ ...full, gaps: [] }), /None: every principle has a story\./);
  });
});
