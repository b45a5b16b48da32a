// The config file's JSON schema, which VS Code uses to complete and validate .starlintrc while you type: it names
// every key and rule the engine reads, accepts the configs the README shows, and rejects the mistakes people make.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { core } = require('./helpers');

const root = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'starlintrc.schema.json'), 'utf8'));
const manifest = require('../../package.json');

/** The part of JSON Schema draft 7 the schema uses; returns the paths that fail. */
function validate(value, node = schema, at = '$') {
  if (node.$ref)
    node = node.$ref
      .split('/')
      .slice(1)
      .reduce((n, k) => n[k], schema);
  const errors = [];
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (node.type && node.type !== type) return [`${at}: ${type} is not ${node.type}`];
  if (node.enum && !node.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value)} is not one of ${node.enum.join(', ')}`);
  if (node.oneOf && node.oneOf.filter((n) => validate(value, n, at).length === 0).length !== 1)
    errors.push(`${at}: matches not exactly one of oneOf`);
  if (type === 'string' && node.minLength !== undefined && value.length < node.minLength) errors.push(`${at}: too short`);
  if (type === 'number' && node.exclusiveMinimum !== undefined && !(value > node.exclusiveMinimum))
    errors.push(`${at}: not above ${node.exclusiveMinimum}`);
  if (type === 'array') {
    if (node.minItems !== undefined && value.length < node.minItems) errors.push(`${at}: fewer than ${node.minItems} items`);
    if (node.maxItems !== undefined && value.length > node.maxItems) errors.push(`${at}: more than ${node.maxItems} items`);
    if (node.items) value.forEach((v, i) => errors.push(...validate(v, node.items, `${at}[${i}]`)));
  }
  if (type === 'object') {
    for (const key of node.required ?? []) if (!(key in value)) errors.push(`${at}: "${key}" is required`);
    for (const [key, v] of Object.entries(value)) {
      if (node.properties?.[key]) errors.push(...validate(v, node.properties[key], `${at}.${key}`));
      else if (node.additionalProperties === false) errors.push(`${at}: "${key}" is not allowed`);
    }
  }
  return errors;
}

describe('the config file schema', () => {
  it('names every top-level key and every rule the engine reads, and nothing else', () => {
    assert.deepStrictEqual(Object.keys(schema.properties).sort(), [...core.CONFIG_KEYS].sort());
    assert.deepStrictEqual(Object.keys(schema.properties.rules.properties).sort(), [...core.RULE_IDS].sort());
    for (const word of ['error', 'warning', 'info', 'information', 'hint', 'off'])
      assert.ok(schema.definitions.severity.enum.includes(word), word);
  });

  it('is what the manifest contributes for JSON and YAML config files', () => {
    const json = manifest.contributes.jsonValidation.find((v) => v.url === './schemas/starlintrc.schema.json');
    const yaml = manifest.contributes.yamlValidation.find((v) => v.url === './schemas/starlintrc.schema.json');
    assert.deepStrictEqual(json.fileMatch, ['.starlintrc.json', '.starlintrc']);
    assert.deepStrictEqual(yaml.fileMatch, ['.starlintrc.yaml', '.starlintrc.yml']);
    for (const name of core.CONFIG_FILE_NAMES) assert.ok([...json.fileMatch, ...yaml.fileMatch].includes(name), name);
  });

  it("accepts the README's config and every severity word the engine takes", () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const example = /### Config file[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)[1];
    const parsed = core.parseConfigText(example, '.starlintrc.yml');
    assert.strictEqual(parsed.error, undefined);
    assert.deepStrictEqual(validate(parsed.config), []);
    assert.deepStrictEqual(core.resolveConfig(parsed.config, core.RULE_IDS).problems, [], 'the README example has problems for the engine');
    for (const word of schema.definitions.severity.enum)
      assert.ok(core.parseSeverity(word), `${word} is in the schema but the engine does not read it`);
  });

  it('rejects what the engine would report: unknown keys and rules, bad severities, a catalog without an id', () => {
    const cases = [
      [{ rule: { 'story-length': 'off' } }, /"rule" is not allowed/],
      [{ rules: { 'story-lenght': 'off' } }, /"story-lenght" is not allowed/],
      [{ rules: { 'story-length': 'loud' } }, /\$\.rules\.story-length: "loud" is not one of/],
      [{ catalogs: [{ principles: ['A'] }] }, /"id" is required/],
      [{ length: { maxMinutes: 0 } }, /not above 0/],
      [{ ignores: 'drafts/**' }, /\$\.ignores: string is not array/],
    ];
    for (const [config, expected] of cases) {
      const errors = validate(config);
      assert.ok(
        errors.some((e) => expected.test(e)),
        `${JSON.stringify(config)}: ${errors.join('; ')}`,
      );
      assert.ok(core.resolveConfig(config, core.RULE_IDS).problems.length > 0, `${JSON.stringify(config)} passes the engine`);
    }
  });
});
