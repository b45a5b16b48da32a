// The bundles' stand-in for the `entities` package (75 KB minified, a fifth of the extension's bundle, and a
// decoding table built when the extension loads). Only markdown-it imports it, to decode entities in inline text
// and link targets; the engine parses blocks only, with inline parsing and link references switched off
// (src/core/blocks.ts), so nothing calls it (test/unit/blocks.test.js checks that). Should anything call it, the
// entity is left as written: that changes no block's shape.
'use strict';
const asWritten = (text) => text;
module.exports = { decodeHTML: asWritten, decodeHTMLStrict: asWritten };
