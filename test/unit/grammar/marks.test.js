'use strict';
// What our injections mark: STAR headings and labels, metrics, first person, and where marks do not apply.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { SYNTAXES, INJECTION_FILES, generator, readJson, tokenize, anyOfOurs, withOurGrammar } = require('./harness');

describe('TextMate injection grammars: the STAR marks', function () {
  this.timeout(20000);
  const { md, assertScope, assertNoOurs } = withOurGrammar();

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
      for (const row of tokenize(md(), text)) row.chars.forEach((s) => assert.deepStrictEqual(anyOfOurs(s), [], row.line));
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
});
