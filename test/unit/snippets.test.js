'use strict';
// The snippets a writer inserts: they must parse as VS Code reads them, and what they insert must be
// a story the rest of the tool understands (front matter YAML with the right principle names).

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const matter = require('gray-matter');

const FILE = path.join(__dirname, '..', '..', 'snippets', 'star-stories.code-snippets');

// The catalog is the one source of the 16 names; the snippet's choice list must match it.
const PRINCIPLES = require('../../out/core').AMAZON_CATALOG.principles.map((p) => p.name);

const { parseSnippet } = require('./snippetGrammar');

const joinBody = (snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);

describe('snippets/star-stories.code-snippets', () => {
  const raw = fs.readFileSync(FILE, 'utf8');
  const snippets = JSON.parse(raw);
  const byPrefix = Object.fromEntries(Object.values(snippets).map((s) => [s.prefix, s]));

  it('parses as JSON and every snippet has a prefix, a body and a plain-words description, scoped to Markdown', () => {
    assert.ok(Object.keys(snippets).length >= 8);
    for (const [name, s] of Object.entries(snippets)) {
      assert.strictEqual(typeof s.prefix, 'string', `${name}: prefix`);
      assert.match(s.prefix, /^star-[a-z]+$/, `${name}: prefix`);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.length > 20, `${name}: description`);
      assert.doesNotMatch(s.description, /\$\{|\\/, `${name}: description has snippet syntax`);
      assert.strictEqual(s.scope, 'markdown', `${name}: scope`);
    }
  });

  it('has the story, one snippet per section, the metric line and the interviewer questions', () => {
    for (const p of [
      'star-story',
      'star-situation',
      'star-task',
      'star-action',
      'star-result',
      'star-learnings',
      'star-metric',
      'star-questions',
    ]) {
      assert.ok(byPrefix[p], `missing ${p}`);
    }
    assert.strictEqual(new Set(Object.values(snippets).map((s) => s.prefix)).size, Object.keys(snippets).length, 'prefixes are unique');
  });

  it('every body parses with the snippet grammar: tab stops numbered 1..n in writing order, $0 last', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const { stops } = parseSnippet(joinBody(s));
      const firstSeen = [];
      for (const st of stops) if (!firstSeen.includes(st.index)) firstSeen.push(st.index);
      const numbered = firstSeen.filter((n) => n !== 0);
      assert.deepStrictEqual(
        numbered,
        numbered.map((_, k) => k + 1),
        `${name}: tab stops ${firstSeen.join(',')} are not 1..n in order`,
      );
      assert.strictEqual(firstSeen[firstSeen.length - 1], 0, `${name}: $0 is not the last stop`);
    }
  });

  it('the story snippet walks the writer through title, principle, S, T, A, R, Learnings in that order', () => {
    const { text, stops } = parseSnippet(joinBody(byPrefix['star-story']));
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    assert.deepStrictEqual(headings, ['## Situation', '## Task', '## Action', '## Result', '## Learnings']);
    // Each section's first prompt comes after its heading and before the next one.
    const at = (needle) => text.indexOf(needle);
    const prompt = (n) => stops.find((s) => s.index === n).placeholder;
    assert.ok(at('title: ') < at(prompt(1)) && at(prompt(1)) < at('principles:'));
    assert.ok(at('## Situation') < at(prompt(3)) && at(prompt(3)) < at('## Task'));
    assert.ok(at('## Task') < at(prompt(4)) && at(prompt(4)) < at('## Action'));
    assert.ok(at('## Action') < at(prompt(5)) && at(prompt(5)) < at('## Result'));
    assert.ok(at('## Result') < at(prompt(8)) && at(prompt(8)) < at('## Learnings'));
    // The Action prompt asks for the first person, the Result for numbers.
    assert.match(prompt(5), /\bI\b/);
    assert.match(text.slice(at('## Result'), at('## Learnings')), /%/);
    assert.match(text.slice(at('## Result'), at('## Learnings')), /\$Z/);
  });

  it("the story snippet's choice holds the 16 principles, and escaped commas read back as one name", () => {
    const { stops } = parseSnippet(joinBody(byPrefix['star-story']));
    const choice = stops.find((s) => s.choices);
    assert.ok(choice, 'no choice list');
    assert.strictEqual(choice.index, 2);
    assert.deepStrictEqual(choice.choices, PRINCIPLES);
    assert.ok(choice.choices.includes('Are Right, A Lot'));
  });

  it('whichever principle the writer picks, the front matter is valid YAML holding exactly that name', () => {
    for (let k = 0; k < PRINCIPLES.length; k++) {
      const { text } = parseSnippet(joinBody(byPrefix['star-story']), k);
      const parsed = matter(text);
      assert.deepStrictEqual(parsed.data.principles, [PRINCIPLES[k]], `choice ${k}`);
      assert.strictEqual(typeof parsed.data.title, 'string');
      assert.ok(parsed.data.title.length > 10);
      assert.match(parsed.content, /^\s*## Situation/);
    }
  });

  it('left as inserted, the story gets flagged for its template text; filled in, it lints clean (engine from out/core)', () => {
    const core = require(path.join(__dirname, '..', '..', 'out', 'core'));
    const body = joinBody(byPrefix['star-story']);
    const unfilled = core.lintStory(parseSnippet(body).text);
    assert.strictEqual(unfilled.story.isStory, true);
    assert.ok(
      unfilled.findings.some((f) => f.rule === 'template-placeholder'),
      'X% and $Z prompts are not caught',
    );
    assert.deepStrictEqual(
      unfilled.story.principles.map((p) => p.canonical),
      ['Customer Obsession'],
    );

    const filled = parseSnippet(body, 11, {
      1: 'Fixing the nightly export that kept failing',
      3: 'Our nightly export to the finance system failed two nights a week, and the finance team had to rebuild the numbers by hand each time.',
      4: 'My manager asked me to make the export reliable before the end of the quarter.',
      5: 'I read the logs of every failed run and found that a lock on the orders table timed out whenever a backup ran at the same time.',
      6: 'I worked with one database administrator; I led the change and wrote the code myself.',
      7: 'The backup window was owned by another team, so I showed them the overlap and I moved the export to run after the backup.',
      8: 'The export has not failed since the change.',
      9: 'Failed runs went from 8 a month to 0',
      10: 'Finance saved about 6 hours a week of manual work',
      11: 'The quarter closed 2 days earlier than the one before',
      12: 'I now check for scheduled jobs that overlap before I blame the code.',
    });
    const result = core.lintStory(filled.text);
    assert.deepStrictEqual(
      result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule}: ${f.message}`),
      [],
    );
    assert.deepStrictEqual(
      result.story.principles.map((p) => p.canonical),
      ['Dive Deep'],
    );
  });

  it('each section snippet inserts its own heading and a prompt to write over', () => {
    const expected = {
      'star-situation': '## Situation',
      'star-task': '## Task',
      'star-action': '## Action',
      'star-result': '## Result',
      'star-learnings': '## Learnings',
    };
    for (const [prefix, heading] of Object.entries(expected)) {
      const { text, stops } = parseSnippet(joinBody(byPrefix[prefix]));
      assert.strictEqual(text.split('\n')[0], heading, prefix);
      assert.ok(
        stops.some((s) => s.index === 1 && s.placeholder && s.placeholder.length > 20),
        `${prefix}: no prompt at $1`,
      );
    }
  });

  it('the metric line reads as a list item with before, after, change and time to fill in', () => {
    const { text, stops } = parseSnippet(joinBody(byPrefix['star-metric']));
    assert.strictEqual(text, '- Metric went from before to after (+X%) in time');
    assert.deepStrictEqual(
      stops.filter((s) => s.index > 0).map((s) => s.placeholder),
      ['Metric', 'before', 'after', '+X%', 'time'],
    );
  });

  it('the interviewer questions cover fit, skills, onboarding and particulars like travel or remote work', () => {
    const { text } = parseSnippet(joinBody(byPrefix['star-questions']));
    assert.match(text, /organi[sz]ation/i);
    assert.match(text, /skills/i);
    assert.match(text, /onboarding|training/i);
    assert.match(text, /travel/i);
    assert.match(text, /remote/i);
    assert.strictEqual(text.split('\n').filter((l) => l.startsWith('- ')).length, 4);
  });

  it('the parser used here rejects what VS Code would not read as we mean it', () => {
    // Guards the guard: an unescaped comma inside a choice splits the name.
    assert.deepStrictEqual(parseSnippet('${1|Are Right, A Lot,Ownership|}').stops[0].choices, ['Are Right', ' A Lot', 'Ownership']);
    assert.deepStrictEqual(parseSnippet('${1|Are Right\\, A Lot,Ownership|}').stops[0].choices, ['Are Right, A Lot', 'Ownership']);
    assert.throws(() => parseSnippet('${1:never closed'));
    assert.strictEqual(parseSnippet('costs \\$5').text, 'costs $5');
  });
});
