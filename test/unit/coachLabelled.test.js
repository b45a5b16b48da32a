// The coach's checks against stories labelled by reading them against the team's coach definitions
// (test/fixtures/coach/README.md). The bars are the issue's, for unseen stories.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { score } = require('./coachScore');

// The second folder was written after the engine, measured blind once (see its README), then kept as a check;
// the third is more training stories, written to tune the principle evidence by concept.
const dirs = ['coach', 'coach-heldout', 'coach-train2'].map((d) => path.join(__dirname, '..', 'fixtures', d));
const pct = (x) => `${(x * 100).toFixed(1)}%`;

describe('the coach against its labelled corpus', () => {
  const r = score(dirs);
  const { tally } = r;

  it('has a label for every story and a story for every label, at least 60 stories', () => {
    for (const dir of dirs) {
      const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
      const stories = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .sort();
      assert.deepStrictEqual(stories, Object.keys(labels).sort());
    }
    assert.ok(r.stories >= 60, `${r.stories} stories`);
  });

  it('missing-role fires on at least 80% of stories with no role and at most 10% of those with one', () => {
    console.log(
      `      missing-role: recall ${pct(r.roleRecall)}, false positives ${pct(r.roleFalsePositive)} (${tally.role.noRole} without a role, ${tally.role.withRole} with)`,
    );
    assert.ok(r.roleRecall >= 0.8, `recall ${pct(r.roleRecall)}; missed ${tally.role.missed.join(', ')}`);
    assert.ok(r.roleFalsePositive <= 0.1, `false positives ${pct(r.roleFalsePositive)}: ${tally.role.wrong.join(', ')}`);
  });

  it('hedging fires on at least 80% of hedged stories and at most 5% of the others', () => {
    console.log(
      `      hedging: recall ${pct(r.hedgingRecall)}, false positives ${pct(r.hedgingFalsePositive)} (${tally.hedging.hedged} hedged, ${tally.hedging.clear} not)`,
    );
    assert.ok(r.hedgingRecall >= 0.8, `recall ${pct(r.hedgingRecall)}; missed ${tally.hedging.missed.join(', ')}`);
    assert.ok(r.hedgingFalsePositive <= 0.05, `false positives ${pct(r.hedgingFalsePositive)}: ${tally.hedging.wrong.join(', ')}`);
  });

  it('principle-not-shown fires on at most 5% of shown principles and at least 70% of the others', () => {
    console.log(
      `      principle-not-shown: recall ${pct(r.notShownRecall)}, false positives ${pct(r.notShownFalsePositive)} (${tally.notShown.notShown} not shown, ${tally.notShown.shown} shown)`,
    );
    assert.ok(r.notShownFalsePositive <= 0.05, `false positives ${pct(r.notShownFalsePositive)}: ${tally.notShown.wrong.join(', ')}`);
    assert.ok(r.notShownRecall >= 0.7, `recall ${pct(r.notShownRecall)}; missed ${tally.notShown.missed.join(', ')}`);
  });

  it('suggests one of the strongest principles for 95% of stories, and first for 75%', () => {
    console.log(
      `      suggestedPrinciples: any of them ${pct(r.suggestionAny)}, the first ${pct(r.suggestionFirst)} (${tally.suggestions.stories} stories)`,
    );
    assert.ok(r.suggestionAny >= 0.95, `${pct(r.suggestionAny)}; missed ${tally.suggestions.anyMiss.join(', ')}`);
    assert.ok(r.suggestionFirst >= 0.75, `${pct(r.suggestionFirst)}; missed ${tally.suggestions.firstMiss.join(', ')}`);
  });
});
