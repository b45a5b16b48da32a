'use strict';
// What our injections mark in the front matter: the principles a story claims, and nothing past the front matter.

const assert = require('assert');
const { tokenize, has, ours, withOurGrammar } = require('./harness');

describe('TextMate injection grammars: principles in the front matter', function () {
  this.timeout(20000);
  const { md, assertScope, assertNoOurs } = withOurGrammar();

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
      const lines = tokenize(md(), doc);
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
      const lines = tokenize(md(), doc);
      const lps = lines.find((l) => l.line.startsWith('lps:'));
      lps.chars.forEach((s) => assert.strictEqual(s.filter((x) => x === 'meta.principles.star-stories').length, 1, s.join(' ')));
      assertScope(doc, 'lps:', 'Dive Deep', 'constant.language.principle.star-stories');
      assertNoOurs(doc, 'tags:', 'Think Big');
    });

    it('ends with the front matter, so the story after it is Markdown again', () => {
      const doc = ['---', 'principles:', '  - Ownership', '---', '', '## Situation', '', 'I did.', ''].join('\n');
      const lines = tokenize(md(), doc);
      assert.ok(lines[3].chars.every((s) => has(s, 'punctuation.definition.end.frontmatter')));
      assert.ok(lines[5].chars.every((s) => !has(s, 'meta.principles.star-stories')));
      assertScope(doc, '## Situation', 'Situation', 'entity.name.section.situation.star-stories');
    });
  });
});
