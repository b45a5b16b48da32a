'use strict';
// The TextMate injection grammars, tokenized for real: vscode-textmate + vscode-oniguruma (the
// engine VS Code uses) with VS Code's own Markdown grammar as the host (the copy shipped in the
// tm-grammars package, with the YAML grammar it embeds for front matter).

const assert = require('assert');
const fs = require('fs');
const path = require('path');
// Loaded lazily so that, without the devDependencies, this suite fails on its own with a clear
// message instead of aborting the whole mocha run.
let vsctm;
let oniguruma;
function loadEngine() {
  try {
    vsctm ??= require('vscode-textmate');
    oniguruma ??= require('vscode-oniguruma');
    require.resolve('tm-grammars/grammars/markdown.json');
  } catch (e) {
    throw new Error(
      `grammar tests need the devDependencies vscode-textmate, vscode-oniguruma and tm-grammars (run npm install): ${e.message}`,
    );
  }
}

const ROOT = path.join(__dirname, '..', '..');
const SYNTAXES = path.join(ROOT, 'syntaxes');
const EXAMPLES = path.join(ROOT, 'examples');
const generator = require(path.join(SYNTAXES, 'generate.js'));

const INJECTION_FILES = [
  'star-stories.injection.tmLanguage.json',
  'star-stories.body.injection.tmLanguage.json',
  'star-stories.frontmatter.injection.tmLanguage.json',
];
const HOST = {
  'text.html.markdown': 'tm-grammars/grammars/markdown.json',
  'source.yaml': 'tm-grammars/grammars/yaml.json',
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

let wasmLoaded;
function loadOniguruma() {
  wasmLoaded ??= oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  return wasmLoaded;
}

/**
 * VS Code's own built-in grammars, as shipped in the code-server package the host tests install
 * under test/host (VS Code 1.100): its Markdown, its YAML (a different grammar from tm-grammars'),
 * and the markdown-math injections that are on by default.
 */
const VSCODE_EXTENSIONS = path.join(ROOT, 'test', 'host', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');
function vscodeHost() {
  const x = (ext, file) => path.join(VSCODE_EXTENSIONS, ext, 'syntaxes', file);
  return {
    grammars: {
      'text.html.markdown': x('markdown-basics', 'markdown.tmLanguage.json'),
      'source.yaml': x('yaml', 'yaml.tmLanguage.json'),
      'source.yaml.1.3': x('yaml', 'yaml-1.3.tmLanguage.json'),
      'source.yaml.1.2': x('yaml', 'yaml-1.2.tmLanguage.json'),
      'source.yaml.1.1': x('yaml', 'yaml-1.1.tmLanguage.json'),
      'source.yaml.1.0': x('yaml', 'yaml-1.0.tmLanguage.json'),
      'source.yaml.embedded': x('yaml', 'yaml-embedded.tmLanguage.json'),
      'markdown.math.block': x('markdown-math', 'md-math-block.tmLanguage.json'),
      'markdown.math.inline': x('markdown-math', 'md-math-inline.tmLanguage.json'),
      'markdown.math.codeblock': x('markdown-math', 'md-math-fence.tmLanguage.json'),
    },
    injections: ['markdown.math.block', 'markdown.math.inline', 'markdown.math.codeblock'],
  };
}
const tmGrammarsHost = () => ({
  grammars: Object.fromEntries(Object.entries(HOST).map(([k, v]) => [k, require.resolve(v)])),
  injections: [],
});

/** A Markdown grammar as VS Code would load it, with or without our injections. */
async function markdownGrammar(withInjections, host = tmGrammarsHost()) {
  loadEngine();
  await loadOniguruma();
  const injections = withInjections ? INJECTION_FILES.map((f) => readJson(path.join(SYNTAXES, f))) : [];
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (host.grammars[scopeName]) return readJson(host.grammars[scopeName]);
      return injections.find((g) => g.scopeName === scopeName) ?? null;
    },
    getInjections: (scopeName) =>
      scopeName === 'text.html.markdown' ? [...host.injections, ...injections.map((g) => g.scopeName)] : undefined,
  });
  return registry.loadGrammar('text.html.markdown');
}

