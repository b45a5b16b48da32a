import { Rule } from '../rule';
import { emptySection } from './emptySection';
import { hedging } from './hedging';
import { invalidFrontMatter } from './invalidFrontMatter';
import { missingIContribution } from './missingIContribution';
import { missingRole } from './missingRole';
import { missingQuantifiedResult } from './missingQuantifiedResult';
import { missingSection } from './missingSection';
import { noPrinciple } from './noPrinciple';
import { splitPrincipleName } from './splitPrincipleName';
import { principleNotShown } from './principleNotShown';
import { storyLength } from './storyLength';
import { templatePlaceholder } from './templatePlaceholder';
import { unknownPrinciple } from './unknownPrinciple';
import { weOverI } from './weOverI';

/** Every rule, in the order findings are listed for a story. */
export const RULES: readonly Rule[] = [
  invalidFrontMatter,
  missingSection,
  emptySection,
  missingQuantifiedResult,
  missingIContribution,
  weOverI,
  noPrinciple,
  unknownPrinciple,
  splitPrincipleName,
  templatePlaceholder,
  storyLength,
  missingRole,
  hedging,
  principleNotShown,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
