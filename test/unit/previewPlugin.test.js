// The preview plugin with a plain markdown-it: what a story looks like rendered, and that nothing else changes.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const MarkdownIt = require('markdown-it');
const { starPreviewPlugin } = require('../../out/core/previewPlugin');
const { core } = require('./helpers');

const root = path.join(__dirname, '..', '..');

function plain(options = { html: true }) {
  return new MarkdownIt(options);
}

function withPlugin(options = { html: true }, pluginOptions) {
  const md = new MarkdownIt(options);
  starPreviewPlugin(md, pluginOptions);
  return md;
}

/** Stands in for VS Code's front-matter plugin: the block becomes one hidden token, as in the real preview. */
function frontMatterRule(md) {
  md.block.ruler.before('fence', 'front_matter', (state, startLine, endLine, silent) => {
    if (startLine !== 0 || state.src.slice(0, 3) !== '---') return false;
    let line = startLine + 1;
    while (line < endLine && state.src.slice(state.bMarks[line], state.eMarks[line]) !== '---') line++;
    if (line >= endLine) return false;
    if (silent) return true;
    const token = state.push('front_matter', '', 0);
    token.hidden = true;
    token.block = true;
    token.map = [startLine, line + 1];
    state.line = line + 1;
    return true;
  });
}

const STORY = [
  '---',
  'title: Halving the checkout time',
  'principles: [customer obsessed, Dive Deep, Ownershp]',
  '---',
  '',
  '# Halving the checkout time',
  '',
  '## Situation',
  '',
  'Checkout took 9 seconds for 30% of shoppers.',
  '',
  '## Task',
  '',
  'I owned the checkout service.',
  '',
  '## Action',
  '',
  'I profiled 200 requests and removed a blocking call.',
  '',
  '## Result',
  '',
  'Checkout time fell from 9 seconds to 4 seconds and abandonment dropped by **12%**.',
  'The `timeout 30 s` setting stayed; see <span title="50%">5 items</span>.',
  '',
].join('\n');

