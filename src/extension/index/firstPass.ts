import * as vscode from 'vscode';
import { matcherFor, mayHaveFrontMatter, readStoryHeader, StarConfig, StoryHeader, summarizeHeader } from '../../core';
import { FileChecks, openDocument, READ_LATER } from './fileChecks';
import { Slices } from './slices';
import { StoryStore } from './store';

/** A file read by the first pass of a scan, waiting for the full check. */
export interface Pending {
  uri: vscode.Uri;
  text: string;
  config: StarConfig;
  gen: number;
  /** Only for a text that opens with a front matter. */
  header?: StoryHeader;
}

/** Files read at once during a scan: reads through workspace.fs are round trips (about 15 ms in a remote host), so many overlap. */
const READ_CONCURRENCY = 128;

/**
 * A scan's first pass: read every file once and index the stories its front matter names, so the Principles view
 * fills at the speed of the reads. The head of a file decides how far it is read now: only a text that opens with
 * a front matter is parsed here; whether any other may still be a story (STAR sections without a principles key)
 * waits for the second pass. Texts are kept for that pass.
 */
export async function readHeaders(
  uris: vscode.Uri[],
  token: vscode.CancellationToken,
  slices: Slices,
  store: StoryStore,
  checks: FileChecks,
): Promise<Pending[]> {
  const pending: Pending[] = [];
  const take = (uri: vscode.Uri, config: StarConfig, read: { text: string; gen: number } | undefined) => {
    if (!read || token.isCancellationRequested) return;
    const key = uri.toString();
    if (!store.isCurrent(key, read.gen) || openDocument(key)) return;
    const header = mayHaveFrontMatter(read.text) ? readStoryHeader(read.text, matcherFor(config)) : undefined;
    // A provisional entry only for a file the index does not know checked: a rescan must not turn a checked
    // story back into an unchecked one (if a newer read then wins, it would stay so until that read lands).
    if (header?.hasPrinciplesKey && !store.get(key)?.checked) checks.put(uri, summarizeHeader(header, config), undefined, false);
    pending.push({ uri, text: read.text, config, gen: read.gen, header });
  };
  // Local files are read synchronously, as many in a row as a slice allows (a promise per file cost a third of
  // the reading); the others (and a folder whose config is not loaded yet) overlap their reads, many at a time.
  const later: vscode.Uri[] = [];
  if (uris.length > 0) await checks.configFor(uris[0]);
  await slices.forEachNow(
    uris,
    (uri) => {
      const config = checks.loadedConfigFor(uri);
      if (!config) return void later.push(uri);
      if (checks.ignoredByConfig(uri, config)) return store.remove(uri);
      const read = checks.readTextNow(uri);
      if (read === READ_LATER) later.push(uri);
      else take(uri, config, read);
    },
    { cancel: token },
  );
  const work = async (uri: vscode.Uri) => {
    const config = await checks.configFor(uri);
    if (checks.ignoredByConfig(uri, config)) return store.remove(uri);
    take(uri, config, await checks.readText(uri));
  };
  await slices.forEach(later, work, { concurrency: READ_CONCURRENCY, cancel: token });
  return pending;
}
