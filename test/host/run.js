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
const net = require('net');
const crypto = require('crypto');
const util = require('util');
const { spawn, spawnSync } = require('child_process');

const HOST_DIR = __dirname;
const REPO_ROOT = path.resolve(HOST_DIR, '..', '..');
const HOST_MODULES = path.join(HOST_DIR, 'node_modules');
const CODE_SERVER_ENTRY = path.join(HOST_MODULES, 'code-server', 'out', 'node', 'entry.js');
const INSTALL_STAMP = path.join(HOST_MODULES, '.star-host-install-stamp');
// Gitignored scratch space: npm's TMPDIR with the ripgrep cache, and UI artifacts.
const SCRATCH_DIR = path.join(HOST_DIR, '.tmp');

const APT_HINT = 'apt-get update && apt-get install -y chromium libkrb5-dev ripgrep';
const CHROMIUM = process.env.STAR_HOST_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// code-server's @vscode/ripgrep postinstall wants this file from GitHub; we build it
// from Debian's rg instead. Names must match the pinned @vscode/ripgrep (1.15.11).
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';

const USAGE = `Usage: node test/host/run.js [options]

Modes (default: run the extension tests in the extension host):
  --tests <index.js>     in-host test entry exporting run()   [test/host/suite/index.js]
  --ui <script.js>       no extension tests; the script's exported async function
                         gets { page, url, workspace, artifactsDir, ... } to drive the UI
  --serve                start code-server with the extension loaded and print the URL;
                         runs until Ctrl-C                     [workspace: examples/]
  --install-only         only install test/host's packages (if needed) and exit

Options:
  --workspace <folder>   folder opened in VS Code. Tests/UI default: a fresh temp copy of
                         test/fixtures/workspace (reset between test files). A folder given
                         here is opened in place, not copied.
  --extension <dir>      extension under test                  [repo root]
  --grep <pattern>       only run in-host tests whose full title matches
  --port <n>             port for code-server                  [a free one]
  --timeout <seconds>    limit for the tests or UI script once code-server is up;
                         a run past it is stopped and fails (not for --serve)   [300]
  --artifacts <dir>      where --ui screenshots go             [test/host/.tmp/artifacts]
  --lock-wait <seconds>  how long to wait while another host run on this machine
                         finishes (runs take turns; --serve does not)   [900]
  --verbose              also print code-server's output and all workbench log lines
  --keep-temp            keep the temp state folder (printed) for debugging
  --state <dir>          keep VS Code's state (user data, extensions, workspace storage)
                         in this folder, kept after the run: a second run with the same
                         folder and workspace is VS Code started again       [a temp folder]
  -h, --help             this text

Environment: STAR_HOST_CHROMIUM (browser path, default /usr/bin/chromium).
Needs Debian packages: ${APT_HINT}`;

function parseArgs(argv) {
  const opts = {
    tests: path.join(HOST_DIR, 'suite', 'index.js'),
    ui: null,
    serve: false,
    installOnly: false,
    workspace: null,
    extension: REPO_ROOT,
    grep: null,
    port: 0,
    timeout: 300,
    artifacts: path.join(SCRATCH_DIR, 'artifacts'),
    verbose: false,
    keepTemp: false,
    lockWait: 900,
    state: null,
  };
  const withValue = {
    '--tests': (v) => {
      opts.tests = path.resolve(v);
    },
    '--ui': (v) => {
      opts.ui = path.resolve(v);
    },
    '--workspace': (v) => {
      opts.workspace = path.resolve(v);
    },
    '--extension': (v) => {
      opts.extension = path.resolve(v);
    },
    '--grep': (v) => {
      opts.grep = v;
    },
    '--port': (v) => {
      opts.port = toNumber('--port', v);
    },
    '--timeout': (v) => {
      opts.timeout = toNumber('--timeout', v);
    },
    '--artifacts': (v) => {
      opts.artifacts = path.resolve(v);
    },
    '--lock-wait': (v) => {
      opts.lockWait = toNumber('--lock-wait', v);
    },
    '--state': (v) => {
      opts.state = path.resolve(v);
    },
  };
  const flags = {
    '--serve': () => {
      opts.serve = true;
    },
    '--install-only': () => {
      opts.installOnly = true;
    },
    '--verbose': () => {
      opts.verbose = true;
    },
    '--keep-temp': () => {
      opts.keepTemp = true;
    },
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    }
    if (withValue[arg]) {
      const value = inline !== undefined ? inline : argv[++i];
      if (value === undefined) fail(`${arg} needs a value`);
      withValue[arg](value);
    } else if (flags[arg] && inline === undefined) {
      flags[arg]();
    } else {
      fail(`unknown option ${argv[i]}\n\n${USAGE}`);
    }
  }
  if (opts.serve && opts.ui) fail('--serve and --ui do not go together');
  return opts;
}

