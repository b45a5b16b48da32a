#!/usr/bin/env node
// npm run bench:host [-- --json] [-- --stories N]: the extension at scale, measured inside a real VS Code, twice:
// on a first start (nothing saved) and when VS Code starts again on the same folder (the saved index, see
// src/extension/index/indexCache.ts).
// Generates a workspace of N realistic stories plus N notes that are not stories (default 10,000 each), opens it
// in the test host with the scan held back (diagnostics.scope: openFiles), then test/host/bench/index.js turns
// the scan on and measures. Prints the figures and one JSON object.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { makeStory, makeNote } = require('./storyCorpus.js');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const nArg = args.indexOf('--stories');
const N = nArg >= 0 ? Number(args[nArg + 1]) : 10000;

/** Issue 11's targets. First start: also relative to the floor (see measureFloor). maxBlockMs: 50 is the goal, 60 must hold. */
const COMMON = { maxBlockMs: 60, heapGrowthMB: 100, editToDiagnosticsMs: 20, activationMs: 50 };
const FIRST_START = { ...COMMON, treeFilledMs: 1000, allDiagnosticsMs: 2500 };
const NEXT_START = { ...COMMON, treeFilledMs: 300, allDiagnosticsMs: 1000 };
const FLOOR_FACTOR = { treeFilledMs: ['floorTreeMs', 2.5], allDiagnosticsMs: ['floorDiagnosticsMs', 2] };

/** A start turns the scan on in the workspace settings; every start begins with it held back again. */
function makeWorkspaceSettings(dir) {
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'starStories.diagnostics.scope': 'openFiles' }, null, 2));
}

function makeWorkspace() {
  const dir = path.join(os.tmpdir(), `star-bench-${N}`);
  const stamp = path.join(dir, '.bench-stamp');
  const version = `v2 ${N}`;
  const holdBackScan = () => makeWorkspaceSettings(dir);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === version) {
    holdBackScan();
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  // Spread over folders as people keep them: stories by year, notes by topic.
  for (let i = 0; i < N; i++) {
    const storyDir = path.join(dir, 'stories', `batch-${Math.floor(i / 500)}`);
    const noteDir = path.join(dir, 'notes', `topic-${Math.floor(i / 500)}`);
    fs.mkdirSync(storyDir, { recursive: true });
    fs.mkdirSync(noteDir, { recursive: true });
    fs.writeFileSync(path.join(storyDir, `story-${i}.md`), makeStory(i + 1));
    fs.writeFileSync(path.join(noteDir, `note-${i}.md`), makeNote(i + 1));
  }
  holdBackScan();
  fs.writeFileSync(stamp, version);
  return dir;
}

/** One start of VS Code on the workspace; `state` is VS Code's own folder, kept between the two starts. */
function startHost(workspace, phase, state, port) {
  makeWorkspaceSettings(workspace);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'test', 'host', 'run.js'),
        '--workspace',
        workspace,
        '--state',
        state,
        '--port',
        String(port),
        '--tests',
        path.join(root, 'test', 'host', 'bench', 'index.js'),
        '--timeout',
        '900',
      ],
      { cwd: root, env: { ...process.env, STAR_BENCH_STORIES: String(N), STAR_BENCH_PHASE: phase }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!asJson && process.env.STAR_BENCH_VERBOSE) process.stdout.write(d);
    });
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.includes('STAR_BENCH_RESULT '));
      if (!line) {
        console.error(out.slice(-4000));
        console.error(`bench:host: no result from the ${phase} start (host exited with ${code})`);
        process.exit(1);
      }
      resolve(JSON.parse(line.slice(line.indexOf('STAR_BENCH_RESULT ') + 'STAR_BENCH_RESULT '.length)));
    });
  });
}

/**
 * The floor: the fastest plain Node does the same work, outside VS Code, in one process, on the same files.
 * floorTreeMs: synchronous reads of every file in one loop plus the front matter of each (what the Principles view
 * needs); floorDiagnosticsMs: the same reads plus the full engine on every file. Listing the files is not counted.
 */
function measureFloor(workspace) {
  const core = require(path.join(root, 'out', 'core'));
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.md$/i.test(e.name)) files.push(full);
    }
  };
  walk(workspace);
  const time = (work) => {
    const start = process.hrtime.bigint();
    for (const f of files) work(fs.readFileSync(f, 'utf8'));
    return Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
  };
  time(() => undefined); // the first pass warms the page cache and the JIT for both
  const floorTreeMs = time((text) => core.readStoryHeader(text));
  const floorDiagnosticsMs = time((text) => core.lintStory(text));
  return { floorFiles: files.length, floorTreeMs, floorDiagnosticsMs };
}

