'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fail, log, sleep } = require('./common');

// Two cores cannot carry two workbenches well: concurrent runs slow each other past
// their timeouts, and two first-time installs in one folder would collide. So runs on
// one machine take turns through a lock folder holding the owner's pid.
const LOCK_DIR = path.join(os.tmpdir(), 'star-stories-host.lock');

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function acquireLock(maxWaitMs) {
  const end = Date.now() + maxWaitMs;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      let held = true;
      const release = () => {
        if (held) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        held = false;
      };
      process.on('exit', release); // signal handlers end with process.exit()
      return release;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    } catch {
      /* being written */
    }
    const lockAge = (() => {
      try {
        return Date.now() - fs.statSync(LOCK_DIR).mtimeMs;
      } catch {
        return 0;
      }
    })();
    // A dead owner, or a pid file that never appeared, means a crashed run: take over.
    if ((Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) || (!Number.isInteger(owner) && lockAge > 10_000)) {
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > end) fail(`another host run (pid ${owner}) still holds ${LOCK_DIR} after ${maxWaitMs / 1000} s`);
    if (!told) {
      log(`waiting for another host run (pid ${owner}) to finish...`);
      told = true;
    }
    await sleep(1000);
  }
}

module.exports = { acquireLock };
