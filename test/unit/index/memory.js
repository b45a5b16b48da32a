// An in-memory workspace for the index's parts that need no VS Code: URIs as the index uses them (`path` and
// `toString()`), a file system with stat and read, and the engine's summary of a text.
const { core, storyText } = require('../helpers');

/** A URI as the store and read model use it: only its path and its string form. */
function uri(path) {
  return { scheme: 'file', path, toString: () => `file://${path}` };
}

const config = core.defaultConfig();
/** What the engine makes of a text, as the index keeps it. */
function summaryOf(text) {
  return core.summarize(core.lintStory(text, config), config);
}

/** A story naming these principles (by their catalog names), with a title. */
function storyWith(title, principles) {
  return summaryOf(storyText({ frontMatter: `title: ${title}\nprinciples: [${principles.join(', ')}]`, title }));
}

/** Files by path, each bytes or a folder; what `readWithinLimit` needs, and a count of the reads. */
class MemoryFileSystem {
  constructor(files = {}) {
    this.entries = new Map();
    this.reads = 0;
    for (const [path, text] of Object.entries(files)) this.write(path, text);
  }
  write(path, text) {
    this.entries.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  }
  mkdir(path) {
    this.entries.set(path, 'folder');
  }
  delete(path) {
    this.entries.delete(path);
  }
  async stat(u) {
    const entry = this.entries.get(u.path);
    if (entry === undefined) throw Object.assign(new Error(`${u.path} not found`), { code: 'FileNotFound' });
    return entry === 'folder' ? { isFile: false, size: 0 } : { isFile: true, size: entry.byteLength };
  }
  async readFile(u) {
    this.reads++;
    const entry = this.entries.get(u.path);
    if (entry === undefined) throw Object.assign(new Error(`${u.path} not found`), { code: 'FileNotFound' });
    if (entry === 'folder') throw new Error(`${u.path} is a folder`);
    return entry;
  }
  isNotFound(e) {
    return e && e.code === 'FileNotFound';
  }
}

/** Resolves after the event loop has turned enough times for every batch of the store to go out. */
async function settle(store) {
  for (let i = 0; i < 1000 && store.hasUndelivered(); i++) await new Promise((r) => setTimeout(r, 1));
}

module.exports = { uri, summaryOf, storyWith, MemoryFileSystem, settle, config };
