'use strict';
// Hover and completion on principle names in a story's front matter, in a real VS Code, through the
// same commands the editor uses (`vscode.executeHoverProvider`, `vscode.executeCompletionItemProvider`).

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, waitFor, folder, storyUri: story } = require('./support');

const CATALOG_SIZE = 16;

/** Our hover's text (other providers may answer too), with MarkdownString's escapes read back. */
async function hoverAt(doc, line, character) {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
  const ours = [];
  for (const h of hovers) {
    for (const c of h.contents) {
      const text = (typeof c === 'string' ? c : c.value).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
      if (/in this workspace|not a principle of/.test(text)) ours.push({ hover: h, content: c, text });
    }
  }
  return ours;
}

/** Completion items that are principle names (other providers add plain words from the document). */
async function principleItems(doc, position, trigger) {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position, trigger);
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
}

const labelOf = (item) => (typeof item.label === 'string' ? item.label : item.label.label);

/** The line as it reads once the item is accepted (insert mode: what is typed so far is replaced). */
function accept(doc, item) {
  const r = item.range.inserting || item.range;
  const line = doc.lineAt(r.start.line).text;
  const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
  return line.slice(0, r.start.character) + insert + line.slice(r.end.character);
}

async function untitled(content) {
  return vscode.workspace.openTextDocument({ language: 'markdown', content });
}

/** Position of the end of `needle` on the line that contains it. */
function endOf(doc, needle) {
  const lines = doc.getText().split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" in the document`);
  return new vscode.Position(line, lines[line].indexOf(needle) + needle.length);
}

