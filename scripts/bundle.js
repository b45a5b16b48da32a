// Bundles the extension into one file, so the VSIX carries no node_modules and activation reads one file.
const esbuild = require('esbuild');
const path = require('path');

const root = path.resolve(__dirname, '..');
const production = process.argv.includes('--production');

async function main() {
  await esbuild.build({
    entryPoints: [path.join(root, 'src/extension/extension.ts')],
    outfile: path.join(root, 'dist/extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
