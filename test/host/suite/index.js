'use strict';
// In-host test entry: VS Code loads this inside the extension host (extensionTestsPath)
// and awaits run(). Runs every test/host/suite/**/*.test.js with mocha's BDD interface
// (describe/it/before/after), one file at a time. Between files it resets what a test
// may have left behind: open editors, the workspace files (back to the fixture) and
// the user settings, so no file depends on another's leftovers.

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

// Prefer test/host's own mocha; fall back to the repo root's devDependency.
function loadMocha() {
  for (const from of [__dirname, path.resolve(__dirname, '..', '..', '..')]) {
    try {
      return require(require.resolve('mocha', { paths: [from] }));
    } catch {
      /* next */
    }
  }
  throw new Error('mocha not found: run `node test/host/run.js --install-only` or `npm install`');
}

function findTestFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTestFiles(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

async function closeAllEditors() {
  // Revert first: closing a dirty editor would open a save prompt that nobody answers.
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!vscode.window.tabGroups.activeTabGroup.activeTab) {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  }
}

// Makes `dir` match `fixture` again, touching only what differs so watchers see little churn.
function resetTree(dir, fixture) {
  let changed = false;
  const want = new Set(fs.existsSync(fixture) ? fs.readdirSync(fixture) : []);
  for (const name of fs.readdirSync(dir)) {
    if (!want.has(name)) {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      changed = true;
    }
  }
  for (const name of want) {
    const src = path.join(fixture, name);
    const dst = path.join(dir, name);
    const srcStat = fs.statSync(src);
    const dstStat = fs.existsSync(dst) ? fs.statSync(dst) : null;
    if (srcStat.isDirectory()) {
      if (dstStat && !dstStat.isDirectory()) {
        fs.rmSync(dst, { force: true });
        changed = true;
      }
      if (!dstStat || !dstStat.isDirectory()) {
        fs.mkdirSync(dst);
        changed = true;
      }
      if (resetTree(dst, src)) changed = true;
    } else {
      if (dstStat && dstStat.isDirectory()) fs.rmSync(dst, { recursive: true, force: true });
      const bytes = fs.readFileSync(src);
      if (!dstStat || dstStat.isDirectory() || !bytes.equals(fs.readFileSync(dst))) {
        fs.writeFileSync(dst, bytes);
        changed = true;
      }
    }
  }
  return changed;
}

// The configuration service does not notice the user settings file changing under it
// here, so user settings are put back through the API, key by key.
async function restoreUserSettings(file, snapshot) {
  let before;
  let now;
  try {
    before = JSON.parse(snapshot);
    now = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return false; // not plain JSON (comments?): leave it rather than guess
  }
  const config = vscode.workspace.getConfiguration();
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    if (JSON.stringify(before[key]) === JSON.stringify(now[key])) continue;
    await config.update(key, before[key], vscode.ConfigurationTarget.Global);
    changed = true;
  }
  return changed;
}

async function resetBetweenFiles(userSettingsSnapshot) {
  await closeAllEditors();
  const { STAR_HOST_WORKSPACE: ws, STAR_HOST_FIXTURE: fixture, STAR_HOST_USER_SETTINGS: settings } = process.env;
  let changed = false;
  if (settings && userSettingsSnapshot !== null) {
    changed = (await restoreUserSettings(settings, userSettingsSnapshot)) || changed;
  }
  // Only a throwaway copy is reset; a --workspace given by hand is never rewritten.
  // This also drops workspace settings (.vscode/settings.json) a test wrote.
  if (ws && fixture) changed = resetTree(ws, fixture) || changed;
  // Let file watchers and the configuration service catch up before the next file starts.
  if (changed) await new Promise((r) => setTimeout(r, 1000));
}

async function run() {
  const Mocha = loadMocha();
  const files = findTestFiles(__dirname);
  const settingsFile = process.env.STAR_HOST_USER_SETTINGS;
  const userSettingsSnapshot = settingsFile && fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : null;
  let passed = 0;
  let failed = 0;
  let pending = 0;
  console.log(
    `host tests: VS Code ${vscode.version}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, ` +
      `remoteName ${vscode.env.remoteName}, ${files.length} test file(s)`,
  );
  for (const [i, file] of files.entries()) {
    if (i > 0) await resetBetweenFiles(userSettingsSnapshot);
    const mocha = new Mocha({
      ui: 'bdd',
      reporter: 'spec',
      color: false,
      timeout: 30_000, // the first touch of a feature can wait on activation and file scans
      slow: 5_000,
      grep: process.env.STAR_HOST_GREP || undefined,
    });
    mocha.addFile(file);
    const stats = await new Promise((resolve, reject) => {
      try {
        const runner = mocha.run(() => resolve(runner.stats));
      } catch (e) {
        reject(e);
      }
    }).catch((e) => {
      // A file that throws while loading counts as one failure, and the others still run.
      console.error(`could not load ${path.relative(__dirname, file)}: ${e && e.stack ? e.stack : e}`);
      return { passes: 0, failures: 1, pending: 0 };
    });
    // Each run leaves its process listeners (uncaughtException, unhandledRejection) until disposed: with more than ten
    // files Node warns of a leak.
    mocha.dispose();
    passed += stats.passes;
    failed += stats.failures;
    pending += stats.pending;
  }
  // A plain closing line CI can read; mocha's own summary says "passing"/"failing".
  console.log(`host: ${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  if (files.length === 0) throw new Error('no host test files found');
  if (passed + failed === 0) throw new Error('no host test ran');
  if (failed > 0) throw new Error(`${failed} host test(s) failed`);
}

module.exports = { run };
