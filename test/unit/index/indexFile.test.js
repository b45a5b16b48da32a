// The saved index's file: what is written comes back exactly, placed in the workspace folder it belongs to,
// only for folders whose config is unchanged; a file from another engine or damaged anywhere is refused whole.
const assert = require('assert');
const { openIndexFile, writeIndexFile } = require('../../../out/extension/index/indexFile');

/** The whole file at once: its heads, then its full summaries. */
const readIndexFile = async (bytes, engine, place, pause) => (await openIndexFile(bytes, engine, place, pause)).stories(pause);
const { storyWith } = require('./memory');

const ENGINE = '0.1.0+abc';
const folders = [
  { uri: 'file:///home/me/a', config: '{"catalog":"amazon"}' },
  { uri: 'file:///home/me/b', config: '{"catalog":"mine"}' },
];
const entries = [
  { folder: 0, path: 'stories/one.md', summary: storyWith('One', ['Ownership']), hash: '2s.1abc.9xyz' },
  { folder: 1, path: 'two.md', summary: storyWith('Two', ['Frugality', 'Dive Deep']) },
  { folder: 0, path: 'deep/er/three.md', summary: storyWith('Three', []) },
];
/** Places every folder whose saved config is the one given here, under its URI. */
const placeBy = (current) => async (folder) => (current[folder.uri] === folder.config ? (path) => `${folder.uri}/${path}` : undefined);
const text = (bytes) => new TextDecoder().decode(bytes);
/** The file's text with the header's length set to what follows the header now. */
const withLength = (t) => {
  const end = t.indexOf('\n');
  const rest = t.slice(end + 1);
  return t.slice(0, end).replace(/"length":\d+/, `"length":${new TextEncoder().encode(rest).length}`) + '\n' + rest;
};

