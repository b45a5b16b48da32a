// The saved index's file: what is written comes back exactly, placed in the workspace folder it belongs to,
// only for folders whose config is unchanged; a file from another engine or damaged anywhere is refused whole.
const assert = require('assert');
const { readIndexFile, writeIndexFile } = require('../../../out/extension/index/indexFile');
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
    const refused = async (t, reason) =>
      assert.rejects(
        () => readIndexFile(new TextEncoder().encode(t), ENGINE, all),
        (e) => e.message.includes(reason),
        reason,
      );
    await assert.rejects(() => readIndexFile(new TextEncoder().encode(good), '0.2.0+def', all), /another version/);
    await refused(good.slice(0, -20), 'cut off');
    await refused(good.replace('"stories/one.md"', '7'), 'not [folder, path, summary, hash]');
    await refused(good.replace('[1,"two.md"', '[5,"two.md"'), 'names no folder');
    await refused(good.replace('"format":4', '"format":3'), 'another format');
    await refused('', 'empty');
    await assert.rejects(() => readIndexFile(new Uint8Array([0x7b, 0xff, 0x0a]), ENGINE, all));
  });

  it('lets the event loop turn while it reads and writes', async () => {
    let pauses = 0;
    const pause = async () => void pauses++;
    const bytes = await writeIndexFile(ENGINE, folders, entries, pause);
    assert.strictEqual(pauses, entries.length);
    await readIndexFile(bytes, ENGINE, placeBy({ [folders[0].uri]: folders[0].config }), pause);
    assert.strictEqual(pauses, 2 * entries.length);
  });
});
