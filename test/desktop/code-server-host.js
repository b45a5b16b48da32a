#!/usr/bin/env node
'use strict';
// Stands in for the VS Code executable that @vscode/test-electron launches: it reads the arguments test-electron
// passes (--extensionTestsPath, --extensionDevelopmentPath, the folder) and runs that test entry in code-server's
// real extension host through test/host/run.js, which opens a fresh copy of the test fixture itself.
const path = require('path');
const { spawnSync } = require('child_process');

const arg = (name) => {
  const prefix = `--${name}=`;
  const found = process.argv.find((a) => a.startsWith(prefix));
  return found && found.slice(prefix.length);
};
const tests = arg('extensionTestsPath');
const development = arg('extensionDevelopmentPath');
if (!tests || !development) {
  console.error('code-server-host: expected --extensionTestsPath and --extensionDevelopmentPath, as @vscode/test-electron passes them');
  process.exit(2);
}
const run = spawnSync(process.execPath, [path.join(development, 'test', 'host', 'run.js'), '--tests', tests], { stdio: 'inherit' });
process.exit(run.status ?? 1);
