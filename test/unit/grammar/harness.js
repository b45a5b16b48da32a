'use strict';
// The TextMate injection grammars, tokenized for real: vscode-textmate + vscode-oniguruma (the
// engine VS Code uses) with VS Code's own Markdown grammar as the host (the copy shipped in the
// tm-grammars package, with the YAML grammar it embeds for front matter). Shared by the grammar tests.

const assert = require('assert');
const fs = require('fs');
const path = require('path');
// Loaded lazily so that, without the devDependencies, this suite fails on its own with a clear
// message instead of aborting the whole mocha run.
let vsctm;
let oniguruma;
function loadEngine() {
  try {
    vsctm ??= require('vscode-textmate');
    oniguruma ??= require('vscode-oniguruma');
    require.resolve('tm-grammars/grammars/markdown.json');
  } catch (e) {
    throw new Error(
      `grammar tests need the devDependencies vscode-textmate, vscode-oniguruma and tm-grammars (run npm install): ${e.message}`,
    );
  }
}

const ROOT = path.join(__dirname, '..', '..', '..');
const SYNTAXES = path.join(ROOT, 'syntaxes');
const EXAMPLES = path.join(ROOT, 'examples');
const generator = require(path.join(SYNTAXES, 'generate.js'));

const INJECTION_FILES = [
  'star-stories.injection.tmLanguage.json',
  'star-stories.body.injection.tmLanguage.json',
  'star-stories.frontmatter.injection.tmLanguage.json',
];
const HOST = {
  'text.html.markdown': 'tm-grammars/grammars/markdown.json',
  'source.yaml': 'tm-grammars/grammars/yaml.json',
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

let wasmLoaded;
function loadOniguruma() {
  wasmLoaded ??= oniguruma.loadWASM(fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  return wasmLoaded;
}

/**
 * VS Code's own built-in grammars, as shipped in the code-server package the host tests install
 * under test/host (VS Code 1.100): its Markdown, its YAML (a different grammar from tm-grammars'),
 * and the markdown-math injections that are on by default.
 */
const VSCODE_EXTENSIONS = path.join(ROOT, 'test', 'host', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');
function vscodeHost() {
  const x = (ext, file) => path.join(VSCODE_EXTENSIONS, ext, 'syntaxes', file);
  return {
    grammars: {
      'text.html.markdown': x('markdown-basics', 'markdown.tmLanguage.json'),
      'source.yaml': x('yaml', 'yaml.tmLanguage.json'),
      'source.yaml.1.3': x('yaml', 'yaml-1.3.tmLanguage.json'),
      'source.yaml.1.2': x('yaml', 'yaml-1.2.tmLanguage.json'),
      'source.yaml.1.1': x('yaml', 'yaml-1.1.tmLanguage.json'),
      'source.yaml.1.0': x('yaml', 'yaml-1.0.tmLanguage.json'),
      'source.yaml.embedded': x('yaml', 'yaml-embedded.tmLanguage.json'),
      'markdown.math.block': x('markdown-math', 'md-math-block.tmLanguage.json'),
      'markdown.math.inline': x('markdown-math', 'md-math-inline.tmLanguage.json'),
      'markdown.math.codeblock': x('markdown-math', 'md-math-fence.tmLanguage.json'),
    },
    injections: ['markdown.math.block', 'markdown.math.inline', 'markdown.math.codeblock'],
  };
}
const tmGrammarsHost = () => ({
  grammars: Object.fromEntries(Object.entries(HOST).map(([k, v]) => [k, require.resolve(v)])),
  injections: [],
});

/** A Markdown grammar as VS Code would load it, with or without our injections. */
async function markdownGrammar(withInjections, host = tmGrammarsHost()) {
  loadEngine();
  await loadOniguruma();
  const injections = withInjections ? INJECTION_FILES.map((f) => readJson(path.join(SYNTAXES, f))) : [];
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      if (host.grammars[scopeName]) return readJson(host.grammars[scopeName]);
      return injections.find((g) => g.scopeName === scopeName) ?? null;
    },
    getInjections: (scopeName) =>
      scopeName === 'text.html.markdown' ? [...host.injections, ...injections.map((g) => g.scopeName)] : undefined,
  });
  return registry.loadGrammar('text.html.markdown');
}

