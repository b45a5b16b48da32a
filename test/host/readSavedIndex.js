'use strict';
// The saved index read back by the extension's own reader (out/, built before any host run), for the host and restart
// tests: they check what the file holds, and the format's details have unit tests of their own (test/unit/index).

const path = require('path');
const { openIndexFile } = require(path.join(__dirname, '..', '..', 'out', 'extension', 'index', 'indexFile.js'));

/** The stories of a saved index file as a Map from the path in its folder to the summary; throws on a damaged file. */
async function readSavedIndex(bytes) {
  const { engine } = JSON.parse(Buffer.from(bytes.subarray(0, bytes.indexOf(0x0a))).toString('utf8'));
  const stories = await (await openIndexFile(bytes, engine, async () => (relativePath) => relativePath)).stories();
  return new Map(stories.map((s) => [s.uri, s.summary]));
}

module.exports = { readSavedIndex };
