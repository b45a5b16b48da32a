// Which files the index leaves out: starStories.exclude plus the enabled files.exclude patterns, braces included,
// the same for the workspace search (one glob) and for file events (matched here).
const assert = require('assert');
const { Exclusions } = require('../../../out/extension/index/exclusions');

describe('index exclusions', () => {
  it('honours files.exclude patterns with braces, in file events and in the search glob', () => {
    const ex = new Exclusions(['**/node_modules/**'], { '**/*.{log,tmp}': true, '**/{drafts,archive}/**': true, '**/off/**': false });
    for (const path of ['drafts/a.md', 'x/archive/b.md', 'notes.log', 'deep/x.tmp', 'node_modules/pkg/README.md'])
      assert.ok(ex.matches(path), `${path} is excluded`);
    for (const path of ['stories/a.md', 'off/c.md', 'draftsman/d.md', 'log.md']) assert.ok(!ex.matches(path), `${path} is not`);
    const glob = ex.searchGlob();
    // One brace group for findFiles: every pattern in it, none with braces of its own (they cannot nest there).
    assert.ok(glob.startsWith('{') && glob.endsWith('}'));
    const inner = glob.slice(1, -1).split(',');
    assert.ok(
      inner.every((p) => !/[{}]/.test(p)),
      glob,
    );
    assert.deepStrictEqual(new Set(inner), new Set(['**/node_modules/**', '**/*.log', '**/*.tmp', '**/drafts/**', '**/archive/**']));
    assert.strictEqual(ex.needsFilter, false);
  });

  it('leaves disabled and malformed settings out', () => {
    const ex = new Exclusions([42, '', '  ', 'private/**'], { '**/a': false, '**/b': { when: '$(basename).ts' } });
    assert.deepStrictEqual(ex.patterns, ['private/**']);
    assert.strictEqual(ex.searchGlob(), 'private/**');
    assert.strictEqual(new Exclusions([], {}).searchGlob(), undefined);
  });

  it('keeps an unclosed brace as written, and then says a search must be filtered', () => {
    const ex = new Exclusions(['**/x{y/**'], {});
    assert.ok(ex.matches('a/x{y/b.md'));
    assert.strictEqual(ex.searchGlob(), undefined);
    assert.strictEqual(ex.needsFilter, true);
  });

  it('searches folder by folder only when every pattern names a folder at any depth', () => {
    assert.deepStrictEqual(
      [...new Exclusions(['**/node_modules/**'], { '**/.git': true, '**/{out,dist}/**': true }).anyDepthNames()].sort(),
      ['.git', 'dist', 'node_modules', 'out'],
    );
    assert.strictEqual(new Exclusions(['**/node_modules/**', 'drafts/**'], {}).anyDepthNames(), undefined);
  });

  it('matches paths by their names exactly as the globs do, for the shapes of the defaults (a name or an ending at any depth)', () => {
    const core = require('../../../out/core');
    const patterns = ['**/node_modules', '**/.git/**', '**/dist/**', '**/Thumbs.db', '**/*.crswap', 'drafts/**'];
    const ex = new Exclusions(patterns, {});
    const globs = patterns.map(core.compileGlob);
    const paths = [
      'node_modules',
      'a/node_modules',
      'a/node_modules/b.md',
      '.git',
      '.git/x.md',
      'x/.git/y/z.md',
      'dist',
      'dist/a.md',
      'src/dist',
      'Thumbs.db',
      'a/Thumbs.db',
      'a/Thumbs.db.md',
      'distant/a.md',
      'my.git/a.md',
      'stories/a.md',
      'a.crswap',
      'x/b.md.crswap',
      '.crswap',
      'x/.crswap',
      'x.crswap/a.md',
      'drafts/a.md',
      'x/drafts/a.md',
    ];
    for (const path of paths) assert.strictEqual(ex.matches(path), core.matchesAnyGlob(path, globs), path);
  });

  it('changes its key when the patterns change', () => {
    assert.notStrictEqual(new Exclusions(['a/**'], {}).key, new Exclusions(['b/**'], {}).key);
    assert.strictEqual(new Exclusions(['a/**'], {}).key, new Exclusions([], { 'a/**': true }).key);
  });
});