describe('Principle hover and completion', function () {
  let api;
  const created = [];

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    await waitFor(
      () => api.index.get(story('preview-story.md')) && api.index.get(story('preview-block.md')),
      'the fixture stories in the index',
    );
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const edit = new vscode.WorkspaceEdit();
    while (created.length) edit.deleteFile(created.pop(), { ignoreIfNotExists: true });
    await vscode.workspace.applyEdit(edit);
    const config = vscode.workspace.getConfiguration('starStories');
    for (const key of ['catalog', 'catalogs']) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  describe('hover', () => {
    const frugalCount = () => api.index.stories().filter((f) => f.summary.canonicalPrinciples.includes('Frugality')).length;

    it('describes a principle written as an alias in a flow list, with how many stories cover it', async () => {
      const doc = await vscode.workspace.openTextDocument(story('preview-story.md'));
      const pos = endOf(doc, '[frug'); // inside "frugal"
      const [hover, ...more] = await hoverAt(doc, pos.line, pos.character);
      assert.ok(hover, 'a hover on "frugal"');
      assert.strictEqual(more.length, 0);
      assert.match(hover.text, /^\*\*Frugality\*\* — Do more with less; constraints breed resourcefulness and invention\./);
      const n = frugalCount();
      assert.ok(n >= 2, 'both preview fixtures claim Frugality');
      assert.match(hover.text, new RegExp(`Covered by ${n} stories in this workspace\\.`));
      // The hover covers the name as written, and nothing in it can run a command.
      const start = doc.lineAt(pos.line).text.indexOf('frugal');
      assert.ok(hover.hover.range.isEqual(new vscode.Range(pos.line, start, pos.line, start + 'frugal'.length)));
      assert.ok(!hover.content.isTrusted, 'the hover is not trusted');
      assert.ok(!hover.content.supportHtml, 'the hover renders no HTML');
    });

    it('counts a new story that claims the principle', async () => {
      const before = frugalCount();
      const uri = vscode.Uri.joinPath(folder(), 'stories', 'hover-new-frugal.md');
      created.push(uri);
      await vscode.workspace.fs.writeFile(
        uri,
        new TextEncoder().encode('---\nprinciples: [Frugality]\n---\n## Situation\nA.\n## Result\nSaved 5%.\n'),
      );
      await waitFor(() => frugalCount() === before + 1, 'the index to see the new story');
      const doc = await vscode.workspace.openTextDocument(story('preview-block.md'));
      const pos = endOf(doc, '- Frug');
      const [hover] = await hoverAt(doc, pos.line, pos.character);
      assert.match(hover.text, new RegExp(`Covered by ${before + 1} stories in this workspace\\.`));
    });

    it('works on block-list items with a trailing comment, and on quoted names', async () => {
      const block = await vscode.workspace.openTextDocument(story('preview-block.md'));
      const pos = endOf(block, '- Invent and Simp');
      const [hover] = await hoverAt(block, pos.line, pos.character);
      assert.match(hover.text, /^\*\*Invent and Simplify\*\* — /);
      assert.match(hover.text, /(Covered by \d+ (story|stories)|No story) /);
      // The comment is not part of the name.
      const comment = endOf(block, '# the scr');
      assert.strictEqual((await hoverAt(block, comment.line, comment.character)).length, 0);

      const quoted = await untitled("---\nprinciples: [\"Are Right, A Lot\", 'Strive to be Earth''s Best Employer']\n---\n");
      const a = endOf(quoted, '"Are Ri');
      assert.match((await hoverAt(quoted, a.line, a.character))[0].text, /^\*\*Are Right, A Lot\*\* — /);
      const b = endOf(quoted, "Earth''s B");
      assert.match((await hoverAt(quoted, b.line, b.character))[0].text, /^\*\*Strive to be Earth's Best Employer\*\* — /);
    });

    it('says when a name is not in the catalog, escaping what was written', async () => {
      const doc = await vscode.workspace.openTextDocument(story('preview-story.md'));
      const pos = endOf(doc, '"Owner');
      const [hover] = await hoverAt(doc, pos.line, pos.character);
      assert.strictEqual(
        hover.text,
        '"Ownershp" is not a principle of Amazon Leadership Principles. Did you mean Ownership? The story is counted under it meanwhile.',
      );
      const img = endOf(doc, '"<img src');
      const [hostile] = await hoverAt(doc, img.line, img.character);
      assert.match(hostile.text, /^"<img src=x onerror=alert\(1\)>" is not a principle/);
      assert.ok(!hostile.content.supportHtml && !hostile.content.isTrusted);
    });

    it('gives no principle hover outside the principles list', async () => {
      const doc = await vscode.workspace.openTextDocument(story('preview-story.md'));
      for (const needle of ['title: Cutting the cl', 'principl', 'Our monthly cl', '## Resu']) {
        const pos = endOf(doc, needle);
        assert.strictEqual((await hoverAt(doc, pos.line, pos.character)).length, 0, `no hover at "${needle}"`);
      }
      // The same words in a fenced code block of a non-story are not a list either.
      const notes = await vscode.workspace.openTextDocument(story('preview-notes.md'));
      const pos = endOf(notes, 'principles: [Owner');
      assert.strictEqual((await hoverAt(notes, pos.line, pos.character)).length, 0);
    });
  });

  describe('completion', () => {
    it('offers every principle of the catalog right after "[", with its description', async () => {
      const doc = await untitled('---\ntitle: x\nprinciples: []\n---\n');
      const items = await principleItems(doc, endOf(doc, 'principles: ['), '[');
      assert.strictEqual(items.length, CATALOG_SIZE);
      assert.strictEqual(labelOf(items[0]), 'Customer Obsession', 'catalog order');
      const frugality = items.find((i) => labelOf(i) === 'Frugality');
      const doc0 = typeof frugality.documentation === 'string' ? frugality.documentation : frugality.documentation.value;
      assert.match(doc0, /^Do more with less; constraints breed resourcefulness and invention\./);
      assert.match(doc0, /Covered by \d+ stories in this workspace\./);
      assert.strictEqual(frugality.detail, 'Amazon Leadership Principles');
      assert.strictEqual(accept(doc, frugality), 'principles: [Frugality]');
    });

    it('leaves out names already listed and quotes names with a comma in a flow list', async () => {
      const doc = await untitled('---\nprinciples: [Ownership, customer obsessed, ]\n---\n');
      const items = await principleItems(doc, endOf(doc, 'customer obsessed, '), ',');
      const labels = items.map(labelOf);
      assert.strictEqual(items.length, CATALOG_SIZE - 2);
      assert.ok(!labels.includes('Ownership') && !labels.includes('Customer Obsession'), labels.join(', '));
      const right = items.find((i) => labelOf(i) === 'Are Right, A Lot');
      assert.strictEqual(accept(doc, right), 'principles: [Ownership, customer obsessed, "Are Right, A Lot"]');
      // Read back, the list holds exactly three principles, the quoted one whole.
      const fixed = await untitled(`---\n${accept(doc, right)}\n---\n`);
      const pos = endOf(fixed, '"Are R');
      assert.match((await hoverAt(fixed, pos.line, pos.character))[0].text, /^\*\*Are Right, A Lot\*\*/);
    });

    it('completes a name being typed, replacing the typed part', async () => {
      const doc = await untitled('---\nprinciples: [Ownership, dive]\n---\n');
      const items = await principleItems(doc, endOf(doc, ', dive'));
      const dive = items.find((i) => labelOf(i) === 'Dive Deep');
      assert.ok(dive);
      assert.strictEqual(accept(doc, dive), 'principles: [Ownership, Dive Deep]');
    });

    it('completes block items, with no quotes and a space after a bare dash', async () => {
      const doc = await untitled('---\nprinciples:\n  - Frugality\n  - \n  -\ntitle: x\n---\n');
      const lines = doc.getText().split('\n');
      const spaced = await principleItems(doc, new vscode.Position(3, lines[3].length), ' ');
      assert.strictEqual(spaced.length, CATALOG_SIZE - 1, 'Frugality is already listed');
      assert.strictEqual(
        accept(
          doc,
          spaced.find((i) => labelOf(i) === 'Are Right, A Lot'),
        ),
        '  - Are Right, A Lot',
      );
      const bare = await principleItems(doc, new vscode.Position(4, lines[4].length), '-');
      assert.strictEqual(
        accept(
          doc,
          bare.find((i) => labelOf(i) === 'Dive Deep'),
        ),
        '  - Dive Deep',
      );
    });

    it("fills in a quote the writer opened, in that quote's own escaping", async () => {
      const doc = await untitled("---\nprinciples: ['Strive\n---\n");
      const items = await principleItems(doc, endOf(doc, "['Strive"));
      const best = items.find((i) => labelOf(i) === "Strive to be Earth's Best Employer");
      assert.strictEqual(accept(doc, best), "principles: ['Strive to be Earth''s Best Employer'");
    });

    it('offers no principle outside the front matter list', async () => {
      const doc = await untitled('---\ntitle: [draft, ]\nprinciples: [Ownership]\n---\n\n## Situation\n\n- \n\nWe chose [a, b].\n');
      const lines = doc.getText().split('\n');
      for (const pos of [endOf(doc, 'title: [draft, '), endOf(doc, 'principles:'), new vscode.Position(7, 2), endOf(doc, 'chose [a, ')]) {
        assert.strictEqual((await principleItems(doc, pos, ' ')).length, 0, `nothing at ${pos.line}:${pos.character} "${lines[pos.line]}"`);
      }
    });

    it('offers the names of the catalog chosen in settings', async () => {
      const config = vscode.workspace.getConfiguration('starStories');
      await config.update(
        'catalogs',
        [{ id: 'acme', label: 'Acme Values', principles: [{ name: 'Craft', description: 'Build it well.' }, 'Candor, Always'] }],
        vscode.ConfigurationTarget.Workspace,
      );
      await config.update('catalog', 'acme', vscode.ConfigurationTarget.Workspace);
      const doc = await untitled('---\nprinciples: []\n---\n');
      const items = await waitFor(async () => {
        const found = await principleItems(doc, endOf(doc, 'principles: ['), '[');
        return found.length === 2 && found;
      }, 'the custom catalog in completion');
      assert.deepStrictEqual(items.map(labelOf), ['Craft', 'Candor, Always']);
      assert.strictEqual(items[0].detail, 'Acme Values');
      assert.strictEqual(accept(doc, items[1]), 'principles: ["Candor, Always"]');
    });
  });
});
