import { coach } from '../coach';
import { HedgeKind } from '../coach/hedges';
import { Rule } from '../rule';

/** How to say it with the weight it deserves, per kind of hedge. */
const ADVICE: Record<HedgeKind, string> = {
  opinion: 'state what happened as a fact, with the number if you have one ("sales rose 8%", not "I think it helped sales")',
  shrinker: 'say what you did yourself ("I wrote the rota", "I ran the pilot") and let the result show your part',
  softener: 'drop it and say it plainly; if you are unsure of the outcome, give the measure you do have',
  tried: 'say whether it worked, or what you did next; "I tried to" alone sounds like it did not',
  custom: 'say it plainly: this phrase is on your list of hedges',
};

/** "Be clear and proud of your individual contribution": a hedge makes the writer's part sound smaller. */
export const hedging: Rule = {
  id: 'hedging',
  defaultSeverity: 'info',
  summary: 'The Action and Result state your contribution and the outcome plainly, without "I helped", "I think", "kind of", "hopefully".',
  check({ story, config }) {
    return coach(story, config).hedges.map((h) => ({
      message: `"${h.text.replace(/\s+/g, ' ')}" makes your part or the outcome sound smaller: ${ADVICE[h.kind]}.`,
      range: h.range,
      section: h.section,
      data: { hedge: h.key, kind: h.kind },
    }));
  },
};
