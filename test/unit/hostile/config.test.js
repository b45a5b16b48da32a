// A config is never silently dropped, and the engine's API says what is wrong with what it is given.
const assert = require('assert');
const { core, storyText } = require('../helpers');

describe('hostile input: configuration and the engine API', () => {
  it('reads a YAML config as written: a --- start, a closing --- or ..., a byte-order mark, comments', () => {
    for (const text of [
      '---\nrules:\n  story-length: off\n',
      'rules:\n  story-length: off\n---\n',
      'rules:\n  story-length: off\n...\n',
      '\ufeffrules:\n  story-length: off\n',
      '# team rules\n\nrules:\n  story-length: off # too chatty\n',
    ]) {
      const { config, error } = core.parseConfigText(text, '.starlintrc.yml');
      assert.strictEqual(error, undefined, JSON.stringify(text));
      assert.deepStrictEqual(config, { rules: { 'story-length': 'off' } }, JSON.stringify(text));
    }
    assert.deepStrictEqual(core.parseConfigText('\ufeff{"rules": {"story-length": "off"}}', '.starlintrc.json').config, {
      rules: { 'story-length': 'off' },
    });
    assert.deepStrictEqual(core.parseConfigText('# nothing set yet\n', '.starlintrc').config, {});
  });

  it('still names the line of a YAML mistake', () => {
    assert.match(core.parseConfigText('rules:\n  story-length: [off\n', '.starlintrc.yml').error, /not valid YAML on line \d/);
  });

  it('names each unknown top-level key, with the nearest known key when there is one', () => {
    const { problems, config } = core.resolveConfig(
      { rule: { 'story-length': 'off' }, Catalogs: [], banana: 1, length: { maxMinutes: 4 } },
      core.RULE_IDS,
    );
    assert.ok(problems.includes('Unknown key "rule" in the configuration is ignored; did you mean "rules"?'), problems.join('\n'));
    assert.ok(
      problems.some((p) => /"Catalogs" .* did you mean "catalogs"\?/.test(p)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => /"banana" .* the keys are rules, catalog, catalogs, focusSets, length, ignores, hedges\./.test(p)),
      problems.join('\n'),
    );
    assert.strictEqual(config.length.maxMinutes, 4);
  });

  it('lintStory takes the config shape the README shows', () => {
    const text = storyText({ sections: { Action: 'We rebuilt the pipeline together.' } });
    const rules = (config) => core.lintStory(text, config).findings.map((f) => f.rule);
    assert.ok(rules().includes('missing-i-contribution'));
    assert.ok(!rules({ rules: { 'missing-i-contribution': 'off' } }).includes('missing-i-contribution'));
    const severities = core
      .lintStory(text, { rules: { 'missing-i-contribution': 'error' } })
      .findings.filter((f) => f.rule === 'missing-i-contribution');
    assert.strictEqual(severities[0].severity, 'error');
    // A resolved config works as before.
    assert.ok(
      !rules(core.resolveConfig({ rules: { 'missing-i-contribution': 'off' } }, core.RULE_IDS).config).includes('missing-i-contribution'),
    );
  });

  it('lintStory names the parameter when given something that is not text or a config', () => {
    for (const bad of [undefined, null, 42, Buffer.from('## Situation'), ['## Situation']]) {
      assert.throws(
        () => core.lintStory(bad),
        (e) => e instanceof TypeError && /lintStory: "text" must be a string/.test(e.message),
      );
    }
    for (const bad of ['strict', 7, ['rules']]) {
      assert.throws(
        () => core.lintStory('## Situation\nx\n', bad),
        (e) => e instanceof TypeError && /lintStory: "config" must be an object/.test(e.message),
      );
    }
  });
});
