// The VSIX a user installs: only what runs, bundled, small. Builds it with vsce (npm run package).
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const vsix = path.join(root, 'star-stories.vsix');

/** Lists a zip's entries from its central directory (a VSIX is a zip); enough for a file list and sizes. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(at), 0x02014b50, 'broken central directory');
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('the packaged VSIX', function () {
  this.timeout(180000);
  let entries;
  let bytes;

  before(() => {
    fs.rmSync(vsix, { force: true });
    const r = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    bytes = fs.statSync(vsix).size;
    entries = zipEntries(fs.readFileSync(vsix));
  });

  after(() => {
    // Packaging minified dist/; put the development bundle (with source maps) back for the host tests.
    spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.js')], { cwd: root });
  });

  // Two minified bundles (the Node host's and the web host's, each with the engine, the coach's word lists and its
  // learned table: numbers, which compress poorly), the README (the marketplace page, 23 KB packed) and the rest.
  // 346 KB since markdown-it's entity tables were left out (scripts/stubs/entities.js); 360 KB on 2026-12-07, as the
  // role and hedge readers grew with twelve new blind sets (each bundle 155 KB packed, the README 25 KB, the CHANGELOG
  // 9 KB). The bound catches a dependency or a table bundled by mistake (tens of KB), not a day's rules.
  it("never looks for a JavaScript parser at run time (js-yaml's !!js/function type is left out of the bundles)", () => {
    // With it, js-yaml requires esprima when it loads: a checkout's node_modules has it (13 ms of loading measured),
    // a VSIX does not (a search of the disk that fails). Stories are parsed with the safe schema either way.
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js'])
      assert.ok(!fs.readFileSync(path.join(root, bundle), 'utf8').includes('esprima'), `${bundle} still names esprima`);
  });

  it("takes VS Code's API from one place in each bundle (a copy per importing module cost every activation)", () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
      const requires = fs.readFileSync(path.join(root, bundle), 'utf8').match(/require\("vscode"\)/g) ?? [];
      assert.strictEqual(requires.length, 1, `${bundle} requires vscode ${requires.length} times`);
    }
  });

  it('is under 400 KB', () => {
    console.log(`      star-stories.vsix: ${(bytes / 1024).toFixed(1)} KB, ${entries.length} entries`);
    assert.ok(bytes < 400 * 1024, `${bytes} bytes`);
  });

  it('holds the bundle, manifest, docs (vsce renames them readme.md and changelog.md), snippets, grammars and media, and nothing else', () => {
    const files = entries
      .map((e) => e.name)
      .filter((n) => n.startsWith('extension/'))
      .map((n) => n.slice('extension/'.length))
      .sort();
    for (const must of [
      'dist/extension.js',
      'dist/web/extension.js',
      'schemas/starlintrc.schema.json',
      'package.json',
      'readme.md',
      'changelog.md',
      'LICENSE.txt',
      'snippets/star-stories.code-snippets',
      'media/star.svg',
      'media/walkthrough/practice.md',
    ]) {
      assert.ok(files.includes(must), `${must} missing from ${files.join(', ')}`);
    }
    assert.ok(files.some((f) => /^syntaxes\/.*\.tmLanguage\.json$/.test(f)));
    for (const f of files) {
      assert.match(
        f,
        /^(dist\/(?:web\/)?extension\.js|schemas\/starlintrc\.schema\.json|package\.json|readme\.md|changelog\.md|LICENSE\.txt|snippets\/[^/]+\.code-snippets|syntaxes\/[^/]+\.tmLanguage\.json|media\/[^/]+\.(svg|css|js)|media\/walkthrough\/[^/]+\.md)$/,
        `unexpected file in the VSIX: ${f}`,
      );
    }
  });

  it('ships no sources, tests, node_modules or test-host packages', () => {
    for (const e of entries)
      assert.doesNotMatch(e.name, /(^|\/)(src|test|node_modules|out|scripts|examples)\/|\.ts$|\.map$|code-server|playwright/);
  });
});
