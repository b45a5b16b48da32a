// The Story Coverage webview's HTML, rendered in plain Node from stories the engine parsed: what the
// user reads (counts, gaps, health), and that story text can never become markup or script.
const assert = require('assert');
const { core, storyText } = require('./helpers');
const { renderCoverageHtml, renderCoverageBody, escapeHtml } = require('../../out/extension/views/coverageHtml');

const OPTIONS = {
  nonce: 'Zm9vYmFyYmF6cXV4MTIzNDU2',
  cspSource: 'https://webview.example',
  styleUri: 'https://webview.example/media/coverage.css',
  scriptUri: 'https://webview.example/media/coverage.js',
};

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
const HOSTILE_PRINCIPLE = '"><script>';

/** A catalog of our own, in an order that is not alphabetical, with one hostile name. */
function config(principles = ['Plain Speaking', 'Steady Hands', HOSTILE_PRINCIPLE, 'Open Doors'], label = 'Coverage test values') {
  return core.resolveConfig({ catalogs: [{ id: 'cov', label, principles }], catalog: 'cov' }, core.RULE_IDS).config;
}

function input(id, text, cfg) {
  const { story, findings } = core.lintStory(text, cfg);
  return { id, fallbackTitle: id, story, findings };
}

const FULL = (principles, title = 'Rebuilt the deploy checklist') =>
  storyText({ frontMatter: `title: ${JSON.stringify(title)}\nprinciples: ${JSON.stringify(principles)}` });

function model(cfg = config()) {
  const inputs = [
    input('file:///bank/full.md', FULL(['Plain Speaking', 'Steady Hands']), cfg),
    input(
      'file:///bank/hostile.md',
      storyText({
        frontMatter: `title: ${JSON.stringify(HOSTILE_TITLE)}\nprinciples: ${JSON.stringify([HOSTILE_PRINCIPLE, 'Plain Speaking', 'Made Up <b>Thing</b>'])}`,
        sections: { Task: null, Action: 'We split the work and we shipped it together.', Result: 'Everyone was happier afterwards.' },
      }),
      cfg,
    ),
    input('file:///bank/none.md', FULL([], 'A story with no principle'), cfg),
  ];
  const coverage = core.buildCoverage(inputs, cfg);
  // What the extension adds on top of the engine's model: file paths and names the catalog does not know.
  coverage.stories.find((s) => s.id.endsWith('hostile.md')).unknownPrinciples = ['Made Up <b>Thing</b>'];
  coverage.stories.forEach((s) => (s.file = `stories/${s.id.slice(s.id.lastIndexOf('/') + 1)}`));
  return coverage;
}

const DECODE = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => DECODE[e]);

/** Principle column headers and their counts, in page order, as the user reads them. */
function columns(html) {
  const names = [...html.matchAll(/<th scope="col" class="principle( gap)?"[^>]*><span>([^<]*)<\/span><\/th>/g)].map((m) => ({
    name: decode(m[2]),
    gap: !!m[1],
  }));
  const counts = [...html.matchAll(/<td class="count( gap)?"[^>]*>(\d+)/g)].map((m) => ({ count: Number(m[2]), gap: !!m[1] }));
  assert.strictEqual(names.length, counts.length, 'one count per principle column');
  return names.map((n, i) => ({ ...n, count: counts[i].count, countGap: counts[i].gap }));
}

/** The summary line as read aloud (tags dropped, hidden separators kept), and its gap names one by one. */
function summary(html) {
  const p = /<p class="summary" id="summary">(.*?)<\/p>/.exec(html);
  assert.ok(p, 'a summary line');
  return {
    text: decode(p[1].replace(/<[^>]*>/g, '')),
    gaps: [...p[1].matchAll(/<span class="gap-name">([^<]*)<\/span>/g)].map((m) => decode(m[1])),
  };
}

function rowOf(html, id) {
  const rows = html
    .split('<tr class="story')
    .slice(1)
    .map((r) => r.slice(0, r.indexOf('</tr>')));
  const row = rows.find((r) => r.includes(`data-id="${escapeHtml(id)}"`));
  assert.ok(row, `a row for ${id}`);
  return row;
}

