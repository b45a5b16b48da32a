// The one place the bundles take VS Code's API from (scripts/bundle.js sends every `import ... from 'vscode'` here).
// Each module importing the external 'vscode' directly got its own copy of the API object's 200 keys as getters
// (esbuild's __toESM): 36 copies at every activation (the bundle's module code took 28-30 ms instead of 11-13 outside
// VS Code; activation in bench:host went from 54-151 ms to 19-50). Here it is copied once.
export * from 'vscode';
