import * as path from 'path';
import * as vscode from 'vscode';
import { LEAVES_ROOT, readSafely } from '../../node/safeRead';
import { FileRead, StoryFileReader } from './fileReader';

/**
 * The desktop host's reader: `file:` URIs straight from the disk with Node, by the same rules as star-lint (no
 * device, pipe or socket; no link out of the workspace folder unless the user allows it; never past the size
 * limit). Node's own reads also skip the round trip to the workbench that each workspace.fs read makes.
 */
export class NodeFileReader implements StoryFileReader {
  constructor(
    private readonly other: StoryFileReader,
    private readonly followSymlinks: () => boolean,
  ) {}

  async read(uri: vscode.Uri, maxBytes: number): Promise<FileRead> {
    return this.readNow(uri, maxBytes) ?? this.other.read(uri, maxBytes);
  }

  readNow(uri: vscode.Uri, maxBytes: number): FileRead | undefined {
    if (uri.scheme !== 'file') return this.other.readNow?.(uri, maxBytes);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const root = folder?.uri.scheme === 'file' ? folder.uri.fsPath : path.dirname(uri.fsPath);
    const read = readSafely(uri.fsPath, { root, followSymlinks: this.followSymlinks(), maxBytes });
    return 'skipped' in read && read.skipped === LEAVES_ROOT
      ? { skipped: `${LEAVES_ROOT} (the setting starStories.followSymlinks reads it)` }
      : read;
  }
}
