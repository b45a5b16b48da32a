import { activeCatalog, StarConfig } from '../config';
import { PrincipleMatcher } from '../principles';

export interface ChosenPrinciples {
  principles: string[];
  /** Names that match no principle of the active catalog. */
  unknown: string[];
}

/**
 * The principles a plan covers, from what a person typed: a focus set's id, or names separated by commas or
 * semicolons (names that hold one, like "Are Right, A Lot", stay whole). Empty text means the whole catalog.
 * Returned in catalog order, so every plan lists principles the same way.
 */
export function choosePrinciples(spec: string | readonly string[] | undefined, config: StarConfig): ChosenPrinciples {
  const catalog = activeCatalog(config);
  const all = catalog.principles.map((p) => p.name);
  if (Array.isArray(spec)) return pick(spec, new PrincipleMatcher(catalog), all);
  const text = typeof spec === 'string' ? spec.trim() : '';
  if (!text) return { principles: all, unknown: [] };
  const set = config.focusSets.find((f) => f.id === text && (!f.catalog || f.catalog === catalog.id));
  const matcher = new PrincipleMatcher(catalog);
  return pick(set ? set.principles : matcher.splitList(text), matcher, all);
}

function pick(names: readonly string[], matcher: PrincipleMatcher, all: readonly string[]): ChosenPrinciples {
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const raw of names) {
    const canonical = matcher.match(raw).canonical;
    if (canonical) wanted.add(canonical);
    else unknown.push(raw);
  }
  return { principles: all.filter((p) => wanted.has(p)), unknown };
}
