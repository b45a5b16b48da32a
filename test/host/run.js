#!/usr/bin/env node
'use strict';
// Runs STAR Stories inside a real VS Code workbench, offline: code-server (VS Code
// for the browser, with a real Node extension host) plus Debian's headless Chromium
// driven by playwright-core: desktop VS Code cannot be downloaded where these tests run (no internet but the
// npm registry and Debian's packages), and code-server from npm gives the same extension host. See README.md here.
//
//   node test/host/run.js                      extension tests (test/host/suite)
//   node test/host/run.js --ui script.js       UI script gets the playwright page
//   node test/host/run.js --serve              live workbench on examples/ until Ctrl-C
//   node test/host/run.js --help               all options
//
// Plain CommonJS with no build step, so it works straight after a fresh clone.

const fs = require('fs');
const os = require('os');
const path = require('path');
const common = require('./runner/common');
const { HOST_DIR, REPO_ROOT, HostError, fail, log, withTimeout, exitWith, tailOf } = common;
const { parseArgs } = require('./runner/options');
const { checkAptPackages, ensureInstalled } = require('./runner/install');
const { freePort, copyDir, checkExtension, writeUserSettings } = require('./runner/setup');
const { acquireLock } = require('./runner/lock');
const { startCodeServer, stopCodeServer } = require('./runner/codeServer');
const { launchBrowser, formatLog, forwardLog, workbenchUrl, remoteUri } = require('./runner/browser');
const { quickOpen, waitForQuietStatus, runCommand } = require('./runner/uiActions');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const mode = opts.installOnly ? 'install' : opts.serve ? 'serve' : opts.ui ? 'ui' : 'tests';

  checkAptPackages({ forInstall: false, forBrowser: mode === 'tests' || mode === 'ui' });
  // --serve idles for hours, so it does not hold the lock (nor wait for it).
  const releaseLock = mode === 'serve' ? () => {} : await acquireLock(opts.lockWait * 1000);
  try {
    ensureInstalled();
    if (mode === 'install') return 0;
    return await runHost(opts, mode);
  } finally {
    releaseLock();
  }
}