function toNumber(name, v) {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) fail(`${name} needs a number, got ${v}`);
  return n;
}

class HostError extends Error {}
function fail(message) {
  throw new HostError(message);
}

// ---------------------------------------------------------------- install

function checkAptPackages({ forInstall, forBrowser }) {
  const missing = [];
  if (forBrowser && !fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (forInstall && !fs.existsSync('/usr/bin/rg')) missing.push('ripgrep (/usr/bin/rg)');
  if (forInstall && !fs.existsSync('/usr/include/gssapi/gssapi.h')) {
    missing.push('libkrb5-dev (/usr/include/gssapi/gssapi.h)');
  }
  if (missing.length) {
    fail(`the VS Code test host needs Debian packages that are missing: ${missing.join(', ')}.\n` + `Install them with:\n  ${APT_HINT}`);
  }
}

function installFingerprint() {
  const hash = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(HOST_DIR, f);
    if (fs.existsSync(p)) hash.update(fs.readFileSync(p));
  }
  hash.update(process.version);
  return hash.digest('hex');
}

function isInstalled() {
  return (
    fs.existsSync(CODE_SERVER_ENTRY) &&
    fs.existsSync(path.join(HOST_MODULES, 'playwright-core', 'package.json')) &&
    fs.existsSync(INSTALL_STAMP) &&
    fs.readFileSync(INSTALL_STAMP, 'utf8').trim() === installFingerprint()
  );
}

function ripgrepTarget() {
  const arch = { x64: 'x86_64', arm64: 'aarch64' }[process.arch];
  if (!arch || process.platform !== 'linux') {
    fail(`the offline ripgrep cache is only prepared for linux x64/arm64, not ${process.platform}/${process.arch}`);
  }
  return `${arch}-unknown-linux-musl`;
}

// Puts Debian's rg where @vscode/ripgrep's postinstall looks before downloading.
function prepareRipgrepCache(tmpDir) {
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_ASSET_VERSION}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const r = spawnSync('tar', ['-czf', tarball, '-C', '/usr/bin', 'rg'], { stdio: 'inherit' });
  if (r.status !== 0) fail(`could not pack /usr/bin/rg into ${tarball}`);
}

// Under `npm test` the parent npm exports its whole config (local_prefix = the repo root,
// loglevel, allow_scripts, ...) as npm_* variables, which would steer the nested install.
// Keep only the settings that say where and how to reach the registry.
const NPM_ENV_KEPT = new Set([
  'npm_config_cache',
  'npm_config_registry',
  'npm_config_cafile',
  'npm_config_userconfig',
  'npm_config_globalconfig',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
]);
function cleanNpmEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^npm_/i.test(k) && !NPM_ENV_KEPT.has(k.toLowerCase())) continue;
    out[k] = v;
  }
  return out;
}

