'use strict';
// In-host half of `npm run bench:host` (scripts/bench-host.js). The workspace opens with the scan held back
// (diagnostics.scope: openFiles); this turns it on and measures what a user waits for.
const vscode = require('vscode');
const { monitorEventLoopDelay, PerformanceObserver } = require('perf_hooks');
const v8 = require('v8');
const vm = require('vm');
const path = require('path');
// The extension's own batching for Problems, from the tsc build (run before any bench).
const { diagnosticBatches } = require(path.join(__dirname, '..', '..', '..', 'out', 'extension', 'problems', 'diagnosticBatches.js'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  gc();
  gc();
}

async function until(check, what, timeoutMs, everyMs = 5) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function run() {
  const expected = Number(process.env.STAR_BENCH_STORIES || 10000);
  const ext = vscode.extensions.getExtension('star-stories.star-stories');
  const api = await ext.activate();
  await api.index.whenReady();
  // Writing a setting activates VS Code's JSON and settings-editing extensions in this same host the first
  // time (about 300 ms of loading, measured): do that once before measuring, and let start-up finish.
  const config = vscode.workspace.getConfiguration('starStories');
  await config.update('length.wordsPerMinute', 150, vscode.ConfigurationTarget.Workspace);
  await config.update('length.wordsPerMinute', undefined, vscode.ConfigurationTarget.Workspace);
  await sleep(5000);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;

  // When diagnostics last changed (which files have ours is counted once at the end: asking for every event's
  // files here was the bench's own work inside the blocks it measures).
  let lastDiagnosticsAt = 0;
  const sub = vscode.languages.onDidChangeDiagnostics(() => {
    lastDiagnosticsAt = performance.now();
  });

  // STAR_BENCH_PROFILE=file.cpuprofile records a CPU profile of the extension host during the scan, one file per start
  // (file.cold.cpuprofile, file.warm.cpuprofile), with file.*.blocks.json: when the event loop was held, and how long.
  const profileFile =
    process.env.STAR_BENCH_PROFILE &&
    process.env.STAR_BENCH_PROFILE.replace(/(\.cpuprofile)?$/, `.${process.env.STAR_BENCH_PHASE || 'run'}.cpuprofile`);
  let session;
  let profileStartedAt = 0;
  // Every 5 ms timer that fires over 30 ms late is a block: how many, and when (for STAR_BENCH_PROFILE).
  const blocks = [];
  let last = performance.now();
  const lagTimer = setInterval(() => {
    const now = performance.now();
    if (now - last > 30) blocks.push({ end: now, ms: now - last - 5 });
    last = now;
  }, 5);
  if (profileFile) {
    const inspector = require('inspector');
    session = new inspector.Session();
    session.connect();
    await new Promise((r) => session.post('Profiler.enable', () => session.post('Profiler.start', r)));
    profileStartedAt = performance.now();
  }
  // Blocks count from here, as the event-loop histogram does (starting the profiler is not the scan's).
  blocks.length = 0;
  last = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  // Garbage collection pauses of this thread from here to the last diagnostics, by kind (V8's own accounting).
  const gc = { minor: 0, major: 0, incremental: 0, other: 0, count: 0 };
  const { NODE_PERFORMANCE_GC_MAJOR, NODE_PERFORMANCE_GC_MINOR, NODE_PERFORMANCE_GC_INCREMENTAL } = require('perf_hooks').constants;
  const gcKinds = {
    [NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  };
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = gcKinds[e.detail?.kind] || 'other';
      gc[kind] += e.duration;
      gc.count++;
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const t0 = performance.now();
  api.ownWork.reset();
  await vscode.workspace.getConfiguration('starStories').update('diagnostics.scope', 'workspace', vscode.ConfigurationTarget.Workspace);

  // The clock of the figures starts with the scan, as at a real start: writing the setting that starts it here goes
  // through the workbench and back (reported apart as settingRoundTripMs), which a start of VS Code does not do.
  await until(() => (api.index.scanTimings()?.startedAt ?? -1) > t0, 'the scan to start', 60000, 1);
  const scanStartedAt = api.index.scanTimings().startedAt;
  // Tree filled: every story indexed by its front matter and the view's model built from that, by the view itself
  // (as a user sees it: forcing a build here would measure the bench's request, not the view).
  await until(() => api.index.storyCount() >= expected, `${expected} stories in the index`, 600000, 1);
  await until(() => (api.tree.provider.snapshotModel?.storyCount ?? 0) >= expected, `${expected} stories in the view`, 600000, 1);
  const treeFilledMs = performance.now() - scanStartedAt;
  // The bench's own look at the view (a full snapshot of 10,000 stories: 20-30 ms in one go) is not the extension's
  // work: the block measures stop around it.
  loop.disable();
  const snapshot = api.tree.snapshot();
  const inTree = new Set();
  for (const p of snapshot.principles) for (const s of p.stories) inTree.add(s.uri);
  for (const s of snapshot.unassigned) inTree.add(s.uri);
  loop.enable();
  last = performance.now();

  await until(() => api.index.scanTimings() && api.index.scanTimings().checkedAt, 'the full check', 600000, 20);
  // Diagnostics are published in batches after the check; wait until they have been quiet for a second.
  await until(() => performance.now() - lastDiagnosticsAt > 1000, 'diagnostics to settle', 600000, 50);
  const allDiagnosticsMs = lastDiagnosticsAt - scanStartedAt;
  loop.disable();
  clearInterval(lagTimer);
  gcObserver.disconnect();
  const maxBlockMs = loop.max / 1e6;
  const ownLongestMs = api.ownWork.longestMs();

  if (session) {
    await new Promise((r) =>
      session.post('Profiler.stop', (err, { profile }) => {
        require('fs').writeFileSync(profileFile, JSON.stringify(profile));
        require('fs').writeFileSync(profileFile + '.blocks.json', JSON.stringify({ profileStartedAt, blocks }));
        r();
      }),
    );
  }

  collectGarbage();
  const heapGrowthMB = (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);

  // Edit to diagnostics: from the edit reaching this host (a document-change listener, as the extension's own) to
  // our diagnostics for it being readable here (polled every turn of the event loop), less the typing debounce.
  const story = api.index.stories()[0].uri;
  const doc = await vscode.workspace.openTextDocument(story);
  const editor = await vscode.window.showTextDocument(doc);
  await sleep(500);
  const actionLine =
    doc
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('## Action')) + 2;
  const ours = () =>
    JSON.stringify(
      vscode.languages
        .getDiagnostics(story)
        .filter((d) => d.source === 'STAR Stories')
        .map((d) => [d.code.value, d.range.start.line]),
    );
  const samples = [];
  for (let i = 0; i < 10; i++) {
    let editedAt;
    const sub2 = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === story.toString() && editedAt === undefined) editedAt = performance.now();
    });
    const before = ours();
    // Replace the whole Action with one line, alternating "we" and "I", so the findings really change.
    const text = i % 2 === 0 ? '- We changed one thing together.' : '- I changed one thing myself.';
    const nextHeading = doc
      .getText()
      .split('\n')
      .findIndex((l, n) => n > actionLine && l.startsWith('## '));
    await editor.edit((e) =>
      e.replace(new vscode.Range(new vscode.Position(actionLine, 0), new vscode.Position(nextHeading - 1, 0)), text + '\n'),
    );
    const end = Date.now() + 3000;
    while (ours() === before && Date.now() < end) await new Promise((r) => setImmediate(r));
    sub2.dispose();
    if (ours() !== before && editedAt !== undefined) samples.push(performance.now() - editedAt - 250);
    await sleep(400);
  }
  samples.sort((a, b) => a - b);
  const editToDiagnosticsMs = samples.length ? samples[Math.floor(samples.length / 2)] : -1;
  await vscode.commands.executeCommand('workbench.action.files.revert');
  sub.dispose();

  // The cold start leaves the index saved for the warm one (scripts/bench-host.js starts VS Code again).
  if (process.env.STAR_BENCH_PHASE === 'cold') {
    await until(() => savedIndexExists(api), 'the index to be saved', 120000, 200);
  }

  let storiesWithDiagnostics = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics())
    if (diagnostics.some((d) => d.source === 'STAR Stories')) storiesWithDiagnostics++;

  const floor = process.env.STAR_BENCH_PHASE === 'warm' ? await measurePublishFloor() : undefined;

  const scan = api.index.scanTimings();
  const r = (n) => Math.round(n * 10) / 10;
  const result = {
    vscodeVersion: vscode.version,
    stories: expected,
    notes: expected,
    storiesInTree: inTree.size,
    storiesWithDiagnostics,
    treeFilledMs: r(treeFilledMs),
    allDiagnosticsMs: r(allDiagnosticsMs),
    maxBlockMs: r(maxBlockMs),
    blocksOver30Ms: blocks.length,
    // The longest stretch of our own synchronous work in the same time: the rest of a longer block was VS Code's.
    ownLongestMs: r(ownLongestMs),
    heapGrowthMB: r(heapGrowthMB),
    // Garbage collection in this thread while the figures above ran: total and by kind (scavenges are 'minor').
    gcMs: r(gc.minor + gc.major + gc.incremental + gc.other),
    gc: { count: gc.count, minorMs: r(gc.minor), majorMs: r(gc.major), incrementalMs: r(gc.incremental) },
    editToDiagnosticsMs: r(editToDiagnosticsMs),
    // Our cost: evaluating the bundle plus running activate (VS Code's own steps in between are not ours).
    activationMs: r((api.loadMs || 0) + api.activateBodyMs),
    activationWallMs: r(api.activationMs),
    loadMs: r(api.loadMs || 0),
    activateBodyMs: r(api.activateBodyMs),
    scan: { files: scan.files, headersMs: r(scan.headersAt - scan.startedAt), checkedMs: r(scan.checkedAt - scan.startedAt) },
    // Warm start: stories shown from the saved index, and when the scan behind it had read every file again.
    cachedStories: scan.cachedStories ?? 0,
    cachedMs: scan.cachedAt !== undefined ? r(scan.cachedAt - scan.startedAt) : undefined,
    revalidatedMs: r(scan.checkedAt - scanStartedAt),
    settingRoundTripMs: r(scanStartedAt - t0),
    ...(floor && { publishFloorMs: r(floor.ms), publishFloorMarkers: floor.markers }),
  };
  console.log('STAR_BENCH_RESULT ' + JSON.stringify(result));
  if (inTree.size !== expected) throw new Error(`the tree shows ${inTree.size} stories, expected ${expected}`);
}

