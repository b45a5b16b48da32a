import * as vscode from 'vscode';
import { Settings, TYPING_DEBOUNCE_MS } from '../constants';
import { FileChecks } from './fileChecks';
import { StoryStore } from './store';

/** The open Markdown documents: each is checked when opened, after a pause in typing (or on save), and when closed the file on disk is the truth again. */
export class OpenDocuments implements vscode.Disposable {
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly store: StoryStore,
    private readonly checks: FileChecks,
    private readonly scope: () => 'workspace' | 'openFiles',
  ) {
    this.disposables = [
      vscode.workspace.onDidOpenTextDocument((doc) => this.onDocument(doc, false)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && checksOnType()) this.onDocument(e.document, true);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)),
      // A saved story's file now holds what its document does: so does the saved index, once it is written again.
      // (A check still waiting out the typing debounce lands as the file's state by itself.)
      vscode.workspace.onDidSaveTextDocument((doc) => {
        // Checks set to run on save (starStories.run): a save is when the document is checked.
        if (!checksOnType()) return this.onDocument(doc, false);
        this.store.markSaved(doc.uri.toString(), doc.version);
      }),
    ];
  }

  /** True while a check of the open document waits out the typing pause (for tests: a positive signal to wait on). */
  hasPendingCheck(uri: vscode.Uri): boolean {
    return this.typingTimers.has(uri.toString());
  }

  private onDocument(doc: vscode.TextDocument, typing: boolean): void {
    if (!isMarkdown(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    if (!typing) {
      void this.checks.fromDocument(doc);
      return;
    }
    this.store.bump(key); // a disk read still in flight is older than this edit
    this.typingTimers.set(
      key,
      setTimeout(() => {
        this.typingTimers.delete(key);
        void this.checks.fromDocument(doc);
      }, TYPING_DEBOUNCE_MS),
    );
  }

  private onClosed(doc: vscode.TextDocument): void {
    if (!isMarkdown(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.typingTimers.get(key));
    this.typingTimers.delete(key);
    this.checks.forgetDocument(key);
    // Unsaved edits are gone with the editor: the file on disk is the truth again.
    if (this.scope() === 'openFiles' || doc.uri.scheme === 'untitled') this.store.remove(doc.uri);
    else {
      this.store.bump(key);
      setTimeout(() => void this.checks.fromDisk(doc.uri), 0);
    }
  }

  dispose(): void {
    for (const t of this.typingTimers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** starStories.run: `onType` (the default) checks an open story as you type, `onSave` when you save it. */
function checksOnType(): boolean {
  return vscode.workspace.getConfiguration(Settings.section).get<string>(Settings.run) !== 'onSave';
}

export function isMarkdown(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'git' || doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-scm') return false;
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri.path);
}