describe('saved index file', () => {
  it('gives back every story exactly, in its folder', async () => {
    const bytes = await writeIndexFile(ENGINE, folders, entries);
    const back = await readIndexFile(bytes, ENGINE, placeBy({ [folders[0].uri]: folders[0].config, [folders[1].uri]: folders[1].config }));
    assert.deepStrictEqual(
      back.map((s) => s.uri),
      ['file:///home/me/a/stories/one.md', 'file:///home/me/b/two.md', 'file:///home/me/a/deep/er/three.md'],
    );
    back.forEach((s, i) => assert.deepStrictEqual(s.summary, entries[i].summary));
    // The text's hash comes back where there was one: the next scan keeps that story's findings if the text is the same.
    assert.deepStrictEqual(
      back.map((s) => s.hash),
      ['2s.1abc.9xyz', undefined, undefined],
    );
  });

  it('leaves out the stories of a folder whose config changed or that left the workspace', async () => {
    const bytes = await writeIndexFile(ENGINE, folders, entries);
    const back = await readIndexFile(
      bytes,
      ENGINE,
      placeBy({ [folders[0].uri]: '{"catalog":"other"}', [folders[1].uri]: folders[1].config }),
    );
    assert.deepStrictEqual(
      back.map((s) => s.uri),
      ['file:///home/me/b/two.md'],
    );
    assert.deepStrictEqual(await readIndexFile(bytes, ENGINE, placeBy({})), []);
  });

  it('writes a message once, and reads it back for a later story even when the first is in a folder read again', async () => {
    const { core, storyText } = require('../helpers');
    const config = core.defaultConfig();
    const noResult = (title) =>
      core.summarize(core.lintStory(storyText({ frontMatter: `title: ${title}`, sections: { Result: null } }), config), config);
    const [first, second] = [noResult('First'), noResult('Second')];
    const shared = first.findings.find((f) => second.findings.some((g) => g.message === f.message)).message;
    const bytes = await writeIndexFile(ENGINE, folders, [
      { folder: 0, path: 'first.md', summary: first },
      { folder: 1, path: 'second.md', summary: second },
    ]);
    assert.strictEqual(text(bytes).split(JSON.stringify(shared)).length - 1, 1, 'the message is written once');
    const back = await readIndexFile(bytes, ENGINE, placeBy({ [folders[1].uri]: folders[1].config }));
    assert.deepStrictEqual(
      back.map((s) => s.uri),
      ['file:///home/me/b/second.md'],
    );
    assert.deepStrictEqual(back[0].summary, second);
  });

  it('refuses a file from another engine, a damaged one, and an empty one', async () => {
    const good = text(await writeIndexFile(ENGINE, folders, entries));
    const all = placeBy({ [folders[0].uri]: folders[0].config, [folders[1].uri]: folders[1].config });
    // Damage other than a cut: the header's length is made to match, so the reason is found where the damage is.
    const refused = async (t, reason, { keepLength = false } = {}) =>
      assert.rejects(
        () => readIndexFile(new TextEncoder().encode(keepLength ? t : withLength(t)), ENGINE, all),
        (e) => e.message.includes(reason),
        reason,
      );
    await assert.rejects(() => readIndexFile(new TextEncoder().encode(good), '0.2.0+def', all), /another version/);
    await refused(good.slice(0, -20), 'cut off', { keepLength: true });
    await refused(good + '[]\n', 'longer than it was written', { keepLength: true });
    await refused(good.replace(/,"length":\d+/, ''), 'no length', { keepLength: true });
    await refused(good.replace('"stories/one.md"', '7'), 'not [folder, path, head]');
    await refused(good.replace('[1,"two.md"', '[5,"two.md"'), 'names no folder');
    await refused(good.replace('"format":5', '"format":4'), 'another format');
    const lines = good.split('\n');
    await refused(lines.slice(0, 1).join('\n') + '\n', 'cut off', { keepLength: true });
    await refused(lines.slice(0, 1).join('\n') + '\n', 'heads are cut off');
    // The header, three heads, then three full summaries.
    assert.strictEqual(lines.length, 8);
    await refused([...lines.slice(0, 5), ...lines.slice(6)].join('\n'), 'fewer stories than heads');
    await refused([...lines.slice(0, 5), lines[4], ...lines.slice(5)].join('\n'), 'more stories than heads');
    await refused([...lines.slice(0, 2), ...lines.slice(3)].join('\n'), 'a head is not [folder, path, head]');
    await refused(good.replace(/,"2s\.1abc\.9xyz"\]/, ']'), 'not [summary, hash]');
    await refused('', 'empty', { keepLength: true });
    await assert.rejects(() => readIndexFile(new Uint8Array([0x7b, 0xff, 0x0a]), ENGINE, all));
  });

  it('gives the titles and principles first, from the heads, and the findings when asked', async () => {
    const all = placeBy({ [folders[0].uri]: folders[0].config, [folders[1].uri]: folders[1].config });
    const good = text(await writeIndexFile(ENGINE, folders, entries));
    const opened = await openIndexFile(new TextEncoder().encode(good), ENGINE, all);
    assert.deepStrictEqual(
      opened.heads.map((h) => [h.uri, h.summary.title, h.summary.canonicalPrinciples, h.summary.findings.length]),
      [
        ['file:///home/me/a/stories/one.md', 'One', ['Ownership'], 0],
        ['file:///home/me/b/two.md', 'Two', ['Frugality', 'Dive Deep'], 0],
        ['file:///home/me/a/deep/er/three.md', 'Three', [], 0],
      ],
    );
    assert.deepStrictEqual(opened.heads[0].summary.principles, entries[0].summary.principles);
    assert.ok(entries[0].summary.findings.length > 0, 'the full summary has findings the head leaves out');
    const full = await opened.stories();
    full.forEach((s, i) => assert.deepStrictEqual(s.summary, entries[i].summary));
    // A file cut short is refused before its heads are used.
    await assert.rejects(() => openIndexFile(new TextEncoder().encode(good.slice(0, -20)), ENGINE, all), /cut off/);
    // A file damaged after its heads, whole in length: the heads are usable, the rest is refused whole.
    const damaged = await openIndexFile(new TextEncoder().encode(withLength(good.replace(/,"2s\.1abc\.9xyz"\]/, ']'))), ENGINE, all);
    assert.strictEqual(damaged.heads.length, 3);
    await assert.rejects(() => damaged.stories(), /not \[summary, hash\]/);
    // The heads of a folder read again are left out, and its full summaries with them.
    const some = await openIndexFile(new TextEncoder().encode(good), ENGINE, placeBy({ [folders[1].uri]: folders[1].config }));
    assert.deepStrictEqual(
      some.heads.map((h) => h.uri),
      ['file:///home/me/b/two.md'],
    );
    assert.deepStrictEqual((await some.stories())[0].summary, entries[1].summary);
  });

  it('lets the event loop turn while it reads and writes', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    const bytes = await writeIndexFile(ENGINE, folders, entries, pause);
    assert.strictEqual(pauses, entries.length);
    await readIndexFile(bytes, ENGINE, placeBy({ [folders[0].uri]: folders[0].config }), pause);
    assert.strictEqual(pauses, 3 * entries.length, 'a pause after each head and each summary read');
  });
});