function ensureInstalled() {
  if (isInstalled()) return;
  checkAptPackages({ forInstall: true, forBrowser: false });
  fs.mkdirSync(SCRATCH_DIR, { recursive: true });
  prepareRipgrepCache(SCRATCH_DIR);
  const env = {
    ...cleanNpmEnv(process.env),
    TMPDIR: SCRATCH_DIR,
    npm_config_nodedir: '/usr', // build native modules against the machine's Node headers
    npm_config_yes: 'true', // a machine npmrc with yes=false cancels node-pty's npx step
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  // code-server's postinstall refuses to run as root without it.
  if (process.getuid && process.getuid() === 0) env.npm_config_unsafe_perm = 'true';
  const hasLock = fs.existsSync(path.join(HOST_DIR, 'package-lock.json'));
  const args = hasLock ? ['ci'] : ['install'];
  log(`installing the VS Code test host in test/host (npm ${args[0]}, about a minute, once)...`);
  const started = Date.now();
  const r = spawnSync('npm', args, {
    cwd: HOST_DIR,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 15 * 60 * 1000,
  });
  if (r.error) fail(`npm ${args[0]} in test/host failed to run: ${r.error.message}`);
  if (r.status !== 0) fail(`npm ${args[0]} in test/host exited with ${r.status}`);
  if (!fs.existsSync(CODE_SERVER_ENTRY)) fail(`npm ${args[0]} finished but ${CODE_SERVER_ENTRY} is missing`);
  fs.writeFileSync(INSTALL_STAMP, installFingerprint() + '\n');
  log(`test host installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- helpers

function log(msg) {
  process.stderr.write(`[host] ${msg}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true, dereference: true });
}

function checkExtension(dir) {
  const manifestPath = path.join(dir, 'package.json');
  if (!fs.existsSync(manifestPath)) fail(`no extension at ${dir} (package.json missing)`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (manifest.main && !fs.existsSync(path.resolve(dir, manifest.main))) {
    fail(`the extension's main ${manifest.main} does not exist in ${dir}: run \`npm run build\` first`);
  }
  return manifest;
}

// Fresh user settings so runs are quiet and repeatable: no telemetry, trust
// prompts, welcome pages, update checks or git scanning of the temp workspace.
const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function writeUserSettings(userDataDir) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(USER_SETTINGS, null, 2) + '\n');
  return file;
}

// Two cores cannot carry two workbenches well: concurrent runs slow each other past
// their timeouts, and two first-time installs in one folder would collide. So runs on
// one machine take turns through a lock folder holding the owner's pid.
const LOCK_DIR = path.join(os.tmpdir(), 'star-stories-host.lock');

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function acquireLock(maxWaitMs) {
  const end = Date.now() + maxWaitMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      let held = true;
      const release = () => {
        if (held) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        held = false;
      };
      process.on('exit', release); // signal handlers end with process.exit()
      return release;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    } catch {
      /* being written */
    }
    const lockAge = (() => {
      try {
        return Date.now() - fs.statSync(LOCK_DIR).mtimeMs;
      } catch {
        return 0;
      }
    })();
    // A dead owner, or a pid file that never appeared, means a crashed run: take over.
    if ((Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) || (!Number.isInteger(owner) && lockAge > 10_000)) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > end) fail(`another host run (pid ${owner}) still holds ${LOCK_DIR} after ${maxWaitMs / 1000} s`);
    if (!told) {
      log(`waiting for another host run (pid ${owner}) to finish...`);
      told = true;
    }
    await sleep(1000);
  }
}

// ---------------------------------------------------------------- code-server

function startCodeServer({ state, port, env, verbose }) {
  const configFile = path.join(state, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--config',
    configFile,
    '--user-data-dir',
    path.join(state, 'user-data'),
    '--extensions-dir',
    path.join(state, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const logFile = path.join(state, 'code-server.log');
  const logStream = fs.createWriteStream(logFile);
  // Own process group, so cleanup can kill the extension host and other children too.
  const child = spawn(process.execPath, args, {
    cwd: state,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      XDG_CONFIG_HOME: path.join(state, 'xdg-config'),
      XDG_DATA_HOME: path.join(state, 'xdg-data'),
      XDG_CACHE_HOME: path.join(state, 'xdg-cache'),
    },
  });
  const server = { child, logFile, exited: false, exitCode: null };
  const ready = new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk) => {
      logStream.write(chunk);
      if (verbose) process.stderr.write(chunk);
      if (seen !== null) {
        seen = (seen + chunk.toString()).slice(-4096);
        if (seen.includes('HTTP server listening')) {
          seen = null;
          resolve();
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      server.exited = true;
      server.exitCode = code;
      logStream.end();
      reject(new HostError(`code-server exited early (${signal || code}); see its log below`));
    });
  });
  server.ready = ready;
  return server;
}

