import { FixEdit, FixSummary, isBlank, pos, snippetText } from './fixes';
import { ROLE_PROMPT } from './prompts';

/**
 * Quick fixes for the coach's findings, computed like the others in fixes.ts: from a summary and the
 * current lines, pure, so the extension only applies them.
 */

/** Inserts a line asking for the writer's role at the start of the Situation (else the Task). */
export function roleLineFix(summary: FixSummary, lines: readonly string[], eol = '\n'): FixEdit | undefined {
  const section = summary.sections.find((s) => s.kind === 'situation') ?? summary.sections.find((s) => s.kind === 'task');
  if (!section) return undefined;
  const marker = section.markerRange;
  if (section.form === 'label') {
    // `**Situation:** text`: the prompt becomes the first sentence after the label.
    const line = lines[marker.end.line] ?? '';
    const rest = line.slice(marker.end.character);
    const lead = /^\s/.test(rest) || rest === '' ? '' : ' ';
    const trail = rest.trim() === '' ? '' : ' ';
    const at = marker.end.character + (rest.length - rest.trimStart().length > 0 ? 1 : 0);
    return {
      range: pos(marker.end.line, Math.min(at, line.length)),
      newText: `${lead}${ROLE_PROMPT}.${trail}`,
      snippet: `${lead}\${1:${snippetText(ROLE_PROMPT)}}.${trail}`,
    };
  }
  const last = Math.min(section.endLine, lines.length - 1);
  for (let l = marker.start.line + 1; l <= last; l++) {
    if (isBlank(lines[l])) continue;
    return { range: pos(l, 0), newText: `${ROLE_PROMPT}${eol}${eol}`, snippet: `\${1:${snippetText(ROLE_PROMPT)}}${eol}${eol}` };
  }
  // An empty Situation: the prompt goes under its heading.
  const heading = lines[marker.start.line] ?? '';
  return {
    range: pos(marker.start.line, heading.length),
    newText: `${eol}${eol}${ROLE_PROMPT}`,
    snippet: `${eol}${eol}\${1:${snippetText(ROLE_PROMPT)}}`,
  };
}

/** A principle's name as YAML: quoted when a comma, colon or semicolon would otherwise split or end it. */
function yamlName(name: string, inFlow: boolean): string {
  return (inFlow && /[,[\]{}]/.test(name)) || /: |\s#|^[-?:,[\]{}#&*!|>'"%@`]|;/.test(name) ? JSON.stringify(name) : name;
}

/**
 * Adds a principle to the front matter: into a `[...]` list, under a block list, after a comma-separated
 * string, as a new `principles:` key, or in new front matter at the top when there is none.
 */
export function addPrincipleFix(
  summary: FixSummary & { principlesKeyLine: number },
  lines: readonly string[],
  name: string,
  eol = '\n',
): FixEdit {
  const fmEnd = summary.frontMatterEndLine;
  const keyLine = summary.principlesKeyLine;
  if (keyLine >= 0 && keyLine < lines.length) {
    const text = lines[keyLine];
    const colon = text.indexOf(':');
    const value = text.slice(colon + 1).replace(/\s+#.*$/, '');
    const flow = /^(\s*\[)([^\]]*)\]/.exec(value);
    if (flow) {
      const inner = flow[2].trimEnd();
      return { range: pos(keyLine, colon + 1 + flow[1].length + inner.length), newText: (inner.trim() ? ', ' : '') + yamlName(name, true) };
    }
    if (!value.trim()) {
      let lastItem = -1;
      for (let l = keyLine + 1; l < (fmEnd > 0 ? fmEnd : lines.length) && /^\s*-\s/.test(lines[l]); l++) lastItem = l;
      if (lastItem >= 0) {
        const indent = /^(\s*-\s+)/.exec(lines[lastItem])![1];
        return { range: pos(lastItem, lines[lastItem].length), newText: eol + indent + yamlName(name, false) };
      }
      return {
        range: { start: { line: keyLine, character: colon + 1 }, end: { line: keyLine, character: text.length } },
        newText: ` [${yamlName(name, true)}]`,
      };
    }
    // A comma-separated string: the engine splits it, keeping names that contain a comma whole.
    const end = colon + 1 + value.trimEnd().length;
    const quoted = /^\s*(["'])/.exec(value);
    if (quoted && value.trimEnd().endsWith(quoted[1]) && value.trim().length > 1) {
      return {
        range: pos(keyLine, end - 1),
        newText: `, ${quoted[1] === "'" ? name.replace(/'/g, "''") : name.replace(/["\\]/g, '\\$&')}`,
      };
    }
    return { range: pos(keyLine, end), newText: `, ${name}` };
  }
  if (fmEnd > 0) return { range: pos(fmEnd, 0), newText: `principles: [${yamlName(name, true)}]${eol}` };
  return { range: pos(0, 0), newText: `---${eol}principles: [${yamlName(name, true)}]${eol}---${eol}` };
}
