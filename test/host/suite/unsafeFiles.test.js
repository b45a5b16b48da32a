'use strict';
// A repository cloned from anywhere can hold links to devices, pipes and files elsewhere on the machine. The
// index never opens the first two (a device's size reads as 0, and reading one never ends), never reads a link
// out of the workspace folder (its text would reach the tree and Problems), and says in its log what it skipped.
// A config file that is such a link is refused by name, never read.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const vscode = require('vscode');

const { EXTENSION_ID, waitFor, sleep, folder, findExtensionLog, stallMonitor } = require('./support');

const place = (...parts) => vscode.Uri.joinPath(folder(), 'unsafe', ...parts);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'STAR Stories');

function storyText(title) {
  return `---\ntitle: ${title}\nprinciples: [Ownership]\n---\n\n## Situation\n\nThe nightly import failed.\n\n## Task\n\nI had to fix it.\n\n## Action\n\nI rewrote the retry logic.\n\n## Result\n\nThe team was happier.\n`;
}

describe('unsafe files: devices, pipes and links out of the workspace', function () {
  this.timeout(120_000);
  let api;
  let outside;

  before(async () => {
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
    await api.index.whenReady();
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'star-outside-'));
    fs.writeFileSync(path.join(outside, 'secret.md'), storyText('Secret from outside the workspace'));
    fs.mkdirSync(place().fsPath, { recursive: true });
  });

  after(async () => {
    fs.rmSync(place().fsPath, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
    await waitFor(() => !api.index.stories().some((f) => f.uri.path.includes('/unsafe/')), 'the unsafe folder to leave the index', 10_000);
  });

  it('never reads a link to a device, a pipe, or a link out of the folder, and logs each skip', async () => {
    const logFile = findExtensionLog();
    assert.ok(logFile, 'the extension log was not found');
    const logStart = fs.statSync(logFile).size;
    const monitor = stallMonitor();
    let worst = 0;
    try {
      fs.symlinkSync('/dev/zero', place('zero.md').fsPath);
      fs.symlinkSync('/dev/urandom', place('random.md').fsPath);
      assert.strictEqual(spawnSync('mkfifo', [place('pipe.md').fsPath]).status, 0, 'mkfifo failed');
      fs.symlinkSync(path.join(outside, 'secret.md'), place('outside.md').fsPath);
      fs.mkdirSync(place('inner').fsPath);
      fs.writeFileSync(place('inner', 'target.md').fsPath, storyText('Linked from inside'));
      fs.symlinkSync(place('inner', 'target.md').fsPath, place('inside.md').fsPath);
      // A plain story written last: once it is checked, the watcher has passed over the others.
      fs.writeFileSync(place('canary.md').fsPath, storyText('Canary'));
      await waitFor(() => api.index.get(place('canary.md'))?.checked, 'the canary story to be checked', 30_000);
      // A full rescan goes through the workspace search too, not only the watcher.
      await api.index.rescan();
      await waitFor(() => api.index.get(place('inside.md'))?.checked, 'the link that stays inside the folder to be read', 20_000);
      const log = () => fs.readFileSync(logFile).subarray(logStart).toString('utf8');
      await waitFor(
        () =>
          /Skipped unsafe\/outside\.md: a symbolic link that leads outside the folder checked \(the setting starStories\.followSymlinks reads it\)/.test(
            log(),
          ),
        'the log line about the link out of the folder',
        10_000,
      );
    } finally {
      worst = monitor.stop();
    }
    for (const name of ['zero.md', 'random.md', 'pipe.md', 'outside.md']) {
      assert.strictEqual(api.index.get(place(name)), undefined, `${name} is in the index`);
      assert.deepStrictEqual(ours(place(name)), [], `${name} has diagnostics`);
    }
    const titles = api.index.stories().map((f) => f.summary.title);
    assert.ok(!titles.includes('Secret from outside the workspace'), 'the story behind the link reached the index');
    assert.ok(titles.includes('Linked from inside'));
    assert.ok(worst < 500, `the extension host stalled for ${Math.round(worst)} ms`);
  });

  it('refuses a config file that is a link to a device, and says so, with the defaults in force', async () => {
    const config = vscode.Uri.joinPath(folder(), '.starlintrc.json');
    assert.ok(!fs.existsSync(config.fsPath), 'the test workspace already has a config file');
    const logFile = findExtensionLog();
    const logStart = fs.statSync(logFile).size;
    fs.symlinkSync('/dev/zero', config.fsPath);
    try {
      // The config watcher drops the folder's config; the next request reads it again, through the reader.
      const refused = async () => {
        const cfg = await api.configs.configFor(place('canary.md'));
        return (
          cfg.catalog === 'amazon' &&
          /\.starlintrc\.json cannot be read \(a symbolic link that leads outside the folder checked/.test(
            fs.readFileSync(logFile).subarray(logStart).toString('utf8'),
          )
        );
      };
      await waitFor(refused, 'the log line about the refused config', 20_000);
    } finally {
      fs.unlinkSync(config.fsPath);
      await sleep(200);
    }
  });
});
