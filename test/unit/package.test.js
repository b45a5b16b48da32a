// The package as others consume it: the engine by its exported name, the CLI by its bin entry.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const pkg = require('../../package.json');

describe('package entry points', () => {
  it('exports the engine as star-stories/core with lintStory and parseStory', () => {
    const core = require('star-stories/core');
    assert.strictEqual(typeof core.lintStory, 'function');
    assert.strictEqual(typeof core.parseStory, 'function');
    const { story, findings } = core.lintStory('---\nprinciples: [Ownership]\n---\n## Situation\nx\n');
    assert.strictEqual(story.isStory, true);
    assert.ok(findings.some((f) => f.rule === 'missing-section'));
  });

  it('points bin star-lint at an executable built CLI with a node shebang', () => {
    const bin = path.join(__dirname, '..', '..', pkg.bin['star-lint']);
    assert.ok(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node'));
    assert.ok(fs.statSync(bin).mode & 0o111, 'the CLI is not executable');
  });

  it('keeps the engine free of vscode and Node-only imports', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'core');
    const files = [];
    const walk = (d) =>
      fs
        .readdirSync(d, { withFileTypes: true })
        .forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') && files.push(path.join(d, e.name))));
    walk(dir);
    const banned = /from ['"](?:vscode|fs|path|os|child_process|crypto|util|node:[a-z_/]+)['"]|require\(['"](?:vscode|fs|path)['"]\)/;
    for (const f of files)
      assert.ok(!banned.test(fs.readFileSync(f, 'utf8')), `${path.relative(dir, f)} imports a Node-only module or vscode`);
  });
});
