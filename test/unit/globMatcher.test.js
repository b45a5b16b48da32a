// Exclusion globs for file events (the scan leaves exclusions to findFiles): the patterns users write in
// files.exclude and starStories.exclude, against workspace-relative paths.
const assert = require('assert');
const { globToRegExp, matchesAny } = require('../../out/extension/globMatcher');

const matches = (glob, path) => globToRegExp(glob).test(path);

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
    for (const odd of ['{', '[', '**/{a', 'a]', '\\', '***', '']) assert.doesNotThrow(() => globToRegExp(odd), odd);
    assert.ok(matchesAny('drafts/a.md', ['x/**', 'drafts/**'].map(globToRegExp)));
    assert.ok(!matchesAny('kept/a.md', ['x/**', 'drafts/**'].map(globToRegExp)));
  });
});