/**
 * VS Code's own share of publishing our findings, for reading allDiagnosticsMs against: the same diagnostics, put
 * into a collection of the bench's own once everything is quiet, in calls of as many as VS Code takes in one
 * (src/extension/problems/diagnosticBatches.ts) one right after the other, timed to the end of the last (converting and serialising them
 * to the workbench, in this thread); then removed again. Ours publishes the same markers in batches while it reads
 * and checks, so this is a floor, not a target.
 */
async function measurePublishFloor() {
  const entries = [];
  let markers = 0;
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const ours = diagnostics.filter((d) => d.source === 'STAR Stories');
    if (ours.length === 0) continue;
    entries.push([uri, ours]);
    markers += ours.length;
  }
  const calls = [...diagnosticBatches(entries)];
  const collection = vscode.languages.createDiagnosticCollection('star-stories-bench-floor');
  await sleep(1000);
  const started = performance.now();
  for (const call of calls) collection.set(call);
  const ms = performance.now() - started;
  collection.dispose();
  await sleep(2000);
  return { ms, markers };
}

let savedChecked = 0;
let savedSeen = false;
function savedIndexExists(api) {
  // Polled from a sync `until`: start a stat now and then, report the last answer.
  if (!savedSeen && Date.now() - savedChecked > 500 && api.savedIndexUri) {
    savedChecked = Date.now();
    vscode.workspace.fs.stat(api.savedIndexUri).then(
      () => (savedSeen = true),
      () => {},
    );
  }
  return savedSeen;
}

module.exports = { run };
