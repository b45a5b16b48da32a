// The one helper long work uses to share the thread: no slice runs much past its budget, every item is done
// once, the event loop turns between slices, and cancelling stops the work.
const assert = require('assert');
const { Slices, urgently } = require('../../../out/extension/index/slices');

/** Counts the turns of the event loop from now until stopped. */
function countTurns() {
  let turn = 0;
  let counting = true;
  const count = () => {
    turn++;
    if (counting) setImmediate(count);
  };
  setImmediate(count);
  return { now: () => turn, stop: () => (counting = false) };
}

/**
 * Runs 60 items of 1 "ms" each through `run` on a clock that moves only with the work (the test cannot be late),
 * checks every item ran once in order, and returns how many ran in each turn of the event loop.
 */
async function itemsPerTurn(run) {
  let now = 0;
  const slices = new Slices(4, () => now);
  const turns = countTurns();
  const items = Array.from({ length: 60 }, (_, i) => i);
  const seen = [];
  const perTurn = new Map();
  await run(slices, items, (i) => {
    now += 1;
    seen.push(i);
    perTurn.set(turns.now(), (perTurn.get(turns.now()) ?? 0) + 1);
  });
  turns.stop();
  assert.deepStrictEqual(seen, items);
  return perTurn;
}

describe('index slices', () => {
  it('runs every item once, letting the event loop turn between slices of the budget', async () => {
    const perTurn = await itemsPerTurn((slices, items, work) => slices.forEach(items, work));
    // Five items fit a slice of 4 (the clock is read before each): never more in one turn.
    assert.ok(Math.max(...perTurn.values()) <= 5, JSON.stringify([...perTurn]));
    assert.ok(perTurn.size >= 12, `${perTurn.size} turns for 60 items`);
  });

  it('runs synchronous work many items to a slice, every item once, turning the event loop between slices', async () => {
    const perTurn = await itemsPerTurn((slices, items, work) => slices.forEachNow(items, work));
    // Five items fit a slice of 4 (the clock is read after each): never more in one turn, and no turn wasted on one.
    assert.ok(Math.max(...perTurn.values()) <= 5, JSON.stringify([...perTurn]));
    assert.ok(perTurn.size >= 12 && perTurn.size <= 15, `${perTurn.size} turns for 60 items`);
  });

  it("holds synchronous work back while work a person waits to see runs (the view's first build)", async () => {
    const order = [];
    let finish;
    const build = urgently(() => new Promise((resolve) => (finish = resolve)).then(() => order.push('view built')));
    const check = new Slices(1000).forEachNow([1, 2], (i) => order.push(i));
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepStrictEqual(order, []);
    finish();
    await Promise.all([build, check]);
    assert.deepStrictEqual(order, ['view built', 1, 2]);
  });

  it('keeps reads overlapping up to the concurrency, and takes each item once', async () => {
    const slices = new Slices();
    let inFlight = 0;
    let most = 0;
    const done = [];
    await slices.forEach(
      Array.from({ length: 40 }, (_, i) => i),
      async (i) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        done.push(i);
      },
      { concurrency: 8 },
    );
    assert.strictEqual(most, 8);
    assert.deepStrictEqual(
      done.sort((a, b) => a - b),
      Array.from({ length: 40 }, (_, i) => i),
    );
  });

  it('stops taking items once cancelled, in turns (forEach) and within a slice (forEachNow)', async () => {
    for (const run of ['forEach', 'forEachNow']) {
      const cancel = { isCancellationRequested: false };
      const done = [];
      await new Slices(run === 'forEach' ? 2 : 1000)[run](
        Array.from({ length: 100 }, (_, i) => i),
        (i) => {
          done.push(i);
          if (i === 9) cancel.isCancellationRequested = true;
        },
        { cancel },
      );
      assert.strictEqual(done.length, 10, run);
    }
  });

  it('lets callers resumed together take turns instead of all running on one reading of the clock', async () => {
    let now = 0;
    const slices = new Slices(10, () => now);
    // Which turn of the event loop each piece of work ran in.
    const counter = countTurns();
    const turns = [];
    await Promise.all(
      Array.from({ length: 6 }, () =>
        slices.inTurn(() => {
          now += 6; // each piece of work costs 6 "ms": two fit a slice of 10, then the loop must turn
          turns.push(counter.now());
        }),
      ),
    );
    counter.stop();
    assert.deepStrictEqual(turns, [0, 0, 1, 1, 2, 2]);
  });

  it('shares one slice among every Slices on the real clock, so separate jobs cannot each take a full slice in one turn', async () => {
    const first = new Slices(5);
    await first.pause();
    let turned = false;
    setImmediate(() => (turned = true));
    await first.inTurn(() => {
      const end = performance.now() + 7;
      while (performance.now() < end);
    });
    assert.ok(!turned, 'the first job did not even run in its turn');
    // A second job, made now: with a budget of its own it would run at once; sharing, it waits for the next turn.
    await new Slices(5).inTurn(() => undefined);
    assert.ok(turned, 'the second job ran in the slice the first had used up');
  });
});
