// Reading a file for the index through any file system (workspace.fs in the editor, an in-memory one here):
// never past the size limit, never a folder or device, and a file gone meanwhile said as such.
const assert = require('assert');
const { readWithinLimit, decodeText, maxBytesOf } = require('../../../out/extension/index/fileReader');
const { MemoryFileSystem, uri } = require('./memory');

describe('index file reader', () => {
  const fs = new MemoryFileSystem({ '/w/a.md': '# Hello\n', '/w/big.md': 'x'.repeat(5000) });
  fs.mkdir('/w/folder.md');

  it('gives the bytes of a file within the limit', async () => {
    const read = await readWithinLimit(fs, uri('/w/a.md'), 1024);
    assert.strictEqual(decodeText(read.bytes), '# Hello\n');
  });

  it('does not read a file over the limit, nor a folder', async () => {
    const before = fs.reads;
    assert.deepStrictEqual(await readWithinLimit(fs, uri('/w/big.md'), 1024), { tooLarge: 5000 });
    assert.deepStrictEqual(await readWithinLimit(fs, uri('/w/folder.md'), 1024), { skipped: 'not a regular file' });
    assert.strictEqual(fs.reads, before, 'neither was read');
  });

  it('says a file is missing, and passes other errors on as text', async () => {
    assert.deepStrictEqual(await readWithinLimit(fs, uri('/w/gone.md'), 1024), { missing: true });
    const failing = { ...fs, stat: fs.stat.bind(fs), readFile: async () => Promise.reject(new Error('EACCES')), isNotFound: () => false };
    assert.deepStrictEqual(await readWithinLimit(failing, uri('/w/a.md'), 1024), { error: 'EACCES' });
  });

  it('checks the size again after the read (the file grew)', async () => {
    const growing = {
      ...fs,
      stat: async () => ({ isFile: true, size: 10 }),
      readFile: async () => new Uint8Array(2048),
      isNotFound: () => false,
    };
    assert.deepStrictEqual(await readWithinLimit(growing, uri('/w/a.md'), 1024), { tooLarge: 2048 });
  });

  it('decodes UTF-8 and refuses a binary file', () => {
    assert.strictEqual(decodeText(new TextEncoder().encode('Éa ✓')), 'Éa ✓');
    assert.strictEqual(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])), undefined);
  });

  it('turns the size setting into bytes, at least 1 KB', () => {
    assert.strictEqual(maxBytesOf(undefined), 1024 * 1024);
    assert.strictEqual(maxBytesOf(0), 1024);
    assert.strictEqual(maxBytesOf(64), 64 * 1024);
  });
});
