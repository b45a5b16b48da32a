// The reader the desktop extension and star-lint share: a repository cloned from anywhere must not make it read
// outside the folder checked, through a link to a file or through a linked folder on the way.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { tempFolder } = require('../tempFolders');
const { readSafely, LEAVES_ROOT } = require('../../../out/node/safeRead');

describe('readSafely and links', () => {
  let root;
  let outside;
  const read = (rel, followSymlinks = false) => readSafely(path.join(root, rel), { root, followSymlinks, maxBytes: 1 << 20 });
  const text = (r) => ('bytes' in r ? Buffer.from(r.bytes).toString('utf8') : r);

  before(() => {
    root = tempFolder('star-saferead-');
    outside = tempFolder('star-outside-');
    fs.writeFileSync(path.join(outside, 'secret.md'), 'secret');
    fs.mkdirSync(path.join(root, 'stories', 'inner'), { recursive: true });
    fs.writeFileSync(path.join(root, 'stories', 'inner', 'story.md'), 'a story');
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'stories', 'file-out.md'));
    fs.symlinkSync(path.join(root, 'stories', 'inner', 'story.md'), path.join(root, 'stories', 'file-in.md'));
    fs.symlinkSync(outside, path.join(root, 'stories', 'folder-out'));
    fs.symlinkSync(path.join(root, 'stories', 'inner'), path.join(root, 'stories', 'folder-in'));
  });

  it('reads plain files whole, and links that stay inside the folder', () => {
    assert.strictEqual(text(read('stories/inner/story.md')), 'a story');
    assert.strictEqual(text(read('stories/file-in.md')), 'a story');
    assert.strictEqual(text(read('stories/folder-in/story.md')), 'a story');
  });

  it('refuses a link to a file outside, and a file under a linked folder outside, until links are allowed', () => {
    assert.deepStrictEqual(read('stories/file-out.md'), { skipped: LEAVES_ROOT });
    assert.deepStrictEqual(read('stories/folder-out/secret.md'), { skipped: LEAVES_ROOT });
    assert.strictEqual(text(read('stories/file-out.md', true)), 'secret');
    assert.strictEqual(text(read('stories/folder-out/secret.md', true)), 'secret');
  });

  it('sees a folder swapped for a link to outside after it was read from', async () => {
    fs.mkdirSync(path.join(root, 'swap'));
    fs.writeFileSync(path.join(root, 'swap', 'secret.md'), 'mine');
    assert.strictEqual(text(read('swap/secret.md')), 'mine');
    fs.rmSync(path.join(root, 'swap'), { recursive: true });
    fs.symlinkSync(outside, path.join(root, 'swap'));
    // Folders' real paths are remembered for a second at most.
    await new Promise((r) => setTimeout(r, 1100));
    assert.deepStrictEqual(read('swap/secret.md'), { skipped: LEAVES_ROOT });
  });

  it('reads files of every size exactly, empty included', () => {
    for (const size of [0, 1, 4095, 4096, 65537]) {
      fs.writeFileSync(path.join(root, `s${size}.md`), 'x'.repeat(size));
      const r = read(`s${size}.md`);
      assert.strictEqual(r.bytes.length, size, String(size));
    }
    assert.deepStrictEqual(readSafely(path.join(root, 's65537.md'), { root, followSymlinks: false, maxBytes: 65536 }), {
      tooLarge: 65537,
    });
  });
});
