'use strict';
// What the engine (out/core) makes of every story under a folder: the UI tests compare what the screen shows with it.
const fs = require('fs');
const path = require('path');

/** Every Markdown file under `folder` that the engine takes for a story, with its summary, in listing order. */
function storySummaries(core, folder, config = core.defaultConfig()) {
  const stories = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.(md|markdown)$/i.test(e.name)) {
        const summary = core.summarize(core.lintStory(fs.readFileSync(file, 'utf8'), config), config);
        if (summary.isStory) stories.push({ file, summary });
      }
    }
  };
  walk(folder);
  return stories;
}

module.exports = { storySummaries };