describe('preview plugin (markdown-it)', () => {
  describe('files that are not stories', () => {
    const samples = {
      'the repository README': fs.readFileSync(path.join(root, 'README.md'), 'utf8'),
      'the examples README': fs.readFileSync(path.join(root, 'examples', 'README.md'), 'utf8'),
      'notes with one STAR heading and a number': '# Notes\n\n## Result\n\nWe cut costs by 40% in 2 weeks.\n',
      'front matter without principles': '---\ntitle: Meeting notes\n---\n\n## Situation\n\nThe build broke 3 times.\n',
      'raw HTML and a table': '<div class="x">40%</div>\n\n| a | b |\n|---|---|\n| 3 days | 50% |\n\n<!-- principles: [Ownership] -->\n',
      'an empty file': '',
    };
    for (const [name, text] of Object.entries(samples)) {
      it(`renders ${name} byte for byte as plain markdown-it does`, () => {
        assert.strictEqual(core.parseStory(text).isStory, false, 'the sample must not be a story');
        for (const options of [{ html: true }, { html: false, linkify: true, typographer: true }]) {
          assert.strictEqual(withPlugin(options).render(text), plain(options).render(text));
        }
      });
    }

    it('renders a story exactly as plain markdown-it when switched off', () => {
      let on = false;
      const md = withPlugin({ html: true }, { enabled: () => on });
      assert.strictEqual(md.render(STORY), plain().render(STORY));
      on = true;
      assert.notStrictEqual(md.render(STORY), plain().render(STORY));
    });
  });

  describe('a story', () => {
    const html = withPlugin().render(STORY);

    it('shows the principles as badges with canonical names, unknown ones marked with a suggestion', () => {
      const badges = /<div class="star-principles"[^>]*>(.*?)<\/div>/.exec(html);
      assert.ok(badges, html);
      assert.deepStrictEqual(
        [...badges[1].matchAll(/<span class="([^"]+)"[^>]*>([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]),
        [
          ['star-principle', 'Customer Obsession'],
          ['star-principle', 'Dive Deep'],
          ['star-principle star-principle-unknown', 'Ownershp'],
        ],
      );
      assert.match(badges[0], /title="Not in Amazon Leadership Principles; did you mean Ownership\?"/);
    });

    it('puts the badges right after the front matter, before the title', () => {
      const md = withPlugin();
      frontMatterRule(md);
      const out = md.render(STORY);
      assert.ok(out.startsWith('<div class="star-principles"'), out.slice(0, 200));
      assert.ok(out.indexOf('<h1>Halving the checkout time</h1>') > out.indexOf('</div>'));
      // With a plain markdown-it the front matter shows as text: the badges still come after it.
      assert.ok(html.indexOf('star-principles') > html.indexOf('Ownershp]'));
      assert.ok(html.indexOf('star-principles') < html.indexOf('<h1>'));
    });

    it('shows the front matter title on top when the body has no title heading, escaped, and only then', () => {
      const md = withPlugin();
      frontMatterRule(md);
      const untitled = STORY.replace('# Halving the checkout time\n\n', '').replace('title: Halving', 'title: "<b>Halving</b>');
      const out = md.render(untitled.replace('checkout time\nprinciples', 'checkout time"\nprinciples'));
      assert.ok(
        out.startsWith('<h1 class="star-title">&lt;b&gt;Halving&lt;/b&gt; the checkout time</h1>\n<div class="star-principles"'),
        out.slice(0, 200),
      );
      // A title heading in the body already shows it: no second one.
      assert.ok(!md.render(STORY).includes('star-title'));
    });

    it('labels each STAR heading with its section and leaves other headings alone', () => {
      for (const [kind, letter, name] of [
        ['situation', 'S', 'Situation'],
        ['task', 'T', 'Task'],
        ['action', 'A', 'Action'],
        ['result', 'R', 'Result'],
      ]) {
        assert.ok(
          html.includes(`<h2 class="star-section star-${kind}" data-star-section="${letter}">${name}</h2>`),
          `${name} heading in:\n${html}`,
        );
      }
      assert.ok(html.includes('<h1>Halving the checkout time</h1>'));
    });

    it('marks the measures of the Result only, never inside code or raw HTML', () => {
      const result = html.slice(html.indexOf('star-result'));
      assert.ok(result.includes('from <mark class="star-metric">9 seconds</mark> to <mark class="star-metric">4 seconds</mark>'), result);
      assert.ok(result.includes('<strong><mark class="star-metric">12%</mark></strong>'), result);
      assert.ok(result.includes('<code>timeout 30 s</code>'), result);
      // The raw tag is written as it was (its attribute untouched); only the text between the tags is marked.
      assert.ok(result.includes('see <span title="50%"><mark class="star-metric">5 items</mark></span>.'), result);
      assert.ok(!html.slice(0, html.indexOf('star-result')).includes('star-metric'), 'a number outside the Result was marked');
    });

    it('keeps the text of every paragraph the same once tags are stripped', () => {
      const text = (s) => s.replace(/<div class="star-principles".*?<\/div>\n/, '').replace(/<[^>]+>/g, '');
      assert.strictEqual(text(html), text(plain().render(STORY)));
    });
  });

  describe('other STAR shapes', () => {
    it('labels a combined heading with both sections', () => {
      const html = withPlugin().render('## Situation & Task\n\nA team of 4.\n\n## Action\n\nI did it.\n\n## Result\n\nUp 10%.\n');
      assert.ok(html.includes('<h2 class="star-section star-situation star-task" data-star-section="S+T">Situation &amp; Task</h2>'), html);
    });

    it('labels bold-label paragraphs, and the list items of a tight list', () => {
      const html = withPlugin().render(
        '**Situation:** Slow builds.\n\n- **Action:** I cached them.\n- **Result:** Builds took 3 minutes instead of 20.\n',
      );
      assert.ok(
        html.includes('<p class="star-section star-situation" data-star-section="S"><strong>Situation:</strong> Slow builds.</p>'),
        html,
      );
      assert.ok(html.includes('<li class="star-section star-action" data-star-section="A">'), html);
      assert.ok(
        html.includes(
          '<li class="star-section star-result" data-star-section="R"><strong>Result:</strong> Builds took <mark class="star-metric">3 minutes</mark> instead of <mark class="star-metric">20</mark>.</li>',
        ),
        html,
      );
    });

    it('reads Windows line endings the same way', () => {
      const html = withPlugin().render(STORY.replace(/\n/g, '\r\n'));
      assert.ok(html.includes('data-star-section="R"'));
      assert.ok(html.includes('<mark class="star-metric">12%</mark>'));
    });

    it('uses the configured catalog for principle names', () => {
      const { config } = core.resolveConfig(
        {
          catalog: 'acme',
          catalogs: [{ id: 'acme', label: 'Acme Values', principles: ['Craft', { name: 'Candor', aliases: ['radical candor'] }] }],
        },
        core.RULE_IDS,
      );
      const text = '---\nprinciples: [radical candor, Dive Deep]\n---\n## Situation\nx\n## Result\ny\n';
      const html = withPlugin({ html: true }, { config: () => config }).render(text);
      assert.ok(html.includes('<span class="star-principle" role="listitem">Candor</span>'), html);
      assert.ok(html.includes('title="Not in Acme Values"'), html);
      assert.ok(html.includes('aria-label="Acme Values"'));
    });
  });

  describe('safety', () => {
    it('escapes every piece of story text it writes', () => {
      const text = [
        '---',
        'principles: ["<img src=x onerror=alert(1)>", "Bias for Action\\" onmouseover=\\"x", "a & b"]',
        '---',
        '## Situation',
        'x',
        '## Result',
        '<b>raw</b> went up by 5% &amp; more',
      ].join('\n');
      for (const md of [withPlugin({ html: false }), withPlugin({ html: true })]) {
        const html = md.render(text);
        const badges = /<div class="star-principles".*?<\/div>/.exec(html)[0];
        assert.ok(!badges.includes('<img'), badges);
        assert.ok(badges.includes('&lt;img src=x onerror=alert(1)&gt;'), badges);
        assert.ok(badges.includes('Bias for Action&quot; onmouseover=&quot;x'), badges);
        assert.ok(!/ onmouseover=/.test(badges.replace(/&quot; onmouseover=&quot;/g, '')), badges);
        assert.ok(badges.includes('a &amp; b'), badges);
      }
      // Without html, story HTML stays text even inside a marked Result.
      const safe = withPlugin({ html: false }).render(text);
      assert.ok(safe.includes('&lt;b&gt;raw&lt;/b&gt; went up by <mark class="star-metric">5%</mark>'), safe);
    });

    it('does nothing twice when installed twice on one instance', () => {
      const md = withPlugin();
      starPreviewPlugin(md);
      const html = md.render(STORY);
      assert.strictEqual(html.match(/star-principles"/g).length, 1);
      assert.strictEqual(html.match(/data-star-section="R"/g).length, 1);
      assert.ok(!html.includes('<mark class="star-metric"><mark'));
    });

    it('renders a large story in well under the preview budget', () => {
      const big =
        STORY + '\n' + Array.from({ length: 400 }, (_, i) => `Result line ${i}: latency fell by ${i % 90}% over ${i} days.`).join('\n\n');
      const md = withPlugin();
      md.render(big);
      const t = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) md.render(big + ' '.repeat(i)); // a new text each time: no cache hit
      const ms = Number(process.hrtime.bigint() - t) / 1e6 / 5;
      assert.ok(ms < 250, `${ms.toFixed(1)} ms per render`);
    });
  });
});
