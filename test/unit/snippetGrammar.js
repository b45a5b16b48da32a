'use strict';
// The snippet grammar as VS Code reads it, for the parts our snippets use: shared by the tests that read them.

/**
 * Parses a snippet body the way VS Code's snippet grammar does, for the parts we use:
 * `$n`, `${n}`, `${n:placeholder}` (nested), `${n|a,b|}` and the escapes `\$`, `\}`, `\\`
 * (plus `\,` and `\|` inside a choice). Returns the text with each placeholder's default
 * (a choice's first option) and the tab stops in the order they appear.
 */
function parseSnippet(body, choicePick = 0, values = {}) {
  let i = 0;
  const stops = [];
  function readText(stopAt) {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) {
        out += body[i + 1];
        i += 2;
      } else if (c === '$') {
        out += readStop();
      } else if (stopAt && c === stopAt) {
        return out;
      } else {
        out += c;
        i++;
      }
    }
    if (stopAt) throw new Error(`unclosed placeholder near: ${body.slice(Math.max(0, i - 40), i)}`);
    return out;
  }
  function readStop() {
    i++; // $
    let m = /^\d+/.exec(body.slice(i));
    if (m) {
      i += m[0].length;
      stops.push({ index: Number(m[0]) });
      return '';
    }
    if (body[i] !== '{') return '$';
    i++;
    m = /^\d+/.exec(body.slice(i));
    if (!m) throw new Error(`variables are not used in our snippets: ${body.slice(i, i + 20)}`);
    i += m[0].length;
    const stop = { index: Number(m[0]) };
    stops.push(stop);
    if (body[i] === '}') {
      i++;
      return '';
    }
    if (body[i] === ':') {
      i++;
      stop.placeholder = readText('}');
      i++;
      return values[stop.index] ?? stop.placeholder;
    }
    if (body[i] === '|') {
      i++;
      const options = [];
      let cur = '';
      for (;;) {
        const c = body[i];
        if (c === undefined) throw new Error('unclosed choice');
        if (c === '\\' && ',|\\$}'.includes(body[i + 1])) {
          cur += body[i + 1];
          i += 2;
        } else if (c === ',') {
          options.push(cur);
          cur = '';
          i++;
        } else if (c === '|' && body[i + 1] === '}') {
          options.push(cur);
          i += 2;
          break;
        } else {
          cur += c;
          i++;
        }
      }
      stop.choices = options;
      return options[choicePick] ?? options[0];
    }
    throw new Error(`unexpected ${body[i]} after \${${stop.index}`);
  }
  const text = readText(null);
  return { text, stops };
}

module.exports = { parseSnippet };
