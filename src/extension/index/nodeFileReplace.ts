import { promises as fs } from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';
import { FileReplacer, tempName } from './fileReplace';

/** The desktop host's replacer: a local folder is written with Node, whose rename replaces the old file in one step. */
export function nodeFileReplacer(other: FileReplacer): FileReplacer {
  return async (dir: vscode.Uri, name: string, bytes: Uint8Array) => {
    if (dir.scheme !== 'file') return other(dir, name, bytes);
    const temp = path.join(dir.fsPath, tempName(name));
    try {
      await fs.mkdir(dir.fsPath, { recursive: true });
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, path.join(dir.fsPath, name));
    } catch (e) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      throw e;
    }
  };
}
