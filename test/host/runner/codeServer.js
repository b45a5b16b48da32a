'use strict';
// code-server: VS Code for the browser, with a real Node extension host, started in its own process group.
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { CODE_SERVER_ENTRY, HostError, sleep } = require('./common');

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

module.exports = { startCodeServer, stopCodeServer };
