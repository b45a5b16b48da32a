// The index's store without VS Code: what listeners are told (once per file, in batches), which read wins, and
// what the saved index hears about.
const assert = require('assert');
const { StoryStore } = require('../../../out/extension/index/store');
const { LIGHT_SHARE, MAX_BATCH } = require('../../../out/extension/index/delivery');
const { urgently } = require('../../../out/extension/index/slices');
const { uri, summaryOf, storyWith, settle } = require('./memory');

function recordingStore() {
  const events = [];
  let diskChanges = 0;
  const store = new StoryStore(
    (change) => events.push({ changed: change.changed.map(String), removed: change.removed.map(String) }),
    () => diskChanges++,
  );
  return { store, events, diskChanges: () => diskChanges };
}

describe('index store', () => {
  it('tells listeners of many changes in batches of at most MAX_BATCH, each file once, as it is now', async () => {
    const { store, events } = recordingStore();
    const story = storyWith('A story', ['Ownership']);
    const n = 2 * MAX_BATCH + 20;
    for (let i = 0; i < n; i++) store.put(uri(`/w/s${i}.md`), story, undefined, true, true);
    // The same file changed again before delivery: one entry, in its latest state.
    store.put(uri('/w/s0.md'), storyWith('Renamed', ['Ownership']), undefined, true, true);
    store.remove(uri('/w/s1.md'));
    assert.strictEqual(events.length, 0, 'nothing is delivered in the same turn');
    await settle(store);
    assert.ok(events.length >= 3, `${events.length} batches`);
    for (const e of events) assert.ok(e.changed.length + e.removed.length <= MAX_BATCH);
    const changed = events.flatMap((e) => e.changed);
    const removed = events.flatMap((e) => e.removed);
    assert.strictEqual(changed.length, n - 1);
    assert.strictEqual(new Set(changed).size, n - 1);
    assert.deepStrictEqual(removed, ['file:///w/s1.md']);
    assert.strictEqual(store.get('file:///w/s0.md').displayTitle, 'Renamed');
    assert.strictEqual(store.size, n - 1);
  });

  it('sends files known by their front matter only (nothing for Problems) as an eighth of a checked one in a batch', async () => {
    const { store, events } = recordingStore();
    const release = store.hold();
    const light = LIGHT_SHARE * MAX_BATCH;
    const heads = light + 4;
    for (let i = 0; i < heads; i++) store.put(uri(`/w/head${i}.md`), storyWith(`Head ${i}`, ['Ownership']), undefined, false, true);
    for (let i = 0; i < MAX_BATCH; i++) store.put(uri(`/w/full${i}.md`), storyWith(`Full ${i}`, ['Ownership']), undefined, true, true);
    release();
    await settle(store);
    const count = (event, kind) => event.changed.filter((k) => k.includes(`/${kind}`)).length;
    assert.deepStrictEqual(
      events.map((e) => [count(e, 'head'), count(e, 'full')]),
      [
        [light, 0],
        [4, MAX_BATCH - 1], // the four heads take the room of a checked file
        [0, 1],
      ],
    );
  });

  it('says when everything held and queued has been delivered, and not before', async () => {
    const { store, events } = recordingStore();
    await store.whenDelivered(); // nothing waits: at once
    const release = store.hold();
    const story = storyWith('A story', ['Ownership']);
    for (let i = 0; i < MAX_BATCH + 5; i++) store.put(uri(`/w/s${i}.md`), story, undefined, true, true);
    let delivered = false;
    const waiting = store.whenDelivered().then(() => (delivered = true));
    await new Promise((r) => setTimeout(r, 50));
    assert.strictEqual(delivered, false, 'held changes are not delivered');
    release();
    await waiting;
    assert.strictEqual(events.flatMap((e) => e.changed).length, MAX_BATCH + 5, 'every change was out before it resolved');
  });

  it('holds deliveries back while urgent work runs (the view a person waits for), and sends them right after', async () => {
    const { store, events } = recordingStore();
    const story = storyWith('A story', ['Ownership']);
    let finish;
    const urgent = urgently(() => new Promise((resolve) => (finish = resolve)));
    for (let i = 0; i < 3; i++) store.put(uri(`/w/s${i}.md`), story, undefined, true, true);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepStrictEqual(events, [], 'nothing delivered while the urgent work runs');
    assert.ok(store.hasUndelivered());
    finish();
    await urgent;
    await store.whenDelivered();
    assert.deepStrictEqual(events.flatMap((e) => e.changed).sort(), ['file:///w/s0.md', 'file:///w/s1.md', 'file:///w/s2.md']);
    // Urgent work that fails lets the deliveries go too.
    await urgently(async () => {
      throw new Error('boom');
    }).catch(() => undefined);
    store.put(uri('/w/s9.md'), story, undefined, true, true);
    await store.whenDelivered();
    assert.ok(events.flatMap((e) => e.changed).includes('file:///w/s9.md'));
  });

  it('keeps only stories, titled by their file name when they have no title', async () => {
    const { store, events } = recordingStore();
    store.put(uri('/w/notes.md'), summaryOf('# Shopping list\n\n- milk\n'), undefined, true, true);
    assert.strictEqual(store.size, 0);
    const untitled = summaryOf('---\nprinciples: [Ownership]\n---\nSome words.\n');
    store.put(uri('/w/my-story.md'), untitled, undefined, true, true);
    assert.strictEqual(store.get('file:///w/my-story.md').displayTitle, 'my-story');
    await settle(store);
    assert.deepStrictEqual(
      events.flatMap((e) => e.changed),
      ['file:///w/my-story.md'],
    );
  });

  it('drops a read that an edit or a delete overtook (generations)', () => {
    const { store } = recordingStore();
    const key = 'file:///w/a.md';
    const first = store.bump(key);
    const second = store.bump(key);
    assert.ok(!store.isCurrent(key, first) && store.isCurrent(key, second));
    store.removeUnder(uri('/w'));
    assert.ok(!store.isCurrent(key, second), 'a delete of the folder outdates a read in flight under it');
    // A file beside the folder with a common prefix is not under it.
    const beside = store.bump('file:///w2/b.md');
    store.removeUnder(uri('/w'));
    assert.ok(store.isCurrent('file:///w2/b.md', beside));
  });

  it('removes every story under a folder, and lists what a folder holds with each generation', async () => {
    const { store, events } = recordingStore();
    const story = storyWith('S', ['Frugality']);
    for (const p of ['/w/a/1.md', '/w/a/b/2.md', '/w/ab/3.md', '/w/4.md']) store.put(uri(p), story, undefined, true, true);
    const under = store.under(uri('/w/a'));
    assert.deepStrictEqual([...under.keys()].sort(), ['file:///w/a/1.md', 'file:///w/a/b/2.md']);
    await settle(store);
    events.length = 0;
    store.removeUnder(uri('/w/a'));
    await settle(store);
    assert.deepStrictEqual(events.flatMap((e) => e.removed).sort(), ['file:///w/a/1.md', 'file:///w/a/b/2.md']);
    assert.deepStrictEqual([...store.keys()].sort(), ['file:///w/4.md', 'file:///w/ab/3.md']);
  });

  it('makes no event for a story read again and found unchanged, and holds events while asked to', async () => {
    const { store, events, diskChanges } = recordingStore();
    const story = storyWith('S', ['Dive Deep']);
    store.put(uri('/w/a.md'), story, undefined, true, true);
    await settle(store);
    const before = { events: events.length, disk: diskChanges(), version: store.version };
    store.put(uri('/w/a.md'), storyWith('S', ['Dive Deep']), undefined, true, true);
    await settle(store);
    assert.deepStrictEqual({ events: events.length, disk: diskChanges(), version: store.version }, before);

    const release = store.hold();
    store.put(uri('/w/b.md'), story, undefined, true, true);
    await new Promise((r) => setTimeout(r, 5));
    assert.strictEqual(events.length, before.events, 'held back');
    release();
    await settle(store);
    assert.deepStrictEqual(events[events.length - 1].changed, ['file:///w/b.md']);
  });

  it('keeps the story as on disk apart from unsaved edits, for the saved index', () => {
    const { store, diskChanges } = recordingStore();
    const onDisk = storyWith('On disk', ['Ownership']);
    store.put(uri('/w/a.md'), onDisk, undefined, true, true);
    const afterDisk = diskChanges();
    const edited = storyWith('Being edited', ['Ownership']);
    store.put(uri('/w/a.md'), edited, 3, true, false);
    const file = store.get('file:///w/a.md');
    assert.strictEqual(file.summary, edited);
    assert.strictEqual(file.diskSummary, onDisk, 'the unsaved edit is not what the saved index keeps');
    assert.strictEqual(diskChanges(), afterDisk, 'typing gives the saved index nothing new');
    store.markSaved('file:///w/a.md', 2);
    assert.strictEqual(file.diskSummary, onDisk, 'a save of another version changes nothing');
    store.markSaved('file:///w/a.md', 3);
    assert.strictEqual(file.diskSummary, edited);
    assert.strictEqual(diskChanges(), afterDisk + 1);
    // Known by its front matter only: nothing to save yet.
    store.put(uri('/w/b.md'), onDisk, undefined, false, true);
    assert.strictEqual(store.get('file:///w/b.md').diskSummary, undefined);
  });
});