function freePort() {
  return new Promise((resolve) => {
    const server = require('net')
      .createServer()
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
  });
}

/** Prints one start's figures against its targets; `floor` (first start only) adds the targets relative to the floor. */
function table(title, result, targets, floor) {
  const row = (label, key, unit) => {
    const v = result[key];
    let limit = targets[key];
    let text = `${key === 'heapGrowthMB' ? '<' : '≤'} ${limit} ${unit}`;
    if (floor && FLOOR_FACTOR[key]) {
      const [floorKey, factor] = FLOOR_FACTOR[key];
      limit = Math.min(limit, factor * floor[floorKey]);
      text += ` and ≤ ${factor}× floor = ${Math.round(factor * floor[floorKey])} ${unit}`;
    }
    const ok = key === 'heapGrowthMB' ? v < limit : v <= limit;
    console.log(`  ${label.padEnd(44)} ${String(v).padStart(9)} ${unit}  (target ${text}: ${ok ? 'ok' : 'MISSED'})`);
  };
  console.log(title);
  row('activation (loading the bundle + activate)', 'activationMs', 'ms');
  console.log(
    `  (times from the scan's start, as at a start of VS Code; the bench starts it by writing a setting, which took ${result.settingRoundTripMs} ms more to reach the extension)`,
  );
  row('Principles tree filled', 'treeFilledMs', 'ms');
  row('all diagnostics published', 'allDiagnosticsMs', 'ms');
  row('longest event-loop block during the scan', 'maxBlockMs', 'ms');
  console.log(
    `    (blocks over 30 ms during the scan: ${result.blocksOver30Ms}; our own longest synchronous stretch: ${result.ownLongestMs} ms, the rest of the longest block is VS Code's work in the same thread)`,
  );
  row('heap growth after indexing', 'heapGrowthMB', 'MB');
  row('edit to diagnostics, after the debounce', 'editToDiagnosticsMs', 'ms');
  console.log(
    `  (activation: ${result.loadMs} ms loading the bundle + ${result.activateBodyMs} ms in activate; ${result.activationWallMs} ms from the bundle's first line to the end of activate, VS Code's own steps between included)`,
  );
  console.log(
    `  (stories with diagnostics: ${result.storiesWithDiagnostics}; scan: front matter ${result.scan.headersMs} ms, full check ${result.scan.checkedMs} ms` +
      (result.cachedStories
        ? `; ${result.cachedStories} stories from the saved index at ${result.cachedMs} ms, every file read again by ${result.revalidatedMs} ms)`
        : ')'),
  );
}

async function main() {
  const started = Date.now();
  const workspace = makeWorkspace();
  if (!asJson)
    console.log(`workspace: ${workspace} (${N} stories + ${N} notes, made or reused in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  // Cold: VS Code has never seen the folder (new state). Warm: VS Code started again with the state the cold start left.
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'star-bench-state-'));
  const port = await freePort(); // the folder's storage is named after its URI, which holds the port
  try {
    const cold = await startHost(workspace, 'cold', state, port);
    const warm = await startHost(workspace, 'warm', state, port);
    const { vscodeVersion, stories, notes, ...warmFigures } = warm;
    const floor = measureFloor(workspace);
    const result = { ...cold, ...floor, warmStart: warmFigures };
    if (asJson) {
      console.log(JSON.stringify(result));
      return;
    }
    console.log(`STAR Stories in a real VS Code ${vscodeVersion}: ${stories} stories + ${notes} notes`);
    table('First start (nothing saved yet: every file read from the disk):', cold, FIRST_START, floor);
    console.log(
      `  floor (plain Node, one process, ${floor.floorFiles} files): reads + front matter ${floor.floorTreeMs} ms (tree target ≤ 2.5× = ${Math.round(2.5 * floor.floorTreeMs)} ms), reads + engine ${floor.floorDiagnosticsMs} ms (diagnostics target ≤ 2× = ${Math.round(2 * floor.floorDiagnosticsMs)} ms)`,
    );
    table('Next start (VS Code opened again: the saved index first, every file read again behind it):', warm, NEXT_START);
    if (warm.publishFloorMs !== undefined)
      console.log(
        `  VS Code's own part of publishing in this thread (the same ${warm.publishFloorMarkers} diagnostics, 1,000 a call, one call right after the other, nothing else running): ${warm.publishFloorMs} ms`,
      );
    console.log(JSON.stringify(result));
  } finally {
    // STAR_BENCH_KEEP_STATE=1 keeps VS Code's state, logs included (user-data/logs/*/exthost1/star-stories.star-stories).
    if (process.env.STAR_BENCH_KEEP_STATE) console.error(`VS Code state kept in ${state}`);
    else fs.rmSync(state, { recursive: true, force: true });
  }
}

main();