/** Tokenizes a document; returns per line the scopes of every character. */
function tokenize(grammar, text) {
  const lines = text.split(/\r?\n/);
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const chars = [];
    for (const t of r.tokens) for (let c = t.startIndex; c < Math.min(t.endIndex, line.length); c++) chars[c] = t.scopes;
    return { line, chars };
  });
}

/**
 * Every scope the host grammars give a character is still there, in the same order, with our
 * injections loaded. `skipLine(line)` names lines where a looser check is made by the caller.
 */
function assertHostScopesKept(plain, md, name, text, skipLine = () => false) {
  const a = tokenize(plain, text);
  const b = tokenize(md, text);
  a.forEach((row, n) => {
    if (skipLine(row.line)) return;
    row.chars.forEach((scopes, c) => {
      const withOurs = b[n].chars[c];
      for (const s of scopes) {
        assert.ok(
          withOurs.includes(s),
          `${name}:${n + 1}:${c + 1} ${JSON.stringify(row.line)} lost ${s}\n  before: ${scopes.join(' ')}\n  after:  ${withOurs.join(' ')}`,
        );
      }
      assert.deepStrictEqual(
        withOurs.filter((s) => scopes.includes(s)),
        scopes,
        `${name}:${n + 1}:${c + 1} reordered`,
      );
    });
  });
}

const has = (scopes, name) => scopes.some((s) => s === name || s.startsWith(name + '.'));
/** Our visible marks; the region scopes (meta.section, meta.principles) carry no colour. */
const REGIONS = ['meta.section.star-stories', 'meta.principles.star-stories'];
const ours = (scopes) => scopes.filter((s) => s.endsWith('.star-stories') && !REGIONS.includes(s));
const anyOfOurs = (scopes) => scopes.filter((s) => s.endsWith('.star-stories'));

