// Listing a workspace folder's Markdown files with Node (the desktop host's way round the search service): what
// is found, what exclusions and links leave out, and that the work comes in slices.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('../tempFolders');
const { walkMarkdownFiles } = require('../../../out/extension/index/nodeFolderWalk');
const { Slices } = require('../../../out/extension/index/slices');

const tree = (files) => tempFolder('star-walk-', Object.fromEntries(files.map((f) => [f, '# x\n'])));

const listed = async (root, options = {}) =>
  (
    await walkMarkdownFiles(root, {
      excluded: options.excluded ?? (() => false),
      followSymlinks: options.followSymlinks ?? false,
      slices: options.slices ?? new Slices(),
    })
  )
    .map((p) => path.relative(root, p).split(path.sep).join('/'))
    .sort();

describe('listing Markdown files with Node', () => {
  it('finds .md and .markdown files at every depth, in any case, and nothing else', async () => {
    const root = tree(['a.md', 'B.MD', 'deep/er/c.markdown', 'deep/notes.txt', 'deep/er/d.md.bak', 'x/y/z/e.Md']);
    assert.deepStrictEqual(await listed(root), ['B.MD', 'a.md', 'deep/er/c.markdown', 'x/y/z/e.Md']);
  });

  it('does not enter an excluded folder, and leaves out excluded files', async () => {
    const root = tree(['keep/a.md', 'node_modules/pkg/readme.md', 'drafts/old.md', 'keep/skip.md']);
    const asked = [];
    const excluded = (rel) => {
      asked.push(rel);
      return rel === 'node_modules' || rel === 'keep/skip.md' || rel.startsWith('drafts');
    };
    assert.deepStrictEqual(await listed(root, { excluded }), ['keep/a.md']);
    assert.ok(!asked.some((r) => r.startsWith('node_modules/')), `asked inside an excluded folder: ${asked}`);
  });

  it('lists a file link (the reader decides on it later), never lists a folder twice through a link, and enters one leading out only when allowed', async () => {
    const root = tree(['inner/a.md']);
    const outside = tree(['secret.md']);
    fs.symlinkSync(path.join(root, 'inner', 'a.md'), path.join(root, 'link.md'));
    fs.symlinkSync(path.join(root, 'inner'), path.join(root, 'again'));
    fs.symlinkSync(root, path.join(root, 'inner', 'loop'));
    fs.symlinkSync(outside, path.join(root, 'out'));
    fs.symlinkSync(outside, path.join(outside, 'self'));
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.md'));
    assert.deepStrictEqual(await listed(root), ['inner/a.md', 'link.md']);
    assert.deepStrictEqual(await listed(root, { followSymlinks: true }), ['inner/a.md', 'link.md', 'out/secret.md']);
  });

  it('skips a folder it cannot read and goes on', async function () {
    if (process.getuid && process.getuid() === 0) this.skip(); // root reads everything
    const root = tree(['open/a.md', 'closed/b.md']);
    fs.chmodSync(path.join(root, 'closed'), 0o000);
    try {
      assert.deepStrictEqual(await listed(root), ['open/a.md']);
    } finally {
      fs.chmodSync(path.join(root, 'closed'), 0o755);
    }
  });

  it('hands the event loop back between slices on a large tree', async () => {
    const files = [];
    for (let d = 0; d < 60; d++) for (let f = 0; f < 20; f++) files.push(`d${d}/f${f}.md`);
    const root = tree(files);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    // A clock that moves 1 ms per reading and 1 ms slices: the walk must yield every other folder.
    let clock = 0;
    const found = await listed(root, { slices: new Slices(1, () => clock++) });
    clearInterval(ticker);
    assert.strictEqual(found.length, 1200);
    assert.ok(turns > 0, 'the walk never let a timer run');
  });
});
