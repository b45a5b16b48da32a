'use strict';
// Debian's headless Chromium driven by playwright-core, and what the workbench page says.
const path = require('path');
const util = require('util');
const { HOST_MODULES, CHROMIUM, fail } = require('./common');

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

module.exports = { launchBrowser, formatLog, forwardLog, workbenchUrl, remoteUri };