describe('TextMate injection grammars', function () {
  this.timeout(20000);
  let md; // Markdown + our injections
  let plain; // Markdown alone

  before(async () => {
    md = await markdownGrammar(true);
    plain = await markdownGrammar(false);
  });

  /** Scopes of each character of `needle` on the line that contains `lineHint` (first hit). */
  function scopesOf(text, lineHint, needle = lineHint, occurrence = 0) {
    const lines = tokenize(md, text);
    const row = lines.find((l) => l.line.includes(lineHint));
    assert.ok(row, `no line contains ${JSON.stringify(lineHint)}`);
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = row.line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} not on line ${JSON.stringify(row.line)}`);
    return row.chars.slice(at, at + needle.length);
  }
  function assertScope(text, lineHint, needle, scope, occurrence = 0) {
    const chars = scopesOf(text, lineHint, needle, occurrence);
    chars.forEach((s, k) =>
      assert.ok(has(s, scope), `${JSON.stringify(needle)}[${k}] on ${JSON.stringify(lineHint)} lacks ${scope}; has ${s.join(' ')}`),
    );
  }
  function assertNoOurs(text, lineHint, needle = lineHint, occurrence = 0) {
    const chars = scopesOf(text, lineHint, needle, occurrence);
    chars.forEach((s, k) =>
      assert.deepStrictEqual(ours(s), [], `${JSON.stringify(needle)}[${k}] on ${JSON.stringify(lineHint)} is marked: ${s.join(' ')}`),
    );
  }

  /** A short story whose Situation section holds the given lines. */
  const inStory = (...body) => ['---', 'title: T', 'principles: [Ownership]', '---', '', '## Situation', '', ...body, ''].join('\n');

  describe('the grammar files', () => {
    it('are what syntaxes/generate.js makes (no hand edits drift from the source)', () => {
      for (const [file, text] of Object.entries(generator.build())) {
        assert.strictEqual(fs.readFileSync(path.join(SYNTAXES, file), 'utf8'), text, `${file} is stale: run node syntaxes/generate.js`);
      }
    });

    it('are injection grammars for Markdown with their own scope names and every rule scope ending in .star-stories or a host scope', () => {
      const names = new Set();
      for (const f of INJECTION_FILES) {
        const g = readJson(path.join(SYNTAXES, f));
        assert.match(g.scopeName, /^markdown\.star-stories\./);
        assert.match(g.injectionSelector, /text\.html\.markdown/);
        names.add(g.scopeName);
        JSON.stringify(g, (key, value) => {
          if (key === 'name' && typeof value === 'string' && value !== g.name) {
            for (const s of value.split(' ')) {
              assert.ok(
                /\.star-stories$/.test(s) || /\.(yaml|markdown)$/.test(s),
                `${f}: scope ${s} has neither our suffix nor a host suffix`,
              );
            }
          }
          return value;
        });
      }
      assert.strictEqual(names.size, INJECTION_FILES.length);
    });
  });

  describe('STAR headings', () => {
    const cases = [
      ['## Situation', 'Situation', 'situation'],
      ['### S — Situation', 'Situation', 'situation'],
      ['## S: Situation', 'Situation', 'situation'],
      ['## 1. Result', 'Result', 'result'],
      ['## 🎯 Result', 'Result', 'result'],
      ['## 2️⃣ Task', 'Task', 'task'],
      ['## Background', 'Background', 'situation'],
      ['## Context', 'Context', 'situation'],
      ['## Actions', 'Actions', 'action'],
      ['## What I did', 'What I did', 'action'],
      ['## Results', 'Results', 'result'],
      ['## Outcome', 'Outcome', 'result'],
      ['## Impact', 'Impact', 'result'],
      ['## Learnings', 'Learnings', 'learnings'],
      ['## Reflection', 'Reflection', 'learnings'],
      ['## Result ##', 'Result', 'result'],
      ['## Result:', 'Result', 'result'],
      ['## **Action**', 'Action', 'action'],
      ['#### situation', 'situation', 'situation'],
    ];
    for (const [heading, word, kind] of cases) {
      it(`marks ${JSON.stringify(heading)} as a ${kind} heading and keeps Markdown's heading scopes`, () => {
        const doc = `${heading}\n\nI did it.\n`;
        assertScope(doc, heading, word, `entity.name.section.${kind}.star-stories`);
        assertScope(doc, heading, word, 'markup.heading.markdown');
        assertScope(doc, heading, word, 'entity.name.section.markdown');
        assertScope(doc, heading, heading.match(/^#+/)[0], 'punctuation.definition.heading.markdown');
      });
    }

    it('marks both halves of a combined "Situation & Task" heading', () => {
      const doc = '## Situation & Task\n\nText.\n';
      assertScope(doc, 'Situation & Task', 'Situation', 'entity.name.section.situation.star-stories');
      assertScope(doc, 'Situation & Task', 'Task', 'entity.name.section.task.star-stories');
      assertScope(doc, 'Situation & Task', '&', 'punctuation.separator.star-stories');
      const and = '## Situation and Task\n';
      assertScope(and, 'Situation and Task', 'Task', 'entity.name.section.task.star-stories');
    });

    it('leaves headings that only mention a STAR word alone', () => {
      for (const h of ['## Situational awareness', '## The result of the vote', '## Notes', '## Action items for Monday', '## Resultant']) {
        assertNoOurs(`${h}\n`, h);
        assertNoOurs(inStory(h, 'I said 40%.'), h);
      }
    });

    it('marks vaguer synonyms (Goal, Steps) only inside a story that a clear STAR heading opened', () => {
      assertNoOurs('## Goal\n\nWe want 40% more.\n', 'Goal');
      assertNoOurs('## Goal\n\nWe want 40% more.\n', 'We want', '40%');
      const story = inStory('I looked.', '', '## Goal', '', 'Cut 40%.', '', '## Steps', '', 'I did it.');
      assertScope(story, '## Goal', 'Goal', 'entity.name.section.task.star-stories');
      assertScope(story, '## Steps', 'Steps', 'entity.name.section.action.star-stories');
    });
  });

  describe('paragraph labels', () => {
    it('marks **Action:**, **Action**:, __Task:__ and a plain Result: at the start of a line, keeping bold', () => {
      const doc = [
        '**Situation:** I was new.',
        '',
        '**Action**: I rewrote it.',
        '',
        '__Task:__ fix it',
        '',
        'Result: 40% fewer calls.',
        '',
      ].join('\n');
      assertScope(doc, '**Situation:**', 'Situation', 'entity.name.section.situation.star-stories');
      assertScope(doc, '**Situation:**', 'Situation', 'markup.heading.label.star-stories');
      assertScope(doc, '**Situation:**', 'Situation', 'markup.bold.markdown');
      assertScope(doc, '**Situation:**', '**', 'punctuation.definition.bold.markdown');
      assertScope(doc, '**Action**:', 'Action', 'entity.name.section.action.star-stories');
      assertScope(doc, '__Task:__', 'Task', 'entity.name.section.task.star-stories');
      assertScope(doc, 'Result: 40%', 'Result', 'entity.name.section.result.star-stories');
      assertScope(doc, 'Result: 40%', ':', 'punctuation.separator.key-value.star-stories');
      assertScope(doc, 'Result: 40%', 'Result', 'meta.paragraph.markdown');
    });

    it('marks labels in a list item and a combined label', () => {
      const doc = inStory('- **Result:** it worked', '', '**Situation & Task:** both');
      assertScope(doc, '- **Result:**', 'Result', 'entity.name.section.result.star-stories');
      assertScope(doc, '**Situation & Task:**', 'Task', 'entity.name.section.task.star-stories');
    });

    it('opens a story written only as list items with labels', () => {
      const doc = ['- **Situation:** I was new.', '- **Result:** calls fell 40%.', ''].join('\n');
      assertScope(doc, '**Situation:**', 'Situation', 'entity.name.section.situation.star-stories');
      assertScope(doc, '**Result:**', '40', 'constant.numeric.percent.star-stories');
      assertNoOurs('- Notes: I saw 40%.\n', 'Notes: I saw 40%.');
    });

    it('does not mark a STAR word with a colon in the middle of a sentence', () => {
      assertNoOurs(inStory('The end Result: nothing.'), 'The end Result', 'Result');
      assertNoOurs(inStory('Resulting: nothing.'), 'Resulting');
    });
  });

  describe('metrics', () => {
    const cases = [
      ['cut costs by 40%', '40', '%', 'percent'],
      ['down 12.5 % on the year', '12.5', '%', 'percent'],
      ['up +15% after', '+15', '%', 'percent'],
      ['about 30 percent of users', '30', 'percent', 'percent'],
      ['saved $1.2M a year', '1.2', 'M', 'currency'],
      ['saved $300k a year', '300', 'k', 'currency'],
      ['saved €300k a year', '€', '€', 'currency'],
      ['worth £40,000 to us', '40,000', '£', 'currency'],
      ['a $5 million deal', '5', 'million', 'currency'],
      ['in 3 weeks flat', '3', 'weeks', 'duration'],
      ['from 40 min down', '40', 'min', 'duration'],
      ['a 6-month project', '6', 'month', 'duration'],
      ['within 90s of', '90', 's', 'duration'],
      ['about 2.5 hours', '2.5', 'hours', 'duration'],
      ['ran 2x faster', '2', 'x', 'multiplier'],
      ['ran 3× faster', '3', '×', 'multiplier'],
      ['for 50k users', '50', 'k', 'count'],
    ];
    for (const [sentence, number, unit, kind] of cases) {
      it(`marks "${sentence}" as a ${kind}`, () => {
        const doc = inStory(`We ${sentence}.`);
        if (!['€', '£'].includes(number)) assertScope(doc, sentence, number, `constant.numeric.${kind}.star-stories`);
        assertScope(doc, sentence, unit, `keyword.other.unit.${kind}.star-stories`);
      });
    }

    it('leaves numbers that are not measures alone: years, versions, model names, bare counts', () => {
      const doc = inStory('In 2023 we moved v2 to the H100 fleet, p95 got attention, step 3 of 5 and COVID-19 too.');
      for (const n of ['2023', 'v2', 'H100', 'p95', '3', '5', '19']) assertNoOurs(doc, 'In 2023', n);
    });

    it('flags template placeholders left in place of a number as invalid', () => {
      const doc = inStory('Revenue up by $Z and satisfaction up by X% (+X% again).');
      assertScope(doc, 'Revenue up', '$Z', 'invalid.illegal.placeholder.star-stories');
      assertScope(doc, 'Revenue up', 'X%', 'invalid.illegal.placeholder.star-stories');
      assertScope(doc, 'Revenue up', '+X%', 'invalid.illegal.placeholder.star-stories');
    });
  });

  describe('first person', () => {
    it("marks I, I'm, I've, I'd, I'll (straight or curly apostrophe) as the writer", () => {
      const doc = inStory("I asked. I'm sure I've seen it, I'd say I'll fix it. I’m here. Then I.");
      for (const [needle, occurrence] of [
        ['I asked', 0],
        ["I'm", 0],
        ["I've", 0],
        ["I'd", 0],
        ["I'll", 0],
        ['I’m', 0],
      ]) {
        const word = needle.split(' ')[0];
        assertScope(doc, 'I asked', word, 'variable.language.first-person.singular.star-stories', occurrence);
      }
      // "Then I." at the end of a sentence: the seventh I on the line.
      assertScope(doc, 'I asked', 'I', 'variable.language.first-person.singular.star-stories', 6);
    });

    it('does not mark the I in AI, CI/CD, I/O, I-95 or inside words', () => {
      const doc = inStory('The AI team ran CI/CD on I/O paths near I-95 with IBM and iOS.');
      for (const w of ['AI', 'CI/CD', 'I/O', 'I-95', 'IBM']) assertNoOurs(doc, 'The AI team', w);
    });

    it('marks we and its contractions as the team, distinct from I', () => {
      const doc = inStory("We planned; we're late, we've met, we'd go, we'll see. Weekly owers.");
      for (const w of ['We', "we're", "we've", "we'd", "we'll"]) {
        assertScope(doc, 'We planned', w, 'variable.parameter.first-person.plural.star-stories');
      }
      assertNoOurs(doc, 'We planned', 'Weekly');
      assertNoOurs(doc, 'We planned', 'owers');
    });
  });

  describe('where marks apply', () => {
    it('marks nothing in a Markdown file with no STAR heading or label', () => {
      const text = '# Notes\n\nI think we saved 40% and $2M in 3 weeks.\n\n- I did 2x more\n';
      for (const row of tokenize(md, text)) row.chars.forEach((s) => assert.deepStrictEqual(anyOfOurs(s), [], row.line));
    });

    it('stops at the next heading of the same level that is not a STAR heading, and keeps going under sub-headings', () => {
      const doc = ['## Situation', '', 'I saw 40%.', '', '### Details', '', 'I saw 50%.', '', '## Notes', '', 'I saw 60%.', ''].join('\n');
      assertScope(doc, 'I saw 40%', '40', 'constant.numeric.percent.star-stories');
      assertScope(doc, 'I saw 50%', '50', 'constant.numeric.percent.star-stories');
      assertNoOurs(doc, 'I saw 60%');
      const h1 = ['## Result', '', 'Up 40%.', '', '# Next story', '', 'Up 50%.', ''].join('\n');
      assertNoOurs(h1, 'Up 50%');
    });

    it('does not mark inside code blocks, inline code or link targets', () => {
      const doc = inStory('```', 'I = 40%', '```', '', '    I indented 40%', '', 'Use `I 40%` and [link](https://x.test/I/40%) now.');
      assertNoOurs(doc, 'I = 40%');
      assertNoOurs(doc, 'I indented 40%');
      assertNoOurs(doc, 'Use `I', 'I 40%');
      assertNoOurs(doc, 'Use `I', 'https://x.test/I/40%');
      assertScope(doc, 'Use `I', '`', 'markup.inline.raw.string.markdown');
    });

    it('does not mark body rules inside the front matter', () => {
      const doc = ['---', 'title: How I cut costs 40% in 3 weeks', 'principles: [Ownership]', '---', '', '## Situation', 'I did.', ''].join(
        '\n',
      );
      assertNoOurs(doc, 'title:');
    });
  });

  describe('principles in the front matter', () => {
    const fm = (...lines) => ['---', 'title: Ownership of the billing outage', ...lines, '---', '', 'principles: Ownership', ''].join('\n');

    it('marks names in a block list, keeping the YAML scopes', () => {
      const doc = fm(
        'principles:',
        '  - Ownership',
        '  - Are Right, A Lot',
        "  - Strive to be Earth's Best Employer",
        '  - Have Backbone; Disagree and Commit',
        'tags: [Ownership]',
      );
      for (const name of ['Ownership', 'Are Right, A Lot', "Strive to be Earth's Best Employer", 'Have Backbone; Disagree and Commit']) {
        assertScope(doc, `  - ${name}`, name, 'constant.language.principle.star-stories');
        assertScope(doc, `  - ${name}`, name, 'string.unquoted.plain.out.yaml');
      }
      assertScope(doc, '  - Ownership', '-', 'punctuation.definition.block.sequence.item.yaml');
      assertScope(doc, 'principles:', 'principles', 'entity.name.tag.yaml');
    });

    it('marks names in a flow list, in quotes, in a comma-separated string, in any case', () => {
      const doc = fm('principles: [Dive Deep, "Earn Trust", \'frugality\', Teamwork]', 'lps: Think Big, Bias for Action');
      assertScope(doc, 'principles: [', 'Dive Deep', 'constant.language.principle.star-stories');
      assertScope(doc, 'principles: [', 'Earn Trust', 'constant.language.principle.star-stories');
      assertScope(doc, 'principles: [', 'Earn Trust', 'string.quoted.double.yaml');
      assertScope(doc, 'principles: [', 'frugality', 'constant.language.principle.star-stories');
      assertScope(doc, 'principles: [', '[', 'punctuation.definition.sequence.begin.yaml');
      assertScope(doc, 'lps:', 'Think Big', 'constant.language.principle.star-stories');
      assertScope(doc, 'lps:', 'Bias for Action', 'constant.language.principle.star-stories');
    });

    it('does not mark unknown names, misspellings or a name inside a longer value', () => {
      const doc = fm('principles:', '  - Customer Obsesion', '  - Teamwork', '  - Delivery of Ownership', '  - Ownership stuff');
      assertNoOurs(doc, 'Customer Obsesion');
      assertNoOurs(doc, 'Teamwork');
      assertNoOurs(doc, 'Delivery of Ownership');
      assertNoOurs(doc, 'Ownership stuff');
    });

    it('marks names only under the principles key, only inside the front matter', () => {
      const doc = fm('principles:', '  - Ownership', 'tags:', '  - Ownership');
      assertScope(doc, '  - Ownership', 'Ownership', 'constant.language.principle.star-stories', 0);
      const lines = tokenize(md, doc);
      const tagged = lines.filter((l) => l.line === '  - Ownership')[1];
      tagged.chars.forEach((s) => assert.deepStrictEqual(ours(s), []));
      assertNoOurs(doc, 'title: Ownership', 'Ownership');
      // The same line in the body is just text.
      const body = lines.filter((l) => l.line === 'principles: Ownership').pop();
      body.chars.forEach((s) => assert.deepStrictEqual(ours(s), []));
      assert.ok(body.chars.every((s) => has(s, 'meta.paragraph.markdown')));
    });

    it('ends at the next key: two principle keys in a row are two regions, not one inside the other', () => {
      const doc = fm('principles:', '  - Ownership', 'lps: [Dive Deep]', 'tags: [Think Big]');
      const lines = tokenize(md, doc);
      const lps = lines.find((l) => l.line.startsWith('lps:'));
      lps.chars.forEach((s) => assert.strictEqual(s.filter((x) => x === 'meta.principles.star-stories').length, 1, s.join(' ')));
      assertScope(doc, 'lps:', 'Dive Deep', 'constant.language.principle.star-stories');
      assertNoOurs(doc, 'tags:', 'Think Big');
    });

    it('ends with the front matter, so the story after it is Markdown again', () => {
      const doc = ['---', 'principles:', '  - Ownership', '---', '', '## Situation', '', 'I did.', ''].join('\n');
      const lines = tokenize(md, doc);
      assert.ok(lines[3].chars.every((s) => has(s, 'punctuation.definition.end.frontmatter')));
      assert.ok(lines[5].chars.every((s) => !has(s, 'meta.principles.star-stories')));
      assertScope(doc, '## Situation', 'Situation', 'entity.name.section.situation.star-stories');
    });
  });

  describe("Markdown's own highlighting is kept", () => {
    const TORTURE = [
      '---',
      'title: "Cut p95 latency: 40%"',
      'principles:',
      '  - Dive Deep # the main one',
      '  - "Are Right, A Lot"',
      'lps: [Ownership, Teamwork]',
      'tags: [a, b]',
      '---',
      '',
      '# A story title with I and 40%',
      '',
      '## Situation & Task',
      'Line right under with **bold 40%** and *I* and `code 2x` and [a link](https://x.test/40%).',
      '> ## Situation in a quote',
      '> I quoted 3 weeks.',
      '',
      '**Action:** I led it; we helped.',
      '- **Result:** up 2x',
      '  - nested I item 5%',
      '1. Result: numbered',
      '',
      '```yaml',
      'principles: [Ownership]',
      '```',
      '',
      '<!-- I 40% comment -->',
      '<div>I 40%</div>',
      '',
      '| I | 40% |',
      '|---|-----|',
      '| we | 2x |',
      '',
      'Setext Result',
      '---',
      '',
      '### Details',
      'Hard break  ',
      'continued I 7%',
      '',
      '## Notes',
      'I 40% after.',
      '',
    ].join('\n');

    const assertKept = (name, text) => assertHostScopesKept(plain, md, name, text);

    it('on a document that mixes every Markdown construct with STAR marks', () => {
      assertKept('torture', TORTURE);
      // And the marks are really there, so the comparison is not vacuous.
      const marked = tokenize(md, TORTURE)
        .flatMap((r) => r.chars)
        .filter((s) => ours(s).length > 0);
      assert.ok(marked.length > 50, `only ${marked.length} marked characters`);
    });

    it('on every file in examples/', () => {
      const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));
      assert.ok(files.length >= 9, `examples/ has ${files.length} Markdown files`);
      for (const f of files) assertKept(f, fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    });
  });

  describe("inside VS Code 1.100's own Markdown and YAML grammars (from test/host's code-server, when installed)", function () {
    let vsMd;
    let vsPlain;
    before(async function () {
      if (!fs.existsSync(path.join(VSCODE_EXTENSIONS, 'yaml', 'syntaxes', 'yaml.tmLanguage.json'))) {
        // code-server is installed by the host-test runner on first use; without it there is nothing to compare against.
        this.skip();
      }
      vsMd = await markdownGrammar(true, vscodeHost());
      vsPlain = await markdownGrammar(false, vscodeHost());
    });

    const FM = [
      '---',
      'title: How I cut costs',
      'principles:',
      '  - Ownership',
      '  - Are Right, A Lot',
      'tags: [a]',
      'lps: Think Big, Frugality',
      'author: me',
      '---',
      '',
      '## Situation',
      '',
      'I saved $5 and $10 in 3 weeks, 40% less.',
      '',
    ].join('\n');

    it("keys after the principles block are still read as keys (not invalid) by VS Code's YAML grammar", () => {
      const lines = tokenize(vsMd, FM);
      for (const key of ['tags', 'author']) {
        const row = lines.find((l) => l.line.startsWith(key + ':'));
        row.chars.slice(0, key.length).forEach((s) => {
          assert.ok(has(s, 'entity.name.tag'), `${key}: ${s.join(' ')}`);
          assert.ok(!s.some((x) => x.startsWith('invalid')), `${key}: ${s.join(' ')}`);
        });
      }
      const own = lines.find((l) => l.line === '  - Ownership');
      assert.ok(own.chars.slice(4).every((s) => has(s, 'constant.language.principle.star-stories')));
    });

    it('keeps every host scope outside the principles lines, on the examples and with markdown-math loaded', () => {
      // On the principles lines our region stands in for YAML, keeping only its visible scopes (key, dash, strings).
      let inPrinciples = false;
      const skip = (line) => {
        if (/^(?:principles?|lps|leadership[ _-]principles)\s*:/i.test(line)) inPrinciples = true;
        else if (!/^(?:[ \t]|-(?:[ \t]|$)|#|$)/.test(line)) inPrinciples = false;
        return inPrinciples;
      };
      const docs = { fm: FM };
      for (const f of fs.readdirSync(EXAMPLES).filter((x) => x.endsWith('.md'))) docs[f] = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
      for (const [name, text] of Object.entries(docs)) {
        inPrinciples = false;
        assertHostScopesKept(vsPlain, vsMd, name, text, skip);
      }
    });
  });

  describe('the example story bank', () => {
    const stories = () =>
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .map((f) => ({ f, text: fs.readFileSync(path.join(EXAMPLES, f), 'utf8') }));

    // What each example is for, as examples/README.md tells it: the rules the engine reports for it.
    const EXPECTED = {
      '01-billing-migration.md': [],
      '02-checkout-latency.md': [],
      '03-new-hire-ramp-up.md': [],
      '04-pushing-back-on-a-launch.md': [],
      '05-support-backlog.md': ['missing-quantified-result'],
      '06-weekend-outage.md': ['missing-i-contribution'],
      '07-cloud-bill.md': ['missing-section'],
      '08-recruiting-pipeline.md': ['unknown-principle', 'unknown-principle'],
      '09-self-serve-reports.md': ['template-placeholder', 'template-placeholder'],
      '10-learning-sql.md': ['story-length'],
    };

    it('each example gets exactly the findings examples/README.md says it shows (engine from out/core)', () => {
      const core = require(path.join(ROOT, 'out', 'core'));
      const files = fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort();
      assert.deepStrictEqual(files, Object.keys(EXPECTED).sort());
      for (const f of files) {
        const result = core.lintStory(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
        assert.strictEqual(result.story.isStory, true, `${f} is not read as a story`);
        assert.deepStrictEqual(
          result.findings.map((x) => x.rule).sort(),
          EXPECTED[f],
          `${f}: ${result.findings.map((x) => x.message).join(' | ')}`,
        );
      }
      const readme = core.lintStory(fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8'));
      assert.strictEqual(readme.story.isStory, false);
      assert.deepStrictEqual(readme.findings, []);
    });

    it('examples/README.md lists every example once, and stories are 250–600 words except the one that is too short', () => {
      const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
      for (const f of Object.keys(EXPECTED)) assert.strictEqual(readme.split('`' + f + '`').length - 1, 1, `${f} in README`);
      for (const { f, text } of stories()) {
        const words = text
          .replace(/^---[\s\S]*?\n---\n/, '')
          .split(/\s+/)
          .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        if (f === '10-learning-sql.md') assert.ok(words < 150, `${f}: ${words} words`);
        else assert.ok(words >= 250 && words <= 600, `${f}: ${words} words`);
      }
    });

    it('every story gets section marks and at least one principle mark; the README gets none', () => {
      for (const { f, text } of stories()) {
        const all = tokenize(md, text)
          .flatMap((r) => r.chars)
          .flatMap(ours);
        assert.ok(
          all.some((s) => s.startsWith('entity.name.section.')),
          `${f}: no STAR section marked`,
        );
        if (!/Teamwork|Obsesion/.test(text))
          assert.ok(all.includes('constant.language.principle.star-stories'), `${f}: no principle marked`);
      }
      const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
      assert.deepStrictEqual(
        tokenize(md, readme)
          .flatMap((r) => r.chars)
          .flatMap(anyOfOurs),
        [],
      );
    });
  });
});
