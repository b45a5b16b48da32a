// Bundles the extension (one file for the Node host of VS Code desktop and remote, one for the web host of
// vscode.dev) and the engine alone for the browser test, so the VSIX carries no node_modules and activation
// reads one file.
const crypto = require('crypto');
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { builtinModules } = require('module');

const root = path.resolve(__dirname, '..');
const production = process.argv.includes('--production');

/** The web build may not load Node's modules: any import of one fails the build, except the stubs named here. */
const NODE_STUBS = { fs: path.join(__dirname, 'web', 'fs-stub.js') };
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!names.has(args.path)) return undefined;
      const stub = NODE_STUBS[args.path.replace(/^node:/, '')];
      if (stub) return { path: stub };
      return {
        errors: [
          {
            text: `"${args.path}" is a Node-only module; the web build cannot load it (imported by ${path.relative(root, args.importer)})`,
          },
        ],
      };
    });
  },
};

/**
 * js-yaml's !!js/function type belongs to its full schema; we parse with its safe one (src/core/yaml.ts), which
 * builds no functions. Loading the type anyway makes js-yaml look for esprima at run time: in a checkout it finds
 * it in node_modules and loads a JavaScript parser (13 ms of the extension's load in bench:host, which a VSIX,
 * without node_modules, never pays); elsewhere the look is a search of the disk that fails. The bundles carry a
 * type that matches nothing in its place.
 */
const JS_FUNCTION_TYPE = /[\\/]js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/;
const noJsFunctionType = {
  name: 'no-js-function-type',
  setup(build) {
    build.onLoad({ filter: JS_FUNCTION_TYPE }, (args) => ({
      contents:
        "'use strict';\nvar Type = require('../../type');\n" +
        "module.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });\n",
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

/** Every import of 'vscode' goes through one module, so the API object is copied once, not once per module. */
const VSCODE_SHIM = path.join(__dirname, 'stubs', 'vscode.mjs');
const oneVscode = {
  name: 'one-vscode',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.importer === VSCODE_SHIM ? { path: 'vscode', external: true } : { path: VSCODE_SHIM },
    );
  },
};

/** Identifies this build's engine (a hash of src/core): the index saved by another engine is never reused. */
function engineId() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) hash.update(e.name).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'src', 'core'));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  external: ['vscode'],
  plugins: [noJsFunctionType],
  alias: { entities: path.join(__dirname, 'stubs', 'entities.js') },
  // STAR_NO_MINIFY=1 keeps names in a production bundle, for reading a CPU profile (STAR_BENCH_PROFILE).
  minify: production && !process.env.STAR_NO_MINIFY,
  sourcemap: !production,
  logLevel: 'warning',
};

/** Both extension bundles: the load-time marks and the engine's id are the same in each. */
const extensionBundle = {
  ...common,
  plugins: [...common.plugins, oneVscode],
  define: { __STAR_ENGINE_ID__: JSON.stringify(engineId()) },
  // Marks when the host started evaluating the bundle, so the reported activation time includes loading it.
  banner: { js: '"use strict";var __starStoriesLoadStart = typeof performance === "object" ? performance.now() : undefined;' },
  // ...and when it finished: the time in between is the cost of loading our code, apart from VS Code's own steps before activate.
  footer: { js: 'var __starStoriesLoadEnd = typeof performance === "object" ? performance.now() : undefined;' },
  format: 'cjs',
  target: 'es2022',
};

async function main() {
  await Promise.all([
    // VS Code desktop and remote (the Node extension host): reads files on disk with Node (extension.ts).
    esbuild.build({
      ...extensionBundle,
      entryPoints: [path.join(root, 'src/extension/extension.ts')],
      outfile: path.join(root, 'dist/extension.js'),
      platform: 'node',
    }),
    // vscode.dev and github.dev (the web worker host): the build fails if anything reaches for a Node-only module.
    esbuild.build({
      ...extensionBundle,
      entryPoints: [path.join(root, 'src/extension/extension.browser.ts')],
      outfile: path.join(root, 'dist/web/extension.js'),
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      inject: [path.join(__dirname, 'web', 'buffer-shim.js')],
      plugins: [...extensionBundle.plugins, noNodeBuiltins],
    }),
    // The engine alone, as a script that defines the global StarStoriesCore: what the browser test loads.
    esbuild.build({
      ...common,
      entryPoints: [path.join(root, 'src/core/index.ts')],
      outfile: path.join(root, 'dist/web/core.js'),
      platform: 'browser',
      format: 'iife',
      globalName: 'StarStoriesCore',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      inject: [path.join(__dirname, 'web', 'buffer-shim.js')],
      plugins: [...common.plugins, noNodeBuiltins],
    }),
  ]);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
