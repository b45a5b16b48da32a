#!/usr/bin/env node
'use strict';
// Runs STAR Stories in VS Code's web worker extension host (the one vscode.dev uses), offline:
// code-server's workbench (see test/host/run.js, whose helpers this reuses) with the extension
// added as a web extension under development, not as a server extension. The workbench reads
// its configuration from a <meta> tag of the page code-server serves; Chromium (playwright-core)
// rewrites that page on the way in to add `developmentOptions.extensions`, the same setting
// @vscode/test-web uses. The workbench then fetches the extension (package.json, dist/web/...)
// over HTTP from a small static server here, and runs its "browser" bundle in a web worker.
// code-server does not get `extensionDevelopmentPath`, so its Node host never sees the extension.
//
//   node test/web/run.js [--ui test/web/web.ui.js] [--workspace <folder>] [--verbose] [--keep-temp]
//
// The UI script gets { page, ..., servedPaths } (what the workbench fetched from the static server).

const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const host = require('../host/run.js');

const { REPO_ROOT, fail, log } = host;

function parseArgs(argv) {
  const opts = {
    ui: path.join(__dirname, 'web.ui.js'),
    workspace: null,
    extension: REPO_ROOT,
    artifacts: path.join(REPO_ROOT, 'test', 'host', '.tmp', 'artifacts'),
    timeout: 300,
    verbose: false,
    keepTemp: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ui') opts.ui = path.resolve(argv[++i]);
    else if (a === '--workspace') opts.workspace = path.resolve(argv[++i]);
    else if (a === '--extension') opts.extension = path.resolve(argv[++i]);
    else if (a === '--timeout') opts.timeout = Number(argv[++i]);
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--keep-temp') opts.keepTemp = true;
    else fail(`unknown option ${a} (see the comment at the top of test/web/run.js)`);
  }
  return opts;
}

const MIME = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.md': 'text/markdown',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves the extension folder read-only, with CORS (the worker fetches it from another origin). */
function startStaticServer(root, port) {
  const served = [];
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, path.normalize(urlPath));
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    if (req.method === 'OPTIONS') {
      // CORS preflight: the workbench sends headers of its own
      res.writeHead(204, {
        ...headers,
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] || '*',
        'Access-Control-Allow-Methods': 'GET, HEAD',
      });
      res.end();
      return;
    }
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    served.push(urlPath);
    res.writeHead(200, { ...headers, 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, served }));
  });
}

const unescapeHtml = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The workbench page with the extension added to its configuration as a web extension under development. */
function addWebExtension(html, extensionUri) {
  const re = /(id="vscode-workbench-web-configuration" data-settings=")([^"]*)(")/;
  const m = re.exec(html);
  if (!m) fail('the workbench page has no vscode-workbench-web-configuration meta tag (code-server changed?)');
  const config = JSON.parse(unescapeHtml(m[2]));
  config.developmentOptions = { ...(config.developmentOptions || {}), extensions: [extensionUri] };
  return html.replace(re, (_, a, __, c) => a + escapeHtml(JSON.stringify(config)) + c);
}

async function run(opts) {
  const manifest = host.checkExtension(opts.extension);
  if (!manifest.browser) fail('the extension has no "browser" entry in package.json');
  const browserMain = path.resolve(opts.extension, manifest.browser.endsWith('.js') ? manifest.browser : manifest.browser + '.js');
  if (!fs.existsSync(browserMain)) fail(`${browserMain} does not exist: run \`npm run build\` first`);

  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'star-web-'));
  const cleanups = [];
  let server;
  try {
    let workspace = opts.workspace;
    if (!workspace) {
      workspace = path.join(state, 'workspace');
      host.copyDir(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), workspace);
    }
    host.writeUserSettings(path.join(state, 'user-data'));
    const port = await host.freePort();
    const extPort = await host.freePort();
    const statics = await startStaticServer(opts.extension, extPort);
    cleanups.push(() => new Promise((r) => statics.server.close(r)));

    server = host.startCodeServer({ state, port, env: { ...process.env }, verbose: opts.verbose });
    cleanups.push(() => host.stopCodeServer(server));
    // A page Playwright fulfils has no IP address space, so Chromium's Local Network Access
    // checks would count it as public and block its WebSocket to 127.0.0.1
    // (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS): turn those checks off for this run.
    const browserReady = host.launchBrowser(['--disable-features=LocalNetworkAccessChecks']);
    browserReady.then(
      (b) => cleanups.push(() => b.close()),
      () => {},
    );
    await host.withTimeout(server.ready, 60_000, 'code-server did not start listening within 60 s');
    const browser = await host.withTimeout(browserReady, 60_000, 'Chromium did not start within 60 s');

    const url = host.workbenchUrl({
      port,
      workspace,
      payload: [
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ],
    });
    const extensionUri = { scheme: 'http', authority: `127.0.0.1:${port}`, path: `/proxy/${extPort}/` };
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(
      (u) => u.origin === `http://127.0.0.1:${port}` && u.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        route.fulfill({ response, body: addWebExtension(await response.text(), extensionUri) });
      },
    );
    if (opts.verbose) page.on('console', (m) => process.stderr.write(`[page] ${m.text()}\n`));
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });

    const script = require(opts.ui);
    fs.mkdirSync(opts.artifacts, { recursive: true });
    const ctx = {
      page,
      url,
      port,
      workspace,
      repoRoot: REPO_ROOT,
      artifactsDir: opts.artifacts,
      servedPaths: statics.served,
      browserMain: '/' + path.relative(opts.extension, browserMain),
      log: (msg) => console.log(msg),
      openFile: (rel) => host.quickOpen(page, rel),
      runCommand: (title) => host.runCommand(page, title),
      waitForExtensions: (timeout = 30_000) => host.waitForQuietStatus(page, /Activating Extensions/, timeout),
    };
    try {
      await host.withTimeout(script(ctx), opts.timeout * 1000, `the UI script did not finish within ${opts.timeout} s`);
      console.log(`web: 1 passed, 0 failed (${path.basename(opts.ui)})`);
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
      console.log(`web: 0 passed, 1 failed (${path.basename(opts.ui)})`);
      return 1;
    }
  } catch (e) {
    if (server) process.stderr.write(`--- last lines of code-server's log ---\n${host.tailOf(server.logFile)}\n---\n`);
    throw e;
  } finally {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        log(`cleanup: ${e.message}`);
      }
    }
    if (opts.keepTemp) log(`kept temp state in ${state}`);
    else fs.rmSync(state, { recursive: true, force: true });
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  host.checkAptPackages({ forInstall: false, forBrowser: true });
  const release = await host.acquireLock(900_000);
  try {
    host.ensureInstalled();
    return await run(opts);
  } finally {
    release();
  }
}

host.exitWith(main());
