#!/usr/bin/env node
'use strict';
// npm run test:desktop: the extension's host suite (test/host/suite) in desktop VS Code, through
// @vscode/test-electron, which downloads a VS Code build to run it in. Where nothing can be downloaded (this
// project's CI reaches only the npm registry and Debian's packages), `npm run test:desktop -- --code-server`
// hands test-electron code-server's extension host as the executable (code-server-host.js), so the same entry
// point is exercised on every machine.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '..', '..');
const fixture = path.join(root, 'test', 'fixtures', 'workspace');

async function main() {
  const codeServer = process.argv.includes('--code-server');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'star-desktop-'));
  fs.cpSync(fixture, workspace, { recursive: true });
  try {
    const code = await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'test', 'host', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      // What test/host/run.js gives the suite: where the repository is, and the fixture to reset the folder from.
      extensionTestsEnv: { STAR_HOST_REPO_ROOT: root, STAR_HOST_WORKSPACE: workspace, STAR_HOST_FIXTURE: fixture },
      ...(codeServer ? { vscodeExecutablePath: path.join(__dirname, 'code-server-host.js') } : {}),
    });
    process.exitCode = code;
  } catch (e) {
    console.error(`test:desktop: ${e && e.message ? e.message : e}`);
    if (!codeServer)
      console.error(
        "test:desktop: desktop VS Code could not be downloaded here; `npm run test:desktop -- --code-server` runs the suite in code-server's host.",
      );
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main();
