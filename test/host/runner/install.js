'use strict';
// Installs the test host once (code-server and playwright-core from npm, under test/host), offline but for the npm
// registry, and checks the Debian packages it needs.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const { HOST_DIR, HOST_MODULES, CODE_SERVER_ENTRY, SCRATCH_DIR, APT_HINT, CHROMIUM, fail, log } = require('./common');

const INSTALL_STAMP = path.join(HOST_MODULES, '.star-host-install-stamp');

// code-server's @vscode/ripgrep postinstall wants this file from GitHub; we build it
// from Debian's rg instead. Names must match the pinned @vscode/ripgrep (1.15.11).
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET_VERSION = 'v13.0.0-10';

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

module.exports = { checkAptPackages, ensureInstalled };
