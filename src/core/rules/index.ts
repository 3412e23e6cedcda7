import type { Rule } from '../rule.js';
import { directives } from './directives.js';
import { languageRules } from './language/index.js';
import { relationshipRules } from './relationship/index.js';
import { templateRules } from './template/index.js';

/** Every rule Rapport knows, in the order `rapport rules` lists them. */
export const rules: readonly Rule[] = [...templateRules, ...relationshipRules, ...languageRules, directives] as Rule[];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
