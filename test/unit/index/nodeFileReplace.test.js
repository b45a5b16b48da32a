// The desktop host's way of replacing the saved index: a reader at any moment finds the old file or the new one,
// never none; nothing is left beside it; a failed write leaves the old file as it was and says why.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { nodeFileReplacer } = require('../../../out/extension/index/nodeFileReplace');

const folderUri = (p) => ({ scheme: 'file', fsPath: p });

describe('replacing a file with Node (the saved index)', () => {
  let dir;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'star-replace-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('makes the folder, writes the file, and replaces it while a reader keeps finding one', async () => {
    const replace = nodeFileReplacer(() => assert.fail('a local folder never goes through workspace.fs'));
    const storage = path.join(dir, 'storage', 'star-stories');
    await replace(folderUri(storage), 'story-index.jsonl', Buffer.from('first'));
    const file = path.join(storage, 'story-index.jsonl');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'first');
    let reading = true;
    let reads = 0;
    const seen = new Set();
    const reader = (async () => {
      while (reading) {
        seen.add(fs.readFileSync(file, 'utf8')); // throws ENOENT if the file is ever missing
        reads++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    for (let i = 0; i < 50; i++) await replace(folderUri(storage), 'story-index.jsonl', Buffer.from(`write ${i}`));
    reading = false;
    await reader;
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'write 49');
    assert.ok(reads > 10, `${reads} reads`);
    assert.ok(
      [...seen].every((text) => text === 'first' || /^write \d+$/.test(text)),
      [...seen].join(', '),
    );
    assert.deepStrictEqual(fs.readdirSync(storage), ['story-index.jsonl']);
  });

  it('leaves the old file and no temporary one when the write fails, and throws', async () => {
    const replace = nodeFileReplacer(() => assert.fail('not asked'));
    fs.writeFileSync(path.join(dir, 'story-index.jsonl'), 'old');
    fs.mkdirSync(path.join(dir, 'blocked.jsonl')); // a folder where the file should go: the rename fails
    await assert.rejects(replace(folderUri(dir), 'blocked.jsonl', Buffer.from('new')));
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['blocked.jsonl', 'story-index.jsonl']);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'story-index.jsonl'), 'utf8'), 'old');
  });

  it('hands any other scheme to the replacer it was given', async () => {
    const asked = [];
    const replace = nodeFileReplacer(async (d, name) => void asked.push(`${d.scheme}:${name}`));
    await replace({ scheme: 'vscode-userdata', fsPath: '/user' }, 'story-index.jsonl', Buffer.from('x'));
    assert.deepStrictEqual(asked, ['vscode-userdata:story-index.jsonl']);
  });
});
