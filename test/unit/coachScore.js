// Scores the coach's checks against a labelled corpus (test/fixtures/coach/README.md): shared by the
// unit test and anyone measuring a held-out set with `node test/unit/coachScore.js <dir>`.
const fs = require('fs');
const path = require('path');
const core = require('../../out/core');

/** Rates over one or more corpus folders taken together; `labelsFile` names another reader's labels (labels-second.json). */
function score(dirs, config = require('./helpers').coachConfig(), labelsFile = 'labels.json') {
  const tally = {
    role: { missed: [], wrong: [], noRole: 0, withRole: 0 },
    hedging: { missed: [], wrong: [], hedged: 0, clear: 0 },
    notShown: { missed: [], wrong: [], shown: 0, notShown: 0 },
    suggestions: { anyMiss: [], firstMiss: [], stories: 0 },
  };
  let stories = 0;
  for (const dir of [].concat(dirs)) {
    const labels = JSON.parse(fs.readFileSync(path.join(dir, labelsFile), 'utf8'));
    stories += Object.keys(labels).length;
    for (const [file, label] of Object.entries(labels)) {
      const { findings, suggestedPrinciples } = core.lintStory(fs.readFileSync(path.join(dir, file), 'utf8'), config);
      const fired = (rule) => findings.some((f) => f.rule === rule);
      if (label.roleStated !== undefined) {
        const t = tally.role;
        if (label.roleStated) {
          t.withRole++;
          if (fired('missing-role')) t.wrong.push(file);
        } else {
          t.noRole++;
          if (!fired('missing-role')) t.missed.push(file);
        }
      }
      if (label.hedged !== undefined) {
        const t = tally.hedging;
        if (label.hedged) {
          t.hedged++;
          if (!fired('hedging')) t.missed.push(file);
        } else {
          t.clear++;
          if (fired('hedging'))
            t.wrong.push(
              `${file} (${findings
                .filter((f) => f.rule === 'hedging')
                .map((f) => f.data.hedge)
                .join(', ')})`,
            );
        }
      }
      for (const [principle, shown] of Object.entries(label.principlesShown ?? {})) {
        const t = tally.notShown;
        const reported = findings.some((f) => f.rule === 'principle-not-shown' && f.principle === principle);
        if (shown) {
          t.shown++;
          if (reported) t.wrong.push(`${file}: ${principle}`);
        } else {
          t.notShown++;
          if (!reported) t.missed.push(`${file}: ${principle}`);
        }
      }
      if (label.bestPrinciples) {
        const t = tally.suggestions;
        t.stories++;
        if (!suggestedPrinciples.some((p) => label.bestPrinciples.includes(p)))
          t.anyMiss.push(`${file} (${suggestedPrinciples.join(', ')})`);
        if (!label.bestPrinciples.includes(suggestedPrinciples[0])) t.firstMiss.push(`${file} (${suggestedPrinciples[0]})`);
      }
    }
  }
  const rate = (n, d) => (d === 0 ? 0 : n / d);
  const { role, hedging, notShown, suggestions } = tally;
  return {
    stories,
    roleRecall: rate(role.noRole - role.missed.length, role.noRole),
    roleFalsePositive: rate(role.wrong.length, role.withRole),
    hedgingRecall: rate(hedging.hedged - hedging.missed.length, hedging.hedged),
    hedgingFalsePositive: rate(hedging.wrong.length, hedging.clear),
    notShownRecall: rate(notShown.notShown - notShown.missed.length, notShown.notShown),
    notShownFalsePositive: rate(notShown.wrong.length, notShown.shown),
    suggestionAny: rate(suggestions.stories - suggestions.anyMiss.length, suggestions.stories),
    suggestionFirst: rate(suggestions.stories - suggestions.firstMiss.length, suggestions.stories),
    tally,
  };
}

module.exports = { score };

if (require.main === module) {
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const r = score(dirs.length ? dirs.map((d) => path.resolve(d)) : [path.join(__dirname, '..', 'fixtures', 'coach')]);
  const { tally, ...rates } = r;
  console.log(JSON.stringify(rates, null, 2));
  if (process.argv.includes('--details')) console.log(JSON.stringify(tally, null, 2));
}
