'use strict';
// The host runner's command line.
const path = require('path');
const { HOST_DIR, REPO_ROOT, SCRATCH_DIR, APT_HINT, fail } = require('./common');

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

module.exports = { parseArgs };
