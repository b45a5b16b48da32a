import { Rule } from '../rule';

/**
 * YAML reads `[Customer Obsession, Are Right, A Lot]` as three items, and a plain comma-separated string
 * splits the same way. The engine joins the name back; this tells the writer to quote it, so other tools
 * reading the file see one name too.
 */
export const splitPrincipleName: Rule = {
  id: 'split-principle-name',
  defaultSeverity: 'info',
  summary: 'A principle whose name holds a comma ("Are Right, A Lot") is quoted, so the list does not split it.',
  check({ story }) {
    return story.rejoined.map((i) => {
      const p = story.principles[i];
      return {
        message: `"${p.raw}" is one principle, but without quotes the list splits it at its comma; it is read as one name here. Quote it: "${p.raw}".`,
        range: p.range,
        data: { raw: p.raw },
      };
    });
  },
};
