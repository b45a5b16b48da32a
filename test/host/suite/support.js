'use strict';
// What every host test file needs: the extension's id, polling with a timeout, the workspace folder.

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'star-stories.star-stories';

/**
 * Polls `check` (sync or async) every 50 ms until it returns something truthy, and returns that; a throw counts
 * as "not yet". On timeout the error names what was awaited and the last value or error seen.
 */
async function waitFor(check, what, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The test workspace's folder (a fresh copy of test/fixtures/workspace). */
const folder = () => vscode.workspace.workspaceFolders[0].uri;

/** A file in the workspace's stories folder. */
const storyUri = (name) => vscode.Uri.joinPath(folder(), 'stories', name);

/** The extension's log file (its output channel), found under the user data folder the runner made. */
function findExtensionLog() {
  const settings = process.env.STAR_HOST_USER_SETTINGS;
  if (!settings) return undefined;
  const logs = path.resolve(path.dirname(settings), '..', 'logs');
  const stack = [logs];
  while (stack.length) {
    const dir = stack.pop();
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.name === 'STAR Stories.log' && full.includes(EXTENSION_ID)) return full;
    }
  }
  return undefined;
}

/** Watches the extension host's event loop: `stop()` gives the longest gap between 25 ms ticks, beyond the 25 ms. */
function stallMonitor() {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 25);
    last = now;
  }, 25);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(worst);
    },
  };
}

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
const rangeKey = (r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
/** Diagnostics and the engine's findings as comparable strings (rule, severity, range), sorted. */
const diagnosticKeysOf = (ds) => ds.map((d) => `${d.code.value} ${d.severity} ${rangeKey(d.range)}`).sort();
const findingKeys = (findings) => findings.map((f) => `${f.rule} ${SEVERITY[f.severity]} ${rangeKey(f.range)}`).sort();

/** MarkdownString.appendText keeps spacing with &nbsp; and escapes Markdown with backslashes: read it back as text. */
function plain(md) {
  return (typeof md === 'string' ? md : md.value).replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

module.exports = {
  EXTENSION_ID,
  waitFor,
  sleep,
  folder,
  storyUri,
  findExtensionLog,
  stallMonitor,
  diagnosticKeysOf,
  findingKeys,
  plain,
};
