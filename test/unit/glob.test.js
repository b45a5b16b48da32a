// Globs as users write them in files.exclude, starStories.exclude and a config's `ignores`, against paths
// relative to a folder: for the index's file events, star-lint's paths and ignores. Config patterns come with a
// repository, so matching must stay linear whatever the pattern.
const assert = require('assert');
const { compileGlob, matchesAnyGlob, expandBraces } = require('../../out/core/glob');

const matches = (glob, path) => compileGlob(glob).test(path);

describe('exclusion globs', () => {
  it('`**/name` and `**/name/**` match that folder at any depth, root included, and what is inside it', () => {
    for (const glob of ['**/node_modules/**', '**/node_modules']) {
      assert.ok(matches(glob, 'node_modules/pkg/README.md'), glob);
      assert.ok(matches(glob, 'web/node_modules/pkg/README.md'), glob);
      assert.ok(!matches(glob, 'stories/node_modules_notes.md'), glob);
      assert.ok(!matches(glob, 'stories/my-node_modules/a.md'), glob);
    }
    assert.ok(matches('**/.git', '.git/info/notes.md'));
  });

  it('a root-relative pattern matches from the folder root only', () => {
    assert.ok(matches('drafts/**', 'drafts/half-done.md'));
    assert.ok(matches('drafts/**', 'drafts/old/half-done.md'));
    assert.ok(!matches('drafts/**', 'stories/drafts/half-done.md'));
    assert.ok(!matches('drafts/**', 'drafts-2/a.md'));
  });

  it('`*` and `?` stay within a segment; `{a,b}` and `[...]` choose', () => {
    assert.ok(matches('stories/*.md', 'stories/a.md'));
    assert.ok(!matches('stories/*.md', 'stories/sub/a.md'));
    assert.ok(matches('**/draft-?.md', 'x/draft-1.md'));
    assert.ok(!matches('**/draft-?.md', 'x/draft-10.md'));
    assert.ok(matches('**/*.{tmp,bak}.md', 'notes/a.tmp.md'));
    assert.ok(matches('**/*.{tmp,bak}.md', 'a.bak.md'));
    assert.ok(!matches('**/*.{tmp,bak}.md', 'a.md'));
    assert.ok(matches('**/[Aa]rchive/**', 'old/Archive/x.md'));
    assert.ok(!matches('**/[!A]rchive/**', 'Archive/x.md'));
  });

  it('takes dots, pluses and parentheses literally, and never throws on odd patterns', () => {
    assert.ok(matches('notes (old)/**', 'notes (old)/a.md'));
    assert.ok(!matches('a.md', 'aXmd'));
    assert.ok(matches('c++/**', 'c++/x.md'));
    for (const odd of ['{', '[', '**/{a', 'a]', '\\', '***', '']) assert.doesNotThrow(() => compileGlob(odd).test('a/b.md'), odd);
    assert.ok(matchesAnyGlob('drafts/a.md', ['x/**', 'drafts/**'].map(compileGlob)));
    assert.ok(!matchesAnyGlob('kept/a.md', ['x/**', 'drafts/**'].map(compileGlob)));
  });

  it('expands nested braces, and bounds the alternatives of a pattern made to explode', () => {
    assert.deepStrictEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.ok(matches('**/*.{log,tmp}', 'x/y/debug.log'));
    assert.ok(matches('**/*.{log,tmp}', 'cache.tmp'));
    assert.ok(!matches('**/*.{log,tmp}', 'story.md'));
    const started = Date.now();
    assert.ok(expandBraces('{a,b}'.repeat(200)).length <= 64);
    assert.ok(Date.now() - started < 1000);
  });

  it('matches in linear time, whatever the pattern (no backtracking)', () => {
    const segment = 'a'.repeat(250);
    const hostile = ['*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/**/**/**/**/b', '**/*a*a*a*a*/**/b'];
    for (const glob of hostile) {
      const path = Array(16).fill(segment).join('/');
      const started = process.hrtime.bigint();
      assert.ok(!matches(glob, path), glob);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(ms < 200, `${glob}: ${ms.toFixed(0)} ms`);
    }
  });
});
