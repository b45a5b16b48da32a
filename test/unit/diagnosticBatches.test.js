// Problems gets the index's findings in calls VS Code passes on whole: it drops the files after the first 1,100
// diagnostics of one call (see src/extension/problems/diagnosticBatches.ts and test/host/manyFindings.js).
const assert = require('assert');
const { diagnosticBatches, MAX_DIAGNOSTICS_PER_SET } = require('../../out/extension/problems/diagnosticBatches');

const files = (...sizes) => sizes.map((n, i) => [`file${i}`, Array.from({ length: n }, (_, k) => k)]);
const shape = (batches) => [...batches].map((b) => b.map(([, d]) => d.length));

describe('diagnostics in batches for Problems', () => {
  it('keeps every call under the limit VS Code passes on, with every file once and in order', () => {
    const entries = files(...Array.from({ length: 125 }, () => 15));
    const batches = [...diagnosticBatches(entries)];
    for (const b of batches) assert.ok(b.reduce((n, [, d]) => n + d.length, 0) <= MAX_DIAGNOSTICS_PER_SET);
    assert.ok(MAX_DIAGNOSTICS_PER_SET <= 1100);
    assert.deepStrictEqual(
      batches.flat().map(([f]) => f),
      entries.map(([f]) => f),
    );
    assert.deepStrictEqual(
      shape(batches).map((b) => b.length),
      [66, 59],
    );
  });

  it('sends a file with more than the limit alone, and files without findings (to clear them) too', () => {
    assert.deepStrictEqual(shape(diagnosticBatches(files(3, 1500, 0, 2), 1000)), [[3], [1500], [0, 2]]);
    assert.deepStrictEqual(shape(diagnosticBatches(files(0, 0), 1000)), [[0, 0]]);
    assert.deepStrictEqual(shape(diagnosticBatches([], 1000)), []);
  });
});
