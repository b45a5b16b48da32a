import { range } from './text';
import { FrontMatter } from './types';
import { readSimpleYaml } from './simpleYaml';
import { holdsNoKeys, parseYaml } from './yaml';

/** Languages we read. Front matter in JavaScript or CoffeeScript would be evaluated: a story must never run code. */
const READABLE_LANGUAGES = new Set(['', 'yaml', 'yml', 'json']);

const OPENING = /^---([^\n-][^\n]*)?$/;

/**
 * Finds and reads the front matter at the top of `lines` (text already split on `\n`).
 * Returns undefined when the text has none. Never throws: problems come back in `error`.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter | undefined {
  const first = lines[0];
  if (first === undefined || !first.startsWith('---')) return undefined;
  const opening = OPENING.exec(first.trimEnd());
  if (!opening) return undefined;
  const language = (opening[1] ?? '').trim().toLowerCase();

  // gray-matter closes the block at the first later line that starts with `---`.
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].startsWith('---')) {
      close = i;
      break;
    }
  }

  if (close === -1) {
    return {
      range: range(0, 0, lines.length - 1, lines[lines.length - 1].length),
      // Read what follows as body, so a story whose front matter is half typed still shows its sections.
      bodyStartLine: 1,
      language,
      data: {},
      unclosed: true,
      error: {
        message: 'The header that starts with --- on line 1 never closes: add a line with --- after its last line.',
        range: range(0, 0, 0, first.length),
      },
    };
  }

  const fm: FrontMatter = {
    range: range(0, 0, close, lines[close].length),
    bodyStartLine: close + 1,
    language,
    data: {},
    unclosed: false,
  };

  if (!READABLE_LANGUAGES.has(language)) {
    fm.error = {
      message: `Front matter in "${language}" is not read (only YAML and JSON are, so no story can run code): change the first line to \`---\` and write the keys in YAML.`,
      range: range(0, 0, 0, first.length),
    };
    return fm;
  }

  // The opening line's end is kept, so js-yaml counts lines from the file's first line, as describeParseError expects.
  const block = '\n' + lines.slice(1, close).join('\n');
  const lineEnds = countLineEnds(block);
  if (lineEnds > MAX_FRONT_MATTER_LINES) {
    fm.error = {
      message: `The front matter is too long to read (over ${MAX_FRONT_MATTER_LINES} lines; a story's has a few keys): move the text below its closing \`---\`.`,
      range: range(0, 0, 0, first.length),
    };
    return fm;
  }
  try {
    const data: unknown = holdsNoKeys(block) ? {} : language === 'json' ? JSON.parse(block) : (readSimpleYaml(block) ?? parseYaml(block));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      fm.error = {
        message: 'The header between the --- lines should be "key: value" lines, such as "title: ..." and "principles: [...]".',
        range: range(0, 0, 0, first.length),
      };
    } else {
      fm.data = data as Record<string, unknown>;
    }
  } catch (e) {
    fm.error = describeParseError(e, lines, close, language);
  }
  return fm;
}

/** No story's front matter is anywhere near this long; the bound keeps a hostile one's parse small. */
const MAX_FRONT_MATTER_LINES = 2000;

/** Line ends as JavaScript regexes see them (the text's CRs are already gone). */
function countLineEnds(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) n++;
  }
  return n;
}

function describeParseError(
  e: unknown,
  lines: readonly string[],
  close: number,
  language: string,
): { message: string; range: FrontMatter['range'] } {
  const err = e as { message?: unknown; mark?: { line?: unknown; column?: unknown }; reason?: unknown };
  let line = 0;
  let column = 0;
  // js-yaml marks count lines from the opening delimiter line, which is line 0 of the file too.
  if (err && err.mark && typeof err.mark.line === 'number') {
    line = err.mark.line;
    column = typeof err.mark.column === 'number' ? err.mark.column : 0;
  } else {
    const position = /position (\d+)/.exec(String(err?.message ?? ''));
    if (position) {
      // JSON errors give an offset into the block that follows the opening delimiter's line.
      let offset = Number(position[1]) - 1;
      line = 1;
      while (line < close && offset > lines[line].length) {
        offset -= lines[line].length + 1;
        line++;
      }
      column = Math.max(0, offset);
    }
  }
  line = Math.min(Math.max(line, 0), close);
  const text = lines[line] ?? '';
  column = Math.min(column, text.length);
  const reason = typeof err?.reason === 'string' && err.reason ? err.reason : firstLine(String(err?.message ?? e));
  const kind = language === 'json' ? 'JSON' : 'YAML';
  return {
    message: `The front matter is not valid ${kind} (${reason}), so its title and principles cannot be read: fix line ${line + 1}.`,
    range: range(line, 0, line, Math.max(text.length, column)),
  };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).slice(0, 200);
}
