import * as vscode from 'vscode';
import { activeCatalog, NEW_STORY_PROMPTS, PrincipleMatcher, SNIPPET_PROMPTS, StarConfig } from '../../core';
import { Commands, Settings } from '../constants';
import { pickPrinciples } from './principlePicker';
import { StoryConfigProvider } from '../settings';
import type { PrincipleNode } from '../views/principleTreeModel';

/** What the New Story commands accept instead of asking, so scripts and tests can run them without UI. */
export interface NewStoryArgs {
  title: string;
  principles?: string[];
}

const DEFAULT_FOLDER = 'stories';
/** Long titles make unwieldy file names; the title itself stays whole in the front matter. */
const MAX_SLUG_LENGTH = 60;
/** After this many taken names something else is wrong; stop rather than loop. */
const MAX_ATTEMPTS = 500;
/** Names Windows refuses for a file, whatever the extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Heading and prompt of each section New Story writes (the prompts are defined with the snippets'). */
const SECTION_PROMPTS: [string, string][] = [
  ['Situation', NEW_STORY_PROMPTS.situation],
  ['Task', NEW_STORY_PROMPTS.task],
  ['Action', NEW_STORY_PROMPTS.action],
  ['Result', NEW_STORY_PROMPTS.result],
];

/** The new file's text: front matter, then the four sections with a prompt each. */
export function storyTemplate(title: string, principles: string[]): string {
  const lines = ['---', `title: ${yamlScalar(title)}`];
  if (principles.length === 0) lines.push('principles: []');
  else lines.push('principles:', ...principles.map((p) => `  - ${yamlScalar(p)}`));
  lines.push('---', '');
  for (const [heading, prompt] of SECTION_PROMPTS) lines.push(`## ${heading}`, '', prompt, '');
  return lines.join('\n');
}

/** A YAML value that reads back as exactly `value`: plain when that is safe, else a JSON (double-quoted) string. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’;&()/+-]*$/u.test(value) && !/\s$/.test(value);
  const special = /^(true|false|yes|no|on|off|null|y|n)$/i.test(value) || /^[+-]?(\d|\.\d)/.test(value);
  return plain && !special ? value : JSON.stringify(value);
}

/** File name stem from a title: lower case letters and digits joined by dashes ("Cut build time" → "cut-build-time"). */
export function slugify(title: string): string {
  let slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) slug = slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  if (!slug) slug = 'story';
  if (RESERVED_NAMES.test(slug)) slug += '-story';
  return slug;
}

/**
 * The folder setting as path segments under the workspace folder. An absolute path or `..` would put
 * stories outside the workspace, so those are refused rather than guessed at.
 */
export function folderSegments(setting: string): string[] | undefined {
  const trimmed = setting.trim();
  if (/^([a-zA-Z]:)?[\\/]/.test(trimmed)) return undefined;
  const parts = trimmed.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return false;
    // Any other failure (permissions, a broken provider): treat the name as taken, never risk writing over it.
    return true;
  }
}

/**
 * Writes `text` to `<folder>/<slug>.md`, or `<slug>-2.md`, `<slug>-3.md`… whichever is free. The create
 * is itself told never to overwrite, so a file that appears between the check and the write is left
 * alone and the next name is tried.
 */
export async function createFreeFile(folder: vscode.Uri, slug: string, text: string): Promise<vscode.Uri> {
  const contents = new TextEncoder().encode(text);
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? `${slug}.md` : `${slug}-${n}.md`);
    if (await exists(uri)) continue;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
    let applied = false;
    try {
      applied = await vscode.workspace.applyEdit(edit);
    } catch {
      applied = false;
    }
    if (applied) return uri;
    if (!(await exists(uri))) throw new Error(`Could not create ${uri.path}.`);
  }
  throw new Error(`Every name from ${slug}.md to ${slug}-${MAX_ATTEMPTS}.md is taken.`);
}

function isArgs(value: unknown): value is NewStoryArgs {
  return typeof value === 'object' && value !== null && typeof (value as NewStoryArgs).title === 'string';
}