/** The S, T, A, R, number and "I" marks of a row, as yes/no, then its problem count. */
function health(row) {
  const marks = [...row.matchAll(/<td class="mark (yes|no)/g)].map((m) => m[1] === 'yes');
  const findings = Number(/<td class="findings[^"]*"[^>]*>(\d+)<\/td>/.exec(row)[1]);
  return { marks, findings };
}

// Every tag must be one we write, with only attributes we write, each double-quoted with no quote or
// angle bracket inside: then no story text can have opened a tag or an attribute of its own.
const TAGS = new Set([
  'html',
  'head',
  'meta',
  'link',
  'title',
  'body',
  'main',
  'header',
  'h1',
  'p',
  'span',
  'code',
  'div',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'button',
  'script',
]);
const ATTRS = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'rel',
  'href',
  'class',
  'id',
  'title',
  'scope',
  'colspan',
  'type',
  'data-id',
  'aria-hidden',
  'aria-describedby',
  'nonce',
  'src',
]);
function assertOnlyOurMarkup(html) {
  const tags = html.match(/<[^>]*>/g);
  assert.strictEqual(tags[0], '<!DOCTYPE html>');
  for (const tag of tags.slice(1)) {
    const m = /^<\/?([A-Za-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$/.exec(tag);
    assert.ok(m && TAGS.has(m[1]), `unexpected tag ${tag}`);
    for (const a of m[2].matchAll(/([a-z-]+)(?:="[^"]*")?/g)) assert.ok(ATTRS.has(a[1]), `unexpected attribute ${a[1]} in ${tag}`);
  }
  // Outside tags, no stray angle bracket: text is all escaped.
  assert.ok(!/[<>]/.test(html.replace(/<[^>]*>/g, '')), 'a raw angle bracket in the text');
  assert.strictEqual((html.match(/<script/g) || []).length, 1, 'exactly one script element');
}

describe('coverage webview HTML', () => {
  it('escapes all five HTML-significant characters', () => {
    assert.strictEqual(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.strictEqual(escapeHtml('plain words'), 'plain words');
  });

  it('lists the principles in catalog order with their story counts, and marks the gaps', () => {
    const html = renderCoverageHtml(model(), OPTIONS);
    assert.deepStrictEqual(columns(html), [
      { name: 'Plain Speaking', gap: false, count: 2, countGap: false },
      { name: 'Steady Hands', gap: false, count: 1, countGap: false },
      { name: HOSTILE_PRINCIPLE, gap: false, count: 1, countGap: false },
      { name: 'Open Doors', gap: true, count: 0, countGap: true },
    ]);
    // Every cell of a gap column is marked, so the whole column is tinted.
    const row = rowOf(html, 'file:///bank/full.md');
    const principleCells = [...row.matchAll(/<td class="(hit|miss)( gap)?"/g)].map((m) => `${m[1]}${m[2] ? '+gap' : ''}`);
    assert.deepStrictEqual(principleCells, ['hit', 'hit', 'miss', 'miss+gap']);
  });

  it('puts the totals and the gaps by name in the summary line', () => {
    const html = renderCoverageHtml(model(), OPTIONS);
    assert.deepStrictEqual(summary(html), {
      text: '3 stories · 3 of 4 principles covered · 1 story names no principle of this catalog · 1 gap: Open Doors',
      gaps: ['Open Doors'],
    });
    // Names with commas of their own stay whole: each gap is its own element.
    const cfg = config(['Plain Speaking', 'Are Right, A Lot', 'Quiet Nights']);
    const two = summary(renderCoverageBody(core.buildCoverage([input('a', FULL(['Plain Speaking']), cfg)], cfg)));
    assert.deepStrictEqual(two, {
      text: '1 story · 1 of 3 principles covered · 2 gaps: Are Right, A Lot; Quiet Nights',
      gaps: ['Are Right, A Lot', 'Quiet Nights'],
    });
    const all = summary(
      renderCoverageBody(core.buildCoverage([input('a', FULL(['Plain Speaking', 'Are Right, A Lot', 'Quiet Nights']), cfg)], cfg)),
    );
    assert.deepStrictEqual(all, { text: '1 story · 3 of 3 principles covered · no gaps', gaps: [] });
  });

  it("shows each story's sections, number in the result, own contribution and problem count", () => {
    const m = model();
    const html = renderCoverageHtml(m, OPTIONS);
    const full = health(rowOf(html, 'file:///bank/full.md'));
    // S T A R, number, I, then the coach's WHO (no role is stated) and Clear (no hedges).
    assert.deepStrictEqual(full.marks, [true, true, true, true, true, true, false, true]);
    assert.strictEqual(full.findings, m.stories.find((s) => s.id.endsWith('full.md')).findings);
    const hostile = health(rowOf(html, 'file:///bank/hostile.md'));
    // No Task, no number in the Result, only "we" in the Action.
    assert.deepStrictEqual(hostile.marks.slice(0, 6), [true, false, true, true, false, false]);
    assert.ok(hostile.findings >= 3, `the hostile story has problems (${hostile.findings})`);
    assert.match(rowOf(html, 'file:///bank/hostile.md'), /<td class="findings some"/);
    assert.match(rowOf(html, 'file:///bank/none.md'), /<span class="note">No principle listed<\/span>/);
  });

  it("marks, apart from a claim, a principle a story's text shows but its front matter does not list", () => {
    const cfg = core.defaultConfig();
    const coverage = core.buildCoverage([input('file:///bank/own.md', FULL(['Ownership']), cfg)], cfg);
    const row = rowOf(renderCoverageHtml(coverage, OPTIONS), 'file:///bank/own.md');
    const suggested = coverage.stories[0].coach.suggestions.filter((p) => p !== 'Ownership');
    assert.ok(suggested.length > 0);
    const could = [...row.matchAll(/<td class="could[^"]*"[^>]*>.*?<span class="sr">could cover ([^<]*)<\/span><\/td>/g)].map((m) =>
      decode(m[1]),
    );
    assert.deepStrictEqual(
      could,
      suggested.sort(
        (a, b) => cfg.catalogs[0].principles.findIndex((p) => p.name === a) - cfg.catalogs[0].principles.findIndex((p) => p.name === b),
      ),
    );
    assert.match(row, /<td class="hit[^"]*"[^>]*>.*?<span class="sr">Ownership<\/span>/);
  });

  it('orders story rows by title and shows each file path under its title', () => {
    const html = renderCoverageHtml(model(), OPTIONS);
    const ids = [...html.matchAll(/data-id="([^"]*)"/g)].map((m) => decode(m[1]));
    // "<img…" sorts before letters; then "A story…", then "Rebuilt…".
    assert.deepStrictEqual(ids, ['file:///bank/hostile.md', 'file:///bank/none.md', 'file:///bank/full.md']);
    assert.match(rowOf(html, 'file:///bank/full.md'), /<span class="file">stories\/full\.md<\/span>/);
  });

  it('never lets a title, a principle, a catalog label, a file name or an id become markup', () => {
    const cfg = config(['Plain Speaking', 'Steady Hands', HOSTILE_PRINCIPLE, 'Open Doors'], '<i>Evil</i> & "co"');
    const m = model(cfg);
    const evil = m.stories.find((s) => s.id.endsWith('hostile.md'));
    evil.file = `stories/<svg onload=alert(2)>'.md`;
    evil.id = `file:///bank/"><script>alert(3)</script>.md`;
    const html = renderCoverageHtml(m, OPTIONS);
    assertOnlyOurMarkup(html);
    assert.ok(
      !html.includes(HOSTILE_TITLE) &&
        !html.includes(HOSTILE_PRINCIPLE) &&
        !html.includes('<b>') &&
        !html.includes('<i>') &&
        !html.includes('<svg'),
    );
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile title is shown, escaped');
    assert.ok(html.includes('<span>&quot;&gt;&lt;script&gt;</span>'), 'the hostile principle heads its column, escaped');
    assert.ok(html.includes('&lt;i&gt;Evil&lt;/i&gt; &amp; &quot;co&quot;'), 'the catalog label is escaped');
    assert.ok(
      html.includes('<span class="note">Not in the catalog: Made Up &lt;b&gt;Thing&lt;/b&gt;</span>'),
      'an unknown principle is listed, escaped',
    );
    assert.ok(html.includes('stories/&lt;svg onload=alert(2)&gt;&#39;.md'), 'the file name is escaped');
    assert.ok(html.includes('data-id="file:///bank/&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;.md"'), 'the id attribute is escaped');
  });

  it('carries a strict Content-Security-Policy: nothing remote, styles from the webview only, one script by nonce', () => {
    const html = renderCoverageHtml(model(), OPTIONS);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(csp, 'a CSP meta element');
    assert.strictEqual(
      csp[1],
      `default-src 'none'; style-src https://webview.example; script-src 'nonce-${OPTIONS.nonce}'; img-src https://webview.example;`,
    );
    assert.ok(html.indexOf(csp[0]) < html.indexOf('<link'), 'the policy comes before anything it governs');
    assert.match(html, new RegExp(`<script nonce="${OPTIONS.nonce}" src="${OPTIONS.scriptUri}"></script>`));
    assert.ok(!/<script[^>]*>[^<]/.test(html), 'no inline script body');
    assert.ok(!/\sstyle="/.test(html), 'no inline style attribute (the policy would block it)');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((x) => x[1]);
    assert.deepStrictEqual(urls, [OPTIONS.styleUri, OPTIONS.scriptUri]);
  });

  it('refuses a nonce that could bend the policy', () => {
    assert.throws(() => renderCoverageHtml(model(), { ...OPTIONS, nonce: `abc' 'unsafe-inline` }), /nonce/);
    assert.throws(() => renderCoverageHtml(model(), { ...OPTIONS, nonce: 'short' }), /nonce/);
  });

  it('says there are no stories yet instead of an empty table', () => {
    const cfg = config();
    const body = renderCoverageBody(core.buildCoverage([], cfg));
    assert.deepStrictEqual(summary(body), {
      text: `0 stories · 0 of 4 principles covered · 4 gaps: Plain Speaking; Steady Hands; ${HOSTILE_PRINCIPLE}; Open Doors`,
      gaps: ['Plain Speaking', 'Steady Hands', HOSTILE_PRINCIPLE, 'Open Doors'],
    });
    assert.match(body, /No STAR stories in this workspace yet/);
    assert.ok(!body.includes('<table'));
  });

  it('renders the 16 Amazon principles for the default catalog', () => {
    const cfg = core.defaultConfig();
    const cov = core.buildCoverage([input('a', FULL(['Ownership', 'Frugality']), cfg)], cfg);
    const cols = columns(renderCoverageBody(cov));
    assert.strictEqual(cols.length, 16);
    assert.deepStrictEqual(
      cols.filter((c) => !c.gap).map((c) => c.name),
      ['Ownership', 'Frugality'],
    );
    const line = summary(renderCoverageBody(cov));
    assert.match(line.text, /^1 story · 2 of 16 principles covered · 14 gaps: Customer Obsession; Invent and Simplify; /);
    assert.strictEqual(line.gaps.length, 14);
  });
});