/** Tokenizes a document; returns per line the scopes of every character. */
function tokenize(grammar, text) {
  const lines = text.split(/\r?\n/);
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const chars = [];
    for (const t of r.tokens) for (let c = t.startIndex; c < Math.min(t.endIndex, line.length); c++) chars[c] = t.scopes;
    return { line, chars };
  });
}

/**
 * Every scope the host grammars give a character is still there, in the same order, with our
 * injections loaded. `skipLine(line)` names lines where a looser check is made by the caller.
 */
function assertHostScopesKept(plain, md, name, text, skipLine = () => false) {
  const a = tokenize(plain, text);
  const b = tokenize(md, text);
  a.forEach((row, n) => {
    if (skipLine(row.line)) return;
    row.chars.forEach((scopes, c) => {
      const withOurs = b[n].chars[c];
      for (const s of scopes) {
        assert.ok(
          withOurs.includes(s),
          `${name}:${n + 1}:${c + 1} ${JSON.stringify(row.line)} lost ${s}\n  before: ${scopes.join(' ')}\n  after:  ${withOurs.join(' ')}`,
        );
      }
      assert.deepStrictEqual(
        withOurs.filter((s) => scopes.includes(s)),
        scopes,
        `${name}:${n + 1}:${c + 1} reordered`,
      );
    });
  });
}

const has = (scopes, name) => scopes.some((s) => s === name || s.startsWith(name + '.'));
/** Our visible marks; the region scopes (meta.section, meta.principles) carry no colour. */
const REGIONS = ['meta.section.star-stories', 'meta.principles.star-stories'];
const ours = (scopes) => scopes.filter((s) => s.endsWith('.star-stories') && !REGIONS.includes(s));
const anyOfOurs = (scopes) => scopes.filter((s) => s.endsWith('.star-stories'));

/**
 * For a describe over Markdown with our injections: loads the grammar before its tests, and returns it (`md()`) with
 * the scope assertions on it.
 */
function withOurGrammar() {
  let md;
  before(async () => {
    md = await markdownGrammar(true);
  });
  return { md: () => md, ...scopeAsserts(() => md) };
}

/** Assertions on the scopes `md` (Markdown with our injections) gives a needle on the line holding a hint. */
function scopeAsserts(md) {
  /** Scopes of each character of `needle` on the line that contains `lineHint` (first hit). */
  function scopesOf(text, lineHint, needle = lineHint, occurrence = 0) {
    const lines = tokenize(md(), text);
    const row = lines.find((l) => l.line.includes(lineHint));
    assert.ok(row, `no line contains ${JSON.stringify(lineHint)}`);
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = row.line.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} not on line ${JSON.stringify(row.line)}`);
    return row.chars.slice(at, at + needle.length);
  }
  function assertScope(text, lineHint, needle, scope, occurrence = 0) {
    const chars = scopesOf(text, lineHint, needle, occurrence);
    chars.forEach((s, k) =>
      assert.ok(has(s, scope), `${JSON.stringify(needle)}[${k}] on ${JSON.stringify(lineHint)} lacks ${scope}; has ${s.join(' ')}`),
    );
  }
  function assertNoOurs(text, lineHint, needle = lineHint, occurrence = 0) {
    const chars = scopesOf(text, lineHint, needle, occurrence);
    chars.forEach((s, k) =>
      assert.deepStrictEqual(ours(s), [], `${JSON.stringify(needle)}[${k}] on ${JSON.stringify(lineHint)} is marked: ${s.join(' ')}`),
    );
  }
  return { assertScope, assertNoOurs };
}

module.exports = {
  ROOT,
  SYNTAXES,
  EXAMPLES,
  INJECTION_FILES,
  VSCODE_EXTENSIONS,
  generator,
  readJson,
  vscodeHost,
  markdownGrammar,
  tokenize,
  assertHostScopesKept,
  has,
  ours,
  anyOfOurs,
  withOurGrammar,
};