function isPrincipleNode(value: unknown): value is PrincipleNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as PrincipleNode).kind === 'principle' &&
    typeof (value as PrincipleNode).principle?.name === 'string'
  );
}

async function askTitle(boxTitle: string): Promise<string | undefined> {
  const title = await vscode.window.showInputBox({
    title: boxTitle,
    prompt: SNIPPET_PROMPTS.title,
    placeHolder: 'e.g. Cut the nightly build from 90 to 25 minutes',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'The story needs a title.'),
  });
  return title?.trim() || undefined;
}

/** Principle names as the catalog spells them; a name it does not know is kept as written. */
function canonical(names: string[], config: StarConfig): string[] {
  const matcher = new PrincipleMatcher(activeCatalog(config));
  const out: string[] = [];
  for (const raw of names) {
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const name = matcher.match(raw).canonical ?? raw.trim();
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Runs the New Story flow; resolves to the created file, or undefined when the user cancelled. */
export async function newStory(configs: StoryConfigProvider, arg: unknown, preset?: string[]): Promise<vscode.Uri | undefined> {
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  if (!workspaceFolder) {
    const open = 'Open Folder…';
    void vscode.window
      .showWarningMessage('New Story needs a folder to save the story in: open a folder (your story bank) first.', open)
      .then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.files.openFolder');
      });
    return undefined;
  }
  const config = await configs.configFor(workspaceFolder.uri);

  let title: string | undefined;
  let principles: string[] | undefined;
  if (isArgs(arg)) {
    title = arg.title.replace(/\s+/g, ' ').trim();
    principles = Array.isArray(arg.principles) ? arg.principles : (preset ?? []);
    if (!title) throw new Error('New Story: the title must not be empty.');
  } else {
    title = await askTitle(preset ? `New Story for ${preset.join(', ')}` : 'New Story (1/2): title');
    if (!title) return undefined;
    principles = preset ?? (await pickPrinciples(config, 'New Story (2/2): which principles does it show?'));
    if (!principles) return undefined;
  }

  const setting =
    vscode.workspace.getConfiguration(Settings.section, workspaceFolder.uri).get<string>(Settings.newStoryFolder) ?? DEFAULT_FOLDER;
  const segments = folderSegments(setting);
  if (!segments) {
    void vscode.window.showErrorMessage(
      `The setting starStories.newStory.folder ("${setting}") must be a folder inside the workspace, such as "stories".`,
    );
    return undefined;
  }
  const folder = segments.length > 0 ? vscode.Uri.joinPath(workspaceFolder.uri, ...segments) : workspaceFolder.uri;
  try {
    await vscode.workspace.fs.createDirectory(folder);
  } catch {
    // Already there, or not creatable: the create below reports the real problem.
  }

  let uri: vscode.Uri;
  try {
    uri = await createFreeFile(folder, slugify(title), storyTemplate(title, canonical(principles, config)));
  } catch (e) {
    void vscode.window.showErrorMessage(`New Story could not create the file: ${(e as Error).message}`);
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  // Select the first prompt, so typing replaces it.
  const doc = editor.document;
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineAt(line).text;
    if (text.startsWith('<') && text.endsWith('>')) {
      editor.selection = new vscode.Selection(line, 0, line, text.length);
      editor.revealRange(new vscode.Range(line, 0, line, 0));
      break;
    }
  }
  return uri;
}

export function activateNewStory(context: vscode.ExtensionContext, configs: StoryConfigProvider): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.newStory, (arg?: unknown) => newStory(configs, arg)),
    vscode.commands.registerCommand(Commands.newStoryForPrinciple, (arg?: unknown, extra?: unknown) => {
      // From the tree: the principle node. From code: a principle name, optionally with the args object.
      if (isPrincipleNode(arg)) return newStory(configs, extra, [arg.principle.name]);
      if (typeof arg === 'string') return newStory(configs, extra, [arg]);
      return newStory(configs, arg);
    }),
  );
}
