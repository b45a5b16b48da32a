// The one place the bundles take VS Code's API from (scripts/bundle.js sends every `import ... from 'vscode'` here).
// Each module importing the external 'vscode' directly got its own copy of the API object's 200 keys as getters
// (esbuild's __toESM): 36 copies, about 50 ms of every activation measured outside VS Code. Here it is copied once.
export * from 'vscode';
