// The weights of src/core/coach/shown.ts: a logistic model of "declared but not shown" over what the coach reads in a
// story (the lexicon's evidence, the learned evidence, the principle), fitted on the labelled coach sets. Used by
// train-suggestions.mjs, which supplies each set's evidence read with a learned table trained without that set, so
// the learned evidence weighs what it will weigh on stories never seen.

/** Share of the principles the training stories show that the model may report: precision first. */
const FALSE_ALARMS = 0.03;
const STEPS = 800;
const RATE = 0.3;
const L2 = 0.01;
const round = (x) => Math.round(x * 1000) / 1000;

/**
 * `rows`: one per declared principle the coach judged short of CLEAR ({ set, principle, score, learned, shown });
 * `shownCount`: how many declared principles the same stories show in all (those at CLEAR and above included).
 */
export function fitShown(rows, shownCount, names) {
  const index = new Map(names.map((n, i) => [n, i]));
  const features = (r) => [1, Math.log1p(r.score), r.learned / 10, ...names.map((_, i) => (i === index.get(r.principle) ? 1 : 0))];
  const X = rows.map(features);
  const Y = rows.map((r) => (r.shown ? 0 : 1));
  const w = new Array(X[0]?.length ?? 0).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array(w.length).fill(0);
    for (let k = 0; k < X.length; k++) {
      const z = X[k].reduce((a, v, i) => a + v * w[i], 0);
      const err = 1 / (1 + Math.exp(-z)) - Y[k];
      for (let i = 0; i < w.length; i++) g[i] += err * X[k][i];
    }
    // The constant is not held towards zero; the per-principle ones are, so a rarely declared principle stays near it.
    for (let i = 0; i < w.length; i++) w[i] -= RATE * (g[i] / X.length + (i === 0 ? 0 : L2 * w[i]));
  }
  const weights = {
    prior: Object.fromEntries(names.map((n, i) => [n, round(w[0] + w[3 + i])])),
    score: round(w[1]),
    learned: round(w[2]),
    threshold: 0,
  };
  const sums = rows
    .filter((r) => r.shown)
    .map((r) => sumOf(weights, r))
    .sort((a, b) => b - a);
  const allowed = Math.floor(FALSE_ALARMS * shownCount);
  weights.threshold = round(sums[allowed] ?? -Infinity);
  return weights;
}

/** The model's sum for a row, as shown.ts computes it. */
export function sumOf(weights, r) {
  return weights.prior[r.principle] + weights.score * Math.log1p(r.score) + (weights.learned * r.learned) / 10;
}

/** Left out set by set: the share of not-shown principles reported, and of shown ones (false alarms). */
export function evaluateShown(rows, shownBySet, notShownBySet, names, baseline) {
  const total = { reported: 0, notShown: 0, falseAlarms: 0, shown: 0, baseline: { reported: 0, falseAlarms: 0 } };
  const bySet = {};
  for (const set of Object.keys(shownBySet)) {
    const train = rows.filter((r) => r.set !== set);
    const trainShown = Object.entries(shownBySet).reduce((a, [s, n]) => a + (s === set ? 0 : n), 0);
    const weights = fitShown(train, trainShown, names);
    const held = rows.filter((r) => r.set === set);
    const flagged = held.filter((r) => sumOf(weights, r) > weights.threshold);
    const base = held.filter(baseline);
    const s = {
      recall: round(flagged.filter((r) => !r.shown).length / notShownBySet[set]),
      falseAlarms: round(flagged.filter((r) => r.shown).length / shownBySet[set]),
      baseline: {
        recall: round(base.filter((r) => !r.shown).length / notShownBySet[set]),
        falseAlarms: round(base.filter((r) => r.shown).length / shownBySet[set]),
      },
    };
    bySet[set] = s;
    total.reported += flagged.filter((r) => !r.shown).length;
    total.falseAlarms += flagged.filter((r) => r.shown).length;
    total.baseline.reported += base.filter((r) => !r.shown).length;
    total.baseline.falseAlarms += base.filter((r) => r.shown).length;
    total.notShown += notShownBySet[set];
    total.shown += shownBySet[set];
  }
  return {
    recall: round(total.reported / total.notShown),
    falseAlarms: round(total.falseAlarms / total.shown),
    baseline: { recall: round(total.baseline.reported / total.notShown), falseAlarms: round(total.baseline.falseAlarms / total.shown) },
    bySet,
  };
}
