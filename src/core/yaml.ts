import matter from 'gray-matter';

/**
 * gray-matter's own YAML engine: js-yaml's safe loader, which builds no functions, classes or other tagged
 * objects. Called directly rather than through `matter()`, whose comment-stripping pass is quadratic on a run
 * of blank lines and which would read a config that starts with `---` as an empty front matter.
 */
const engines = (matter as unknown as { engines: { yaml: { parse(text: string): unknown } } }).engines;

export function parseYaml(text: string): unknown {
  return engines.yaml.parse(text);
}

/** True when every line is blank or a `#` comment: such a block holds no keys (js-yaml would give null). */
export function holdsNoKeys(text: string): boolean {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    let i = at;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i < end && text.charCodeAt(i) !== 35 /* # */) return false;
    at = end + 1;
  }
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xfeff;
}
