'use strict';
// A run's setting up: a free port, the workspace copy, the extension's manifest, VS Code's user settings.
const fs = require('fs');
const net = require('net');
const path = require('path');
const { fail } = require('./common');

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

module.exports = { freePort, copyDir, checkExtension, writeUserSettings };
