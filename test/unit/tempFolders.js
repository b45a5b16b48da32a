// Real folders for the tests that need files on disk (the CLI, the folder walk): made under the system's temporary
// folder and removed when the run ends, so running the tests does not fill the machine's /tmp.
const fs = require('fs');
const os = require('os');
const path = require('path');

const made = [];

/** A new empty folder whose name starts with `prefix`, holding `files` (relative path → text). */
function tempFolder(prefix, files = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Mocha's root hook (.mocharc `require`): every folder made during the run goes when it ends. */
const mochaHooks = {
  afterAll() {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  },
};

module.exports = { tempFolder, mochaHooks };