async function runHost(opts, mode) {
  checkExtension(opts.extension);
  if (mode === 'tests' && !fs.existsSync(opts.tests)) fail(`no test entry at ${opts.tests}`);
  if (mode === 'ui' && !fs.existsSync(opts.ui)) fail(`no UI script at ${opts.ui}`);

  let state;
  if (opts.state) {
    fs.mkdirSync(opts.state, { recursive: true });
    state = opts.state;
  } else {
    state = fs.mkdtempSync(path.join(os.tmpdir(), 'star-host-'));
  }
  const cleanups = [];
  let finished = false;
  let cleaning = null;
  // One shared promise: a signal and the normal end of the run may both ask for cleanup,
  // and neither may exit before it is done.
  const cleanup = () => {
    if (cleaning) return cleaning;
    finished = true;
    cleaning = (async () => {
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (e) {
          log(`cleanup: ${e.message}`);
        }
      }
      if (opts.keepTemp) log(`kept temp state in ${state}`);
      else if (!opts.state) fs.rmSync(state, { recursive: true, force: true });
    })();
    return cleaning;
  };
  // Ctrl-C / CI cancellation must not leave code-server or Chromium behind.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      log(`${sig}: stopping`);
      cleanup().finally(() => process.exit(mode === 'serve' && sig === 'SIGINT' ? 0 : 130));
    });
  }

  let server;
  try {
    // Workspace: tests get a throwaway copy of the fixture so they may create and delete files.
    let workspace = opts.workspace;
    let fixture = null;
    if (!workspace && mode === 'serve') workspace = path.join(REPO_ROOT, 'examples');
    if (!workspace) {
      fixture = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
      if (!fs.existsSync(fixture)) fail(`no fixture workspace at ${fixture}`);
      workspace = path.join(state, 'workspace');
      copyDir(fixture, workspace);
    }
    if (!fs.existsSync(workspace) || !fs.statSync(workspace).isDirectory()) {
      fail(`workspace folder ${workspace} does not exist`);
    }

    const userSettings = writeUserSettings(path.join(state, 'user-data'));
    const port = opts.port || (await freePort());
    // Code-server's extension host inherits this environment, so the in-host
    // runner (suite/index.js) reads its settings from it.
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (k.startsWith('STAR_HOST_')) delete env[k];
    Object.assign(env, {
      STAR_HOST_WORKSPACE: workspace,
      STAR_HOST_USER_SETTINGS: userSettings,
      STAR_HOST_REPO_ROOT: REPO_ROOT,
    });
    if (fixture) env.STAR_HOST_FIXTURE = fixture;
    if (opts.grep) env.STAR_HOST_GREP = opts.grep;

    const startedAt = Date.now();
    server = startCodeServer({ state, port, env, verbose: opts.verbose });
    cleanups.push(() => stopCodeServer(server));
    // Chromium starts while code-server does: both take a second or two.
    let browser = null;
    const browserReady =
      mode === 'serve'
        ? null
        : launchBrowser().then((b) => {
            if (finished) {
              b.close().catch(() => {});
              return b;
            } // the run already failed and cleaned up
            browser = b;
            cleanups.push(() => b.close());
            return b;
          });
    if (browserReady) browserReady.catch(() => {}); // awaited below; avoid an unhandled rejection meanwhile
    await withTimeout(server.ready, 60_000, 'code-server did not start listening within 60 s');

    const payload = [
      ['extensionDevelopmentPath', remoteUri(port, opts.extension)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    if (mode === 'tests') payload.splice(1, 0, ['extensionTestsPath', remoteUri(port, opts.tests)]);
    const url = workbenchUrl({ port, workspace, payload });

    if (mode === 'serve') {
      console.log(`\nSTAR Stories is loaded in VS Code at:\n\n  ${url}\n\n` + `Workspace: ${workspace}\nPress Ctrl-C to stop.`);
      await new Promise((resolve) => server.child.on('exit', resolve));
      log('code-server stopped');
      return server.exitCode || 0;
    }

    browser = await withTimeout(browserReady, 60_000, 'Chromium did not start within 60 s');
    const run = mode === 'tests' ? runExtensionTests({ browser, url, opts }) : runUiScript({ browser, url, opts, workspace, port, state });
    const code = await withTimeout(run, opts.timeout * 1000, `the host run did not finish within ${opts.timeout} s (--timeout)`);
    log(`host run finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s with exit code ${code}`);
    return code;
  } catch (e) {
    // code-server's own log usually says why a run failed to start or hung.
    if (server) {
      process.stderr.write(`--- last lines of code-server's log ---\n${tailOf(server.logFile)}\n---\n`);
    }
    throw e;
  } finally {
    await cleanup();
  }
}

async function runExtensionTests({ browser, url, opts }) {
  const page = await browser.newPage();
  let resolveExit;
  const exited = new Promise((r) => {
    resolveExit = r;
  });
  // The suite's closing line ("host: N passed, M failed"): an extension host that dies or hangs makes the workbench
  // end the run with code 0 and no such line, and half the tests would pass by not running.
  // Only the suite (test/host/suite) prints it; the bench and the restart starts have entry points of their own.
  const expectSummary = opts.tests === path.join(HOST_DIR, 'suite', 'index.js');
  let summarized = false;
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    if (/^host: \d+ passed, \d+ failed/m.test(formatLog(message))) summarized = true;
    forwardLog(type, message, opts.verbose);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    const exit = Number(code) || 0;
    if (exit === 0 && expectSummary && !summarized) {
      console.error('host: the run ended before the suite said how it went (did the extension host die or hang?)');
      resolveExit(1);
    } else resolveExit(exit);
  });
  const crashed = new Promise((_, reject) => {
    page.on('crash', () => reject(new HostError('the workbench page crashed')));
    browser.on('disconnected', () => reject(new HostError('Chromium went away')));
  });
  if (opts.verbose) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  // STAR_WORKBENCH_PROFILE=file.cpuprofile: a CPU profile of the workbench page (its renderer) for the whole run, to
  // see what our messages cost the workbench (the bench's figures count its work on the same cores).
  const profileFile = process.env.STAR_WORKBENCH_PROFILE;
  let cdp;
  if (profileFile) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.goto(url);
  try {
    return await Promise.race([exited, crashed]);
  } finally {
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const file = profileFile.replace(/(\.cpuprofile)?$/, `.${process.env.STAR_BENCH_PHASE || 'run'}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
    }
  }
}

async function runUiScript({ browser, url, opts, workspace, port, state }) {
  const script = require(opts.ui);
  const fn = typeof script === 'function' ? script : script && script.default;
  if (typeof fn !== 'function') fail(`${opts.ui} must export an async function ({ page, url, ... })`);
  fs.mkdirSync(opts.artifacts, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (opts.verbose) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const ctx = {
    page,
    url,
    port,
    workspace,
    state,
    extensionPath: opts.extension,
    repoRoot: REPO_ROOT,
    artifactsDir: opts.artifacts,
    log: (msg) => console.log(msg),
    // Small conveniences that keep UI scripts short; each goes through real keyboard input.
    openFile: (relPath) => quickOpen(page, relPath),
    runCommand: (title) => runCommand(page, title),
    // The status bar shows "Activating Extensions..." for a moment after a file opens.
    waitForExtensions: (timeout = 30_000) => waitForQuietStatus(page, /Activating Extensions/, timeout),
  };
  try {
    await fn(ctx);
    console.log(`ui: 1 passed, 0 failed (${path.basename(opts.ui)})`);
    return 0;
  } catch (e) {
    const shot = path.join(opts.artifacts, `${path.basename(opts.ui, '.js')}-failure.png`);
    try {
      await page.screenshot({ path: shot });
      log(`failure screenshot: ${shot}`);
    } catch {
      /* page gone */
    }
    console.error(e && e.stack ? e.stack : String(e));
    console.log(`ui: 0 passed, 1 failed (${path.basename(opts.ui)})`);
    return 1;
  }
}

// Other runners (test/web/run.js) reuse the pieces that start code-server and Chromium.
module.exports = {
  REPO_ROOT,
  HostError,
  fail,
  log,
  exitWith,
  checkAptPackages,
  acquireLock,
  ensureInstalled,
  checkExtension,
  freePort,
  copyDir,
  writeUserSettings,
  startCodeServer,
  stopCodeServer,
  tailOf,
  launchBrowser,
  forwardLog,
  workbenchUrl,
  withTimeout,
  quickOpen,
  runCommand,
  waitForQuietStatus,
};

if (require.main === module) exitWith(main());
