'use strict';
// What every part of the host runner shares: where things are, how it reports, how it fails.
const fs = require('fs');
const path = require('path');

const HOST_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(HOST_DIR, '..', '..');
const HOST_MODULES = path.join(HOST_DIR, 'node_modules');
const CODE_SERVER_ENTRY = path.join(HOST_MODULES, 'code-server', 'out', 'node', 'entry.js');
// Gitignored scratch space: npm's TMPDIR with the ripgrep cache, and UI artifacts.
const SCRATCH_DIR = path.join(HOST_DIR, '.tmp');
const APT_HINT = 'apt-get update && apt-get install -y chromium libkrb5-dev ripgrep';
const CHROMIUM = process.env.STAR_HOST_CHROMIUM || '/usr/bin/chromium';

class HostError extends Error {}
function fail(message) {
  throw new HostError(message);
}

function log(msg) {
  process.stderr.write(`[host] ${msg}\n`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

function tailOf(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

module.exports = {
  HOST_DIR,
  REPO_ROOT,
  HOST_MODULES,
  CODE_SERVER_ENTRY,
  SCRATCH_DIR,
  APT_HINT,
  CHROMIUM,
  HostError,
  fail,
  log,
  sleep,
  withTimeout,
  exitWith,
  tailOf,
};