async function stopCodeServer(server) {
  if (!server || server.exited) return;
  const pgid = server.child.pid;
  const killGroup = (sig) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      /* already gone */
    }
  };
  killGroup('SIGTERM');
  const deadline = Date.now() + 5000;
  while (!server.exited && Date.now() < deadline) await sleep(100);
  killGroup('SIGKILL'); // stragglers in the group (extension host, watchers)
}

function tailOf(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- browser

async function launchBrowser(extraArgs = []) {
  let chromium;
  try {
    ({ chromium } = require(path.join(HOST_MODULES, 'playwright-core')));
  } catch (e) {
    fail(`playwright-core is not installed in test/host: ${e.message}`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// The workbench sends its own start-up chatter down the same channel as the extension
// host's console (the test output); drop only these known, harmless lines.
const WORKBENCH_CHATTER = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket \(/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /ENOTFOUND open-vsx\.org/, // the extension gallery is unreachable offline, by design
  /^No search provider registered for scheme: vscode-remote, waiting/, // as the host shuts down
];

// VS Code hands over console arguments as an array: a format string and its values.
function formatLog(message) {
  let args = message;
  if (typeof args === 'string') {
    try {
      args = JSON.parse(args);
    } catch {
      return args;
    }
  }
  return Array.isArray(args) ? util.format(...args) : String(args);
}

function forwardLog(type, message, verbose) {
  const text = formatLog(message);
  if (verbose) {
    process.stdout.write(`[${type}] ${text}\n`);
    return;
  }
  if (WORKBENCH_CHATTER.some((re) => re.test(text))) return;
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

function workbenchUrl({ port, workspace, payload }) {
  const params = [`folder=${encodeURIComponent(workspace)}`];
  if (payload) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://127.0.0.1:${port}/?${params.join('&')}`;
}

function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath}`;
}

// ---------------------------------------------------------------- main

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

async function quickOpen(page, relPath) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relPath);
  // Wait for a result for this file before accepting, or Enter may pick nothing.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  const name = path.basename(relPath);
  await page.locator(`.tab[data-resource-name="${name}"]`).first().waitFor();
}

// Activation shows up a little after the action that triggers it, so "not showing now"
// is not enough: wait until the text has stayed away for a short settle window.
async function waitForQuietStatus(page, pattern, timeout, settleMs = 1500) {
  const end = Date.now() + timeout;
  let quietSince = Date.now();
  while (Date.now() - quietSince < settleMs) {
    if (Date.now() > end) throw new Error(`status bar still shows ${pattern} after ${timeout} ms`);
    const texts = await page.$$eval('.statusbar-item', (els) => els.map((e) => e.textContent || ''));
    if (texts.some((t) => pattern.test(t))) quietSince = Date.now();
    await page.waitForTimeout(100);
  }
}

async function runCommand(page, title) {
  // A quick input that is still closing (the last command's) can look open: Enter then went to nothing, or to
  // the editor. Enter only once the palette's first row is the command asked for; else open the palette again.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await page.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: title }).waitFor({ timeout: 5000 });
    } catch (e) {
      if (attempt === 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(300);
      continue;
    }
    await page.keyboard.press('Enter');
    return;
  }
}

function withTimeout(promise, ms, message) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HostError(message)), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

function exitWith(promise) {
  promise.then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof HostError) log(`error: ${e.message}`);
      else log(`error: ${e && e.stack ? e.stack : e}`);
      process.exit(1);
    },
  );
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
